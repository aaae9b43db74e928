package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.ActorState;
import org.liaison.events.EngineEvent;

/**
 * Mechanism tests of armed groups' attacks on civilians (model description, section 7): how often
 * a group starts preparing one (attackRatePerDay / 24 x predation x (1 + grievance) an hour), where
 * (people exposed against the presence there), who sees it being prepared, and what civilian harm
 * does to trust, hostility and grievance.
 */
class AttackPreparationAndHarmTest {
  private static QuietVillages world(double attacksPerDay, Consumer<ObjectNode> edit) {
    return QuietVillages.start(t -> {
      t.with("parameters").put("attackRatePerDay", attacksPerDay);
      edit.accept(t);
    });
  }

  private static int prepareHours(QuietVillages w, int hours) {
    ActorState group = w.state("armed-group");
    for (int h = 0; h < hours; h++) {
      w.sim.violence().prepare(group);
    }
    return w.of(EngineEvent.AttackPrepared.class).size();
  }

  private static long on(QuietVillages w, String zone) {
    return w.of(EngineEvent.AttackPrepared.class).stream().filter(a -> a.zone().equals(zone)).count();
  }

  @Test
  void aGroupWithoutPredationPreparesNoAttack() {
    QuietVillages w = world(2400, t -> { });
    w.state("armed-group").predation = 0;
    assertEquals(0, prepareHours(w, 24));
  }

  /** 12 a day at predation 1 is one chance in two an hour; a fully aggrieved community doubles it to certainty. */
  @Test
  void grievanceAndPredationDriveTheRateOfAttacks() {
    QuietVillages aggrieved = world(12, t -> { });
    aggrieved.state("armed-group").predation = 1;
    aggrieved.state("armed-group").grievance = 1;
    assertEquals(24, prepareHours(aggrieved, 24));

    QuietVillages calm = world(12, t -> { });
    calm.state("armed-group").predation = 1;
    calm.state("armed-group").grievance = 0;
    int n = prepareHours(calm, 24);
    assertTrue(n >= 4 && n <= 20, n + " of 24 hours");

    QuietVillages half = world(24, t -> { });
    half.state("armed-group").predation = 0.25;
    int m = prepareHours(half, 24);
    assertTrue(m <= 14, m + " of 24 hours at a chance of one in four");
  }

  @Test
  void attacksFallWhereMorePeopleAreExposedAndLessPresenceStands() {
    QuietVillages alike = world(2400, t -> { });
    alike.state("armed-group").predation = 1;
    prepareHours(alike, 40);
    assertTrue(on(alike, "village-a") >= 8 && on(alike, "village-b") >= 8,
        on(alike, "village-a") + " on A, " + on(alike, "village-b") + " on B");

    QuietVillages exposed = world(2400, t -> ((ObjectNode) t.get("map").get("zones").get(2)).put("vulnerability", 0.001));
    exposed.state("armed-group").predation = 1;
    prepareHours(exposed, 20);
    assertTrue(on(exposed, "village-a") >= 19, on(exposed, "village-a") + " of 20 on the exposed village");

    QuietVillages guarded = world(2400, t -> { });
    guarded.state("armed-group").predation = 1;
    guarded.zone("village-b").deterrent = 100_000;
    prepareHours(guarded, 20);
    assertTrue(on(guarded, "village-a") >= 19, on(guarded, "village-a") + " of 20 on the village without presence");
  }

  @Test
  void noAttackWhereTheGroupOperatesOnlyAmongNoOne() {
    QuietVillages w = world(2400, t -> {
      ((ObjectNode) TestScenarios.actor(t, "armed-group").get("mandate")).putArray("zones").add("village-a");
      ((ObjectNode) t.get("map").get("zones").get(1)).put("vulnerability", 0);
    });
    w.state("armed-group").predation = 1;
    assertEquals(0, prepareHours(w, 10));
  }

  // ------------------------------------------------------------------ seeing an attack prepared

