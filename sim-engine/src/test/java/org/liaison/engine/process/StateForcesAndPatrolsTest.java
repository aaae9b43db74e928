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
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.events.EngineEvent;

/**
 * Mechanism tests of the host state's forces (model description, section 7: what they see, how
 * they respond, their abuses and where they commit them) and of the patrol choice both they and the
 * mission's units follow: people exposed, attacks known there, and how little presence the zone has.
 */
class StateForcesAndPatrolsTest {
  /**
   * The quiet villages with a state army of the given units (id, count, strength, zone) and the
   * edit; deterrence is N = 40 for an attack on a village, as in the protection tests.
   */
  private static QuietVillages withArmy(Consumer<ArrayNode> units, Consumer<ObjectNode> edit) {
    return QuietVillages.start(t -> {
      t.with("parameters").put("deterrenceStrength", 40).put("referencePopulation", 4000)
          .put("stateAbuseRatePerDay", 0);
      ObjectNode a = t.withArray("actors").addObject();
      a.put("id", "army").put("name", "National army").put("kind", "STATE_FORCES").put("homeZone", "village-b")
          .put("speedKmh", 5);
      units.accept(a.putArray("units"));
      a.putObject("mandate").putArray("tasks").add("PATROL");
      ObjectNode comms = a.putObject("communication");
      comms.putArray("languages").add("fr");
      comms.putArray("media").add("RADIO");
      a.putObject("dispositions").put("ihlCompliance", 0.2).put("predation", 0.3);
      edit.accept(t);
    });
  }

  private static Consumer<ArrayNode> units(String id, int count, int strength, String zone) {
    return u -> u.addObject().put("id", id).put("role", "TROOPS").put("count", count).put("strength", strength)
        .put("zone", zone);
  }

  private static List<UnitAgent> army(QuietVillages w) {
    return w.state("army").units;
  }

  // ------------------------------------------------------------------ seeing and responding

  @Test
  void unitsSeeAnAttackWhereTheyStandOnceAndRespondToIt() {
    QuietVillages w = withArmy(units("post", 1, 10, "village-a"),
        t -> t.with("parameters").put("unitObservationProbabilityPerHour", 1.0));
    Attack attack = w.prepare("village-a");
    Attack elsewhere = w.prepare("village-b");
    w.sim.stateForces().watch();
    w.sim.stateForces().watch();
    List<EngineEvent.AttackDetected> seen = w.of(EngineEvent.AttackDetected.class);
    assertEquals(1, seen.size(), "seen once, and only where a unit stands");
    assertEquals(attack.id, seen.get(0).attack());
    assertEquals("army", seen.get(0).observer());
    assertTrue(attack.observedBy.get(w.actor("army")));
    assertFalse(elsewhere.observedBy.get(w.actor("army")));
  }

  /**
   * Units of 10 weigh 6 (stateForceProtectionWeight 0.6). With the goal at 30 % the response wants
   * 40 x -ln 0.7 = 14.3: three units of the five at village B go to village A, the nearest first,
   * and those already on their way count.
   */
  @Test
  void aWarnedForceSendsItsUnitsUntilThePresenceComingReachesTheGoal() {
    QuietVillages w = withArmy(units("company", 5, 10, "village-b"),
        t -> t.with("parameters").put("responseDeterrenceGoal", 0.3));
    Attack attack = w.prepare("village-a");
    w.sim.stateForces().warned(w.actor("army"), attack);
    List<EngineEvent.StateForcesResponded> sent = w.of(EngineEvent.StateForcesResponded.class);
    assertEquals(3, sent.size());
    assertTrue(sent.stream().allMatch(r -> r.zone().equals("village-a") && r.attack() == attack.id));
    assertEquals(3, army(w).stream().filter(u -> u.destination() == w.sim.world().zone("village-a")).count());
    assertTrue(sent.get(0).etaHours() > 0);

    w.sim.stateForces().warned(w.actor("army"), attack);
    assertEquals(3, w.of(EngineEvent.StateForcesResponded.class).size(), "the units on their way are enough");
  }

