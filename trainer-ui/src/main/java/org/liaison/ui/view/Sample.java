package org.liaison.ui.view;

import javafx.scene.canvas.GraphicsContext;

/**
 * A legend's sample of what the map draws (a marker, a channel), drawn by the map's own code in
 * the palette of the screen around it and sized in em, so it matches the map in the projector mode
 * and grows with the text.
 */
final class Sample extends CanvasPane {
  /** Draws the sample into a box of the given size. */
  interface Painter {
    void paint(GraphicsContext g, CanvasPalette palette, double width, double height);
  }

  private final double widthEm;
  private final double heightEm;
  private final Painter painter;

  Sample(double widthEm, double heightEm, Painter painter) {
    this.widthEm = widthEm;
    this.heightEm = heightEm;
    this.painter = painter;
    setMinSize(0, 0);
    fontChanged();
  }

  @Override
  protected void fontChanged() {
    double w = widthEm * em();
    double h = heightEm * em();
    setMinSize(w, h);
    setPrefSize(w, h);
    setMaxSize(w, h);
  }

  @Override
  protected void draw(GraphicsContext g, double width, double height) {
    g.clearRect(0, 0, width, height);
    painter.paint(g, palette(), width, height);
  }
}
