package org.liaison.scenario.read;

import java.util.List;

/** Plane geometry needed to check zone polygons. */
final class Geometry {
  private Geometry() {}

  /** Index pair of the first two edges that cross, or null if the polygon is simple. */
  static int[] firstCrossing(List<double[]> points) {
    int n = points.size();
    for (int i = 0; i < n; i++) {
      double[] a = points.get(i);
      double[] b = points.get((i + 1) % n);
      for (int j = i + 1; j < n; j++) {
        boolean adjacent = j == i + 1 || (i == 0 && j == n - 1);
        if (adjacent) {
          continue;
        }
        double[] c = points.get(j);
        double[] d = points.get((j + 1) % n);
        if (segmentsIntersect(a, b, c, d)) {
          return new int[] {i, j};
        }
      }
    }
    return null;
  }

  /** Absolute area by the shoelace formula. */
  static double area(List<double[]> points) {
    double twice = 0;
    for (int i = 0; i < points.size(); i++) {
      double[] p = points.get(i);
      double[] q = points.get((i + 1) % points.size());
      twice += p[0] * q[1] - q[0] * p[1];
    }
    return Math.abs(twice) / 2;
  }

  private static boolean segmentsIntersect(double[] p1, double[] p2, double[] p3, double[] p4) {
    double d1 = cross(p3, p4, p1);
    double d2 = cross(p3, p4, p2);
    double d3 = cross(p1, p2, p3);
    double d4 = cross(p1, p2, p4);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
      return true;
    }
    return (d1 == 0 && onSegment(p3, p4, p1)) || (d2 == 0 && onSegment(p3, p4, p2))
        || (d3 == 0 && onSegment(p1, p2, p3)) || (d4 == 0 && onSegment(p1, p2, p4));
  }

  private static double cross(double[] a, double[] b, double[] c) {
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  }

  private static boolean onSegment(double[] a, double[] b, double[] p) {
    return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0])
        && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
  }
}
