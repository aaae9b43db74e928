package org.liaison.ui.view;

import javafx.scene.Node;

/**
 * Brings the focus back to a control that lost it only because it was disabled for a while, as
 * "To next day" is while the day runs: otherwise a keyboard user who pressed it finds the focus
 * moved on to the next control once the day is over.
 */
final class FocusReturn {
  private final Node control;
  private boolean lost;
  private Node movedTo;

  FocusReturn(Node control) {
    this.control = control;
    control.focusedProperty().addListener((o, was, focused) -> {
      if (!focused && control.isDisabled()) {
        lost = true;
        movedTo = control.getScene() == null ? null : control.getScene().getFocusOwner();
      }
    });
    control.disabledProperty().addListener((o, was, disabled) -> {
      // Back only if the focus is still where the scene put it: the user has not moved on.
      if (!disabled && lost && control.getScene() != null && control.getScene().getFocusOwner() == movedTo) {
        restore();
      }
    });
  }

  /** Gives the control its focus back if it lost it by being disabled; false if it did not. */
  boolean restore() {
    if (!lost || control.isDisabled()) {
      return false;
    }
    lost = false;
    movedTo = null;
    control.requestFocus();
    return true;
  }
}
