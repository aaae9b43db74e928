package org.liaison.ui.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;

/** A pane holding a canvas that fills it and is redrawn when resized or asked to. */
public abstract class CanvasPane extends Pane {
  protected final Canvas canvas = new Canvas();

  protected CanvasPane() {
    getChildren().add(canvas);
    canvas.widthProperty().bind(widthProperty());
    canvas.heightProperty().bind(heightProperty());
    canvas.widthProperty().addListener(o -> redraw());
    canvas.heightProperty().addListener(o -> redraw());
    setMinSize(50, 50);
  }

  /** Draws the whole picture again. */
  public final void redraw() {
    if (getWidth() > 0 && getHeight() > 0) {
      draw(canvas.getGraphicsContext2D(), getWidth(), getHeight());
    }
  }

  protected abstract void draw(GraphicsContext g, double width, double height);
}
