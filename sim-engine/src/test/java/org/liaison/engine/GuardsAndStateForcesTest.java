package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.read.InvalidScenarioException;
import org.liaison.scenario.read.ScenarioReader;

/**
 * Mechanism tests with exact outcomes for private security guards (site protection, warnings,
 * escalation, the mission's relationship under the company's contract) and state forces (patrols,
 * deterrence, abuses, support under due diligence).
 */
class GuardsAndStateForcesTest {
  private final List<EngineEvent> events = new ArrayList<>();

  private LiaisonSim started(Consumer<ObjectNode> edit) {
    EventBus bus = new EventBus();
    bus.subscribe(events::add);
    LiaisonSim sim = new LiaisonSim(TestScenarios.load("two-villages", t -> {
      addCompany(t);
      addArmy(t);
      edit.accept(t);
    }), 1, new NoCoordination(), bus);
    sim.start();
    return sim;
  }

  /** A company guarding the relief NGO's site in village A, where the NGO is based, with two posts of ten. */
  private static void addCompany(ObjectNode t) {
    TestScenarios.actor(t, "relief").put("homeZone", "village-a");
    ObjectNode c = t.withArray("actors").addObject();
    c.put("id", "guards").put("name", "Guard company").put("kind", "PRIVATE_SECURITY")
        .put("homeZone", "village-a").put("client", "relief");
    c.putArray("units").addObject().put("id", "post").put("role", "GUARDS").put("count", 2).put("strength", 10);
    c.putObject("mandate").putArray("tasks").add("GUARD");
    ObjectNode comms = c.putObject("communication");
    comms.putArray("languages").add("en");
    comms.putArray("media").add("RADIO");
    c.putObject("dispositions").put("ihlCompliance", 0.5);
    var channels = t.withArray("channels");
    channels.addObject().put("id", "guards-relief").put("from", "guards").put("to", "relief").put("medium", "RADIO");
  }

  /** A state army company of 40 troops stationed in village B. */
  private static void addArmy(ObjectNode t) {
    ObjectNode a = t.withArray("actors").addObject();
    a.put("id", "army").put("name", "National army").put("kind", "STATE_FORCES").put("homeZone", "village-b");
    a.putArray("units").addObject().put("id", "army-company").put("role", "TROOPS").put("strength", 40);
    a.putObject("mandate").putArray("tasks").add("PATROL");
    ObjectNode comms = a.putObject("communication");
    comms.putArray("languages").add("fr");
    comms.putArray("media").add("RADIO");
    a.putObject("dispositions").put("ihlCompliance", 0.2).put("predation", 0.3);
  }

  private static void parameter(ObjectNode t, String name, double value) {
    t.with("parameters").put(name, value);
  }

  private static void trust(ObjectNode t, String from, String to, double value) {
    t.withArray("trust").addObject().put("from", from).put("to", to).put("value", value).put("confidence", 20);
  }

  private <T extends EngineEvent> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  // ------------------------------------------------------------------ private security

  /** An attack by the armed group on village A, aimed at the relief NGO's site or at the village's people. */
  private static Attack onVillageA(World w, long id, boolean atSite) {
    Attack a = new Attack(id, w.actor("armed-group"), w.zone("village-a"), 0, 36);
    a.site = atSite ? w.actor("relief") : -1;
    return a;
  }

  @Test
  void guardsProtectTheirClientsSiteNotTheVillageAroundIt() {
    LiaisonSim sim = started(t -> { });
    World w = sim.world();
    double weight = sim.parameters().guardProtectionWeight();
    assertEquals(0, w.zones[w.zone("village-a")].deterrent, 1e-12, "the guards add nothing to the village's presence");
    assertEquals(w.actor("relief"), sim.privateSecurity().guardedSiteIn(w.zone("village-a")));
    assertEquals(2 * 10 * weight, sim.posture().presence(onVillageA(w, 99, true)), 1e-12);
    assertTrue(sim.posture().deterrence(onVillageA(w, 99, true)) > 0);
    assertTrue(sim.posture().exposure(onVillageA(w, 99, true)) < 1);
    assertEquals(0, sim.posture().deterrence(onVillageA(w, 98, false)), 1e-12);
    assertEquals(1, sim.posture().exposure(onVillageA(w, 98, false)), 1e-12);
    // Village B has the same population and only the army company, which is weighed apart.
    double army = 40 * sim.parameters().stateForceProtectionWeight();
    assertEquals(army, w.zones[w.zone("village-b")].deterrent, 1e-12);
    assertEquals(-1, sim.privateSecurity().guardedSiteIn(w.zone("village-b")));

    LiaisonSim away = started(t -> TestScenarios.actor(t, "relief").put("homeZone", "base"));
    World a = away.world();
    assertEquals(-1, away.privateSecurity().guardedSiteIn(a.zone("village-a")), "posts where the client is not guard nothing");
    assertEquals(0, away.posture().presence(onVillageA(a, 97, true)), 1e-12);
  }

