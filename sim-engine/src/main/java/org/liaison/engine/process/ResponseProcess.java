package org.liaison.engine.process;

import java.util.Arrays;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Task;

/**
 * The mission's response to what it learns of an attack: a warning (or a unit's own sighting)
 * sends the nearest free protecting units until the presence in the zone, there or on the way,
 * reaches the response goal of {@link ForcePosture}; responders hold the zone until the attack
 * ends, then head back. When an attack ends, its warner sees whether the warning was answered
 * and the mission notes a false alarm that drew responders for nothing.
 */
public final class ResponseProcess {
  private final LiaisonSim sim;
  private final World world;
  /** Zones with a warned attack, refilled at each dispatch. */
  private final boolean[] threatened;
  private UnitAgent[] candidates = new UnitAgent[16];
  private double[] candidateHours = new double[16];

  public ResponseProcess(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
    this.threatened = new boolean[world.zones.length];
  }

  /**
   * A warning of an attack (or a sighting) reached a mission actor: responders are sent, or for an
   * attack on a post, the post stands to and is reinforced.
   */
  public void warned(Attack attack, int warner, int responder) {
    if (!world.attacks.contains(attack)) {
      return;
    }
    world.zones[attack.zone].warningsReceived++;
    if (attack.warnedAt < 0) {
      attack.warnedAt = sim.tick();
      attack.warner = warner;
      if (attack.onMission) {
        sim.publish(new EngineEvent.MissionAttackWarned(sim.tick(), attack.id, world.actors[warner].id(),
            world.actors[responder].id(), attack.executeAt - sim.tick()));
      } else if (!attack.phantom) {
        sim.publish(new EngineEvent.AttackWarned(sim.tick(), attack.id, world.actors[warner].id(),
            world.actors[responder].id(), attack.executeAt - sim.tick()));
      }
    }
    if (attack.onMission) {
      sim.attacksOnMission().forewarned(attack);
    } else {
      dispatch(attack);
    }
  }

  /**
   * Sends the nearest free protecting units allowed to protect in the zone until the presence
   * there or on the way reaches the mission's response goal. Units guarding a zone under a known
   * threat stay where they are. One pass over the mission's units collects the candidates.
   */
  private void dispatch(Attack attack) {
    ZoneState zone = world.zones[attack.zone];
    double goal = sim.posture().responseGoal(attack);
    double coming = zone.deterrent + attack.enRoute;
    if (coming >= goal) {
      return;
    }
    Arrays.fill(threatened, false);
    for (Attack a : world.attacks) {
      if (a.warnedAt >= 0) {
        threatened[a.zone] = true;
      }
    }
    int n = 0;
    for (int m : world.mission) {
      ActorState ms = world.actors[m];
      if (!ms.spec.mandate().allows(Task.PROTECT_CIVILIANS) || !ms.spec.mandate().coversZone(zone.id())) {
        continue;
      }
      for (UnitAgent u : ms.units) {
        if (u.protects() && !u.moving() && u.zone() != attack.zone && (u.zone() < 0 || !threatened[u.zone()])) {
          double hours = u.hoursTo(sim, zone);
          if (Double.isInfinite(hours)) {
            continue;
          }
          if (n == candidates.length) {
            candidates = Arrays.copyOf(candidates, 2 * n);
            candidateHours = Arrays.copyOf(candidateHours, 2 * n);
          }
          candidates[n] = u;
          candidateHours[n] = hours;
          n++;
        }
      }
    }
    while (coming < goal) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (candidates[i] != null && (best < 0 || candidateHours[i] < candidateHours[best])) {
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      UnitAgent u = candidates[best];
      candidates[best] = null;
      u.sendTo(sim, attack.zone, attack.id);
      attack.enRoute += world.deterrentOf(u);
      sim.publish(new EngineEvent.ResponseDispatched(sim.tick(), u.id, zone.id(), attack.id, candidateHours[best]));
      coming += world.deterrentOf(u);
    }
    Arrays.fill(candidates, 0, n, null);
  }

  /**
   * Called when a unit sent in response to an attack arrives; returns whether the attack is
   * still being prepared.
   */
  public boolean responderArrived(UnitAgent unit, long attackId) {
    for (Attack a : world.attacks) {
      if (a.id == attackId) {
        a.enRoute -= world.deterrentOf(unit);
        a.arrived.add(unit);
        return true;
      }
    }
    return false;
  }

  /**
   * A unit sent to an attack could not get through (the road closed behind or ahead of it): it no
   * longer counts as coming, so others may be sent by a way that is open.
   */
  public void responderHeldUp(UnitAgent unit, long attackId) {
    for (Attack a : world.attacks) {
      if (a.id == attackId) {
        a.enRoute -= world.deterrentOf(unit);
        return;
      }
    }
  }

  /** Whether a warned attack is being prepared on the zone. */
  public boolean threatKnownIn(int zone) {
    for (Attack a : world.attacks) {
      if (a.zone == zone && a.warnedAt >= 0 && !a.phantom) {
        return true;
      }
    }
    return false;
  }

  /**
   * An attack's hour came (it is about to be deterred or executed) or a false alarm's hour passed:
   * responders head back after their hold. The warner of a real attack sees whether anyone came,
   * and the mission judges a false alarm that drew responders.
   */
  public void ended(Attack a) {
    Parameters p = sim.parameters();
    releaseResponders(a, p);
    if (a.phantom) {
      if (a.warner >= 0 && !world.isMission(a.warner) && !a.arrived.isEmpty()) {
        for (int m : world.mission) {
          sim.evidence(m, a.warner, 0, p.contactEvidence(), "false alarm");
        }
      }
      return;
    }
    if (a.warnedAt >= 0 && a.warner >= 0 && !world.isMission(a.warner)) {
      boolean answered = !a.arrived.isEmpty();
      sim.warnings().outcome(a, answered);
      for (int m : world.mission) {
        if (answered) {
          sim.evidence(a.warner, m, p.commitmentEvidence(), 0, "warning acted on");
          sim.evidence(m, a.warner, p.commitmentEvidence(), 0, "warning acted on");
        } else {
          sim.evidence(a.warner, m, 0, p.commitmentEvidence(), "warning not acted on");
        }
      }
    }
  }

  private void releaseResponders(Attack a, Parameters p) {
    if (a.warnedAt >= 0) {
      // Only units that arrived for this attack can have it as the one they responded to.
      for (UnitAgent u : a.arrived) {
        if (world.isMission(u.actor.index)) {
          u.attackEnded(a.id, sim.tick(), p.responseHoldHours());
        }
      }
    }
  }
}
