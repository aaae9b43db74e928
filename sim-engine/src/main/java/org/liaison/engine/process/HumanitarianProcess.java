package org.liaison.engine.process;

import java.util.Iterator;
import org.liaison.comms.MessageKind;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.Delivery;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventReason;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Principle;

/**
 * Humanitarian action: agencies plan deliveries to the zones in need, take an escort of the
 * force when they accept one, notify their movements when a deconfliction mechanism exists, and
 * negotiate access with whoever controls the road when the convoy arrives.
 *
 * <p>The chance of a convoy being blocked is {@code aidBlockProbability} × the insecurity of the
 * zone (the predation or hostility of the groups operating there, 1 while an attack is being
 * prepared) × {@code min(1, 2 (1 - acceptance))}, where acceptance is the mean trust in the agency
 * of those groups and of the zone's communities. An escort blocks less often
 * ({@code escortBlockFactor}) but takes a protecting unit away for the whole trip, and the groups
 * of the zone see the agency with the force. A convoy the mission was not told of may meet an
 * incident with its units ({@code deconflictionIncidentProbability}).
 */
public final class HumanitarianProcess {
  private final LiaisonSim sim;
  private final World world;

  public HumanitarianProcess(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /** The hour's turn of one agency: it may plan a delivery to a zone in need, weighted by people in need. */
  public void plan(ActorState ngo) {
    double perHour = ngo.spec.capacity().deliveriesPerWeek() / 168.0;
    if (perHour <= 0 || !sim.random.nextBoolean(Math.min(1, perHour))) {
      return;
    }
    double total = 0;
    double[] weights = new double[world.zones.length];
    for (ZoneState z : world.zones) {
      if (ngo.spec.mandate().coversZone(z.id()) && z.need > 0) {
        weights[z.index] = z.need * Math.max(1, z.population);
        total += weights[z.index];
      }
    }
    if (total <= 0) {
      return;
    }
    double pick = sim.random.nextDouble() * total;
    int zone = weights.length - 1;
    for (int z = 0; z < weights.length; z++) {
      pick -= weights[z];
      if (pick < 0) {
        zone = z;
        break;
      }
    }
    long tick = sim.tick();
    ZoneState to = world.zones[zone];
    double roadHours = sim.access().roadHours(ngo.homeZone, zone, ngo.spec.speedKmh());
    if (Double.isInfinite(roadHours)) {
      // The convoy cannot get through: access denied by the physical environment, as the
      // humanitarian access monitoring frameworks count a cut road.
      long id = world.newDeliveryId();
      sim.publish(new EngineEvent.AidPlanned(tick, id, ngo.id(), to.id(), false, ngo.deconfliction));
      sim.publish(new EngineEvent.AidBlocked(tick, id, ngo.id(), to.id(), EventReason.Code.ROAD_CLOSED.text()));
      return;
    }
    long hours = Math.max(1, Math.round(roadHours));
    UnitAgent escort = ngo.escorted ? escortFor(ngo.homeZone, zone) : null;
    Delivery d = new Delivery(world.newDeliveryId(), ngo.index, zone, tick + hours, escort != null);
    d.escort = escort;
    long away = 0;
    if (escort != null) {
      // The escort goes with the convoy (no sooner than it can get there itself) and brings it back
      // to its base, then returns to its station: off protection, wherever it passes, for the
      // whole trip.
      long out = Math.max(hours, (long) Math.ceil(escort.hoursTo(sim, to)));
      double back = escort.station >= 0 ? sim.access().roadHours(ngo.homeZone, escort.station, escort.speedKmh) : 0;
      away = out + hours + (Double.isInfinite(back) ? 0 : (long) Math.ceil(back));
      escort.escort(sim, ngo.homeZone, zone, tick + out, tick + out + hours);
    }
    world.deliveries.add(d);
    sim.publish(new EngineEvent.AidPlanned(tick, d.id, ngo.id(), to.id(), d.escorted, ngo.deconfliction));
    if (escort != null) {
      sim.publish(new EngineEvent.EscortAssigned(tick, d.id, escort.id, to.id(), away));
    }
    if (ngo.deconfliction && world.mission.length > 0) {
      sim.comms().send(MessageKind.MOVEMENT_NOTIFICATION, ngo.index, world.primaryMission(), d.id, tick);
    }
  }

  /**
   * The free protecting unit nearest to the convoy's base, where it forms up, that can reach the
   * convoy's destination: taken off protection to escort the convoy, or null.
   */
  private UnitAgent escortFor(int base, int zone) {
    UnitAgent best = null;
    double bestHours = Double.MAX_VALUE;
    for (int m : world.mission) {
      for (UnitAgent u : world.actors[m].units) {
        if (u.protects() && u.strength > 0 && !u.moving() && u.respondedTo() < 0
            && (u.zone() < 0 || !sim.response().threatKnownIn(u.zone()))
            && !Double.isInfinite(u.hoursTo(sim, world.zones[zone]))) {
          double h = u.hoursTo(sim, world.zones[base]);
          if (h < bestHours) {
            best = u;
            bestHours = h;
          }
        }
      }
    }
    return best;
  }

  /** A movement notification of a delivery reached the mission: the convoy is deconflicted. */
  public void notified(long delivery) {
    for (Delivery d : world.deliveries) {
      if (d.id == delivery) {
        d.notified = true;
        break;
      }
    }
  }

  /**
   * Whether a humanitarian agency hears the mission's security picture: through a liaison officer
   * or the deconfliction mechanism, unless its principles keep it from taking part.
   */
  private static boolean informed(ActorState ngo) {
    return (ngo.liaisonOfficer || ngo.deconfliction) && !ngo.hasPrinciple(Principle.INDEPENDENCE);
  }

  /**
   * Convoys arriving this hour. Access is negotiated with whoever controls the road: the chance
   * of being blocked grows with the insecurity of the zone (the predation of the groups operating
   * there, an attack being prepared) and falls with the acceptance of the agency by those groups
   * and by the zone's communities. An agency informed of a warned attack waits a day rather than
   * drive into it. Escorted convoys are blocked less often, but the groups of the zone see the
   * agency with the force: its acceptance falls, more so for an agency whose principles say to
   * keep distance.
   */
  public void arrivals() {
    Parameters p = sim.parameters();
    long tick = sim.tick();
    Iterator<Delivery> it = world.deliveries.iterator();
    while (it.hasNext()) {
      Delivery d = it.next();
      if (d.arrivesAt > tick) {
        continue;
      }
      ActorState ngo = world.actors[d.actor];
      ZoneState zone = world.zones[d.zone];
      if (!d.escorted && informed(ngo) && sim.response().threatKnownIn(d.zone)) {
        d.arrivesAt = tick + 24;
        continue;
      }
      it.remove();
      double insecurity = 0;
      double factionAcceptance = 0;
      int n = 0;
      for (int f : world.factions) {
        ActorState faction = world.actors[f];
        if (faction.spec.mandate().coversZone(zone.id())) {
          insecurity = Math.max(insecurity, Math.max(faction.predation, faction.hostility));
          factionAcceptance += sim.trust().expected(f, ngo.index, tick);
          n++;
        }
      }
      for (Attack a : world.attacks) {
        if (a.zone == d.zone && !a.phantom) {
          insecurity = 1;
        }
      }
      double communityAcceptance = 0;
      int k = 0;
      for (int c : world.communitiesByZone[d.zone]) {
        communityAcceptance += sim.trust().expected(c, ngo.index, tick);
        k++;
      }
      double acceptance = n == 0 ? 1 : factionAcceptance / n;
      if (k > 0) {
        acceptance = (acceptance + communityAcceptance / k) / 2;
      }
      double block = p.aidBlockProbability() * insecurity * Math.min(1, 2 * (1 - acceptance));
      if (d.escorted) {
        block *= p.escortBlockFactor();
        seenWithTheForce(ngo, d.zone);
      }
      if (sim.random.nextBoolean(Math.min(1, block))) {
        sim.publish(new EngineEvent.AidBlocked(tick, d.id, ngo.id(), zone.id(), EventReason.Code.ACCESS_DENIED.text()));
        continue;
      }
      if (!d.notified && zone.missionUnits > 0
          && sim.random.nextBoolean(p.deconflictionIncidentProbability())) {
        sim.publish(new EngineEvent.AidBlocked(tick, d.id, ngo.id(), zone.id(), EventReason.Code.INCIDENT_WITH_MISSION_UNITS.text()));
        for (int m : world.mission) {
          sim.evidence(ngo.index, m, 0, p.commitmentEvidence(), EventReason.Code.INCIDENT_WITH_MISSION_UNITS.text());
        }
        continue;
      }
      zone.need = Math.max(0, zone.need - p.needReliefPerDelivery());
      sim.publish(new EngineEvent.AidDelivered(tick, d.id, ngo.id(), zone.id(), zone.need));
      for (int c : world.communitiesByZone[d.zone]) {
        sim.evidence(c, ngo.index, p.contactEvidence(), 0, "aid delivered");
      }
      if (d.notified) {
        for (int m : world.mission) {
          sim.evidence(ngo.index, m, p.commitmentEvidence(), 0, "delivered as deconflicted");
        }
      }
    }
  }

  /**
   * An agency's convoy arrived under the force's escort: the groups operating in the zone see it.
   * Whether that costs acceptance is the scenario's hypothesis; an agency holding neutrality,
   * impartiality or independence is judged harder.
   */
  private void seenWithTheForce(ActorState ngo, int zone) {
    Parameters p = sim.parameters();
    if (!p.associationHurtsAcceptance()) {
      return;
    }
    boolean principled = ngo.hasPrinciple(Principle.NEUTRALITY) || ngo.hasPrinciple(Principle.IMPARTIALITY)
        || ngo.hasPrinciple(Principle.INDEPENDENCE);
    double weight = principled ? p.principledAssociationFactor() : 1;
    String zoneId = world.zones[zone].id();
    for (int f : world.factions) {
      ActorState faction = world.actors[f];
      if (faction.spec.mandate().coversZone(zoneId)) {
        sim.evidence(f, ngo.index, 0, p.partialityEvidence() * weight, "seen with the military");
        sim.setHostility(faction, faction.hostility + p.associationHostilityPerDay(),
            EventReason.Code.NGO_WITH_MILITARY.text(ngo.id()));
      }
    }
  }
}
