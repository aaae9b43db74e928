package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.Attack;
import org.liaison.events.EngineEvent;

/**
 * Mechanism tests: how protection moves casualties (model description, section 7: presence and
 * deterrence, attack resolution, response, humanitarian escorts). The villages have 4,000 people
 * and, with {@code deterrenceStrength} 40 and {@code referencePopulation} 4,000, an attack by a
 * group of strength 1 needs N = 40 soldier-equivalents.
 */
class ProtectionMechanismsTest {
  private static final double N = 40;

  /** The quiet villages with N = 40, the battalion's units replaced by the given ones. */
  private static QuietVillages world(Consumer<ArrayNode> units, Consumer<ObjectNode> parameters) {
    return QuietVillages.start(t -> {
      ObjectNode p = t.with("parameters").put("deterrenceStrength", 40).put("referencePopulation", 4000);
      parameters.accept(p);
      units.accept(TestScenarios.actor(t, "battalion").putArray("units"));
    });
  }

  private static Consumer<ArrayNode> unit(String id, String role, int strength, String zone) {
    return a -> a.addObject().put("id", id).put("role", role).put("strength", strength).put("zone", zone);
  }

  @Test
  void presenceIsSoldierEquivalentsAndDeterrenceAndExposureFollowFromIt() {
    QuietVillages w = world(unit("post", "TROOPS", 40, "village-a")
        .andThen(unit("police", "POLICE", 10, "village-b"))
        .andThen(unit("observers", "OBSERVERS", 10, "village-b")), p -> { });
    assertEquals(40, w.zone("village-a").deterrent, 1e-12);
    assertEquals(10 * 0.5 + 10 * 0.1, w.zone("village-b").deterrent, 1e-12);
    Attack a = w.prepare("village-a");
    assertEquals(N, w.sim.posture().needed(a), 1e-12);
    assertEquals(1 - Math.exp(-1), w.sim.posture().deterrence(a), 1e-12);
    assertEquals(0.5, w.sim.posture().exposure(a), 1e-12);
    assertEquals(N * -Math.log(1 - 0.9), w.sim.posture().responseGoal(a), 1e-9);
    Attack b = w.prepare("village-b");
    assertEquals(1 - Math.exp(-6 / N), w.sim.posture().deterrence(b), 1e-12);
    assertEquals(N / (N + 6), w.sim.posture().exposure(b), 1e-12);
    w.state("armed-group").strengthFactor = 2;
    assertEquals(2 * N, w.sim.posture().needed(a), 1e-12, "a stronger group needs more presence to deter");
    w.zone("village-a").population = 16000;
    assertEquals(4 * N, w.sim.posture().needed(a), 1e-12, "with the square root of the population");
  }

  @Test
  void anAttackOnAZoneWithoutPresenceIsExecutedAndOneFacingOverwhelmingPresenceIsDeterred() {
    QuietVillages w = world(unit("brigade", "TROOPS", 100_000, "village-b"), p -> { });
    w.runUntilEnded(w.prepare("village-a"));
    w.runUntilEnded(w.prepare("village-b"));
    List<EngineEvent.AttackExecuted> executed = w.of(EngineEvent.AttackExecuted.class);
    List<EngineEvent.AttackDeterred> deterred = w.of(EngineEvent.AttackDeterred.class);
    assertEquals(1, executed.size());
    assertEquals("village-a", executed.get(0).zone());
    assertEquals(1, deterred.size());
    assertEquals("village-b", deterred.get(0).zone());
    assertEquals(100_000, deterred.get(0).protection());
    assertEquals(0, w.zone("village-b").knownAttacks, "a deterred attack is no attack carried out");
    assertTrue(w.of(EngineEvent.CivilianHarm.class).stream().noneMatch(h -> h.zone().equals("village-b")));
  }

