package org.liaison.engine.process;

import org.liaison.comms.Message;
import org.liaison.comms.MessageKind;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Principle;

/**
 * Where a community decides to warn: whether it passes on what it saw, through whom, how its
 * memory of answered and ignored warnings and its fear of reprisal move that choice, and the
 * false alarms it raises.
 *
 * <p>Willingness to warn is a probability, not a threshold: a logistic function of the
 * community's expected trust in the mission (centred on {@code warningTrustThreshold}, slope
 * {@code warningTrustSlope}), shifted by its memory of answered against ignored warnings
 * (weight {@code warningMemoryWeight}) and scaled down by its fear of reprisal. Memory and fear
 * fade with the trust forgetting factor, so harm and neglect weigh for weeks, not for ever.
 */
public final class WarningProcess {
  private final LiaisonSim sim;
  private final World world;

  public WarningProcess(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /** Probability that an actor passes a warning to the mission actor, from trust, memory and fear. */
  public double willingness(int actor, int mission) {
    return willingness(world.actors[actor], sim.trust().expected(actor, mission, sim.tick()));
  }

  private double willingness(ActorState a, double trust) {
    double answered = a.warningsAnswered;
    double ignored = a.warningsIgnored;
    double memory = (answered - ignored) / (1 + answered + ignored);
    double logit = p().warningTrustSlope() * (trust - p().warningTrustThreshold())
        + p().warningMemoryWeight() * memory;
    return (1 - a.fear) / (1 + Math.exp(-logit));
  }

  /**
   * A community group saw an attack being prepared. It tells the host state's forces it has a line
   * to, as far as it trusts them (a force that abuses is told little). It warns the mission directly if it can
   * reach it and is willing; otherwise it may warn through the intermediary it trusts most (a
   * community leader, an agency, an authority), judging the mission by its trust through that
   * intermediary (opinion discounting).
   */
  public void observed(int community, Attack attack) {
    ActorState c = world.actors[community];
    for (int f : world.stateForces) {
      if (sim.comms().route(community, f) != null
          && sim.random.nextBoolean(willingness(c, sim.trust().expected(community, f, sim.tick())))) {
        sim.comms().send(MessageKind.EARLY_WARNING, community, f, attack.id, sim.tick());
      }
    }
    for (int m : world.mission) {
      if (sim.comms().route(community, m) != null) {
        if (sim.random.nextBoolean(willingness(c, sim.trust().expected(community, m, sim.tick())))) {
          sim.comms().send(MessageKind.EARLY_WARNING, community, m, attack.id, sim.tick());
        }
        return;
      }
    }
    int via = -1;
    double best = -1;
    for (ActorState k : world.actors) {
      if (k.index == community || k.isMission() || k.isArmed()
          || sim.comms().route(community, k.index) == null) {
        continue;
      }
      for (int m : world.mission) {
        if (sim.comms().route(k.index, m) == null) {
          continue;
        }
        double e = sim.trust().expectedVia(community, k.index, m, sim.tick());
        if (e > best) {
          via = k.index;
          best = e;
        }
      }
    }
    if (via >= 0 && sim.random.nextBoolean(willingness(c, best))) {
      sim.comms().send(MessageKind.EARLY_WARNING, community, via, attack.id, sim.tick());
    }
  }

  /**
   * An intermediary received a warning: it passes it on to the mission if it is willing, unless
   * its principles forbid passing information that serves military operations.
   */
  public void relay(Message m) {
    ActorState k = world.actors[m.to()];
    if (k.hasPrinciple(Principle.NO_INTELLIGENCE_SHARING)) {
      return;
    }
    for (int mission : world.mission) {
      if (sim.comms().route(m.to(), mission) != null) {
        if (sim.random.nextBoolean(willingness(k, sim.trust().expected(m.to(), mission, sim.tick())))) {
          sim.comms().send(MessageKind.EARLY_WARNING, m.to(), mission, m.subject(), sim.tick());
        }
        return;
      }
    }
  }

  /** The warner of an attack saw whether its warning was answered by a response in time. */
  public void outcome(Attack attack, boolean answered) {
    if (attack.warner < 0 || world.isMission(attack.warner)) {
      return;
    }
    ActorState w = world.actors[attack.warner];
    if (answered) {
      w.warningsAnswered += 1;
    } else {
      w.warningsIgnored += 1;
    }
  }

  /**
   * An alert network is a standing arrangement, paid for every day: community liaison staff call
   * its focal points to check the line and hear the news, regular contact that builds trust both
   * ways like a liaison officer's. Without it a network would be a phone number that only changes
   * the route of a warning, never whether a community wants to use it.
   */
  private void keepInTouch() {
    int m = world.primaryMission();
    double evidence = p().contactEvidence() * p().alertNetworkContactsPerDay();
    if (m < 0 || evidence <= 0) {
      return;
    }
    for (int c : world.communities) {
      if (world.actors[c].alertNetwork) {
        sim.evidence(c, m, evidence, 0, "alert network contact");
        sim.evidence(m, c, evidence, 0, "alert network contact");
      }
    }
  }

  /** Informants in a zone were targeted: every community there fears reprisal more. */
  public void reprisal(int zone) {
    for (int c : world.communitiesByZone[zone]) {
      ActorState a = world.actors[c];
      a.fear = Math.min(1, a.fear + p().reprisalFear());
    }
  }

  /**
   * The day's turn: the operations centre keeps in touch with the focal points of its alert
   * networks, memory and fear fade like trust evidence, and communities willing to warn sometimes
   * raise an alarm about an attack nobody prepares; the mission cannot tell and sends responders.
   */
  public void daily() {
    keepInTouch();
    double lambda = p().trustForgettingPerDay();
    for (int c : world.communities) {
      ActorState a = world.actors[c];
      a.warningsAnswered *= lambda;
      a.warningsIgnored *= lambda;
      a.fear *= lambda;
    }
    if (p().falseAlarmRatePerDay() <= 0) {
      return;
    }
    for (int c : world.communities) {
      for (int m : world.mission) {
        if (sim.comms().route(c, m) == null) {
          continue;
        }
        double rate = p().falseAlarmRatePerDay() * willingness(c, m);
        if (sim.random.nextBoolean(Math.min(1, rate))) {
          Attack alarm = raiseFalseAlarm(c);
          sim.comms().send(MessageKind.EARLY_WARNING, c, m, alarm.id, sim.tick());
          sim.publish(new EngineEvent.FalseAlarm(sim.tick(), alarm.id, world.actors[c].id(),
              world.zones[alarm.zone].id()));
        }
        break;
      }
    }
  }

  /**
   * A false alarm from a community about its home zone: an attack nobody prepares, which
   * responders cannot tell from a real one until its expected hour has passed.
   */
  private Attack raiseFalseAlarm(int community) {
    int zone = world.actors[community].homeZone;
    long tick = sim.tick();
    Attack a = new Attack(world.newAttackId(), -1, zone, tick, tick + Math.max(1, p().attackPreparationHours()), true);
    world.attacks.add(a);
    return a;
  }

  /** The run's parameters now: the control cell may change them during an exercise. */
  private Parameters p() {
    return sim.parameters();
  }
}