  @Test
  void aShareOfTheAttacksOnAVillageWithAGuardedSiteAimAtTheSite() {
    LiaisonSim sim = started(t -> parameter(t, "siteAttackShare", 0.25));
    World w = sim.world();
    ActorState group = w.actors[w.actor("armed-group")];
    int atSite = 0;
    for (int i = 0; i < 400; i++) {
      sim.violence().prepareAttack(group, w.zone("village-a"));
      sim.violence().prepareAttack(group, w.zone("village-b"));
    }
    for (Attack a : w.attacks) {
      if (a.zone == w.zone("village-b")) {
        assertEquals(-1, a.site, "no site is guarded in village B");
      } else if (a.site == w.actor("relief")) {
        atSite++;
      }
    }
    double p = new org.apache.commons.math3.distribution.BinomialDistribution(400, 0.25).cumulativeProbability(atSite);
    assertTrue(p > 0.005 && p < 0.995, atSite + " of 400 at the site");
  }

  @Test
  void guardsWarnTheirClientAndTheMissionOnlyOnceItHasAnArrangementWithThem() {
    LiaisonSim sim = started(t -> {
      parameter(t, "unitObservationProbabilityPerHour", 1);
      trust(t, "guards", "battalion", 0.0);
      t.withArray("channels").addObject().put("id", "guards-battalion").put("from", "guards")
          .put("to", "battalion").put("medium", "RADIO");
    });
    World w = sim.world();
    sim.violence().prepareAttack(w.actors[w.actor("armed-group")], w.zone("village-a"));
    sim.stepTick();
    List<String> to = of(EngineEvent.MessageSent.class).stream()
        .filter(m -> m.from().equals("guards") && m.kind().equals("EARLY_WARNING")).map(EngineEvent.MessageSent::to).toList();
    assertEquals(List.of("relief"), to, "a company that distrusts the mission warns only its client");
    assertTrue(of(EngineEvent.AttackDetected.class).stream().anyMatch(d -> d.observer().equals("guards")));

    events.clear();
    sim.partnerships().partner(w.actors[w.actor("guards")]);
    sim.violence().prepareAttack(w.actors[w.actor("armed-group")], w.zone("village-a"));
    sim.stepTick();
    assertTrue(of(EngineEvent.MessageSent.class).stream().anyMatch(m -> m.from().equals("guards")
        && m.to().equals("battalion") && m.kind().equals("EARLY_WARNING")));
  }

  @Test
  void anArmedResponseEscalatesOnlyAsTheCompanysComplianceAllows() {
    LiaisonSim reckless = started(t -> {
      parameter(t, "guardEscalationProbability", 1);
      parameter(t, "guardEscalationHarm", 1);
      TestScenarios.actor(t, "guards").with("dispositions").put("ihlCompliance", 0.0);
    });
    World w = reckless.world();
    assertEquals(0, reckless.privateSecurity().engage(onVillageA(w, 98, false), 20), "an attack on the village's people is not theirs");
    assertTrue(of(EngineEvent.GuardsEngaged.class).isEmpty());
    int extra = reckless.privateSecurity().engage(onVillageA(w, 99, true), 20);
    EngineEvent.GuardsEngaged engaged = of(EngineEvent.GuardsEngaged.class).get(0);
    assertTrue(engaged.escalated());
    assertEquals(2, engaged.posts());
    assertEquals(extra, engaged.casualties());
    assertTrue(extra > 0);
    assertTrue(of(EngineEvent.CivilianHarm.class).stream()
        .anyMatch(h -> h.perpetrator().equals("guards") && h.casualties() == extra));

    events.clear();
    LiaisonSim disciplined = started(t -> {
      parameter(t, "guardEscalationProbability", 1);
      TestScenarios.actor(t, "guards").with("dispositions").put("ihlCompliance", 1.0);
    });
    World d = disciplined.world();
    assertEquals(0, disciplined.privateSecurity().engage(onVillageA(d, 99, true), 20));
    assertFalse(of(EngineEvent.GuardsEngaged.class).get(0).escalated());
  }

