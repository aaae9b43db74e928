package org.liaison.ui.view;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.liaison.indicators.Indicator;

/**
 * A small line chart of indicators over the hours played, drawn on a canvas so it keeps up with a
 * fast exercise. Each series is scaled to its own range (0 to 1 for shares, 0 to its maximum for
 * counts) and labelled with its current value. Optional marks show decision times.
 */
public final class ChartView extends CanvasPane {
  /** A line: the indicator, its colour and the top of its scale (0 for the series' maximum). */
  public record Series(Indicator indicator, Color colour, double top) {}

  private final String title;
  private final List<Series> series;
  private final Supplier<float[][]> history;
  private final int totalTicks;
  private Supplier<long[]> marks = () -> new long[0];

  public ChartView(String title, List<Series> series, Supplier<float[][]> history, int totalTicks) {
    this.title = title;
    this.series = series;
    this.history = history;
    this.totalTicks = totalTicks;
    getStyleClass().add("chart");
    setPrefHeight(150);
  }

  public void setMarks(Supplier<long[]> marks) {
    this.marks = marks;
    redraw();
  }

  @Override
  protected void draw(GraphicsContext g, double width, double height) {
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, width, height);
    float[][] h = history.get();
    double left = 8;
    double top = 22;
    double right = width - 8;
    double bottom = height - 16;
    g.setStroke(Color.web("#E0E0E0"));
    g.setLineWidth(1);
    for (int k = 0; k <= 4; k++) {
      double y = bottom - (bottom - top) * k / 4;
      g.strokeLine(left, y, right, y);
    }
    g.setFill(Color.web("#212121"));
    g.setFont(Font.font("System", FontWeight.BOLD, 12));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(title, left, 10);
    g.setFont(Font.font(10));
    g.setFill(Color.web("#616161"));
    int days = Math.max(1, totalTicks / 24);
    int stepDays = days > 14 ? 7 : days > 6 ? 2 : 1;
    for (int d = 0; d <= days; d += stepDays) {
      double x = left + (right - left) * d * 24.0 / Math.max(1, totalTicks);
      g.fillText("d" + (d + 1), x, height - 7);
    }
    for (long m : marks.get()) {
      double x = left + (right - left) * m / Math.max(1, totalTicks);
      g.setStroke(Palette.PURPLE);
      g.setLineDashes(4, 3);
      g.strokeLine(x, top, x, bottom);
      g.setLineDashes(null);
    }
    double labelX = left + title.length() * 7.5 + 14;
    for (Series s : series) {
      int i = s.indicator().ordinal();
      double max = s.top();
      if (max <= 0 && h != null) {
        for (float[] row : h) {
          max = Float.isNaN(row[i]) ? max : Math.max(max, row[i]);
        }
      }
      max = Math.max(max, 1e-9);
      String current = h == null || h.length == 0 ? "–" : fmt(h[h.length - 1][i]);
      g.setFill(s.colour());
      g.fillRect(labelX, 6, 10, 8);
      g.setFill(Color.web("#212121"));
      String label = s.indicator().key() + " " + current;
      g.fillText(label, labelX + 14, 10);
      labelX += 24 + label.length() * 5.6;
      if (h == null || h.length < 2) {
        continue;
      }
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
        double x = left + (right - left) * (t + 1.0) / Math.max(1, totalTicks);
        double y = bottom - (bottom - top) * Math.min(1, h[t][i] / max);
        if (drawing) {
          g.lineTo(x, y);
        } else {
          g.moveTo(x, y);
          drawing = true;
        }
      }
      g.stroke();
    }
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "not observed";
    }
    return Math.abs(v) >= 10 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
