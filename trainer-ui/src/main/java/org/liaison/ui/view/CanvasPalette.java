package org.liaison.ui.view;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours and line weights the canvases (map, charts, trust network, review plot, legends)
 * draw with. {@link #STANDARD} is the look on a monitor; {@link #PROJECTOR} the projector mode's,
 * for a large image seen from afar and washed out by room light: black text on opaque white,
 * unsoftened zone colours, dark zone outlines, lines and markers about twice as heavy. The
 * categorical colours stay Okabe-Ito in both, so what tells kinds apart for a colour-blind viewer
 * is the same. A canvas is told which one applies by the style sheet ({@link CanvasPane}).
 *
 * @param ground behind charts, the trust network and the review's plot
 * @param mapGround behind the map's zones
 * @param ink titles, legends and labels
 * @param secondaryInk axis labels and scale words
 * @param grid the chart's grid lines
 * @param axis the chart's axes and ticks
 * @param labelBacking the box under a map label
 * @param strongLabelBacking the box under the selected or hovered actor's name
 * @param zoneOutline the line between zones
 * @param zoneOutlineWidth its width in pixels
 * @param zoneSaturation and zoneOpacity how far a zone's viridis fill is softened
 * @param lineScale how much heavier than on a monitor channels, chart lines, outlines and marks are
 * @param markerScale how much larger than on a monitor actor markers are
 */
public record CanvasPalette(String name, Color ground, Color mapGround, Color ink, Color secondaryInk, Color grid,
    Color axis, Color labelBacking, Color strongLabelBacking, Color zoneOutline, double zoneOutlineWidth,
    double zoneSaturation, double zoneOpacity, double lineScale, double markerScale) {

  public static final CanvasPalette STANDARD = new CanvasPalette("standard", Color.WHITE, Color.web("#F4F4F2"),
      Color.web("#1A1A1A"), Color.web("#424242"), Color.web("#E0E0E0"), Color.web("#757575"),
      Color.web("#FFFFFF", 0.85), Color.web("#FFFFFF", 0.95), Color.WHITE, 1.5, 0.75, 0.85, 1, 1);

  public static final CanvasPalette PROJECTOR = new CanvasPalette("projector", Color.WHITE, Color.WHITE,
      Color.BLACK, Color.web("#1A1A1A"), Color.web("#BDBDBD"), Color.web("#333333"), Color.WHITE, Color.WHITE,
      Color.web("#1A1A1A"), 2.5, 1, 1, 1.8, 1.3);

  public static final List<CanvasPalette> ALL = List.of(STANDARD, PROJECTOR);

  /** Which palette a canvas draws with, as the style sheet's {@code -liaison-canvas-palette} names it. */
  public enum Choice {
    STANDARD, PROJECTOR;

    public CanvasPalette palette() {
      return this == PROJECTOR ? CanvasPalette.PROJECTOR : CanvasPalette.STANDARD;
    }
  }

  /** A colour drawn over an opaque one, as it shows: alpha compositing. */
  public static Color over(Color top, Color below) {
    double a = top.getOpacity();
    return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
        top.getBlue() * a + below.getBlue() * (1 - a));
  }

  /**
   * A colour a canvas writes text in and every colour that text may lie on, for the contrast
   * checks: the canvases list these from the same fields they draw with.
   */
  public record TextInk(String what, Color text, List<Color> grounds) {}
}
