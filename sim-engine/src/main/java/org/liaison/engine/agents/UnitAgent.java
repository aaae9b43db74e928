package org.liaison.engine.agents;

import org.liaison.engine.LiaisonSim;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.UnitRole;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Double2D;

/**
 * One deployed unit (a patrol, a team, a fighters' group): it sits in a zone or travels towards
 * one, and while it is in a zone it counts towards that zone's protection.
 */
public final class UnitAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  public final int index;
  public final String id;
  public final ActorState actor;
  public final UnitRole role;
  public final int strength;
  public final double speedKmh;
  private double x;
  private double y;
  /** Zone the unit is in, or -1 while travelling. */
  private int zone;
  private int destination = -1;
  private long respondingTo = -1;
  private long dispatchedAt;

  public UnitAgent(int index, String id, ActorState actor, UnitRole role, int strength,
      double speedKmh, Double2D position, int zone) {
    this.index = index;
    this.id = id;
    this.actor = actor;
    this.role = role;
    this.strength = strength;
    this.speedKmh = speedKmh;
    this.x = position.x;
    this.y = position.y;
    this.zone = zone;
  }

  /** Troops and police of the mission protect civilians; observers and staff do not. */
  public boolean protects() {
    return actor.isMission() && (role == UnitRole.TROOPS || role == UnitRole.POLICE);
  }

  public int zone() {
    return zone;
  }

  public boolean moving() {
    return destination >= 0;
  }

  public double x() {
    return x;
  }

  public double y() {
    return y;
  }

  public long respondingTo() {
    return respondingTo;
  }

  /** Sends the unit towards a zone; attack is the attack it responds to, or -1. */
  public void sendTo(LiaisonSim sim, int target, long attack) {
    if (zone == target && destination < 0) {
      return;
    }
    if (zone >= 0) {
      sim.world().leaveZone(this, zone);
      zone = -1;
    }
    destination = target;
    respondingTo = attack;
    dispatchedAt = sim.tick();
  }

  /** Hours the unit needs to reach a zone from where it is. */
  public double hoursTo(LiaisonSim sim, ZoneState target) {
    double d = Math.hypot(target.centre.x - x, target.centre.y - y);
    return d / Math.max(1e-6, speedKmh * target.spec.terrain());
  }

  @Override
  public void step(SimState state) {
    if (destination < 0) {
      return;
    }
    LiaisonSim sim = (LiaisonSim) state;
    ZoneState target = sim.world().zones[destination];
    double dx = target.centre.x - x;
    double dy = target.centre.y - y;
    double d = Math.hypot(dx, dy);
    double step = speedKmh * target.spec.terrain();
    if (d <= step) {
      x = target.centre.x;
      y = target.centre.y;
      zone = destination;
      destination = -1;
      sim.world().enterZone(this, zone);
      if (respondingTo >= 0) {
        sim.responderArrived(this, respondingTo);
      }
      sim.publish(new EngineEvent.ResponseArrived(sim.tick(), id, target.id(), respondingTo,
          sim.tick() - dispatchedAt + 1));
      respondingTo = -1;
    } else {
      x += dx / d * step;
      y += dy / d * step;
    }
    sim.world().field.setObjectLocation(this, new Double2D(x, y));
  }
}
