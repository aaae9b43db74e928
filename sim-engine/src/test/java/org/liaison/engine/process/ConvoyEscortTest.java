package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.World;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.policy.NoCoordination;

/**
 * Mechanism test: an escort travels with the convoy from its base to its destination and back,
 * protecting no zone on the way (not even the convoy's destination) and free for no response,
 * then returns to its station. The two-villages world, the relief NGO based at the mission's base
 * delivering to village A only.
 */
class ConvoyEscortTest {

  @Test
  void anEscortProtectsNoZoneForTheRoundTripAndIsNotSentToAWarnedAttack() {
    List<EngineEvent> events = new ArrayList<>();
    EventBus bus = new EventBus();
    bus.subscribe(events::add);
    LiaisonSim sim = new LiaisonSim(TestScenarios.load("two-villages", t -> {
      t.with("parameters").put("attackRatePerDay", 0).put("patrolProbabilityPerHour", 0)
          .put("falseAlarmRatePerDay", 0).put("missionAttackRatePerDay", 0).put("observationProbabilityPerHour", 0)
          .put("unitObservationProbabilityPerHour", 0);
      TestScenarios.actor(t, "relief").with("capacity").put("deliveriesPerWeek", 168);
      t.with("map").withArray("zones").forEach(z -> {
        if (z.get("id").asText().equals("village-b")) {
          ((ObjectNode) z).put("need", 0);
        }
      });
    }), 1, new NoCoordination(), bus);
    sim.start();
    World w = sim.world();
    int base = w.zone("base");
    int villageA = w.zone("village-a");
    double total = Arrays.stream(w.zones).mapToDouble(z -> z.deterrent).sum();
    w.actors[w.actor("relief")].escorted = true;
    while (events.stream().noneMatch(EngineEvent.EscortAssigned.class::isInstance)) {
      sim.stepTick();
    }
    w.actors[w.actor("relief")].escorted = false;
    EngineEvent.EscortAssigned escort = events.stream().filter(EngineEvent.EscortAssigned.class::isInstance)
        .map(EngineEvent.EscortAssigned.class::cast).findFirst().orElseThrow();
    UnitAgent unit = Arrays.stream(w.units).filter(u -> u.id.equals(escort.unit())).findFirst().orElseThrow();
    ZoneState a = w.zones[villageA];
    long trip = Math.max(1, Math.round(sim.access().roadHours(base, villageA, w.actors[w.actor("relief")].spec.speedKmh())));
    long out = Math.max(trip, (long) Math.ceil(sim.access().roadHours(base, villageA, unit.speedKmh)));
    // Out with the convoy and back with it to its base, which is the escort's station: no leg of its own.
    assertEquals(out + trip, escort.hours());

    sim.violence().prepareAttack(w.actors[w.actor("armed-group")], villageA);
    sim.response().warned(w.attacks.get(0), w.primaryMission(), w.primaryMission());
    assertTrue(events.stream().filter(EngineEvent.ResponseDispatched.class::isInstance)
        .map(EngineEvent.ResponseDispatched.class::cast).noneMatch(r -> r.unit().equals(unit.id)),
        "an escort is not sent to a warned attack");
    long back = escort.tick() + out + trip;
    while (sim.tick() < back) {
      assertTrue(unit.escorting(), "hour " + sim.tick());
      assertEquals(-1, unit.zone());
      double responders = Arrays.stream(w.units).filter(u -> u != unit && u.zone() == villageA)
          .mapToDouble(w::deterrentOf).sum();
      assertEquals(responders, a.deterrent, 1e-9, "the convoy's destination gains nothing from its escort");
      assertEquals(total - w.deterrentOf(unit), Arrays.stream(w.zones).mapToDouble(z -> z.deterrent).sum()
          + Arrays.stream(w.units).filter(u -> u != unit && u.zone() < 0).mapToDouble(w::deterrentOf).sum(), 1e-9);
      sim.stepTick();
    }
    sim.stepTick();
    assertEquals(base, unit.zone(), "the escort is back at its station with the convoy");
    assertTrue(!unit.escorting());
  }
}