  @Test
  void sharingThreatInformationWithACompanyIsNoMandateDeviationButWithAnArmedGroupItIs() {
    LiaisonSim sim = started(t -> {
      var channels = t.withArray("channels");
      channels.addObject().put("id", "b-guards").put("from", "battalion").put("to", "guards").put("medium", "RADIO");
      channels.addObject().put("id", "b-group").put("from", "battalion").put("to", "armed-group").put("medium", "MOBILE");
    });
    assertTrue(sim.actions().execute(CoordinationAction.on(ActionType.SHARE_INFORMATION, "guards"), "test").taken());
    assertTrue(of(EngineEvent.MandateDeviation.class).isEmpty());
    assertTrue(sim.actions().execute(CoordinationAction.on(ActionType.SHARE_INFORMATION, "armed-group"), "test").taken());
    assertEquals(1, of(EngineEvent.MandateDeviation.class).size());
  }

  @Test
  void anArrangementWithACompanyFollowsItsContractNotTheRuleForArmedGroups() {
    LiaisonSim sim = started(t -> {
      trust(t, "guards", "battalion", 0.1);
      ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate")).putArray("noContact").add("guards");
    });
    ActorState company = sim.world().actors[sim.world().actor("guards")];
    assertNull(sim.actions().preconditionRefusal(CoordinationAction.on(ActionType.PARTNER_WITH, "guards")));
    double hostility = company.hostility;
    assertTrue(sim.actions().execute(CoordinationAction.on(ActionType.PARTNER_WITH, "guards"), "test").taken());
    assertTrue(company.partnered);
    assertEquals(1, company.strengthFactor, 0);
    assertEquals(hostility, company.hostility, 0);
    assertNotNull(sim.comms().route(company.index, sim.world().primaryMission()), "the guards get a line to the mission");
    sim.partnerships().daily();
    assertTrue(of(EngineEvent.ComplianceViolation.class).isEmpty());
  }

  // ------------------------------------------------------------------ state forces

  @Test
  void stateForcesPatrolByThemselvesAndCarryTheirDeterrentWithThem() {
    LiaisonSim sim = started(t -> parameter(t, "patrolProbabilityPerHour", 1));
    World w = sim.world();
    var unit = w.actors[w.actor("army")].units.get(0);
    // An idle unit sets out each hour unless the zone it draws is the one it is in.
    for (int h = 0; h < 24 && of(EngineEvent.PatrolStarted.class).stream().noneMatch(p -> p.unit().equals("army-company")); h++) {
      sim.stepTick();
    }
    EngineEvent.PatrolStarted patrol = of(EngineEvent.PatrolStarted.class).stream()
        .filter(p -> p.unit().equals("army-company")).findFirst().orElseThrow();
    int zone = w.zone(patrol.zone());
    assertTrue(unit.moving() || unit.zone() == zone, "the army left village B");
    for (int h = 0; h < 48 && unit.zone() != zone; h++) {
      sim.stepTick();
    }
    assertEquals(zone, unit.zone());
    assertTrue(w.zones[zone].deterrent >= 40 * sim.parameters().stateForceProtectionWeight() - 1e-9);
  }

  @Test
  void supportToStateForcesNeedsTheMandatesLeaveAndTheirConsent() {
    LiaisonSim barred = started(t -> ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate"))
        .putArray("noContact").add("army"));
    assertEquals("army is on the mandate's no-contact list (human rights due diligence)",
        barred.actions().preconditionRefusal(CoordinationAction.on(ActionType.PARTNER_WITH, "army")).text());
    LiaisonSim unwilling = started(t -> trust(t, "army", "battalion", 0.1));
    org.liaison.policy.Refusal reason = unwilling.actions().preconditionRefusal(
        CoordinationAction.on(ActionType.JOINT_TRAINING, "army"));
    assertTrue(reason != null && reason.code() == org.liaison.policy.Refusal.Code.NO_CONSENT
        && reason.args().get(0).equals("army") && reason.text().startsWith("army does not consent to contact"),
        String.valueOf(reason));
  }

