package org.liaison.engine.process;

import java.util.ArrayList;
import java.util.List;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Parameters;

/**
 * Armed groups attacking the mission itself: a raid on a post where its units are stationed. What
 * drives it is the group's hostility to the mission, not its predation on civilians, and what it
 * can do is its strength against the presence where it strikes.
 *
 * <p>A group's fighters are the personnel of its units times its strength factor, F. In a zone where
 * the group operates and the mission keeps a post with units present, its advantage is
 * {@code A = F / (F + D)}, with D the mission's soldier-equivalents present (troops count fully,
 * police and observers by their protection weights): unarmed observers and small posts are easy
 * targets, a company base is not. Each hour the group starts preparing an attack with probability
 * {@code missionAttackRatePerDay / 24 × hostility × max A}, choosing among those posts in proportion
 * to A. The preparation takes {@code missionAttackPreparationHours}; like an attack on civilians it
 * can be seen by the zone's communities, informants and the post's own units, and a warning that
 * reaches the mission makes the post stand to and the force reinforce it (in the response's turn,
 * see {@link #forewarned}).
 *
 * <p>At the planned hour the group strikes if the post is still there, and goes ahead with
 * probability {@code A_now / A_planned}: a post reinforced since it was chosen is often left alone.
 * The attack hurts Poisson({@code missionCasualtyRate × A × P}) of the P personnel at risk (those
 * present, at most as many as when the post was chosen: reinforcements defend, they were not the
 * target), times {@code 1 - forewarnedHarmReduction} if the post stood to; the wounded and killed
 * leave their unit, so the zone's protection falls with them. The attackers lose at the same rate by
 * the defenders' share, Poisson({@code missionCasualtyRate × (1 - A) × F}), which lowers their
 * strength ({@link ArmedGroups#lose}). A group without fighters does not attack.
 *
 * <p>After an attack the force reinforces the post under its standing orders, in its own turn of
 * the hour, as it does on a warning: it sends its nearest free units (not those guarding a zone under
 * a known threat) until the soldier-equivalents there or on the way match the attackers' fighters
 * (their advantage down to one half); the reinforcements hold the post {@code responseHoldHours}
 * (after the attack's hour, on a warning), then return. They leave their own stations and patrols
 * for it.
 */
public final class AttacksOnMission {
  private final LiaisonSim sim;
  private final World world;
  private final double[] advantage;
  /** Fighters of the strongest attack on the mission in each zone since the force's last turn. */
  private final double[] struck;
  /** Zones where a unit of the mission is stationed: its posts. */
  private final boolean[] post;

  public AttacksOnMission(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
    this.advantage = new double[world.zones.length];
    this.struck = new double[world.zones.length];
    this.post = new boolean[world.zones.length];
    for (int m : world.mission) {
      for (UnitAgent u : world.actors[m].units) {
        if (u.station >= 0) {
          post[u.station] = true;
        }
      }
    }
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

  /** The hour's turn of one armed group: it may start preparing an attack on a mission post where it operates. */
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
      double a = post[z.index] && z.missionUnits > 0 && group.spec.mandate().coversZone(z.id())
          ? advantage(f, z.deterrent) : 0;
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
    prepare(group, zone);
  }

  /** The group starts preparing an attack on the mission's post in a zone, due after {@code missionAttackPreparationHours}. */
  public Attack prepare(ActorState group, int zone) {
    long tick = sim.tick();
    ZoneState z = world.zones[zone];
    Attack a = new Attack(world.newAttackId(), group.index, zone, tick,
        tick + Math.max(1, sim.parameters().missionAttackPreparationHours()));
    a.onMission = true;
    a.plannedAdvantage = advantage(fighters(group), z.deterrent);
    a.plannedPersonnel = present(zone, null);
    world.attacks.add(a);
    sim.publish(new EngineEvent.MissionAttackPrepared(tick, a.id, group.id(), z.id(), a.executeAt));
    return a;
  }

