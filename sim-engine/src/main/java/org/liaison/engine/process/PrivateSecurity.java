package org.liaison.engine.process;

import org.liaison.comms.MessageKind;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventReason;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.UnitRole;

/**
 * Private security companies: guards protect their client's sites under contract, answer to the
 * client first, and fight back when attacked.
 *
 * <p>A company's GUARDS units protect their client's site, where the client is present in the
 * zone they are posted to (its base there, or one of its units; a company without a client guards
 * its own): posts elsewhere guard nothing. They do not protect the zone's people at large: only an
 * attack aimed at the site (a share {@code siteAttackShare} of the attacks on such a zone) meets
 * them, with {@code guardProtectionWeight} per guard added to the presence it faces, so it is more
 * often called off and harms fewer people. Each hour a guard post at a site may see an attack
 * being prepared in its zone ({@code unitObservationProbabilityPerHour} per post);
 * the company warns its client over a channel between them, and the mission directly if it has a
 * channel to the mission and is willing to use it (its trust in the mission, as for any warner),
 * or always once the mission has a coordination arrangement with it. When an attack is carried
 * out on the site they guard the guards return fire; with probability {@code guardEscalationProbability}
 * times (1 - the company's IHL compliance) the exchange escalates: more people are harmed
 * ({@code guardEscalationHarm} times the attack's casualties, harm the communities blame on the
 * company) and, if the company works with the mission, the attackers hold it against the mission.
 *
 * <p>The mission's relationship with a company follows the company's contract, not the rule for
 * armed groups: sharing the threat picture with it is no mandate deviation, and an arrangement
 * with it needs neither the consent threshold nor the due-diligence lists and arms no one.
 */
public final class PrivateSecurity {
  private final LiaisonSim sim;
  private final World world;

  public PrivateSecurity(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /** The actor whose sites the company guards: its client, or itself without one. */
  private int client(ActorState company) {
    int client = company.spec.client() == null ? -1 : world.actor(company.spec.client());
    return client >= 0 ? client : company.index;
  }

  /** Whether an actor has a site in a zone: its base is there, or one of its units stands there. */
  private boolean present(int actor, int zone) {
    ActorState a = world.actors[actor];
    if (a.homeZone == zone) {
      return true;
    }
    for (UnitAgent u : a.units) {
      if (u.zone() == zone) {
        return true;
      }
    }
    return false;
  }

  /** Guard posts of one company at its client's site in a zone: none where the client is not. */
  private int postsIn(ActorState company, int zone) {
    int n = 0;
    for (UnitAgent u : company.units) {
      if (u.role == UnitRole.GUARDS && u.zone() == zone) {
        n++;
      }
    }
    return n > 0 && present(client(company), zone) ? n : 0;
  }

  /** The client whose site is guarded in a zone (the first company's there), or -1. */
  public int guardedSiteIn(int zone) {
    for (int c : world.securityCompanies) {
      if (postsIn(world.actors[c], zone) > 0) {
        return client(world.actors[c]);
      }
    }
    return -1;
  }

  /** Soldier-equivalents of the guards protecting a client's site in a zone. */
  public double guarding(int client, int zone) {
    double d = 0;
    for (int c : world.securityCompanies) {
      ActorState company = world.actors[c];
      if (client(company) != client || postsIn(company, zone) == 0) {
        continue;
      }
      for (UnitAgent u : company.units) {
        if (u.role == UnitRole.GUARDS && u.zone() == zone) {
          d += u.strength * p().guardProtectionWeight();
        }
      }
    }
    return d;
  }

  /** The hour's turn: guard posts watch their sites for attacks being prepared. */
  public void watch() {
    for (int c : world.securityCompanies) {
      ActorState company = world.actors[c];
      for (Attack a : world.attacks) {
        if (a.phantom || a.observedBy.get(c)) {
          continue;
        }
        int posts = postsIn(company, a.zone);
        if (posts > 0 && sim.random.nextBoolean(1 - Math.pow(1 - p().unitObservationProbabilityPerHour(), posts))) {
          a.observedBy.set(c);
          sim.publish(new EngineEvent.AttackDetected(sim.tick(), a.id, company.id(), world.zones[a.zone].id()));
          warn(company, a);
        }
      }
    }
  }

  /** The company warns its client, then the mission if the relationship allows. */
  private void warn(ActorState company, Attack attack) {
    int client = company.spec.client() == null ? -1 : world.actor(company.spec.client());
    if (client >= 0 && !world.isMission(client) && sim.comms().route(company.index, client) != null) {
      sim.comms().send(MessageKind.EARLY_WARNING, company.index, client, attack.id, sim.tick());
    }
    for (int m : world.mission) {
      if (sim.comms().route(company.index, m) == null) {
        continue;
      }
      if (m == client || company.partnered || sim.random.nextBoolean(sim.warnings().willingness(company.index, m))) {
        sim.comms().send(MessageKind.EARLY_WARNING, company.index, m, attack.id, sim.tick());
      }
      return;
    }
  }

  /**
   * An attack was carried out on a guarded site: its guards return fire, and the exchange may
   * escalate. Returns the extra casualties, already recorded as harm by the company.
   */
  public int engage(Attack attack, int casualties) {
    int extra = 0;
    if (attack.site < 0) {
      return 0;
    }
    for (int c : world.securityCompanies) {
      ActorState company = world.actors[c];
      int posts = postsIn(company, attack.zone);
      if (posts == 0 || client(company) != attack.site) {
        continue;
      }
      double chance = p().guardEscalationProbability() * (1 - company.ihlCompliance);
      boolean escalated = sim.random.nextBoolean(Math.max(0, Math.min(1, chance)));
      int harmed = escalated ? sim.violence().poisson(casualties * p().guardEscalationHarm()) : 0;
      sim.publish(new EngineEvent.GuardsEngaged(sim.tick(), attack.id, company.id(),
          world.zones[attack.zone].id(), posts, escalated, harmed));
      if (escalated) {
        sim.violence().harm(attack.zone, company.index, harmed, EventReason.Code.ESCALATION_BY_GUARDS.text());
        if (company.partnered && attack.faction >= 0) {
          ActorState attacker = world.actors[attack.faction];
          sim.setHostility(attacker, attacker.hostility + p().associationHostilityPerDay(),
              EventReason.Code.FIRED_ON_BY_GUARDS.text());
        }
        extra += harmed;
      }
    }
    return extra;
  }

  /** The mission sets up a coordination arrangement with a company: its guards report to the mission. */
  public void arrange(ActorState company) {
    company.partnered = true;
  }

  /** The run's parameters now: the control cell may change them during an exercise. */
  private Parameters p() {
    return sim.parameters();
  }
}
