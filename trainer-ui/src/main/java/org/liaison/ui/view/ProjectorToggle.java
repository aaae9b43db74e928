package org.liaison.ui.view;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.liaison.ui.I18n;
import org.liaison.ui.app.AppViewModel;

/** The button on each screen's bar that turns the projector mode on and off, as F5 does. */
final class ProjectorToggle {
  private ProjectorToggle() {}

  static ToggleButton of(AppViewModel app) {
    ToggleButton button = new ToggleButton(I18n.t("projector.button"));
    button.setId("projector");
    button.setTooltip(new Tooltip(I18n.t("projector.tip")));
    button.selectedProperty().bindBidirectional(app.projectorProperty());
    return button;
  }
}
