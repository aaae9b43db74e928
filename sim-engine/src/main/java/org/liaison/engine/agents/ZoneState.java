package org.liaison.engine.agents;

import java.util.List;
import org.liaison.scenario.Zone;
import sim.util.Double2D;

/** The mutable state of one zone of the map during a run. */
public final class ZoneState {
  public final int index;
  public final Zone spec;
  public final Double2D centre;
  private final double[] xs;
  private final double[] ys;
  public int population;
  public double need;
  /** Personnel of protecting units (troops, police) of the mission present in the zone. */
  public int protection;
  /** Units of the mission present in the zone, whatever their role. */
  public int missionUnits;
  /** Soldier-equivalents of the mission present: personnel weighted by what their role deters. */
  public double deterrent;
  /** Attacks the mission knows were carried out in the zone: its picture of where to patrol. */
  public int knownAttacks;
  /** Warnings and sightings of attacks on the zone that reached the mission, false alarms included. */
  public int warningsReceived;

  public ZoneState(int index, Zone spec) {
    this.index = index;
    this.spec = spec;
    List<List<Double>> polygon = spec.polygon();
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
    population = spec.population();
    need = spec.need();
  }

  public String id() {
    return spec.id();
  }

  /** Whether the point lies inside the zone's polygon (even-odd rule). */
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
