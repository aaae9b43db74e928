package org.liaison.ui.view;

import javafx.scene.canvas.GraphicsContext;

/**
 * The map key's shading scale and its "no data" swatch, painted with the fill the map gives a zone
 * ({@link MapRenderer#zoneColour}) over the map's own ground, so the key shows the softened shades
 * of a monitor and the opaque ones of the projector mode exactly as the zones do.
 */
final class ShadingScale {
  private ShadingScale() {}

  /** The scale from low (left) to high (right): a legend sample of the map's zone shades. */
  static Sample ramp() {
    Sample ramp = new Sample(8.5, 1.1, ShadingScale::paintRamp);
    ramp.setId("shading-ramp");
    return ramp;
  }

  /** The swatch beside "no data": the map's grey for a zone with no value. */
  static Sample noData() {
    Sample swatch = new Sample(1.1, 1.1, (g, p, w, h) -> paint(g, p, Double.NaN, 0, w, h));
    swatch.setId("shading-no-data");
    return swatch;
  }

  /** The value the scale shows in the pixel column at x of a scale this wide. */
  static double value(int x, int width) {
    return width <= 1 ? 0 : (double) x / (width - 1);
  }

  private static void paintRamp(GraphicsContext g, CanvasPalette p, double width, double height) {
    int columns = (int) Math.ceil(width);
    for (int x = 0; x < columns; x++) {
      paint(g, p, value(x, columns), x, 1, height);
    }
  }

  private static void paint(GraphicsContext g, CanvasPalette p, double v, double x, double width, double height) {
    g.setFill(p.mapGround());
    g.fillRect(x, 0, width, height);
    g.setFill(MapRenderer.zoneColour(p, v));
    g.fillRect(x, 0, width, height);
  }
}
