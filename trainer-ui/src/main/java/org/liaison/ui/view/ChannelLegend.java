package org.liaison.ui.view;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.liaison.comms.ChannelCondition;
import org.liaison.scenario.Medium;
import org.liaison.ui.I18n;
import org.liaison.ui.Names;

/**
 * The legend of the map's channel lines: one sample per condition (colour, width and mark), then
 * one per kind of dash (the medium), each drawn by the same code as the map.
 */
public final class ChannelLegend extends FlowPane {
  /** The media whose dash differs; satellite phones share the mobile phone's. */
  static final Medium[] MEDIA = {Medium.FACE_TO_FACE, Medium.MOBILE, Medium.RADIO, Medium.COURIER,
      Medium.DATA_PLATFORM};

  public ChannelLegend() {
    super(10, 2);
    setId("channel-legend");
    getStyleClass().add("legend");
    Label title = new Label(I18n.t("channel.legend"));
    title.getStyleClass().add("muted");
    getChildren().add(title);
    for (ChannelCondition c : ChannelCondition.values()) {
      getChildren().add(sample("channel-" + c.name(), Medium.FACE_TO_FACE, c, I18n.t("channel." + c.name())));
    }
    for (Medium m : MEDIA) {
      getChildren().add(sample("medium-" + m.name(), m, ChannelCondition.WORKING, Names.medium(m)));
    }
  }

  private static HBox sample(String id, Medium medium, ChannelCondition condition, String text) {
    Sample line = new Sample(2.3, 1.1,
        (g, p, w, h) -> MapRenderer.drawChannel(g, p, medium, condition, 2, h / 2, w - 2, h / 2));
    line.setId(id);
    Label label = new Label(text);
    label.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
    HBox box = new HBox(3, line, label);
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return box;
  }
}
