package org.liaison.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Sizes and places the trainer's windows inside the screen's visual bounds (the screen less task
 * bars and docks), so that on a small screen, or with no window manager to move them, no window
 * opens larger than the screen or half off it.
 */
public final class Windows {
  /** The smallest window the layout is designed for; a smaller screen gets its whole area. */
  public static final double MIN_WIDTH = 1024;
  public static final double MIN_HEIGHT = 700;

  private Windows() {}

  /** The area windows may take: the primary screen's visual bounds. */
  public static Rectangle2D area() {
    return Screen.getPrimary().getVisualBounds();
  }

  /** The wanted size cut to the area, as {width, height}. */
  public static double[] fit(double width, double height, Rectangle2D area) {
    return new double[] {Math.min(width, area.getWidth()), Math.min(height, area.getHeight())};
  }

  /**
   * Sets the first window's minimum size and, once shown, its size and place: the wanted size cut
   * to the area, centred in it.
   */
  public static void place(Stage stage, Rectangle2D area) {
    stage.setMinWidth(Math.min(MIN_WIDTH, area.getWidth()));
    stage.setMinHeight(Math.min(MIN_HEIGHT, area.getHeight()));
    keepInside(stage, area);
  }

  /** Shows an error in a dialog over the owner, kept inside the area. */
  public static void error(Window owner, String text) {
    javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, text);
    alert.initOwner(owner);
    keepInside(alert);
    alert.show();
  }

  /** Keeps a dialog inside the area whenever it is shown. */
  public static void keepInside(Dialog<?> dialog) {
    dialog.setResizable(true);
    dialog.setOnShown(e -> keepInside(dialog.getDialogPane().getScene().getWindow(), area()));
  }

  /** Shrinks a window to the area if it is larger and moves it inside, centred where it overflowed. */
  public static void keepInside(Window window, Rectangle2D area) {
    double w = Math.min(window.getWidth(), area.getWidth());
    double h = Math.min(window.getHeight(), area.getHeight());
    if (w != window.getWidth()) {
      window.setWidth(w);
    }
    if (h != window.getHeight()) {
      window.setHeight(h);
    }
    double x = window.getX();
    double y = window.getY();
    if (Double.isNaN(x) || x < area.getMinX() || x + w > area.getMaxX()) {
      x = area.getMinX() + (area.getWidth() - w) / 2;
    }
    if (Double.isNaN(y) || y < area.getMinY() || y + h > area.getMaxY()) {
      y = area.getMinY() + (area.getHeight() - h) / 2;
    }
    window.setX(x);
    window.setY(y);
  }
}
