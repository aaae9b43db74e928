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
  /** Personnel of the unit: falls when its people are killed or injured. */
  public int strength;
  public final double speedKmh;
  private double x;
  private double y;
  /** Zone the unit is in, or -1 while travelling. */
  private int zone;
  /** Zone the unit last left: where a closed link between two zones is judged from. */
  private int origin;
  private int destination = -1;
  private long respondingTo = -1;
  private long dispatchedAt;
  /** Zone the unit started in, where it returns after a response. */
  public final int station;
  /** The attack the unit last arrived to respond to, or -1. */
  private long respondedTo = -1;
  /** Tick at which the unit heads back to its station, or -1. */
  private long returnAt = -1;
  /** Hours to stay on arrival before heading back (a patrol), or -1 to stay. */
  private int stayHours = -1;
  /** Tick until which the unit travels with a convoy it escorts, or -1. */
  private long escortUntil = -1;
  /** Tick at which the escorted convoy reaches its destination and turns back. */
  private long convoyArrives;
  /** Zone the escorted convoy set out from and returns to. */
  private int convoyBase;

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
    this.origin = zone;
    this.station = zone;
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

  /** Zone the unit travels to, or -1 if it is not travelling. */
  public int destination() {
    return destination;
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
      origin = zone;
      zone = -1;
    }
    destination = target;
    respondingTo = attack;
    respondedTo = -1;
    returnAt = -1;
    stayHours = -1;
    dispatchedAt = sim.tick();
  }

  /** Sends the unit to a zone for a stay of hours (a patrol, an escort), after which it returns. */
  public void sendFor(LiaisonSim sim, int target, int hours) {
    if (zone == target && destination < 0) {
      returnAt = sim.tick() + hours;
      return;
    }
    sendTo(sim, target, -1);
    stayHours = hours;
  }

  /**
   * Takes the unit off protection to escort a convoy from its base to a zone and back: it leaves its
   * zone at once, goes with the convoy until it arrives, then back with it to its base until the tick
   * given, counting towards no zone's presence and free for no response, patrol or other escort (it
   * guards the trucks, not the people where they pass), then heads back to its station.
   */
  public void escort(LiaisonSim sim, int base, int target, long arrives, long until) {
    if (zone >= 0) {
      sim.world().leaveZone(this, zone);
      origin = zone;
      zone = -1;
    }
    destination = target;
    respondingTo = -1;
    respondedTo = -1;
    returnAt = -1;
    stayHours = -1;
    dispatchedAt = sim.tick();
    convoyBase = base;
    convoyArrives = arrives;
    escortUntil = until;
  }

  /** Whether the unit is escorting a convoy. */
  public boolean escorting() {
    return escortUntil >= 0;
  }

  /** Whether the unit is at its station with nothing to do: free for a patrol of its own. */
  public boolean idleAtStation() {
    return destination < 0 && zone == station && returnAt < 0 && respondedTo < 0;
  }

  /** Personnel killed or injured leave the unit; the zone it is in loses their presence. */
  public void lose(org.liaison.engine.World world, int personnel) {
    if (zone >= 0) {
      world.leaveZone(this, zone);
    }
    strength = Math.max(0, strength - personnel);
    if (zone >= 0) {
      world.enterZone(this, zone);
    }
  }

  /** Hours the unit needs to reach a zone from where it is; infinite while the way is closed. */
  public double hoursTo(LiaisonSim sim, ZoneState target) {
    return sim.access().hours(x, y, zone >= 0 ? zone : origin, target.index, speedKmh);
  }

  /** The attack this unit came for has ended: it heads back to its station after hours. */
  public void attackEnded(long attack, long tick, int holdHours) {
    if (destination < 0 && respondedTo == attack) {
      respondedTo = -1;
      returnAt = tick + holdHours;
    }
  }

  public long respondedTo() {
    return respondedTo;
  }

  /**
   * The way ahead closed while the unit travelled: it no longer counts as coming to the attack it
   * was sent to, and turns back to its station if that way is open; otherwise it waits where it
   * is until the road reopens (a convoy at a washed-out bridge).
   */
  private void heldUp(LiaisonSim sim) {
    if (respondingTo >= 0) {
      sim.response().responderHeldUp(this, respondingTo);
      respondingTo = -1;
      stayHours = sim.parameters().responseHoldHours();
    }
    // Turning back does not use the link ahead, so the way back is judged from nowhere in particular.
    if (destination != station && station >= 0 && sim.access().speedFactor(x, y, -1, station) > 0) {
      destination = station;
      origin = -1;
      stayHours = -1;
    }
  }

  /**
   * An hour with the convoy: the unit moves with it towards its destination, then back towards its
   * base, and once the convoy is home turns back to its station (or stays, if that is its station).
   */
  private void withConvoy(LiaisonSim sim) {
    long now = sim.tick();
    boolean outbound = now < convoyArrives;
    ZoneState target = sim.world().zones[outbound ? destination : convoyBase];
    long left = outbound ? convoyArrives - now : escortUntil - now;
    if (left > 0) {
      x += (target.centre.x - x) / left;
      y += (target.centre.y - y) / left;
    } else {
      x = target.centre.x;
      y = target.centre.y;
      escortUntil = -1;
      origin = convoyBase;
      if (station < 0 || station == convoyBase) {
        zone = convoyBase;
        destination = -1;
        sim.world().enterZone(this, zone);
        sim.publish(new EngineEvent.ResponseArrived(now, id, target.id(), -1, now - dispatchedAt + 1));
      } else {
        destination = station;
        dispatchedAt = now;
      }
    }
    sim.world().moved(this);
  }

  @Override
  public void step(SimState state) {
    if (escortUntil >= 0) {
      withConvoy((LiaisonSim) state);
      return;
    }
    if (destination < 0) {
      if (returnAt >= 0) {
        LiaisonSim sim = (LiaisonSim) state;
        if (sim.tick() >= returnAt) {
          returnAt = -1;
          if (zone != station && station >= 0 && !sim.response().threatKnownIn(zone)) {
            sendTo(sim, station, -1);
          }
        }
      }
      return;
    }
    LiaisonSim sim = (LiaisonSim) state;
    ZoneState target = sim.world().zones[destination];
    double dx = target.centre.x - x;
    double dy = target.centre.y - y;
    double d = Math.hypot(dx, dy);
    double step = speedKmh * sim.access().speedFactor(x, y, origin, destination);
    if (step <= 0) {
      heldUp(sim);
      return;
    }
    if (d <= step) {
      x = target.centre.x;
      y = target.centre.y;
      zone = destination;
      destination = -1;
      sim.world().enterZone(this, zone);
      if (respondingTo >= 0) {
        if (sim.response().responderArrived(this, respondingTo)) {
          respondedTo = respondingTo;
        } else {
          returnAt = sim.tick() + sim.parameters().responseHoldHours();
        }
      } else if (stayHours >= 0) {
        returnAt = sim.tick() + stayHours;
        stayHours = -1;
      }
      sim.publish(new EngineEvent.ResponseArrived(sim.tick(), id, target.id(), respondingTo,
          sim.tick() - dispatchedAt + 1));
      respondingTo = -1;
    } else {
      x += dx / d * step;
      y += dy / d * step;
    }
    sim.world().moved(this);
  }
}
