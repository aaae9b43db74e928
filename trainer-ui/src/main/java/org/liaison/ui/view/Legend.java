package org.liaison.ui.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
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
      Canvas c = new Canvas(20, 20);
      GraphicsContext g = c.getGraphicsContext2D();
      MapRenderer.drawActor(g, k, 10, 10, 7, false);
      Label l = new Label(Palette.name(k));
      getChildren().add(new HBox(4, c, l));
    }
  }
}
