package org.liaison.engine.agents;

import java.util.List;
import org.liaison.scenario.Zone;
import sim.util.Double2D;

/**
 * A zone's polygon and centre, derived once from the scenario and shared, read-only, by every run
 * of it: the geometry does not change during a run, only the zone's state does.
 */
public final class ZoneShape {
  private final double[] xs;
  private final double[] ys;
  /** The mean of the polygon's vertices: where units of the zone stand and distances are taken from. */
  public final Double2D centre;

  public ZoneShape(Zone zone) {
    List<List<Double>> polygon = zone.polygon();
    xs = new double[polygon.size()];
    ys = new double[polygon.size()];
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < polygon.size(); i++) {
      xs[i] = polygon.get(i).get(0);
      ys[i] = polygon.get(i).get(1);
      sx += xs[i];
      sy += ys[i];
    }
    int n = Math.max(1, polygon.size());
    centre = new Double2D(sx / n, sy / n);
  }

  /** Whether the point lies inside the polygon (even-odd rule). */
  public boolean contains(double x, double y) {
    boolean inside = false;
    for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
      if ((ys[i] > y) != (ys[j] > y)
          && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
        inside = !inside;
      }
    }
    return inside;
  }

  /** Whether the straight path from (x1, y1) to (x2, y2) touches the zone: starts, ends or crosses it. */
  public boolean crossedBy(double x1, double y1, double x2, double y2) {
    if (contains(x1, y1) || contains(x2, y2)) {
      return true;
    }
    for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
      if (segmentsCross(x1, y1, x2, y2, xs[j], ys[j], xs[i], ys[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean segmentsCross(double ax, double ay, double bx, double by,
      double cx, double cy, double dx, double dy) {
    double d1 = side(cx, cy, dx, dy, ax, ay);
    double d2 = side(cx, cy, dx, dy, bx, by);
    double d3 = side(ax, ay, bx, by, cx, cy);
    double d4 = side(ax, ay, bx, by, dx, dy);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  private static double side(double ax, double ay, double bx, double by, double px, double py) {
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  }
}