  /**
   * An attack on the mission came to its hour: called off if the post is gone or the group has no
   * fighters left, or (with the share its advantage lost since it chose the post) because the post
   * was reinforced; otherwise carried out.
   */
  public void execute(Attack attack) {
    ActorState group = world.actors[attack.faction];
    ZoneState z = world.zones[attack.zone];
    List<UnitAgent> present = new ArrayList<>();
    int personnel = present(attack.zone, present);
    double f = fighters(group);
    String reason = null;
    if (personnel == 0) {
      reason = "no post to strike";
    } else if (f <= 0) {
      reason = "no fighters left";
    } else if (!sim.random.nextBoolean(Math.min(1, advantage(f, z.deterrent) / attack.plannedAdvantage))) {
      reason = "post reinforced";
    }
    if (reason != null) {
      sim.publish(new EngineEvent.MissionAttackCalledOff(sim.tick(), attack.id, group.id(), z.id(), z.deterrent, reason));
      return;
    }
    strike(group, attack.zone, f, present, personnel, Math.min(personnel, attack.plannedPersonnel),
        attack.warnedAt >= 0);
  }

  /** The mission's personnel present in a zone, collecting their units into a list if one is given. */
  private int present(int zone, List<UnitAgent> units) {
    int personnel = 0;
    for (int m : world.mission) {
      for (UnitAgent u : world.actors[m].units) {
        if (u.zone() == zone && u.strength > 0) {
          if (units != null) {
            units.add(u);
          }
          personnel += u.strength;
        }
      }
    }
    return personnel;
  }

  /**
   * The group strikes the post: the mission's people at risk are hurt by the attackers' advantage
   * (less if the post stood to), and the attackers lose fighters by the defenders' share.
   */
  private void strike(ActorState group, int zone, double fighters, List<UnitAgent> present, int personnel,
      int atRisk, boolean forewarned) {
    Parameters p = sim.parameters();
    ZoneState z = world.zones[zone];
    double presence = z.deterrent;
    double a = advantage(fighters, presence);
    double harm = p.missionCasualtyRate() * a * atRisk * (forewarned ? 1 - p.forewarnedHarmReduction() : 1);
    int casualties = Math.min(personnel, sim.violence().poisson(harm));
    int lost = (int) Math.min(Math.round(fighters), sim.violence().poisson(p.missionCasualtyRate() * (1 - a) * fighters));
    sim.publish(new EngineEvent.MissionAttacked(sim.tick(), group.id(), z.id(), fighters, presence, personnel,
        casualties, lost, forewarned));
    wound(world, present, casualties);
    sim.armedGroups().lose(group, lost, zone, "attack on the mission");
    struck[zone] = Math.max(struck[zone], fighters);
    for (int m : world.mission) {
      sim.evidence(m, group.index, 0, p.commitmentEvidence(), "attacked the mission");
    }
  }

  /**
   * A warning of an attack on a post (or the post's own sighting) reached the mission: the post
   * stands to, and the force sends the nearest free units until the presence there or on the way
   * matches the attackers' fighters; they hold it until the attack's hour has passed.
   */
  public void forewarned(Attack attack) {
    reinforce(attack.zone, fighters(world.actors[attack.faction]), attack);
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

  /**
   * Sends the nearest free protecting units to a post until its presence matches the attackers:
   * after an attack for a hold, or on a warning as responders to the attack being prepared.
   */
  private void reinforce(int zone, double fighters) {
    reinforce(zone, fighters, null);
  }

  private void reinforce(int zone, double fighters, Attack warned) {
    ZoneState z = world.zones[zone];
    double coming = z.deterrent;
    for (int m : world.mission) {
      for (UnitAgent u : world.actors[m].units) {
        if (u.destination() == zone) {
          coming += world.deterrentOf(u);
        }
      }
    }
    if (coming >= fighters) {
      return;
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
      if (warned == null) {
        u.sendFor(sim, zone, sim.parameters().responseHoldHours());
      } else {
        u.sendTo(sim, zone, warned.id);
        warned.enRoute += world.deterrentOf(u);
      }
      coming += world.deterrentOf(u);
      sim.publish(new EngineEvent.ResponseDispatched(sim.tick(), u.id, z.id(), warned == null ? -1 : warned.id, eta));
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
