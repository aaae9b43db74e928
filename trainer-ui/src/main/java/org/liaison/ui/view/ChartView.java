package org.liaison.ui.view;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.liaison.indicators.Indicator;
import org.liaison.ui.I18n;

/**
 * A line chart of indicators over the hours played, drawn on a canvas so it keeps up with a fast
 * exercise. All lines of a chart share one y scale with a labelled axis: a fixed one (0 to 1 for
 * shares, 0 to 100 for the score) or, for counts, 0 to a rounded maximum of all its lines. The
 * legend names each indicator with its unit and current value. Optional marks show decision times.
 */
public final class ChartView extends CanvasPane {
  /** A line: the indicator and its colour, one of {@link Palette#CHART_LINES}. */
  public record Series(Indicator indicator, Color colour) {
    public Series {
      if (!Palette.CHART_LINES.contains(colour)) {
        throw new IllegalArgumentException("a chart line's colour must be one of Palette.CHART_LINES: " + colour);
      }
    }
  }

  private final String title;
  private final List<Series> series;
  private final Supplier<float[][]> history;
  private final int totalTicks;
  private final double fixedTop;
  private Supplier<long[]> marks = () -> new long[0];
  private ChartModel.Plot plot;

  /**
   * @param top the top of the y scale, or 0 for a rounded maximum of the lines (counts)
   */
  public ChartView(String title, List<Series> series, Supplier<float[][]> history, int totalTicks, double top) {
    this.title = title;
    this.series = series;
    this.history = history;
    this.totalTicks = totalTicks;
    this.fixedTop = top;
    getStyleClass().add("chart");
    setPrefHeight(170);
    setMinHeight(120);
  }

  public void setMarks(Supplier<long[]> marks) {
    this.marks = marks;
    redraw();
  }

  /** The legend as drawn: one entry per line, in the order of the lines. */
  List<String> legendLabels() {
    float[][] h = history.get();
    return series.stream().map(s -> ChartModel.legendLabel(s, h)).toList();
  }

  /** The plot area and scale of the last frame drawn, or null before the first. */
  ChartModel.Plot plot() {
    return plot;
  }

  /** The chart's texts: title, legend and day labels in the ink, axis values in the secondary ink, on its ground. */
  public static List<CanvasPalette.TextInk> texts(CanvasPalette p) {
    return List.of(new CanvasPalette.TextInk("chart title and legend", p.ink(), List.of(p.ground())),
        new CanvasPalette.TextInk("chart axis", p.secondaryInk(), List.of(p.ground())));
  }

  @Override
  protected void fontChanged() {
    // About a dozen lines of its text high, never under nine, so the plot keeps its room as the text grows.
    setPrefHeight(170 * em() / CanvasFonts.DEFAULT_EM);
    setMinHeight(120 * em() / CanvasFonts.DEFAULT_EM);
  }