  @Test
  void aUnitAlreadyInTheThreatenedZoneStaysAndCountsTowardsTheGoal() {
    QuietVillages w = withArmy(units("held", 2, 10, "village-a").andThen(units("reserve", 5, 10, "village-b")),
        t -> t.with("parameters").put("responseDeterrenceGoal", 0.3));
    Attack attack = w.prepare("village-a");
    w.sim.stateForces().warned(w.actor("army"), attack);
    assertEquals(1, w.of(EngineEvent.StateForcesResponded.class).size(), "12 in place, one more unit makes 18");
    assertTrue(army(w).stream().filter(u -> u.id.startsWith("held")).allMatch(u -> u.zone() == w.sim.world().zone("village-a")
        && !u.moving() && !u.idleAtStation()));
  }

  @Test
  void aForceIgnoresAWarningOutsideItsMandateOrOfAnAttackAlreadyOver() {
    QuietVillages w = withArmy(units("company", 2, 10, "village-b"),
        t -> t.withArray("actors").forEach(a -> {
          if (a.get("id").asText().equals("army")) {
            ((ObjectNode) a.get("mandate")).putArray("zones").add("village-b");
          }
        }));
    w.sim.stateForces().warned(w.actor("army"), w.prepare("village-a"));
    assertTrue(w.of(EngineEvent.StateForcesResponded.class).isEmpty());
    Attack over = new Attack(999, w.actor("armed-group"), w.sim.world().zone("village-b"), 0, 5);
    w.sim.stateForces().warned(w.actor("army"), over);
    assertTrue(army(w).stream().allMatch(UnitAgent::idleAtStation));
  }

  /**
   * A responder holds the zone until responseHoldHours (here 10) after the attack's hour: it arrives
   * about 3 hours after being sent (15 km at 5 km/h) and stays until then, whenever it was warned.
   */
  @Test
  void aResponderHoldsTheZoneUntilTheHoldAfterTheAttacksHour() {
    QuietVillages w = withArmy(units("company", 1, 10, "village-b"),
        t -> t.with("parameters").put("responseHoldHours", 10).put("deterrenceStrength", 100_000));
    for (int h = 0; h < 5; h++) {
      w.sim.stepTick();
    }
    Attack attack = w.prepare("village-a");
    long due = attack.executeAt;
    w.sim.stateForces().warned(w.actor("army"), attack);
    UnitAgent unit = army(w).get(0);
    int villageA = w.sim.world().zone("village-a");
    long arrived = -1;
    long left = -1;
    while (w.sim.tick() < due + 30 && left < 0) {
      w.sim.stepTick();
      if (arrived < 0 && unit.zone() == villageA) {
        arrived = w.sim.tick();
      }
      if (arrived >= 0 && unit.zone() != villageA) {
        left = w.sim.tick();
      }
    }
    assertTrue(arrived > 0 && arrived <= 5 + 5, "arrived at " + arrived);
    assertTrue(Math.abs(left - (due + 10)) <= 1, "left at " + left + " where the hold ends at " + (due + 10));
  }

  // ------------------------------------------------------------------ abuses

  @Test
  void aForceAbusesWithItsPredationOrLackOfRestraintTimesItsStrength() {
    QuietVillages restrained = withArmy(units("company", 1, 10, "village-b"),
        t -> t.with("parameters").put("stateAbuseRatePerDay", 1.0).put("stateAbuseCasualties", 50));
    ActorState army = restrained.state("army");
    army.predation = 0;
    army.ihlCompliance = 1;
    for (int d = 0; d < 10; d++) {
      restrained.sim.stateForces().daily();
    }
    assertTrue(restrained.of(EngineEvent.Abuse.class).isEmpty(), "no predation and full restraint: no abuse");
    army.ihlCompliance = 0.5;
    army.strengthFactor = 0;
    for (int d = 0; d < 10; d++) {
      restrained.sim.stateForces().daily();
    }
    assertTrue(restrained.of(EngineEvent.Abuse.class).isEmpty(), "a force with no strength left commits none");
    army.strengthFactor = 2;
    restrained.sim.stateForces().daily();
    List<EngineEvent.Abuse> abuses = restrained.of(EngineEvent.Abuse.class);
    assertEquals(1, abuses.size(), "1 x 0.5 x 2 is certain");
    assertEquals("village-b", abuses.get(0).zone());
    assertEquals(1, abuses.get(0).record());
    assertEquals(1, army.abuses);
    assertTrue(abuses.get(0).casualties() > 0);
    assertTrue(restrained.of(EngineEvent.CivilianHarm.class).stream().anyMatch(h -> h.perpetrator().equals("army")
        && h.zone().equals("village-b") && h.casualties() == abuses.get(0).casualties()));
  }

