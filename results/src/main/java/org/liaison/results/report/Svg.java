package org.liaison.results.report;

import java.util.Locale;

/**
 * A small builder of inline SVG charts: a plot area with linear axes, and the marks the report
 * needs (boxes, points, lines, bands). Numbers are written with '.' whatever the locale.
 */
final class Svg {
  /** Okabe-Ito colours, distinguishable with the common colour-vision deficiencies. */
  static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
      "#000000"};
  static final int LEFT = 64;
  static final int RIGHT = 28;
  static final int TOP = 28;
  static final int BOTTOM = 44;

  private final StringBuilder body = new StringBuilder();
  private final int width;
  private final int height;
  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;

  Svg(int width, int height, double xMin, double xMax, double yMin, double yMax) {
    this.width = width;
    this.height = height;
    double xPad = xMax > xMin ? 0 : 1;
    double yPad = yMax > yMin ? (yMax - yMin) * 0.05 : Math.max(1, Math.abs(yMax) * 0.1);
    this.xMin = xMin - xPad;
    this.xMax = xMax + xPad;
    this.yMin = yMin - yPad;
    this.yMax = yMax + yPad;
  }

  static String color(int index) {
    return PALETTE[index % PALETTE.length];
  }

  double x(double value) {
    return LEFT + (value - xMin) / (xMax - xMin) * (width - LEFT - RIGHT);
  }

  double y(double value) {
    return height - BOTTOM - (value - yMin) / (yMax - yMin) * (height - TOP - BOTTOM);
  }

  static String n(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String label(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e6) {
      return Long.toString((long) value);
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-4 && magnitude < 1e5) {
      return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", value)).stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%.2e", value);
  }

  /** Axes with ticks; {@code numericX} false leaves the x ticks to categorical labels. */
  Svg axes(String xTitle, String yTitle, boolean numericX) {
    body.append("<line x1='").append(LEFT).append("' y1='").append(height - BOTTOM).append("' x2='")
        .append(width - RIGHT).append("' y2='").append(height - BOTTOM).append("' class='axis' stroke='#555'/>");
    body.append("<line x1='").append(LEFT).append("' y1='").append(TOP).append("' x2='").append(LEFT).append("' y2='")
        .append(height - BOTTOM).append("' class='axis' stroke='#555'/>");
    for (int i = 0; i <= 4; i++) {
      double v = yMin + (yMax - yMin) * i / 4;
      body.append("<line x1='").append(LEFT - 4).append("' y1='").append(n(y(v))).append("' x2='").append(width - RIGHT)
          .append("' y2='").append(n(y(v))).append("' class='grid' stroke='#eee'/>");
      body.append("<text x='").append(LEFT - 6).append("' y='").append(n(y(v) + 4)).append("' text-anchor='end'>")
          .append(Html.escape(label(v))).append("</text>");
      if (numericX) {
        double xv = xMin + (xMax - xMin) * i / 4;
        body.append("<text x='").append(n(x(xv))).append("' y='").append(height - BOTTOM + 16)
            .append("' text-anchor='middle'>").append(Html.escape(label(xv))).append("</text>");
      }
    }
    body.append("<text x='").append((LEFT + width - RIGHT) / 2).append("' y='").append(height - 6)
        .append("' text-anchor='middle' class='title'>").append(Html.escape(xTitle)).append("</text>");
    body.append("<text x='14' y='").append((TOP + height - BOTTOM) / 2).append("' text-anchor='middle' class='title' ")
        .append("transform='rotate(-90 14 ").append((TOP + height - BOTTOM) / 2).append(")'>")
        .append(Html.escape(yTitle)).append("</text>");
    return this;
  }

  Svg xLabel(double at, String text) {
    body.append("<text x='").append(n(x(at))).append("' y='").append(height - BOTTOM + 16)
        .append("' text-anchor='middle'>").append(Html.escape(text)).append("</text>");
    return this;
  }

  /** A box plot: box from q1 to q3, median line, whiskers to min and max. */
  Svg box(double at, double halfWidth, double min, double q1, double median, double q3, double max, String color) {
    double left = x(at - halfWidth);
    double right = x(at + halfWidth);
    double centre = x(at);
    body.append("<line x1='").append(n(centre)).append("' y1='").append(n(y(min))).append("' x2='").append(n(centre))
        .append("' y2='").append(n(y(max))).append("' stroke='").append(color).append("'/>");
    body.append("<rect x='").append(n(left)).append("' y='").append(n(y(q3))).append("' width='").append(n(right - left))
        .append("' height='").append(n(Math.max(0.5, y(q1) - y(q3)))).append("' fill='").append(color)
        .append("' fill-opacity='0.35' stroke='").append(color).append("'/>");
    body.append("<line x1='").append(n(left)).append("' y1='").append(n(y(median))).append("' x2='").append(n(right))
        .append("' y2='").append(n(y(median))).append("' stroke='").append(color).append("' stroke-width='2.5'/>");
    return this;
  }

  Svg point(double px, double py, String color) {
    body.append("<circle cx='").append(n(x(px))).append("' cy='").append(n(y(py))).append("' r='2.2' fill='")
        .append(color).append("' fill-opacity='0.55'/>");
    return this;
  }

  Svg line(double[] xs, double[] ys, String color) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isNaN(ys[i])) {
        points.append(n(x(xs[i]))).append(',').append(n(y(ys[i]))).append(' ');
      }
    }
    body.append("<polyline fill='none' stroke='").append(color).append("' stroke-width='2' points='")
        .append(points.toString().trim()).append("'/>");
    return this;
  }

  /** A shaded band between {@code low} and {@code high}; NaN bounds are drawn at the line. */
  Svg band(double[] xs, double[] low, double[] high, double[] mid, String color) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      double v = Double.isNaN(high[i]) ? mid[i] : high[i];
      if (!Double.isNaN(v)) {
        points.append(n(x(xs[i]))).append(',').append(n(y(v))).append(' ');
      }
    }
    for (int i = xs.length - 1; i >= 0; i--) {
      double v = Double.isNaN(low[i]) ? mid[i] : low[i];
      if (!Double.isNaN(v)) {
        points.append(n(x(xs[i]))).append(',').append(n(y(v))).append(' ');
      }
    }
    body.append("<polygon fill='").append(color).append("' fill-opacity='0.2' stroke='none' points='")
        .append(points.toString().trim()).append("'/>");
    return this;
  }

  Svg legend(java.util.List<String> names) {
    int lx = LEFT + 8;
    for (int i = 0; i < names.size(); i++) {
      body.append("<rect x='").append(lx).append("' y='8' width='10' height='10' fill='").append(color(i)).append("'/>");
      body.append("<text x='").append(lx + 14).append("' y='17'>").append(Html.escape(names.get(i))).append("</text>");
      lx += 24 + 7 * names.get(i).length();
    }
    return this;
  }

  @Override
  public String toString() {
    return "<svg xmlns='http://www.w3.org/2000/svg' width='" + width + "' height='" + height + "' viewBox='0 0 " + width
        + " " + height + "' role='img'>" + body + "</svg>";
  }
}
