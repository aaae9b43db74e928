package org.liaison.ui.view;

import javafx.scene.paint.Color;

/**
 * Colours as people with a dichromacy see them, and how far apart two colours look: the
 * simulation of Machado, Oliveira and Fernandes (2009) at severity 1, applied in linear RGB, and
 * the CIEDE2000 colour difference in CIELAB under D65.
 */
final class ColourVision {
  /** The three dichromacies, each with its Machado et al. matrix (severity 1.0) on linear RGB. */
  enum Deficiency {
    PROTANOPIA(new double[][] {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

    private final double[][] matrix;

    Deficiency(double[][] matrix) {
      this.matrix = matrix;
    }
  }

  private ColourVision() {}

  /** The colour as seen with the deficiency, clipped to the sRGB gamut. */
  static Color simulate(Color c, Deficiency d) {
    double[] rgb = {Contrast.linear(c.getRed()), Contrast.linear(c.getGreen()), Contrast.linear(c.getBlue())};
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = 0;
      for (int k = 0; k < 3; k++) {
        v += d.matrix[i][k] * rgb[k];
      }
      out[i] = gamma(Math.max(0, Math.min(1, v)));
    }
    return Color.color(out[0], out[1], out[2]);
  }

  /** CIELAB (D65) of an sRGB colour: {L*, a*, b*}. */
  static double[] lab(Color c) {
    double r = Contrast.linear(c.getRed());
    double g = Contrast.linear(c.getGreen());
    double b = Contrast.linear(c.getBlue());
    double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  /** CIEDE2000 difference of two colours (kL = kC = kH = 1); about 2 is just noticeable, 10 plainly different. */
  static double deltaE2000(Color c1, Color c2) {
    return deltaE2000(lab(c1), lab(c2));
  }

  /** CIEDE2000 difference of two CIELAB colours, after Sharma, Wu and Dalal (2005). */
  static double deltaE2000(double[] p, double[] q) {
    double cBar = (Math.hypot(p[1], p[2]) + Math.hypot(q[1], q[2])) / 2;
    double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
    double a1 = (1 + g) * p[1];
    double a2 = (1 + g) * q[1];
    double ch1 = Math.hypot(a1, p[2]);
    double ch2 = Math.hypot(a2, q[2]);
    double h1 = hue(p[2], a1);
    double h2 = hue(q[2], a2);
    double dL = q[0] - p[0];
    double dC = ch2 - ch1;
    double dh = 0;
    if (ch1 * ch2 != 0) {
      dh = h2 - h1;
      if (dh > 180) {
        dh -= 360;
      } else if (dh < -180) {
        dh += 360;
      }
    }
    double dH = 2 * Math.sqrt(ch1 * ch2) * Math.sin(Math.toRadians(dh / 2));
    double lBar = (p[0] + q[0]) / 2;
    double cBarPrime = (ch1 + ch2) / 2;
    double hBar = h1 + h2;
    if (ch1 * ch2 != 0) {
      hBar = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2;
    }
    double t = 1 - 0.17 * Math.cos(Math.toRadians(hBar - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hBar))
        + 0.32 * Math.cos(Math.toRadians(3 * hBar + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hBar - 63));
    double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
    double rc = 2 * Math.sqrt(Math.pow(cBarPrime, 7) / (Math.pow(cBarPrime, 7) + Math.pow(25, 7)));
    double sl = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
    double sc = 1 + 0.045 * cBarPrime;
    double sh = 1 + 0.015 * cBarPrime * t;
    double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
    double l = dL / sl;
    double c = dC / sc;
    double h = dH / sh;
    return Math.sqrt(l * l + c * c + h * h + rt * c * h);
  }

  private static double hue(double b, double a) {
    if (a == 0 && b == 0) {
      return 0;
    }
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }

  private static double f(double t) {
    double e = 216.0 / 24389;
    return t > e ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  private static double gamma(double v) {
    return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
  }
}
