package org.liaison.ui.view;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
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

  private static final double FONT = 11;
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

  @Override
  protected void draw(GraphicsContext g, double width, double height) {
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, width, height);
    float[][] h = history.get();
    Font font = Font.font("System", FONT);
    Font bold = Font.font("System", FontWeight.BOLD, FONT + 1);
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.LEFT);
    g.setFill(Color.web("#1A1A1A"));
    g.setFont(bold);
    g.fillText(title, 6, 9);
    // Legend: one entry per line, wrapping, under the title.
    g.setFont(font);
    double x = 6;
    double y = 26;
    for (Series s : series) {
      String label = ChartModel.legendLabel(s, h);
      double w = textWidth(label, font) + 18;
      if (x > 6 && x + w > width - 6) {
        x = 6;
        y += FONT + 5;
      }
      g.setFill(s.colour());
      g.fillRect(x, y - 2, 12, 4);
      g.setFill(Color.web("#1A1A1A"));
      g.fillText(label, x + 15, y);
      x += w + 10;
    }
    double top = y + FONT + 4;
    double max = ChartModel.scaleTop(series, h, fixedTop);
    List<String> axis = ChartModel.axisLabels(max);
    double widest = 0;
    for (String label : axis) {
      widest = Math.max(widest, textWidth(label, font));
    }
    double left = 10 + widest;
    double right = width - 10;
    double bottom = height - FONT - 8;
    if (bottom - top < 20) {
      return;
    }
    ChartModel.Plot area = new ChartModel.Plot(left, right, top, bottom, max, totalTicks);
    plot = area;
    g.setTextAlign(TextAlignment.RIGHT);
    for (int k = 0; k <= 4; k++) {
      double yy = area.y(max * k / 4);
      g.setStroke(k == 0 ? Color.web("#757575") : Color.web("#E0E0E0"));
      g.setLineWidth(1);
      g.strokeLine(left, yy, right, yy);
      g.setFill(Color.web("#424242"));
      g.fillText(axis.get(k), left - 4, yy);
    }
    g.setStroke(Color.web("#757575"));
    g.strokeLine(left, top, left, bottom);
    int days = Math.max(1, totalTicks / 24);
    int stepDays = days > 14 ? 7 : days > 6 ? 2 : 1;
    g.setTextBaseline(VPos.TOP);
    for (int d = 0; d <= days; d += stepDays) {
      double xx = area.x(d * 24.0);
      String dayLabel = I18n.t("chart.day", d + 1);
      g.setTextAlign(xx + textWidth(dayLabel, font) / 2 > width ? TextAlignment.RIGHT
          : d == 0 ? TextAlignment.LEFT : TextAlignment.CENTER);
      g.fillText(dayLabel, Math.min(xx, width - 2), bottom + 3);
      g.strokeLine(xx, bottom, xx, bottom + 3);
    }
    g.setTextBaseline(VPos.CENTER);
    for (long m : marks.get()) {
      double xx = area.x(m);
      g.setStroke(Palette.PURPLE);
      g.setLineDashes(4, 3);
      g.strokeLine(xx, top, xx, bottom);
      g.setLineDashes(null);
    }
    if (h == null || h.length < 2) {
      return;
    }
    for (Series s : series) {
      int i = s.indicator().ordinal();
      g.setStroke(s.colour());
      g.setLineWidth(2);
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
    Text t = new Text(s);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }
}