  @Test
  void anAbuseBySupportedForcesIsAComplianceViolationAndCostsTheMissionLocalTrust() {
    Consumer<ObjectNode> certain = t -> {
      parameter(t, "stateAbuseRatePerDay", 24);
      parameter(t, "stateAbuseCasualties", 3);
      trust(t, "army", "battalion", 0.7);
    };
    LiaisonSim alone = started(certain);
    World w = alone.world();
    int elders = w.actor("elders-b");
    int m = w.primaryMission();
    double before = alone.trust().expected(elders, m, 0);
    alone.stateForces().daily();
    EngineEvent.Abuse abuse = of(EngineEvent.Abuse.class).get(0);
    assertFalse(abuse.supportedByMission());
    assertEquals(1, abuse.record());
    assertTrue(of(EngineEvent.ComplianceViolation.class).isEmpty(), "an abuse by forces the mission does not support is not its violation");
    assertEquals(before, alone.trust().expected(elders, m, 0), 1e-12);

    events.clear();
    LiaisonSim supported = started(certain);
    w = supported.world();
    ActorState army = w.actors[w.actor("army")];
    assertTrue(supported.actions().execute(CoordinationAction.on(ActionType.PARTNER_WITH, "army"), "test").taken());
    assertEquals(1 + supported.parameters().partnerStrengthGain(), army.strengthFactor, 1e-12);
    double trusted = supported.trust().expected(elders, m, 0);
    supported.stateForces().daily();
    assertTrue(of(EngineEvent.Abuse.class).get(0).supportedByMission());
    assertEquals(1, of(EngineEvent.ComplianceViolation.class).size());
    assertTrue(supported.trust().expected(elders, m, 0) < trusted, "the community where the supported force abused trusts the mission less");
  }

  /** Fighters for the armed group, so that its strength counts in a clash. */
  private static void fighters(ObjectNode t, int strength) {
    TestScenarios.actor(t, "armed-group").putArray("units").addObject().put("id", "fighters")
        .put("role", "FIGHTERS").put("strength", strength);
  }

  /** No attacks, patrols or reports of their own: the tests set the threat up themselves. */
  private static void quiet(ObjectNode t) {
    parameter(t, "attackRatePerDay", 0);
    parameter(t, "patrolProbabilityPerHour", 0);
    parameter(t, "falseAlarmRatePerDay", 0);
    parameter(t, "situationReportsPerDay", 0);
    parameter(t, "missionAttackRatePerDay", 0);
  }

  @Test
  void stateForcesRespondToAWarningFromACommunityThatTrustsThemAndNotFromOneThatDoesNot() {
    Consumer<ObjectNode> line = t -> {
      quiet(t);
      parameter(t, "observationProbabilityPerHour", 1);
      parameter(t, "unitObservationProbabilityPerHour", 0);
      TestScenarios.actor(t, "army").with("communication").withArray("media").add("MOBILE");
      t.withArray("channels").addObject().put("id", "elders-army").put("from", "elders-a").put("to", "army")
          .put("medium", "MOBILE").put("reliability", 1.0);
    };
    LiaisonSim trusted = started(t -> {
      line.accept(t);
      trust(t, "elders-a", "army", 0.95);
    });
    World w = trusted.world();
    var unit = w.actors[w.actor("army")].units.get(0);
    int villageA = w.zone("village-a");
    trusted.violence().prepareAttack(w.actors[w.actor("armed-group")], villageA);
    for (int h = 0; h < 6; h++) {
      trusted.stepTick();
    }
    EngineEvent.StateForcesResponded response = of(EngineEvent.StateForcesResponded.class).get(0);
    assertEquals("army-company", response.unit());
    assertEquals("village-a", response.zone());
    assertEquals(villageA, unit.zone(), "the army company stands in the warned village");
    assertEquals(40 * trusted.parameters().stateForceProtectionWeight(), w.zones[villageA].deterrent, 1e-9);
    assertTrue(of(EngineEvent.ResponseDispatched.class).isEmpty(), "the mission was not told and sent no one");

    events.clear();
    LiaisonSim distrusted = started(t -> {
      line.accept(t);
      trust(t, "elders-a", "army", 0.0);
    });
    World d = distrusted.world();
    distrusted.violence().prepareAttack(d.actors[d.actor("armed-group")], d.zone("village-a"));
    for (int h = 0; h < 6; h++) {
      distrusted.stepTick();
    }
    assertTrue(of(EngineEvent.MessageSent.class).stream().noneMatch(m -> m.to().equals("army")),
        "a community that fears the army does not tell it");
    assertTrue(of(EngineEvent.StateForcesResponded.class).isEmpty());
  }

