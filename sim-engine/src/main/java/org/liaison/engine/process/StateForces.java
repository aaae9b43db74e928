package org.liaison.engine.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventReason;
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
 *
 * <p>A force responds to the threats it learns of, through its own eyes and its own lines: each
 * hour its units see an attack being prepared where they stand with 1 - (1 -
 * {@code unitObservationProbabilityPerHour})^units, and a warning delivered to the force (from a
 * community, a company or a relay that can reach it) counts the same. It then sends its nearest
 * units that can get there, in a zone of its mandate, until the presence there or on the way reaches
 * the response goal of {@link ForcePosture}; they hold the zone until the attack's hour has passed,
 * and {@code responseHoldHours} more. The mission does not count them: it knows of them only what
 * coordination tells it.
 *
 * <p>When an attack is carried out where its units stand, the force meets the attackers. With S its
 * soldiers there (personnel times its strength) and F the group's fighters, it fights with
 * probability S / (S + F) (a weak post stays behind its walls); each side loses Poisson({@code
 * stateClashLossRate} times its personnel times the other side's share of the fight), and the
 * crossfire harms Poisson({@code stateClashHarm} times max(1, the attack's casualties) times (1 -
 * the force's IHL compliance)) people, harm the communities blame on the force. Fighters lost lower
 * the group's strength (see {@link ArmedGroups#lose}), and with it the harm of its attacks on
 * civilians, the force they call for, its attacks on the mission and the next clash.
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

  /**
   * The hour's turn of every attack on civilians in preparation: units of a force may see it where
   * they stand (the mission's posts are the mission's to defend).
   */
  public void watch() {
    double p = p().unitObservationProbabilityPerHour();
    for (int f : world.stateForces) {
      ActorState force = world.actors[f];
      for (int i = 0; i < world.attacks.size(); i++) {
        Attack a = world.attacks.get(i);
        if (a.phantom || a.onMission || a.observedBy.get(f)) {
          continue;
        }
        int present = presentIn(force, a.zone);
        if (present > 0 && sim.random.nextBoolean(1 - Math.pow(1 - p, present))) {
          a.observedBy.set(f);
          sim.publish(new EngineEvent.AttackDetected(sim.tick(), a.id, force.id(), world.zones[a.zone].id()));
          respond(force, a);
        }
      }
    }
  }

  /** A warning of an attack on civilians was delivered to a state force: it acts on it as on its own sighting. */
  public void warned(int force, Attack attack) {
    if (!attack.onMission && world.attacks.contains(attack)) {
      respond(world.actors[force], attack);
    }
  }

  /**
   * The force sends its nearest units that can reach the threatened zone until the presence there
   * or on the way reaches the response goal; units already there stay until the attack has passed.
   */
  private void respond(ActorState force, Attack attack) {
    ZoneState zone = world.zones[attack.zone];
    if (!force.spec.mandate().coversZone(zone.id())) {
      return;
    }
    long tick = sim.tick();
    int hold = p().responseHoldHours();
    double coming = zone.deterrent;
    List<UnitAgent> free = new ArrayList<>();
    List<Double> hours = new ArrayList<>();
    for (UnitAgent u : force.units) {
      if (world.deterrentOf(u) <= 0) {
        continue;
      }
      if (u.destination() == attack.zone) {
        coming += world.deterrentOf(u);
      } else if (!u.moving() && u.zone() == attack.zone) {
        u.sendFor(sim, attack.zone, (int) Math.max(0, attack.executeAt - tick) + hold);
      } else if (!u.moving()) {
        double h = u.hoursTo(sim, zone);
        if (!Double.isInfinite(h)) {
          free.add(u);
          hours.add(h);
        }
      }
    }
    double goal = sim.posture().responseGoal(attack);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < free.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(hours::get));
    for (int i : order) {
      if (coming >= goal) {
        return;
      }
      UnitAgent u = free.get(i);
      double eta = hours.get(i);
      u.sendFor(sim, attack.zone, (int) Math.max(0, attack.executeAt - tick - Math.ceil(eta)) + hold);
      coming += world.deterrentOf(u);
      sim.publish(new EngineEvent.StateForcesResponded(tick, force.id(), u.id, zone.id(), attack.id, eta));
    }
  }

  /**
   * An attack was carried out on a zone: every state force with units there meets the attackers,
   * if it dares. Returns the civilians harmed in the crossfire, already recorded as harm by the force.
   */
  public int engage(Attack attack, int casualties) {
    int crossfire = 0;
    for (int f : world.stateForces) {
      ActorState force = world.actors[f];
      List<UnitAgent> present = new ArrayList<>();
      int personnel = 0;
      for (UnitAgent u : force.units) {
        if (u.zone() == attack.zone && u.strength > 0 && world.deterrentOf(u) > 0) {
          present.add(u);
          personnel += u.strength;
        }
      }
      if (personnel == 0) {
        continue;
      }
      ActorState group = world.actors[attack.faction];
      double soldiers = personnel * force.strengthFactor;
      double fighters = AttacksOnMission.fighters(group);
      double share = soldiers / (soldiers + fighters);
      boolean engaged = sim.random.nextBoolean(share);
      int fightersLost = 0;
      int soldiersLost = 0;
      int harmed = 0;
      if (engaged) {
        fightersLost = (int) Math.min(Math.round(fighters), sim.violence().poisson(p().stateClashLossRate() * fighters * share));
        soldiersLost = Math.min(personnel, sim.violence().poisson(p().stateClashLossRate() * personnel * (1 - share)));
        harmed = sim.violence().poisson(p().stateClashHarm() * Math.max(1, casualties) * (1 - force.ihlCompliance));
        AttacksOnMission.wound(world, present, soldiersLost);
      }
      sim.publish(new EngineEvent.Clash(sim.tick(), attack.id, force.id(), group.id(), world.zones[attack.zone].id(),
          soldiers, fighters, engaged, fightersLost, soldiersLost, harmed));
      sim.armedGroups().lose(group, fightersLost, attack.zone, "clash with " + force.id());
      if (harmed > 0) {
        sim.violence().harm(attack.zone, force.index, harmed, EventReason.Code.CROSSFIRE.text(group.id()));
        crossfire += harmed;
      }
    }
    return crossfire;
  }

  /** Units of the force with presence to show standing in a zone. */
  private int presentIn(ActorState force, int zone) {
    int n = 0;
    for (UnitAgent u : force.units) {
      if (u.zone() == zone && world.deterrentOf(u) > 0) {
        n++;
      }
    }
    return n;
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
    sim.violence().harm(zone, force.index, casualties, EventReason.Code.ABUSE_BY.text(force.id()));
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
