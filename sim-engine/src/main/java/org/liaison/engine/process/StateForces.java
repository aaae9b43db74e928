package org.liaison.engine.process;

import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Parameters;

/**
 * The host state's army, gendarmerie or police: they patrol the zones their mandate covers and
 * deter like the mission's units (each soldier or officer weighted by
 * {@code stateForceProtectionWeight}), and they can abuse the people they patrol.
 *
 * <p>Patrols follow the same standing rule as the mission's (see {@link ForcePosture}): an idle
 * unit at its station sets out with {@code patrolProbabilityPerHour} for {@code patrolHours} to a
 * zone chosen by people exposed, attacks known there and how little presence it has. Each day a
 * force commits an abuse with probability {@code stateAbuseRatePerDay} times the larger of its
 * predation and (1 - its IHL compliance), times its strength, in a zone where one of its units
 * stands (by population): {@code stateAbuseCasualties} people harmed on average, harm every
 * community blames on the force. The abuses form its record.
 *
 * <p>Support by the mission (partnering, under the human rights due diligence policy: the mandate's
 * lists and the force's consent, see {@link Partnerships}) arms it and so raises its abuses; each
 * abuse by a supported force is a compliance violation of the mission, and the communities where
 * the supported force operates judge the mission by the company it keeps.
 */
public final class StateForces {
  private final LiaisonSim sim;
  private final World world;

  public StateForces(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /** The hour's turn: idle units may set out on a patrol, by the rule the mission's units follow. */
  public void step() {
    double chance = p().patrolProbabilityPerHour();
    if (chance <= 0) {
      return;
    }
    for (int f : world.stateForces) {
      sim.posture().patrol(world.actors[f], chance);
    }
  }

  /** The day's turn: abuses, and the association of the mission with the forces it supports. */
  public void daily() {
    for (int f : world.stateForces) {
      ActorState force = world.actors[f];
      int zone = operatingZone(force);
      if (force.partnered) {
        sim.partnerships().seenTogether(force, zone);
      }
      double chance = p().stateAbuseRatePerDay() * Math.max(force.predation, 1 - force.ihlCompliance)
          * force.strengthFactor;
      if (sim.random.nextBoolean(Math.max(0, Math.min(1, chance)))) {
        abuse(force, zone);
      }
    }
  }

  private void abuse(ActorState force, int zone) {
    force.abuses++;
    int casualties = sim.violence().poisson(p().stateAbuseCasualties());
    sim.publish(new EngineEvent.Abuse(sim.tick(), force.id(), world.zones[zone].id(), casualties,
        force.partnered, force.abuses));
    sim.violence().harm(zone, force.index, casualties, "abuse by " + force.id());
    if (force.partnered) {
      sim.partnerships().violation(force, zone);
    }
  }

  /** A zone where one of the force's units stands, weighted by the people there; its home without units. */
  private int operatingZone(ActorState force) {
    double total = 0;
    for (UnitAgent u : force.units) {
      if (u.zone() >= 0) {
        total += Math.max(1, world.zones[u.zone()].population);
      }
    }
    if (total <= 0) {
      return force.homeZone;
    }
    double r = sim.random.nextDouble() * total;
    for (UnitAgent u : force.units) {
      if (u.zone() >= 0) {
        r -= Math.max(1, world.zones[u.zone()].population);
        if (r < 0) {
          return u.zone();
        }
      }
    }
    return force.homeZone;
  }

  /** The run's parameters now: the control cell may change them during an exercise. */
  private Parameters p() {
    return sim.parameters();
  }
}
