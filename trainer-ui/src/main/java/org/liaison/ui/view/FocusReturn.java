package org.liaison.ui.view;

import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Brings the focus back to a control that lost it only because it was disabled for a while, as
 * "+1 hour" and "To next day" are while the clock runs: otherwise a keyboard user who pressed one
 * finds the focus moved on to the next control once the step is over.
 */
final class FocusReturn {
  private final Node control;
  private Node movedTo;

  FocusReturn(Node control) {
    this.control = control;
    control.disabledProperty().addListener((o, was, disabled) -> {
      if (disabled && control.isFocused()) {
        // The scene moves the focus off a disabled node on its next pulse; note where it lands.
        Platform.runLater(() -> movedTo = control.getScene() == null ? null : control.getScene().getFocusOwner());
      } else if (!disabled && movedTo != null && control.getScene() != null
          && control.getScene().getFocusOwner() == movedTo) {
        // Still where the scene put it: the user has not moved on.
        restore();
      }
    });
  }

  /** Gives the control its focus back if it lost it by being disabled; false if it did not. */
  boolean restore() {
    if (movedTo == null || control.isDisabled()) {
      return false;
    }
    movedTo = null;
    control.requestFocus();
    return true;
  }
}