  @Override
  protected void draw(GraphicsContext g, double width, double height) {
    CanvasPalette p = palette();
    CanvasFonts f = fonts();
    Font font = f.label();
    double lh = f.lineHeight();
    g.setFill(p.ground());
    g.fillRect(0, 0, width, height);
    float[][] h = history.get();
    g.setFill(p.ink());
    write(g, title, f.title(), 6, 2, TextAlignment.LEFT, VPos.TOP);
    // Legend: one entry per line, wrapping, under the title.
    double x = 6;
    double y = 2 + CanvasFonts.bounds(title, f.title()).getHeight() + 4 + lh / 2;
    double swatch = Math.max(12, lh);
    for (Series s : series) {
      String label = ChartModel.legendLabel(s, h);
      double w = textWidth(label, font) + swatch + 6;
      if (x > 6 && x + w > width - 6) {
        x = 6;
        y += lh + 3;
      }
      g.setFill(s.colour());
      g.fillRect(x, y - 2 * p.lineScale(), swatch, 4 * p.lineScale());
      g.setFill(p.ink());
      write(g, label, font, x + swatch + 3, y, TextAlignment.LEFT, VPos.CENTER);
      x += w + 10;
    }
    double top = y + lh / 2 + 4 + lh / 2;
    double max = ChartModel.scaleTop(series, h, fixedTop);
    List<String> axis = ChartModel.axisLabels(max);
    double widest = 0;
    for (String label : axis) {
      widest = Math.max(widest, textWidth(label, font));
    }
    double left = 10 + widest;
    double right = width - 10;
    double bottom = height - lh - 6;
    if (bottom - top < 20) {
      return;
    }
    ChartModel.Plot area = new ChartModel.Plot(left, right, top, bottom, max, totalTicks);
    plot = area;
    // Every grid line is drawn; its value is written where there is a line of text's room for it.
    double gridGap = (bottom - top) / 4;
    int labelEvery = gridGap >= lh ? 1 : 2 * gridGap >= lh ? 2 : 4;
    for (int k = 0; k <= 4; k++) {
      double yy = area.y(max * k / 4);
      g.setStroke(k == 0 ? p.axis() : p.grid());
      g.setLineWidth(1);
      g.strokeLine(left, yy, right, yy);
      if (k % labelEvery == 0) {
        g.setFill(p.secondaryInk());
        write(g, axis.get(k), font, left - 4, yy, TextAlignment.RIGHT, VPos.CENTER);
      }
    }
    g.setStroke(p.axis());
    g.strokeLine(left, top, left, bottom);
    int days = Math.max(1, totalTicks / 24);
    // Day labels a label's width and a gap apart at least, so none runs into the next.
    double dayLabel = textWidth(I18n.t("chart.day", days), font) + 12;
    double perDay = Math.max(1e-9, area.x(24.0) - area.x(0));
    int stepDays = 1;
    for (int step : new int[] {1, 2, 7, 14, 28}) {
      stepDays = step;
      if (step * perDay >= dayLabel) {
        break;
      }
    }
    g.setFill(p.ink());
    for (int d = 0; d <= days; d += stepDays) {
      double xx = area.x(d * 24.0);
      String label = I18n.t("chart.day", d + 1);
      double w = textWidth(label, font);
      // The first day starts at the axis, clear of the scale's 0; the last ends inside the chart.
      TextAlignment align = xx + w / 2 > width - 2 ? TextAlignment.RIGHT
          : d == 0 ? TextAlignment.LEFT : TextAlignment.CENTER;
      write(g, label, font, align == TextAlignment.RIGHT ? width - 2 : xx, bottom + 3, align, VPos.TOP);
      g.setStroke(p.axis());
      g.strokeLine(xx, bottom, xx, bottom + 3);
    }
    for (long m : marks.get()) {
      double xx = area.x(m);
      g.setStroke(Palette.PURPLE);
      g.setLineWidth(p.lineScale());
      g.setLineDashes(4 * p.lineScale(), 3 * p.lineScale());
      g.strokeLine(xx, top, xx, bottom);
      g.setLineDashes(null);
    }
    if (h == null || h.length < 2) {
      return;
    }
    for (Series s : series) {
      int i = s.indicator().ordinal();
      g.setStroke(s.colour());
      g.setLineWidth(2 * p.lineScale());
      g.beginPath();
      int stride = Math.max(1, h.length / 600);
      boolean drawing = false;
      for (int t = 0; t < h.length; t += stride) {
        if (Double.isNaN(h[t][i])) {
          drawing = false;
          continue;
        }
        double xx = area.x(t + 1.0);
        double yy = area.y(h[t][i]);
        if (drawing) {
          g.lineTo(xx, yy);
        } else {
          g.moveTo(xx, yy);
          drawing = true;
        }
      }
      g.stroke();
    }
  }

  private static double textWidth(String s, Font font) {
    return CanvasFonts.width(s, font);
  }
}