  /**
   * Partial protection: an executed attack's expected casualties are population x casualtyRate x
   * vulnerability x strength x N / (N + D). With 1,000 expected unprotected, the draw (a rounded
   * normal at that size) lies within five standard deviations of the mitigated mean, 500, which
   * is far from 1,000. Some attacks are deterred (probability 1 - 1/e); the first three executed
   * are checked.
   */
  @Test
  void presenceThatDoesNotDeterStillHalvesTheHarmWhenItEqualsTheNeed() {
    QuietVillages w = world(unit("post", "TROOPS", 40, "village-a"),
        p -> p.put("casualtyRate", 1000 / 2400.0).put("displacementPerCasualty", 0)
            .put("recruitmentPerGrievancePerDay", 0));
    int checked = 0;
    for (int i = 0; i < 60 && checked < 3; i++) {
      Attack a = w.prepare("village-a");
      double expected = 4000 * (1000 / 2400.0) * 0.6 * w.sim.posture().exposure(a);
      assertEquals(500, expected, 1e-9);
      int before = w.of(EngineEvent.AttackExecuted.class).size();
      w.runUntilEnded(a);
      List<EngineEvent.AttackExecuted> executed = w.of(EngineEvent.AttackExecuted.class);
      if (executed.size() > before) {
        int casualties = executed.get(executed.size() - 1).casualties();
        assertTrue(Math.abs(casualties - expected) < 5 * Math.sqrt(expected),
            casualties + " casualties where " + expected + " are expected");
        checked++;
      }
    }
    assertEquals(3, checked);
    assertTrue(w.of(EngineEvent.AttackDeterred.class).size() > 0, "some attacks met presence and were called off");
  }

  @Test
  void withoutPresenceTheHarmIsUnmitigated() {
    QuietVillages w = world(unit("post", "TROOPS", 10, "base"),
        p -> p.put("casualtyRate", 1000 / 2400.0).put("displacementPerCasualty", 0));
    Attack a = w.prepare("village-a");
    assertEquals(1, w.sim.posture().exposure(a), 0);
    w.runUntilEnded(a);
    int casualties = w.of(EngineEvent.AttackExecuted.class).get(0).casualties();
    assertTrue(Math.abs(casualties - 1000) < 5 * Math.sqrt(1000), casualties + " casualties where 1000 are expected");
    assertEquals(casualties, w.of(EngineEvent.CivilianHarm.class).get(0).casualties());
  }

  /**
   * A warning sends the nearest free protecting units until the presence there and on the way
   * reaches the goal N x -ln(1 - goal): here 40 x ln 10 = 92.1, so ten units of 10 stand ready
   * and ten go. The warning records its lead time; a second warning of the same attack sends no
   * one more.
   */
  @Test
  void aWarningSendsUnitsUntilThePresenceComingReachesTheResponseGoal() {
    QuietVillages w = world(a -> a.addObject().put("id", "platoon").put("role", "TROOPS").put("count", 12)
        .put("strength", 10).put("zone", "base"), p -> { });
    Attack a = w.prepare("village-a");
    w.sim.stepTick();
    w.sim.response().warned(a, w.actor("elders-a"), w.actor("battalion"));
    List<EngineEvent.AttackWarned> warned = w.of(EngineEvent.AttackWarned.class);
    assertEquals(1, warned.size());
    assertEquals(a.executeAt - w.sim.tick(), warned.get(0).leadHours());
    assertTrue(warned.get(0).leadHours() > 0);
    assertEquals("elders-a", warned.get(0).warner());
    assertEquals(10, w.of(EngineEvent.ResponseDispatched.class).size());
    assertEquals(100, a.enRoute, 1e-12);
    assertTrue(w.sim.response().threatKnownIn(w.sim.world().zone("village-a")));
    assertFalse(w.sim.response().threatKnownIn(w.sim.world().zone("village-b")));
    w.sim.response().warned(a, w.actor("elders-a"), w.actor("battalion"));
    assertEquals(1, w.of(EngineEvent.AttackWarned.class).size(), "an attack is warned of once");
    assertEquals(10, w.of(EngineEvent.ResponseDispatched.class).size());
  }

  @Test
  void aResponderArrivingNoLongerCountsAsComingButAsPresent() {
    QuietVillages w = world(unit("platoon", "TROOPS", 10, "base"), p -> { });
    Attack a = w.prepare("village-a");
    w.sim.response().warned(a, w.actor("elders-a"), w.actor("battalion"));
    var unit = w.state("battalion").units.get(0);
    assertEquals(10, a.enRoute, 1e-12);
    assertTrue(w.sim.response().responderArrived(unit, a.id));
    assertEquals(0, a.enRoute, 1e-12);
    assertEquals(List.of(unit), a.arrived);
    assertFalse(w.sim.response().responderArrived(unit, a.id + 1000), "no such attack any more");
    Attack b = w.prepare("village-b");
    b.enRoute = 10;
    w.sim.response().responderHeldUp(unit, b.id);
    assertEquals(0, b.enRoute, 1e-12);
  }