  @Test
  void aForceAbusesWhereItsUnitsStandByPeopleAndAtHomeWithoutUnits() {
    QuietVillages w = withArmy(units("north", 1, 10, "village-a").andThen(units("south", 1, 10, "village-b")),
        t -> {
          t.with("parameters").put("stateAbuseRatePerDay", 10.0);
          ((ObjectNode) t.get("map").get("zones").get(1)).put("population", 10);
        });
    for (int d = 0; d < 20; d++) {
      w.sim.stateForces().daily();
    }
    long inB = w.of(EngineEvent.Abuse.class).stream().filter(a -> a.zone().equals("village-b")).count();
    assertEquals(20, w.of(EngineEvent.Abuse.class).size());
    assertTrue(inB >= 19, inB + " of 20 abuses in village B, of 4,000 people, against village A's 10");

    QuietVillages away = withArmy(units("company", 1, 10, "base"),
        t -> t.with("parameters").put("stateAbuseRatePerDay", 10.0));
    away.sim.stateForces().warned(away.actor("army"), away.prepare("village-a"));
    assertTrue(army(away).get(0).moving());
    away.sim.stateForces().daily();
    assertEquals("village-b", away.of(EngineEvent.Abuse.class).get(0).zone(), "with every unit on the road, at home");
  }

  @Test
  void aSupportedForceIsSeenWithTheMissionWhereItOperates() {
    QuietVillages w = withArmy(units("company", 1, 10, "village-b"), t -> { });
    w.sim.stateForces().daily();
    assertTrue(w.evidence("mission seen with army").isEmpty());
    w.sim.partnerships().partner(w.state("army"));
    w.sim.stateForces().daily();
    List<EngineEvent.TrustEvidence> seen = w.evidence("mission seen with army");
    assertEquals(1, seen.size());
    assertEquals("elders-b", seen.get(0).from());
  }

  // ------------------------------------------------------------------ the patrol choice

  /** Twenty idle units of the battalion at the base, each setting out every hour it is asked. */
  private static QuietVillages patrolling(Consumer<ObjectNode> edit) {
    return QuietVillages.start(t -> {
      t.with("parameters").put("patrolProbabilityPerHour", 1.0);
      TestScenarios.actor(t, "battalion").putArray("units").addObject().put("id", "platoon").put("role", "TROOPS")
          .put("count", 20).put("strength", 10);
      edit.accept(t);
    });
  }

  private static long to(QuietVillages w, String zone) {
    return w.of(EngineEvent.PatrolStarted.class).stream().filter(p -> p.zone().equals(zone)).count();
  }

  @Test
  void idleUnitsPatrolTheZonesOfTheMandateAlikeWhenTheZonesAreAlike() {
    QuietVillages w = patrolling(t -> { });
    w.sim.posture().step();
    long a = to(w, "village-a");
    long b = to(w, "village-b");
    assertTrue(a + b >= 19, (a + b) + " of 20 set out for the villages");
    assertTrue(a >= 4 && b >= 4, a + " to A and " + b + " to B");
    List<EngineEvent.PatrolStarted> started = w.of(EngineEvent.PatrolStarted.class);
    assertTrue(started.stream().allMatch(p -> p.etaHours() > 0));
    w.sim.posture().step();
    assertEquals(started.size(), w.of(EngineEvent.PatrolStarted.class).size(), "units on patrol are not idle");
  }

  @Test
  void aPatrolGoesWhereMorePeopleAreExposed() {
    QuietVillages w = patrolling(t -> ((ObjectNode) t.get("map").get("zones").get(2)).put("vulnerability", 0.001));
    w.sim.posture().step();
    assertTrue(to(w, "village-a") >= 19, to(w, "village-a") + " of 20 to the exposed village");
  }

  @Test
  void aPatrolGoesWhereAttacksAreKnown() {
    QuietVillages w = patrolling(t -> { });
    w.zone("village-b").knownAttacks = 1000;
    w.sim.posture().step();
    assertTrue(to(w, "village-b") >= 19, to(w, "village-b") + " of 20 to the attacked village");
  }

  @Test
  void aPatrolAvoidsAZoneThatAlreadyHasPresence() {
    QuietVillages w = patrolling(t -> { });
    w.zone("village-a").deterrent = 1000;
    w.sim.posture().step();
    assertTrue(to(w, "village-b") >= 19, to(w, "village-b") + " of 20 to the village without presence");
  }

