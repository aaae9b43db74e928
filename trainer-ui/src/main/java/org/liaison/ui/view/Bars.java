package org.liaison.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Rows of controls that stay whole in a small window or with large text: controls never shrink
 * below their text, and a row wraps onto a new line instead of pushing controls off screen.
 */
final class Bars {
  private Bars() {}

  /** A row that wraps; its controls keep their full text. */
  static FlowPane wrapping(double gap, Node... nodes) {
    FlowPane row = new FlowPane(gap, gap * 0.75, nodes);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setRowValignment(javafx.geometry.VPos.CENTER);
    keepWhole(nodes);
    return row;
  }

  /** A screen's header: the nodes in order, the heading among them ({@link Header}). */
  static Header header(Label heading, Node... nodes) {
    return new Header(heading, nodes);
  }

  /** A label that wraps onto as many lines as its text needs, never cut short. */
  static void wrapWhole(Label label) {
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
  }

  /** Controls never narrower than their content. */
  static void keepWhole(Node... nodes) {
    for (Node n : nodes) {
      if (n instanceof Control c && !(n instanceof Label l && l.isWrapText())) {
        c.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
  }
}