  @Test
  void aForceThatSeesAThreatWhereItStandsHoldsTheZoneUntilTheAttacksHourHasPassed() {
    LiaisonSim sim = started(t -> {
      quiet(t);
      parameter(t, "patrolProbabilityPerHour", 1);
      parameter(t, "unitObservationProbabilityPerHour", 1);
      parameter(t, "observationProbabilityPerHour", 0);
    });
    World w = sim.world();
    var unit = w.actors[w.actor("army")].units.get(0);
    int villageB = w.zone("village-b");
    sim.violence().prepareAttack(w.actors[w.actor("armed-group")], villageB);
    Attack attack = w.attacks.get(0);
    sim.stepTick();
    assertTrue(of(EngineEvent.AttackDetected.class).stream().anyMatch(a -> a.observer().equals("army")));
    // A patrol each hour would take the company away; the threat it saw keeps it in the village.
    while (sim.tick() <= attack.executeAt) {
      sim.stepTick();
      assertEquals(villageB, unit.zone(), "hour " + sim.tick());
    }
    assertTrue(of(EngineEvent.PatrolStarted.class).stream().noneMatch(p -> p.unit().equals("army-company")));
  }

  @Test
  void inAClashEachSideLosesByTheOthersShareOfTheFightAndTheCrossfireFollowsTheForcesRecord() {
    LiaisonSim sim = started(t -> {
      quiet(t);
      fighters(t, 10);
      parameter(t, "stateClashLossRate", 1);
      parameter(t, "stateClashHarm", 5);
      TestScenarios.actor(t, "army").with("dispositions").put("ihlCompliance", 0.0);
    });
    World w = sim.world();
    ActorState group = w.actors[w.actor("armed-group")];
    var company = w.actors[w.actor("army")].units.get(0);
    int harmedBefore = of(EngineEvent.CivilianHarm.class).size();
    for (long id = 100; of(EngineEvent.Clash.class).stream().noneMatch(EngineEvent.Clash::engaged); id++) {
      sim.stateForces().engage(new Attack(id, group.index, w.zone("village-b"), 0, 36), 10);
    }
    EngineEvent.Clash clash = of(EngineEvent.Clash.class).stream().filter(EngineEvent.Clash::engaged).findFirst().orElseThrow();
    assertEquals(40, clash.soldiers(), 1e-9);
    assertEquals(10, clash.fighters(), 1e-9);
    assertTrue(clash.fightersLost() > 0 && clash.soldiersLost() > 0);
    assertEquals((10.0 - clash.fightersLost()) / 10, group.strengthFactor, 1e-12, "losses lower the group's strength");
    assertEquals(10 - clash.fightersLost(), org.liaison.engine.process.AttacksOnMission.fighters(group), 1e-9);
    EngineEvent.FightersLost lost = of(EngineEvent.FightersLost.class).get(0);
    assertEquals(clash.fightersLost(), lost.lost());
    assertEquals(group.strengthFactor, lost.strength(), 0);
    assertEquals(40 - clash.soldiersLost(), company.strength);
    assertTrue(clash.civilians() > 0);
    assertTrue(of(EngineEvent.CivilianHarm.class).stream().skip(harmedBefore)
        .anyMatch(h -> h.perpetrator().equals("army") && h.casualties() == clash.civilians()));

    events.clear();
    LiaisonSim disciplined = started(t -> {
      quiet(t);
      parameter(t, "stateClashHarm", 5);
      TestScenarios.actor(t, "army").with("dispositions").put("ihlCompliance", 1.0);
    });
    World d = disciplined.world();
    for (long id = 100; id < 120; id++) {
      disciplined.stateForces().engage(new Attack(id, d.actor("armed-group"), d.zone("village-b"), 0, 36), 10);
    }
    // A group without fighters cannot stand: the force always fights, and a disciplined one spares bystanders.
    assertEquals(20, of(EngineEvent.Clash.class).stream().filter(EngineEvent.Clash::engaged).count());
    assertTrue(of(EngineEvent.Clash.class).stream().allMatch(c -> c.civilians() == 0));
  }

