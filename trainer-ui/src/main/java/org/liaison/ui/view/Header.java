package org.liaison.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A screen's header: its heading and its controls, in order, on one line while the heading has
 * room there for its whole text, or for its longest word and a third of the width; otherwise on
 * two, the heading across the whole width and the controls below it in rows that wrap. The heading
 * wraps between words and never inside one, and no control is ever narrower than its text, so a
 * narrow window or large text makes the header taller, never cut; its height follows its width,
 * and the screen gives the content below it what is left.
 */
final class Header extends Region {
  private static final double GAP = 12;
  private final Label heading;

  /** The nodes in the order they read, the heading among them. */
  Header(Label heading, Node... nodes) {
    this.heading = heading;
    heading.setWrapText(true);
    heading.setMinWidth(0);
    Bars.keepWhole(nodes);
    getChildren().addAll(nodes);
    getStyleClass().add("toolbar");
  }

  /** Whether the header lies on one line at this width, as it was last laid out. */
  boolean oneLine() {
    return fitsOneLine(getWidth() - snappedLeftInset() - snappedRightInset());
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computeMinWidth(double height) {
    double widest = longestWord();
    for (Node n : controls()) {
      widest = Math.max(widest, width(n));
    }
    return snappedLeftInset() + widest + snappedRightInset();
  }

  @Override
  protected double computePrefWidth(double height) {
    double sum = heading.prefWidth(-1);
    for (Node n : controls()) {
      sum += GAP + width(n);
    }
    return snappedLeftInset() + sum + snappedRightInset();
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected double computePrefHeight(double width) {
    double w = (width < 0 ? prefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
    return snappedTopInset() + arrange(w, false) + snappedBottomInset();
  }

  @Override
  protected void layoutChildren() {
    arrange(getWidth() - snappedLeftInset() - snappedRightInset(), true);
  }

  /** Lays the nodes out in a content width if asked; the content height they take. */
  private double arrange(double width, boolean apply) {
    double left = snappedLeftInset();
    double top = snappedTopInset();
    List<Node> controls = controls();
    if (fitsOneLine(width)) {
      double headingWidth = Math.max(0, width - controlsWidth(controls));
      double row = heading.prefHeight(headingWidth);
      for (Node n : controls) {
        row = Math.max(row, n.prefHeight(width(n)));
      }
      if (apply) {
        double x = left;
        for (Node n : getManagedChildren()) {
          double w = n == heading ? headingWidth : width(n);
          double h = Math.min(row, n.prefHeight(w));
          n.resizeRelocate(snapPositionX(x), snapPositionY(top + (row - h) / 2), snapSizeX(w), snapSizeY(h));
          x += w + GAP;
        }
      }
      return row;
    }
    double headingHeight = heading.prefHeight(width);
    if (apply) {
      heading.resizeRelocate(left, top, width, headingHeight);
    }
    double y = headingHeight + GAP / 2;
    int i = 0;
    while (i < controls.size()) {
      int end = i;
      double used = 0;
      double row = 0;
      while (end < controls.size() && (end == i || used + GAP + width(controls.get(end)) <= width)) {
        used += (end == i ? 0 : GAP) + width(controls.get(end));
        row = Math.max(row, controls.get(end).prefHeight(width(controls.get(end))));
        end++;
      }
      if (apply) {
        double x = left;
        for (Node n : controls.subList(i, end)) {
          double h = Math.min(row, n.prefHeight(width(n)));
          n.resizeRelocate(snapPositionX(x), snapPositionY(top + y + (row - h) / 2), snapSizeX(width(n)), snapSizeY(h));
          x += width(n) + GAP;
        }
      }
      y += row + (end < controls.size() ? GAP / 2 : 0);
      i = end;
    }
    return y;
  }

  private boolean fitsOneLine(double width) {
    double room = width - controlsWidth(controls());
    return room >= heading.prefWidth(-1) || (room >= longestWord() && room >= width / 3);
  }

  /** The width the controls take on the heading's line, with the gaps beside each. */
  private double controlsWidth(List<Node> controls) {
    double sum = 0;
    for (Node n : controls) {
      sum += width(n) + GAP;
    }
    return sum;
  }

  private List<Node> controls() {
    List<Node> out = new ArrayList<>(getManagedChildren());
    out.remove(heading);
    return out;
  }

  /** A control's width: its text's whole, a wrapping label's up to its maximum width. */
  private static double width(Node n) {
    double pref = n.prefWidth(-1);
    return Math.max(n.minWidth(-1), Math.min(pref, n.maxWidth(-1)));
  }

  /** The widest word of the heading, the least it can be given without breaking one. */
  private double longestWord() {
    double widest = 0;
    String text = heading.getText() == null ? "" : heading.getText();
    for (String word : text.split("\\s+")) {
      Text probe = new Text(word);
      probe.setFont(heading.getFont());
      widest = Math.max(widest, probe.getLayoutBounds().getWidth());
    }
    return Math.ceil(widest) + heading.snappedLeftInset() + heading.snappedRightInset();
  }
}
