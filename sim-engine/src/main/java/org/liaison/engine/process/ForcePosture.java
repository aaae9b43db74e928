package org.liaison.engine.process;

import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Mandate;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Task;

/**
 * What the force does by itself: units idle at their station patrol the zones their mandate
 * covers, as a force does under its standing orders, and how much a zone's presence deters an
 * attack.
 *
 * <p>A patrol goes where the force's own picture says protection is most needed: people exposed
 * (population times vulnerability), attacks it knows were carried out there, and how little
 * presence the zone has already. Deterrence is graded: an attack is deterred with probability
 * {@code 1 - exp(-D / N)}, where D is the soldier-equivalents present (police and observers
 * weighted below troops) and N the presence the attack calls for, {@code deterrenceStrength}
 * scaled by the square root of the zone's population over {@code referencePopulation} and by the
 * attacker's strength. More troops deter more, with diminishing returns.
 */
public final class ForcePosture {
  private final LiaisonSim sim;
  private final World world;
  /** Each zone's weight for the patrol being drawn. */
  private final WeightedDraw draw;

  public ForcePosture(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
    this.draw = new WeightedDraw(world.zones.length);
  }

  /** Whether a mission actor's mandate lets its units patrol on their own. */
  static boolean patrols(Mandate mandate) {
    return mandate.allows(Task.PATROL) || mandate.allows(Task.PROTECT_CIVILIANS) || mandate.allows(Task.MONITOR);
  }

  /** The hour's turn: each idle unit may set out on a patrol. */
  public void step() {
    double chance = p().patrolProbabilityPerHour();
    if (chance <= 0) {
      return;
    }
    for (int m : world.mission) {
      ActorState actor = world.actors[m];
      if (patrols(actor.spec.mandate())) {
        patrol(actor, chance);
      }
    }
  }

  /**
   * Each idle unit of an actor with presence to show sets out with the given chance on a patrol
   * of its own, to a zone of its mandate drawn by population, vulnerability and known attacks
   * against the presence already there, by a way that is open. The mission's units and the host
   * state's forces patrol by this same rule.
   */
  public void patrol(ActorState actor, double chance) {
    boolean weighed = false;
    double total = 0;
    for (UnitAgent u : actor.units) {
      if (!u.idleAtStation() || world.deterrentOf(u) <= 0 || !sim.random.nextBoolean(chance)) {
        continue;
      }
      if (!weighed) {
        total = weigh(actor.spec.mandate());
        weighed = true;
      }
      if (total <= 0) {
        return;
      }
      int zone = pick(total);
      if (zone == u.zone()) {
        continue;
      }
      double eta = u.hoursTo(sim, world.zones[zone]);
      if (Double.isInfinite(eta)) {
        continue;
      }
      u.sendFor(sim, zone, p().patrolHours());
      sim.publish(new EngineEvent.PatrolStarted(sim.tick(), u.id, world.zones[zone].id(), eta));
    }
  }

  private double weigh(Mandate mandate) {
    double[] weights = draw.weights();
    for (ZoneState z : world.zones) {
      double w = 0;
      if (mandate.coversZone(z.id())) {
        w = z.population * z.spec.vulnerability() * (1 + z.knownAttacks) / (1 + z.deterrent);
      }
      weights[z.index] = w;
    }
    return draw.sum();
  }

  private int pick(double total) {
    return draw.pick(sim.random.nextDouble() * total);
  }

  /** Soldier-equivalents an attack on a zone calls for: more people, a stronger attacker, more presence. */
  public double needed(Attack attack) {
    ZoneState z = world.zones[attack.zone];
    double strength = attack.faction >= 0 ? world.actors[attack.faction].strengthFactor : 1;
    return Math.max(1, p().deterrenceStrength()) * Math.sqrt(Math.max(1, z.population) / (double) p().referencePopulation())
        * strength;
  }

  /** Soldier-equivalents the mission wants in a warned zone: enough to deter with the goal probability. */
  public double responseGoal(Attack attack) {
    return needed(attack) * -Math.log(1 - p().responseDeterrenceGoal());
  }

  /** Soldier-equivalents facing an attack: the zone's presence, and the guards of the site it aims at. */
  public double presence(Attack attack) {
    double d = world.zones[attack.zone].deterrent;
    return attack.site >= 0 ? d + sim.privateSecurity().guarding(attack.site, attack.zone) : d;
  }

  /** Probability that the presence facing the attack deters it outright. */
  public double deterrence(Attack attack) {
    return 1 - Math.exp(-presence(attack) / needed(attack));
  }

  /** Share of an executed attack's harm that the presence facing it does not prevent. */
  public double exposure(Attack attack) {
    double n = needed(attack);
    return n / (n + presence(attack));
  }

  /** The run's parameters now: the control cell may change them during an exercise. */
  private Parameters p() {
    return sim.parameters();
  }
}
