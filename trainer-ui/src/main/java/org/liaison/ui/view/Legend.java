package org.liaison.ui.view;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.liaison.scenario.ActorKind;

/** The legend of actor kinds: shape and colour together, with the name. */
public final class Legend extends FlowPane {
  public Legend() {
    super(14, 4);
    getStyleClass().add("legend");
    for (ActorKind k : ActorKind.values()) {
      Sample c = new Sample(1.5, 1.5,
          (g, p, w, h) -> MapRenderer.drawActor(g, p, k, w / 2, h / 2, 0.35 * Math.min(w, h), false));
      Label l = new Label(Palette.name(k));
      getChildren().add(new HBox(4, c, l));
    }
  }
}