  /**
   * With the goal at 30 % (N x -ln 0.7 = 14.3) a zone held by 10 needs one more unit. The base is
   * narrowed so that its centre lies 19 km from village A and village B's 15 km: B's unit goes to
   * A. Then B is warned of: the unit holding A stays, since a threat is known there, and the
   * base's unit goes.
   */
  @Test
  void theNearestFreeUnitGoesAndUnitsHoldingAThreatenedZoneStay() {
    QuietVillages w = QuietVillages.start(t -> {
      t.with("parameters").put("deterrenceStrength", 40).put("referencePopulation", 4000)
          .put("responseDeterrenceGoal", 0.3);
      ArrayNode units = TestScenarios.actor(t, "battalion").putArray("units");
      unit("far", "TROOPS", 10, "base").andThen(unit("near", "TROOPS", 10, "village-b"))
          .andThen(unit("held", "TROOPS", 10, "village-a")).accept(units);
      ObjectNode base = (ObjectNode) t.get("map").get("zones").get(0);
      base.putArray("polygon").add(point(0, 0)).add(point(2, 0)).add(point(2, 20)).add(point(0, 20));
    });
    w.sim.response().warned(w.prepare("village-a"), w.actor("elders-a"), w.actor("battalion"));
    w.sim.response().warned(w.prepare("village-b"), w.actor("elders-b"), w.actor("battalion"));
    List<String> sent = w.of(EngineEvent.ResponseDispatched.class).stream().map(EngineEvent.ResponseDispatched::unit).toList();
    assertEquals(List.of("near", "far"), sent);
  }

  private static ArrayNode point(double x, double y) {
    return TestScenarios.YAML.createArrayNode().add(x).add(y);
  }

  @Test
  void onlyActorsMandatedToProtectCiviliansInTheZoneRespond() {
    QuietVillages w = QuietVillages.start(t -> {
      ObjectNode mandate = (ObjectNode) TestScenarios.actor(t, "battalion").get("mandate");
      mandate.putArray("tasks").add("PATROL").add("MONITOR");
    });
    Attack a = w.prepare("village-a");
    w.sim.response().warned(a, w.actor("elders-a"), w.actor("battalion"));
    assertEquals(1, w.of(EngineEvent.AttackWarned.class).size());
    assertEquals(List.of(), w.of(EngineEvent.ResponseDispatched.class));
  }

  /**
   * An escorted convoy takes the nearest free protecting unit for its trip: with four units of 10
   * and a response goal above their 40, a warning then sends the three left, not the escort.
   */
  @Test
  void anEscortTakesTroopsAwayFromTheResponse() {
    QuietVillages w = QuietVillages.start(t -> {
      t.with("parameters").put("responseDeterrenceGoal", 0.999);
      ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 168);
    });
    w.state("relief").escorted = true;
    w.sim.humanitarian().plan(w.state("relief"));
    List<EngineEvent.EscortAssigned> escorts = w.of(EngineEvent.EscortAssigned.class);
    assertEquals(1, escorts.size());
    String escort = escorts.get(0).unit();
    assertTrue(w.of(EngineEvent.AidPlanned.class).get(0).escorted());
    Attack a = w.prepare(escorts.get(0).zone().equals("village-a") ? "village-b" : "village-a");
    w.sim.response().warned(a, w.actor("elders-a"), w.actor("battalion"));
    List<EngineEvent.ResponseDispatched> sent = w.of(EngineEvent.ResponseDispatched.class);
    assertEquals(3, sent.size(), sent.toString());
    assertTrue(sent.stream().noneMatch(d -> d.unit().equals(escort)), "the escort is with the convoy");
  }

  @Test
  void anAgencyThatIsNotEscortedTakesNoUnit() {
    QuietVillages w = QuietVillages.start(t ->
        ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 168));
    w.sim.humanitarian().plan(w.state("relief"));
    assertEquals(1, w.of(EngineEvent.AidPlanned.class).size());
    assertFalse(w.of(EngineEvent.AidPlanned.class).get(0).escorted());
    assertEquals(List.of(), w.of(EngineEvent.EscortAssigned.class));
  }
}