  @Test
  void aForceFightsAWeakGroupFarMoreOftenThanAStrongOne() {
    long[] engaged = new long[2];
    int[] strengths = {4, 400};
    for (int k = 0; k < 2; k++) {
      int strength = strengths[k];
      events.clear();
      LiaisonSim sim = started(t -> {
        quiet(t);
        fighters(t, strength);
        parameter(t, "stateClashLossRate", 0);
        parameter(t, "stateClashHarm", 0);
      });
      World w = sim.world();
      for (long id = 100; id < 300; id++) {
        sim.stateForces().engage(new Attack(id, w.actor("armed-group"), w.zone("village-b"), 0, 36), 5);
      }
      engaged[k] = of(EngineEvent.Clash.class).stream().filter(EngineEvent.Clash::engaged).count();
    }
    // 40 soldiers against 4 fighters fight with probability 40/44, against 400 with 40/440.
    long[][] table = {{engaged[0], 200 - engaged[0]}, {engaged[1], 200 - engaged[1]}};
    double p = new org.apache.commons.math3.stat.inference.ChiSquareTest().chiSquareTest(table);
    assertTrue(engaged[0] > engaged[1] && p < 0.01, engaged[0] + " vs " + engaged[1] + ", p = " + p);
  }

  @Test
  void anAttackCarriedOutWhereTheForceStandsEndsInAClash() {
    LiaisonSim sim = started(t -> {
      quiet(t);
      fighters(t, 4);
      parameter(t, "deterrenceStrength", 100_000);
      parameter(t, "unitObservationProbabilityPerHour", 0);
      parameter(t, "observationProbabilityPerHour", 0);
    });
    World w = sim.world();
    sim.violence().prepareAttack(w.actors[w.actor("armed-group")], w.zone("village-b"));
    long due = w.attacks.get(0).executeAt;
    while (sim.tick() <= due) {
      sim.stepTick();
    }
    assertEquals(1, of(EngineEvent.AttackExecuted.class).size());
    EngineEvent.Clash clash = of(EngineEvent.Clash.class).get(0);
    assertEquals("army", clash.actor());
    assertEquals("village-b", clash.zone());
    assertTrue(of(EngineEvent.Clash.class).stream().noneMatch(c -> c.zone().equals("village-a")));
  }

  /** The army free to patrol every zone, with the rains closing village A's roads or not. */
  private LiaisonSim patrolling(boolean rains) {
    return started(t -> {
      quiet(t);
      parameter(t, "patrolProbabilityPerHour", 1);
      parameter(t, "unitObservationProbabilityPerHour", 0);
      if (rains) {
        // The army's only other zones lie through village A, whose roads the rains close.
        ObjectNode season = t.withArray("seasons").addObject();
        season.put("id", "rains").put("name", "Rains").putObject("from").put("day", 1);
        season.putArray("closures").addObject().put("zone", "village-a");
      }
    });
  }

  @Test
  void stateForcesKeepOffClosedRoadsOnPatrolAndInResponse() {
    LiaisonSim dry = patrolling(false);
    for (int h = 0; h < 72; h++) {
      dry.stepTick();
    }
    assertTrue(of(EngineEvent.PatrolStarted.class).stream().anyMatch(p -> p.unit().equals("army-company")),
        "with the roads open the army patrols");

    events.clear();
    LiaisonSim sim = patrolling(true);
    World w = sim.world();
    var unit = w.actors[w.actor("army")].units.get(0);
    for (int h = 0; h < 72; h++) {
      sim.stepTick();
      assertEquals(w.zone("village-b"), unit.zone(), "hour " + sim.tick());
    }
    assertTrue(of(EngineEvent.PatrolStarted.class).stream().noneMatch(p -> p.unit().equals("army-company")));
    sim.violence().prepareAttack(w.actors[w.actor("armed-group")], w.zone("village-a"));
    Attack attack = w.attacks.get(w.attacks.size() - 1);
    sim.stateForces().warned(w.actor("army"), attack);
    assertTrue(of(EngineEvent.StateForcesResponded.class).isEmpty(), "no way into a closed village");
    sim.stepTick();
    assertEquals(w.zone("village-b"), unit.zone());
  }

  // ------------------------------------------------------------------ scenario format

  @Test
  void onlyASecurityCompanyHasAClientAndTheClientMustExist() throws Exception {
    ObjectNode tree = TestScenarios.tree("two-villages");
    addCompany(tree);
    TestScenarios.actor(tree, "relief").put("client", "battalion");
    TestScenarios.actor(tree, "guards").put("client", "nobody");
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> ScenarioReader.readText(TestScenarios.YAML.writeValueAsString(tree), "t.yaml", false));
    assertTrue(e.getMessage().contains("'relief' is NGO; only a PRIVATE_SECURITY company has a client"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown actor 'nobody'"), e.getMessage());
  }
}
