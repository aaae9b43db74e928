package org.liaison.engine.agents;

import org.liaison.scenario.Zone;
import sim.util.Double2D;

/** The mutable state of one zone of the map during a run. */
public final class ZoneState {
  public final int index;
  public final Zone spec;
  public final Double2D centre;
  private final ZoneShape shape;
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

  public ZoneState(int index, Zone spec, ZoneShape shape) {
    this.index = index;
    this.spec = spec;
    this.shape = shape;
    this.centre = shape.centre;
    population = spec.population();
    need = spec.need();
  }

  public String id() {
    return spec.id();
  }

  /** Whether the point lies inside the zone's polygon (even-odd rule). */
  public boolean contains(double x, double y) {
    return shape.contains(x, y);
  }

  /** Whether the straight path from (x1, y1) to (x2, y2) touches the zone: starts, ends or crosses it. */
  public boolean crossedBy(double x1, double y1, double x2, double y2) {
    return shape.crossedBy(x1, y1, x2, y2);
  }
}