  @Test
  void aCommunitySeesAnAttackBeingPreparedOnceAndTheMissionsUnitsReportIt() {
    QuietVillages w = QuietVillages.start(t -> {
      t.with("parameters").put("observationProbabilityPerHour", 1.0).put("unitObservationProbabilityPerHour", 1.0);
      TestScenarios.actor(t, "battalion").putArray("units").addObject().put("id", "post").put("role", "TROOPS")
          .put("strength", 10).put("zone", "village-a");
    });
    var attack = w.prepare("village-a");
    w.sim.violence().step();
    w.sim.violence().step();
    List<String> observers = w.of(EngineEvent.AttackDetected.class).stream().map(EngineEvent.AttackDetected::observer).toList();
    assertEquals(List.of("elders-a", "battalion"), observers, "each sees it once");
    assertTrue(attack.seenByMission);
    EngineEvent.AttackWarned warned = w.of(EngineEvent.AttackWarned.class).get(0);
    assertEquals("battalion", warned.warner(), "the mission's own units report it");
  }

  @Test
  void withoutUnitsThereTheMissionSeesNothing() {
    QuietVillages w = QuietVillages.start(t -> t.with("parameters").put("unitObservationProbabilityPerHour", 1.0));
    var attack = w.prepare("village-a");
    w.sim.violence().step();
    assertTrue(!attack.seenByMission);
    assertTrue(w.of(EngineEvent.AttackDetected.class).isEmpty());
  }

  // ------------------------------------------------------------------ harm

  /**
   * Harm by a group: every community loses trust in it by harmEvidence x sqrt(casualties); the
   * zone's communities grow aggrieved by harmHostilityPerCasualty each, up to 1.
   */
  @Test
  void harmCostsThePerpetratorTrustAndAggrievesTheZone() {
    QuietVillages w = QuietVillages.start(t -> t.with("parameters").put("displacementPerCasualty", 0));
    w.sim.violence().harm(w.sim.world().zone("village-a"), w.actor("armed-group"), 9, "test");
    List<EngineEvent.TrustEvidence> lost = w.evidence("civilian harm");
    assertEquals(List.of("elders-a", "elders-b"), lost.stream().map(EngineEvent.TrustEvidence::from).toList());
    assertTrue(lost.stream().allMatch(e -> e.to().equals("armed-group") && e.negative() == w.p().harmEvidence() * 3));
    assertEquals(Math.min(1, 9 * w.p().harmHostilityPerCasualty()), w.state("elders-a").grievance, 1e-12);
    assertEquals(0, w.state("elders-b").grievance, 0);
    EngineEvent.CivilianHarm harm = w.of(EngineEvent.CivilianHarm.class).get(0);
    assertEquals(9, harm.casualties());
    assertEquals("armed-group", harm.perpetrator());

    w.sim.violence().harm(w.sim.world().zone("village-a"), -1, 1000, "unknown");
    assertEquals(1, w.state("elders-a").grievance, 0);
    assertEquals("unknown", w.of(EngineEvent.CivilianHarm.class).get(1).perpetrator());
    assertEquals(2, w.evidence("civilian harm").size(), "no one to blame, no trust lost");
    w.sim.violence().harm(w.sim.world().zone("village-a"), w.actor("armed-group"), 0, "nothing");
    assertEquals(2, w.of(EngineEvent.CivilianHarm.class).size());
  }

  @Test
  void harmByTheMissionAngersTheGroupsAndCommunitiesOfTheZone() {
    QuietVillages w = QuietVillages.start(t -> t.with("parameters").put("displacementPerCasualty", 0));
    w.state("armed-group").hostility = 0.2;
    double elders = w.state("elders-a").hostility;
    double eldersB = w.state("elders-b").hostility;
    w.sim.violence().harm(w.sim.world().zone("village-a"), w.actor("battalion"), 2, "test");
    double step = 2 * w.p().harmHostilityPerCasualty();
    assertEquals(0.2 + step, w.state("armed-group").hostility, 1e-12);
    assertEquals(Math.min(1, elders + step), w.state("elders-a").hostility, 1e-12);
    assertEquals(eldersB, w.state("elders-b").hostility, 0, "village B did not see it");
  }

  @Test
  void poissonDrawsHaveTheirMean() {
    QuietVillages w = QuietVillages.start(t -> { });
    assertEquals(0, w.sim.violence().poisson(0));
    assertEquals(0, w.sim.violence().poisson(-1));
    double small = 0;
    double large = 0;
    for (int i = 0; i < 2000; i++) {
      small += w.sim.violence().poisson(2);
      large += w.sim.violence().poisson(100);
    }
    // Standard errors of the means: sqrt(2 / 2000) = 0.03 and sqrt(100 / 2000) = 0.22.
    assertEquals(2, small / 2000, 0.15);
    assertEquals(100, large / 2000, 1.2);
  }
}
