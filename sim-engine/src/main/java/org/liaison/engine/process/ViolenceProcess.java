package org.liaison.engine.process;

import java.util.Iterator;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventReason;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Task;

/**
 * Violence against civilians: armed groups choose a zone and prepare an attack, communities and
 * mission units present may see the preparation, and when its hour comes the attack is deterred
 * by the presence in the zone or executed. Harm to civilians, by anyone, moves trust, hostility
 * and grievance and makes people flee; a group that learns who informs the mission retaliates.
 *
 * <p>A group attacks at {@code attackRatePerDay} scaled by its predation and the grievance it
 * draws on, choosing among the zones where it operates by people exposed (population times
 * vulnerability) over the presence there. Casualties are a Poisson draw with mean population ×
 * {@code casualtyRate} × vulnerability × the group's strength × the share of harm the presence
 * does not prevent ({@link ForcePosture#exposure}).
 */
public final class ViolenceProcess {
  private final LiaisonSim sim;
  private final World world;

  public ViolenceProcess(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /** The hour's turn of one armed group: it may start preparing an attack on a zone where it operates. */
  public void prepare(ActorState faction) {
    Parameters p = sim.parameters();
    if (faction.predation <= 0 || faction.strengthFactor <= 0) {
      return;
    }
    double rate = p.attackRatePerDay() / 24.0 * faction.predation * (1 + faction.grievance);
    if (!sim.random.nextBoolean(Math.min(1, rate))) {
      return;
    }
    double total = 0;
    double[] weights = new double[world.zones.length];
    for (ZoneState z : world.zones) {
      if (faction.spec.mandate().coversZone(z.id())) {
        weights[z.index] = z.population * z.spec.vulnerability()
            / (1.0 + z.deterrent / Math.max(1, p.deterrenceStrength()));
        total += weights[z.index];
      }
    }
    if (total <= 0) {
      return;
    }
    double pick = sim.random.nextDouble() * total;
    for (int z = 0; z < weights.length; z++) {
      pick -= weights[z];
      if (pick < 0 || z == weights.length - 1) {
        if (weights[z] > 0) {
          prepareAttack(faction, z);
        }
        return;
      }
    }
  }

  /**
   * A group starts preparing an attack on a zone; it is due after {@code attackPreparationHours}.
   * Where a guarded site stands in the zone, the attack aims at it with {@code siteAttackShare}.
   */
  public void prepareAttack(ActorState faction, int zone) {
    long tick = sim.tick();
    Attack a = new Attack(world.newAttackId(), faction.index, zone, tick,
        tick + Math.max(1, sim.parameters().attackPreparationHours()));
    int site = sim.privateSecurity().guardedSiteIn(zone);
    if (site >= 0 && sim.random.nextBoolean(sim.parameters().siteAttackShare())) {
      a.site = site;
    }
    world.attacks.add(a);
    sim.publish(new EngineEvent.AttackPrepared(tick, a.id, faction.id(), world.zones[zone].id(), a.executeAt));
  }

  /**
   * The hour's turn of every attack in preparation, on civilians or on a mission post alike: due
   * attacks (and false alarms) end; the others may be observed by the zone's communities, who decide
   * whether to warn, and by mission units present, who report it themselves.
   */
  public void step() {
    Parameters p = sim.parameters();
    Iterator<Attack> it = world.attacks.iterator();
    while (it.hasNext()) {
      Attack a = it.next();
      ZoneState zone = world.zones[a.zone];
      if (sim.tick() >= a.executeAt) {
        it.remove();
        sim.response().ended(a);
        if (a.onMission) {
          sim.attacksOnMission().execute(a);
        } else if (!a.phantom) {
          resolve(a, zone);
        }
        continue;
      }
      if (a.phantom) {
        continue;
      }
      for (int c : world.communitiesByZone[a.zone]) {
        if (!a.observedBy.get(c) && sim.random.nextBoolean(p.observationProbabilityPerHour())) {
          a.observedBy.set(c);
          sim.publish(new EngineEvent.AttackDetected(sim.tick(), a.id, world.actors[c].id(), zone.id()));
          sim.warnings().observed(c, a);
        }
      }
      if (!a.seenByMission && zone.missionUnits > 0) {
        double pSee = 1 - Math.pow(1 - p.unitObservationProbabilityPerHour(), zone.missionUnits);
        if (sim.random.nextBoolean(pSee)) {
          a.seenByMission = true;
          int m = world.primaryMission();
          sim.publish(new EngineEvent.AttackDetected(sim.tick(), a.id, world.actors[m].id(), zone.id()));
          sim.response().warned(a, m, m);
        }
      }
    }
    sim.privateSecurity().watch();
    sim.stateForces().watch();
  }

  /** An attack's hour came: deterred by the presence in the zone, or executed. */
  private void resolve(Attack a, ZoneState zone) {
    Parameters p = sim.parameters();
    ActorState faction = world.actors[a.faction];
    if (sim.random.nextBoolean(sim.posture().deterrence(a))) {
      sim.publish(new EngineEvent.AttackDeterred(sim.tick(), a.id, faction.id(), zone.id(), zone.protection));
      return;
    }
    zone.knownAttacks++;
    double expected = zone.population * p.casualtyRate() * zone.spec.vulnerability()
        * faction.strengthFactor * sim.posture().exposure(a);
    int casualties = poisson(expected);
    sim.publish(new EngineEvent.AttackExecuted(sim.tick(), a.id, faction.id(), zone.id(), zone.protection, casualties));
    sim.privateSecurity().engage(a, casualties);
    sim.stateForces().engage(a, casualties);
    for (int c : world.communitiesByZone[a.zone]) {
      for (int m : world.mission) {
        ActorState ms = world.actors[m];
        if (ms.spec.mandate().allows(Task.PROTECT_CIVILIANS) && ms.spec.mandate().coversZone(zone.id())) {
          sim.evidence(c, m, 0, p.commitmentEvidence(), "failure to protect");
        }
      }
    }
    if (casualties > 0) {
      harm(a.zone, a.faction, casualties, EventReason.Code.HARM_IN_ATTACK.text(String.valueOf(a.id)));
    }
  }

  /**
   * A group that learnt who informs the mission targets the informant's community: people are
   * harmed, and every community of the zone fears informing more.
   */
  public void retaliate(ActorState faction, ActorState informant) {
    int zone = informant.homeZone;
    int casualties = poisson(faction.predation * faction.strengthFactor);
    sim.publish(new EngineEvent.InformantTargeted(sim.tick(), faction.id(), informant.id(),
        world.zones[zone].id(), casualties));
    sim.warnings().reprisal(zone);
    harm(zone, faction.index, casualties, EventReason.Code.REPRISAL_AGAINST_INFORMANTS.text());
  }

  /** Civilian harm in a zone by an actor (or -1 unknown): trust, hostility, grievance, displacement. */
  public void harm(int zone, int perpetrator, int casualties, String cause) {
    if (casualties <= 0) {
      return;
    }
    Parameters p = sim.parameters();
    ZoneState z = world.zones[zone];
    sim.publish(new EngineEvent.CivilianHarm(sim.tick(), z.id(),
        perpetrator >= 0 ? world.actors[perpetrator].id() : "unknown", casualties, cause));
    if (perpetrator >= 0) {
      // A massacre weighs more than one death, but less than in proportion.
      double weight = p.harmEvidence() * Math.sqrt(casualties);
      for (int c : world.communities) {
        sim.evidence(c, perpetrator, 0, weight, "civilian harm");
      }
      if (world.isMission(perpetrator)) {
        // Harm is felt where it happens: the groups operating in the zone and its communities.
        for (ActorState a : world.actors) {
          boolean local = a.kind() == ActorKind.ARMED_FACTION ? a.spec.mandate().coversZone(z.id())
              : a.kind() == ActorKind.COMMUNITY_GROUP && a.homeZone == zone;
          if (local) {
            sim.setHostility(a, a.hostility + p.harmHostilityPerCasualty() * casualties,
                EventReason.Code.CIVILIAN_HARM_BY_MISSION.text());
          }
        }
      }
    }
    for (int c : world.communitiesByZone[zone]) {
      ActorState a = world.actors[c];
      a.grievance = Math.min(1, a.grievance + p.harmHostilityPerCasualty() * casualties);
    }
    sim.displacement().flee(zone, (int) Math.round(casualties * p.displacementPerCasualty()));
  }

  /** A Poisson draw: Knuth's method for small means, a rounded normal for large ones. */
  public int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * sim.random.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = sim.random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= sim.random.nextDouble();
      k++;
    }
    return k;
  }
}
