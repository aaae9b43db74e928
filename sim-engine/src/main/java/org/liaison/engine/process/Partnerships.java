package org.liaison.engine.process;

import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventReason;
import org.liaison.policy.Refusal;
import org.liaison.policy.Refusal.Code;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Mandate;
import org.liaison.scenario.Parameters;

/**
 * Support to armed groups: whether the mandate and the group allow it, and what it changes.
 *
 * <p>Partnering, training or patrolling with an armed group needs the mandate's leave (no name
 * on its no-contact or proscribed lists, the rationale of the human rights due diligence policy)
 * and the group's consent (its trust in the mission). Partnering changes the group's incentives,
 * not its violence: arms and pay raise its strength, it has less reason to fight the mission,
 * and its predation on communities stays its own. Abuses by a low-compliance partner count
 * against the mission, and association is seen locally: the communities and rival groups of the
 * zones where the partner operates judge the mission by it.
 */
public final class Partnerships {
  private final LiaisonSim sim;
  private final World world;

  public Partnerships(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /**
   * Why the mission may not partner, train or patrol with an actor, or null if it may. Armed groups
   * and the host state's forces are held to the due-diligence conditions; private security
   * companies follow their own contract, not the rule for armed groups.
   */
  public Refusal supportRefusal(ActorState target, Mandate missionMandate) {
    if (target.kind() != ActorKind.ARMED_FACTION && target.kind() != ActorKind.STATE_FORCES) {
      return null;
    }
    if (missionMandate.proscribes(target.id())) {
      return Code.PROSCRIBED.of(target.id());
    }
    if (missionMandate.barsSupportTo(target.id())) {
      return Code.NO_CONTACT_LIST.of(target.id());
    }
    double consent = sim.trustInMission(target.index);
    if (consent < p().consentTrustThreshold()) {
      return Code.NO_CONSENT.of(target.id(), consent, p().consentTrustThreshold());
    }
    return null;
  }

  /**
   * The mission partners an armed group or supports state forces: more strength, less hostility to
   * the mission. With a security company it is a coordination arrangement instead.
   */
  public void partner(ActorState group) {
    if (group.kind() == ActorKind.PRIVATE_SECURITY) {
      sim.privateSecurity().arrange(group);
      return;
    }
    group.partnered = true;
    group.strengthFactor *= 1 + p().partnerStrengthGain();
    sim.setHostility(group, group.hostility - p().partnerHostilityReduction(), EventReason.Code.PARTNERED.text());
  }

  /**
   * The mission ends a partnership: the support it gave stops (the strength it added goes), and
   * with a security company the arrangement ends. Hostility and trust are left to what follows.
   */
  public void endPartnership(ActorState group) {
    if (!group.partnered) {
      return;
    }
    group.partnered = false;
    if (group.kind() != ActorKind.PRIVATE_SECURITY) {
      group.strengthFactor /= 1 + p().partnerStrengthGain();
    }
  }

  /**
   * The mission is seen working with an armed group in a zone: communities there lose trust in
   * the mission in proportion to the group's predation, and rival groups operating there grow
   * more hostile to the mission.
   */
  public void seenTogether(ActorState group, int zone) {
    ZoneState z = world.zones[zone];
    for (int c : world.communitiesByZone[zone]) {
      for (int m : world.mission) {
        sim.evidence(c, m, 0, p().associationEvidence() * Math.max(group.predation, 1 - group.ihlCompliance),
            EventReason.Code.MISSION_SEEN_WITH.text(group.id()));
      }
    }
    for (int f : world.factions) {
      ActorState rival = world.actors[f];
      if (f != group.index && rival.spec.mandate().coversZone(z.id())) {
        sim.setHostility(rival, rival.hostility + p().associationHostilityPerDay(),
            EventReason.Code.MISSION_SEEN_WITH.text(group.id()));
      }
    }
  }

  /** The day's turn for every partner: abuses and local association where it operates. */
  public void daily() {
    for (int f : world.factions) {
      ActorState group = world.actors[f];
      if (!group.partnered) {
        continue;
      }
      int zone = operatingZone(group);
      seenTogether(group, zone);
      if (sim.random.nextBoolean(Math.min(1, p().partnerViolationRatePerDay() * (1 - group.ihlCompliance)))) {
        violation(group, zone);
      }
    }
  }

  /** A zone where the group operates today, weighted by the people there. */
  private int operatingZone(ActorState group) {
    double total = 0;
    for (ZoneState z : world.zones) {
      if (group.spec.mandate().coversZone(z.id())) {
        total += Math.max(1, z.population);
      }
    }
    double r = sim.random.nextDouble() * total;
    for (ZoneState z : world.zones) {
      if (group.spec.mandate().coversZone(z.id())) {
        r -= Math.max(1, z.population);
        if (r < 0) {
          return z.index;
        }
      }
    }
    return group.homeZone;
  }

  /** An abuse by a partner of the mission in a zone: a compliance violation, felt by the zone's communities. */
  public void violation(ActorState partner, int zone) {
    ZoneState z = world.zones[zone];
    sim.publish(new EngineEvent.ComplianceViolation(sim.tick(), partner.id(), z.id(),
        world.actors[world.primaryMission()].id()));
    for (int c : world.communitiesByZone[zone]) {
      for (int m : world.mission) {
        sim.evidence(c, m, 0, p().commitmentEvidence(), "abuse by a partner of the mission");
      }
    }
  }

  /** The run's parameters now: the control cell may change them during an exercise. */
  private Parameters p() {
    return sim.parameters();
  }
}