  @Test
  void noPatrolWhereTheMandateCoversNoOneExposedNorByUnitsWithoutPresence() {
    QuietVillages w = patrolling(t -> {
      ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate")).putArray("zones").add("village-a");
      ((ObjectNode) t.get("map").get("zones").get(1)).put("vulnerability", 0);
    });
    w.sim.posture().step();
    assertTrue(w.of(EngineEvent.PatrolStarted.class).isEmpty());

    QuietVillages staff = QuietVillages.start(t -> {
      t.with("parameters").put("patrolProbabilityPerHour", 1.0);
      TestScenarios.actor(t, "battalion").putArray("units").addObject().put("id", "clerks").put("role", "CIVILIAN_STAFF")
          .put("count", 5).put("strength", 10);
    });
    staff.sim.posture().step();
    assertTrue(staff.of(EngineEvent.PatrolStarted.class).isEmpty(), "staff show no presence");
  }

  @Test
  void onlyAMandateToProtectPatrolOrMonitorSendsPatrols() {
    QuietVillages w = patrolling(t -> { });
    assertTrue(ForcePosture.patrols(w.state("battalion").spec.mandate()));
    assertTrue(ForcePosture.patrols(w.state("elders-a").spec.mandate()), "monitoring");
    assertFalse(ForcePosture.patrols(w.state("relief").spec.mandate()));
    assertFalse(ForcePosture.patrols(w.state("armed-group").spec.mandate()));
    QuietVillages protect = patrolling(t -> ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate"))
        .putArray("tasks").add("PROTECT_CIVILIANS"));
    assertTrue(ForcePosture.patrols(protect.state("battalion").spec.mandate()));
    QuietVillages patrol = patrolling(t -> ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate"))
        .putArray("tasks").add("PATROL"));
    assertTrue(ForcePosture.patrols(patrol.state("battalion").spec.mandate()));

    QuietVillages escorts = patrolling(t -> ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate"))
        .putArray("tasks").add("ESCORT"));
    escorts.sim.posture().step();
    assertTrue(escorts.of(EngineEvent.PatrolStarted.class).isEmpty(), "a force mandated only to escort does not patrol");
  }

  /** The attacker counts wherever it stands in the scenario's list, the first actor too. */
  @Test
  void theAttackersStrengthCountsWhereverItIsListed() {
    QuietVillages w = QuietVillages.start(t -> {
      t.with("parameters").put("deterrenceStrength", 40).put("referencePopulation", 4000);
      ArrayNode actors = t.withArray("actors");
      for (int i = 0; i < actors.size(); i++) {
        if (actors.get(i).get("id").asText().equals("armed-group")) {
          actors.insert(0, actors.remove(i));
          break;
        }
      }
    });
    assertEquals(0, w.actor("armed-group"));
    w.state("armed-group").strengthFactor = 2;
    assertEquals(80, w.sim.posture().needed(w.prepare("village-a")), 1e-9);
  }

  /** The guards of a site face an attack on it wherever their client stands in the scenario's list, the first actor too. */
  @Test
  void theGuardsOfTheFirstListedActorsSiteFaceAnAttackOnIt() {
    QuietVillages w = QuietVillages.start(t -> {
      ArrayNode actors = t.withArray("actors");
      for (int i = 0; i < actors.size(); i++) {
        if (actors.get(i).get("id").asText().equals("relief")) {
          actors.insert(0, actors.remove(i));
          break;
        }
      }
      TestScenarios.actor(t, "relief").put("homeZone", "village-a");
      ObjectNode c = actors.addObject();
      c.put("id", "guards").put("name", "Guard company").put("kind", "PRIVATE_SECURITY")
          .put("homeZone", "village-a").put("client", "relief");
      c.putArray("units").addObject().put("id", "post").put("role", "GUARDS").put("strength", 10);
      c.putObject("mandate").putArray("tasks").add("GUARD");
      ObjectNode comms = c.putObject("communication");
      comms.putArray("languages").add("en");
      comms.putArray("media").add("RADIO");
      c.putObject("dispositions").put("ihlCompliance", 0.5);
    });
    assertEquals(0, w.actor("relief"));
    Attack onTheSite = new Attack(999, w.actor("armed-group"), w.sim.world().zone("village-a"), 0, 36);
    onTheSite.site = 0;
    assertEquals(10 * w.p().guardProtectionWeight(), w.sim.posture().presence(onTheSite), 1e-12);
  }
}
