package org.liaison.ui.view;

import java.util.ArrayList;
import java.util.List;
import org.liaison.ui.I18n;
import org.liaison.ui.Names;

/**
 * What a {@link ChartView} shows, apart from the painting: the legend's words, the y scale and its
 * labels, and where a value at an hour lands in the plot. Rows of the history are hours: row t is
 * the state at the end of hour t + 1.
 */
final class ChartModel {
  private ChartModel() {}

  /** The legend entry of a line: the indicator's name with its unit, and its latest value. */
  static String legendLabel(ChartView.Series s, float[][] history) {
    String current = history == null || history.length == 0 ? "–"
        : format(history[history.length - 1][s.indicator().ordinal()]);
    return Names.indicator(s.indicator()) + ": " + current;
  }

  /** The top of the y scale: the fixed one, or for counts a rounded maximum of all lines, at least 1. */
  static double scaleTop(List<ChartView.Series> series, float[][] history, double fixedTop) {
    if (fixedTop > 0) {
      return fixedTop;
    }
    double max = 0;
    for (ChartView.Series s : series) {
      for (float[] row : history == null ? new float[0][] : history) {
        float v = row[s.indicator().ordinal()];
        max = Float.isNaN(v) ? max : Math.max(max, v);
      }
    }
    return niceCeiling(Math.max(max, 1));
  }

  /** The five labels of the y axis, from 0 to the top in quarters. */
  static List<String> axisLabels(double top) {
    List<String> labels = new ArrayList<>();
    for (int k = 0; k <= 4; k++) {
      labels.add(format(top * k / 4));
    }
    return labels;
  }

  /** 1, 2 or 5 times a power of ten, at least v. */
  static double niceCeiling(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= v - 1e-9) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** A value as the chart writes it: whole above 10 or when whole, else two decimals; NaN is not observed. */
  static String format(double v) {
    if (Double.isNaN(v)) {
      return I18n.t("chart.notObserved");
    }
    return Math.abs(v) >= 10 || v == Math.rint(v) ? String.format(I18n.locale(), "%.0f", v)
        : String.format(I18n.locale(), "%.2f", v);
  }

  /**
   * The plot area in pixels and the scale it draws on.
   *
   * @param max the value drawn at the top
   * @param totalTicks the hours the x axis spans
   */
  record Plot(double left, double right, double top, double bottom, double max, int totalTicks) {
    /** Pixel x of the end of an hour. */
    double x(double tick) {
      return left + (right - left) * tick / Math.max(1, totalTicks);
    }

    /** Pixel y of a value, held inside the plot. */
    double y(double value) {
      return bottom - (bottom - top) * Math.max(0, Math.min(1, value / max));
    }
  }
}
