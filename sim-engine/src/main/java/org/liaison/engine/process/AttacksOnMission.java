package org.liaison.engine.process;

import java.util.ArrayList;
import java.util.List;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Parameters;

/**
 * Armed groups attacking the mission itself: a raid on a post, an ambush of a patrol halted in a
 * zone, an explosive device on its way. What drives it is the group's hostility to the mission,
 * not its predation on civilians, and what it can do is its strength against the presence where
 * it strikes.
 *
 * <p>A group's fighters are the personnel of its units times its strength factor (arming and
 * recruitment raise it), F. In a zone where the group operates and the mission has units, its
 * advantage is {@code A = F / (F + D)}, with D the mission's soldier-equivalents present (troops
 * count fully, police and observers by their protection weights): unarmed observers and small
 * posts are easy targets, a company base is not. Each hour the group attacks with probability
 * {@code missionAttackRatePerDay / 24 × hostility × max A}, choosing among those zones in
 * proportion to A. An attack hurts a share {@code missionCasualtyRate × A} of the mission's
 * personnel present (a Poisson draw), spread over the units there; the wounded and killed leave
 * their unit, so the zone's protection falls with them. A group without units has no fighters
 * and does not attack.
 *
 * <p>After an attack the force reinforces the post under its standing orders, in its own turn of
 * the hour: it sends its nearest free protecting units (not those guarding a zone under a known
 * threat) until the soldier-equivalents there or on the way match the attackers' fighters (their
 * advantage down to one half); the reinforcements hold the post {@code responseHoldHours}, then
 * return. They leave their own stations and patrols for it.
 */
public final class AttacksOnMission {
  private final LiaisonSim sim;
  private final World world;
  private final double[] advantage;
  /** Fighters of the strongest attack on the mission in each zone since the force's last turn. */
  private final double[] struck;

  public AttacksOnMission(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
    this.advantage = new double[world.zones.length];
    this.struck = new double[world.zones.length];
  }

  /** The group's fighters: its units' personnel times its strength factor. */
  public static double fighters(ActorState group) {
    int personnel = 0;
    for (UnitAgent u : group.units) {
      personnel += u.strength;
    }
    return personnel * group.strengthFactor;
  }

  /** A group's advantage over the mission's presence in a zone: F / (F + D). */
  public static double advantage(double fighters, double presence) {
    return fighters <= 0 ? 0 : fighters / (fighters + presence);
  }

  /** Probability per hour that a group attacks the mission, given its best advantage in reach. */
  public static double hourlyProbability(Parameters p, double hostility, double bestAdvantage) {
    return Math.min(1, p.missionAttackRatePerDay() / 24.0 * Math.max(0, hostility) * bestAdvantage);
  }

  /** The hour's turn of one armed group: it may attack the mission where it operates. */
  public void consider(ActorState group) {
    Parameters p = sim.parameters();
    if (p.missionAttackRatePerDay() <= 0 || group.hostility <= 0 || world.mission.length == 0) {
      return;
    }
    double f = fighters(group);
    if (f <= 0) {
      return;
    }
    double best = 0;
    double total = 0;
    for (ZoneState z : world.zones) {
      double a = z.missionUnits > 0 && group.spec.mandate().coversZone(z.id()) ? advantage(f, z.deterrent) : 0;
      advantage[z.index] = a;
      best = Math.max(best, a);
      total += a;
    }
    if (best <= 0 || !sim.random.nextBoolean(hourlyProbability(p, group.hostility, best))) {
      return;
    }
    double pick = sim.random.nextDouble() * total;
    int zone = -1;
    for (int z = 0; z < advantage.length; z++) {
      if (advantage[z] > 0) {
        zone = z;
        pick -= advantage[z];
        if (pick < 0) {
          break;
        }
      }
    }
    attack(group, zone, f);
  }

  /** The group strikes the mission's units in a zone. */
  void attack(ActorState group, int zone, double fighters) {
    Parameters p = sim.parameters();
    ZoneState z = world.zones[zone];
    double presence = z.deterrent;
    double a = advantage(fighters, presence);
    List<UnitAgent> present = new ArrayList<>();
    int personnel = 0;
    for (int m : world.mission) {
      for (UnitAgent u : world.actors[m].units) {
        if (u.zone() == zone) {
          present.add(u);
          personnel += u.strength;
        }
      }
    }
    int casualties = Math.min(personnel, sim.violence().poisson(p.missionCasualtyRate() * a * personnel));
    sim.publish(new EngineEvent.MissionAttacked(sim.tick(), group.id(), z.id(), fighters, presence, personnel,
        casualties));
    wound(world, present, casualties);
    struck[zone] = Math.max(struck[zone], fighters);
    for (int m : world.mission) {
      sim.evidence(m, group.index, 0, p.commitmentEvidence(), "attacked the mission");
    }
  }

  /** The force's turn of the hour: posts attacked since its last turn are reinforced. */
  public void reinforce() {
    for (int z = 0; z < struck.length; z++) {
      if (struck[z] > 0) {
        reinforce(z, struck[z]);
        struck[z] = 0;
      }
    }
  }

  /** Sends the nearest free protecting units to an attacked post until its presence matches the attackers. */
  private void reinforce(int zone, double fighters) {
    ZoneState z = world.zones[zone];
    double coming = z.deterrent;
    for (int m : world.mission) {
      for (UnitAgent u : world.actors[m].units) {
        if (u.destination() == zone) {
          coming += world.deterrentOf(u);
        }
      }
    }
    List<UnitAgent> free = new ArrayList<>();
    for (int m : world.mission) {
      ActorState ms = world.actors[m];
      if (!ms.spec.mandate().coversZone(z.id())) {
        continue;
      }
      for (UnitAgent u : ms.units) {
        if (u.protects() && u.strength > 0 && !u.moving() && u.zone() != zone && u.respondedTo() < 0
            && (u.zone() < 0 || !sim.response().threatKnownIn(u.zone()))
            && !Double.isInfinite(u.hoursTo(sim, z))) {
          free.add(u);
        }
      }
    }
    free.sort(java.util.Comparator.comparingDouble(u -> u.hoursTo(sim, z)));
    for (UnitAgent u : free) {
      if (coming >= fighters) {
        return;
      }
      double eta = u.hoursTo(sim, z);
      u.sendFor(sim, zone, sim.parameters().responseHoldHours());
      coming += world.deterrentOf(u);
      sim.publish(new EngineEvent.ResponseDispatched(sim.tick(), u.id, z.id(), -1, eta));
    }
  }

  /** Casualties leave the units present one by one, in turn, so no unit is emptied before the others. */
  static void wound(World world, List<UnitAgent> present, int casualties) {
    int left = casualties;
    while (left > 0) {
      boolean any = false;
      for (UnitAgent u : present) {
        if (left > 0 && u.strength > 0) {
          u.lose(world, 1);
          left--;
          any = true;
        }
      }
      if (!any) {
        return;
      }
    }
  }
}
