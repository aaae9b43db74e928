package org.liaison.ui.view;

import javafx.scene.paint.Color;

/** WCAG 2 relative luminance and contrast ratio, for the tests that check text and focus can be seen. */
final class Contrast {
  /** Normal text needs this much contrast with what lies behind it (WCAG 2 SC 1.4.3, level AA). */
  static final double TEXT = 4.5;
  /** Large text, and the parts of a control that show its state such as a focus ring (SC 1.4.11), need this much. */
  static final double LARGE = 3.0;

  private Contrast() {}

  /** The contrast ratio of two opaque colours, from 1 (none) to 21 (black on white). */
  static double ratio(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** WCAG 2 relative luminance. */
  static double luminance(Color c) {
    return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
  }

  /** An sRGB channel in [0, 1] made linear (WCAG's threshold 0.03928; the sRGB standard's 0.04045 differs by nothing visible). */
  static double linear(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  /** A colour drawn over an opaque one, as it shows: alpha compositing. */
  static Color over(Color top, Color below) {
    double a = top.getOpacity();
    return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
        top.getBlue() * a + below.getBlue() * (1 - a));
  }
}
