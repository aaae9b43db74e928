package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;
import org.liaison.comms.Message;
import org.liaison.comms.MessageKind;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Effect;
import org.liaison.scenario.EffectKind;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;

/**
 * Mechanism tests for seasons and closed roads, medium outages and fallback, language, formality
 * and hub kinds (tests with exact outcomes, except the one on misunderstanding, which compares two
 * arms over fixed seeds with a Mann-Whitney U test).
 */
class SpaceAndCommunicationTest {
  private final List<EngineEvent> events = new ArrayList<>();

  /** The two-villages world with no attacks and no patrols of the force's own, edited. */
  private LiaisonSim started(Consumer<ObjectNode> edit) {
    return started(edit, 1);
  }

  private LiaisonSim started(Consumer<ObjectNode> edit, long seed) {
    Scenario s = TestScenarios.load("two-villages", t -> {
      t.with("parameters").put("attackRatePerDay", 0).put("patrolProbabilityPerHour", 0)
          .put("situationReportsPerDay", 0).put("falseAlarmRatePerDay", 0);
      edit.accept(t);
    });
    EventBus bus = new EventBus();
    bus.subscribe(events::add);
    LiaisonSim sim = new LiaisonSim(s, seed, new NoCoordination(), bus);
    sim.start();
    return sim;
  }

  private static ObjectNode season(ObjectNode tree, String id, int fromDay) {
    ObjectNode season = tree.withArray("seasons").addObject();
    season.put("id", id).put("name", "Rains").putObject("from").put("day", fromDay);
    return season;
  }

  private static UnitAgent patrol(LiaisonSim sim) {
    return sim.world().actors[sim.world().actor("battalion")].units.get(0);
  }

  /** Ticks until the unit reaches the zone, or -1 if it has not within the limit. */
  private static int ticksToReach(LiaisonSim sim, UnitAgent unit, String zone, int limit) {
    int z = sim.world().zone(zone);
    unit.sendTo(sim, z, -1);
    for (int t = 1; t <= limit; t++) {
      sim.stepTick();
      if (unit.zone() == z) {
        return t;
      }
    }
    return -1;
  }

  @Test
  void aRainySeasonThatHalvesTheTerrainDoublesTheTimeToReachAZone() {
    LiaisonSim dry = started(t -> { });
    LiaisonSim wet = started(t -> season(t, "rains", 1).put("terrain", 0.5));
    wet.stepTick();
    dry.stepTick();
    // 30 km from the base's centre to village B's at 20 km/h: 1.5 hours dry, 3 in the rains.
    assertEquals(1.5, patrol(dry).hoursTo(dry, dry.world().zones[dry.world().zone("village-b")]), 1e-9);
    assertEquals(3.0, patrol(wet).hoursTo(wet, wet.world().zones[wet.world().zone("village-b")]), 1e-9);
    assertEquals(2, ticksToReach(dry, patrol(dry), "village-b", 48));
    assertEquals(3, ticksToReach(wet, patrol(wet), "village-b", 48));
  }

  @Test
  void aClosedZoneStopsEveryMoveThatCrossesItUntilItReopens() {
    LiaisonSim sim = started(t -> { });
    sim.stepTick();
    sim.apply(new Effect(EffectKind.ROAD_CLOSED, "village-a", null, null, null, null, 12, null));
    UnitAgent unit = patrol(sim);
    var villageB = sim.world().zones[sim.world().zone("village-b")];
    assertTrue(Double.isInfinite(unit.hoursTo(sim, villageB)), "the straight way from the base to village B crosses village A");
    while (sim.tick() < 13) {
      sim.stepTick();
    }
    assertEquals(1.5, unit.hoursTo(sim, villageB), 1e-9);
    assertEquals(2, ticksToReach(sim, unit, "village-b", 48));
    assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.RoadAccessChanged r
        && r.zone().equals("village-a") && r.speedFactor() == 0 && r.tick() == 0));
    assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.RoadAccessChanged r
        && r.zone().equals("village-a") && r.speedFactor() == 1 && r.tick() == 12));
  }

  @Test
  void aUnitWhoseWayClosesWhileItTravelsTurnsBackToItsStation() {
    LiaisonSim sim = started(t -> { });
    UnitAgent unit = patrol(sim);
    unit.sendTo(sim, sim.world().zone("village-b"), -1);
    sim.stepTick();
    assertTrue(unit.moving() && unit.x() > 5);
    sim.apply(new Effect(EffectKind.ROAD_CLOSED, "village-b", null, null, null, null, 48, null));
    for (int i = 0; i < 4; i++) {
      sim.stepTick();
    }
    assertEquals(sim.world().zone("base"), unit.zone());
  }

  @Test
  void aClosedLinkBetweenTwoZonesStopsOnlyMovesBetweenThem() {
    LiaisonSim sim = started(t -> {
      ObjectNode closure = season(t, "rains", 1).putArray("closures").addObject();
      closure.putArray("between").add("base").add("village-a");
    });
    sim.stepTick();
    UnitAgent unit = patrol(sim);
    assertTrue(Double.isInfinite(unit.hoursTo(sim, sim.world().zones[sim.world().zone("village-a")])));
    assertEquals(1.5, unit.hoursTo(sim, sim.world().zones[sim.world().zone("village-b")]), 1e-9);
  }

  @Test
  void theMissionCannotDeployWhereNoRoadLeadsAndSaysSo() {
    LiaisonSim sim = started(t -> season(t, "rains", 1).putArray("closures").addObject().put("zone", "village-a"));
    sim.stepTick();
    assertEquals("no protecting unit is free", sim.actions().preconditionRefusal(
        new CoordinationAction(ActionType.DEPLOY_UNITS, null, null, "village-a", null, null, null, null, null)).text());
  }

  @Test
  void aConvoyToAZoneCutOffByTheRainsIsBlockedAsAccessDeniedByTheRoad() {
    LiaisonSim sim = started(t -> {
      season(t, "rains", 1).putArray("closures").addObject().put("zone", "village-a");
      ((ObjectNode) t.with("map").withArray("zones").get(2)).put("need", 0);
    });
    for (int i = 0; i < 24 * 4; i++) {
      sim.stepTick();
    }
    List<EngineEvent.AidPlanned> planned = events.stream().filter(EngineEvent.AidPlanned.class::isInstance)
        .map(EngineEvent.AidPlanned.class::cast).toList();
    List<EngineEvent.AidBlocked> blocked = events.stream().filter(EngineEvent.AidBlocked.class::isInstance)
        .map(EngineEvent.AidBlocked.class::cast).toList();
    assertFalse(planned.isEmpty());
    assertEquals(planned.size(), blocked.size());
    assertTrue(blocked.stream().allMatch(b -> b.reason().equals("road closed") && b.zone().equals("village-a")));
  }

  @Test
  void aCourierIsSlowedByMuddyRoadsAndLostOnAClosedOne() {
    LiaisonSim sim = started(t -> t.withArray("channels").addObject().put("id", "runner").put("from", "elders-a")
        .put("to", "battalion").put("medium", "COURIER").put("latencyHours", 2).put("reliability", 1.0));
    int elders = sim.world().actor("elders-a");
    int battalion = sim.world().actor("battalion");
    sim.comms().send(MessageKind.SITUATION_REPORT, elders, battalion, -1, 0);
    sim.apply(new Effect(EffectKind.ROAD_CLOSED, "village-a", null, null, null, 0.5, 24, null));
    sim.comms().send(MessageKind.SITUATION_REPORT, elders, battalion, -1, 0);
    List<Message> flying = sim.comms().inFlight();
    assertEquals(2, flying.get(0).dueAt());
    assertEquals(4, flying.get(1).dueAt());
    sim.apply(new Effect(EffectKind.ROAD_CLOSED, null, null, null, null, 0.0, 24, null, null, List.of("village-a", "base")));
    sim.comms().send(MessageKind.SITUATION_REPORT, elders, battalion, -1, 0);
    assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.MessageLost l && l.reason().equals("road closed")));
  }

  @Test
  void anOutageStopsTheMediumInItsZonesOnlyAndCoversChannelsOpenedDuringIt() {
    LiaisonSim sim = started(t -> {
      ArrayNode channels = t.withArray("channels");
      channels.addObject().put("id", "a-mobile").put("from", "elders-a").put("to", "battalion").put("medium", "MOBILE");
      channels.addObject().put("id", "b-mobile").put("from", "elders-b").put("to", "battalion").put("medium", "MOBILE");
    });
    sim.apply(new Effect(EffectKind.MEDIUM_DOWN, null, null, null, null, null, 48, Medium.MOBILE,
        List.of("village-a"), null));
    assertTrue(sim.comms().byId("a-mobile").downAt(10));
    assertFalse(sim.comms().byId("b-mobile").downAt(10));
    sim.actions().asActions("test", org.liaison.policy.DecisionLog.Phase.DESK, "commander", null)
        .take(CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"));
    assertTrue(sim.comms().channels().stream().filter(c -> c.id.startsWith("alert-elders-a"))
        .allMatch(c -> c.medium == Medium.MOBILE && c.downAt(10) && !c.downAt(48)));
    assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.MediumOutage o
        && o.medium().equals("MOBILE") && o.zones().equals("village-a") && o.untilTick() == 48));
  }

  @Test
  void whenItsPhonesAreDeadACommunitySendsARunnerOverAMediumBothSidesUse() {
    LiaisonSim sim = started(t -> t.withArray("channels").addObject().put("id", "a-mobile").put("from", "elders-a")
        .put("to", "battalion").put("medium", "MOBILE"));
    sim.apply(new Effect(EffectKind.MEDIUM_DOWN, "village-a", null, null, null, null, 48, Medium.MOBILE));
    int elders = sim.world().actor("elders-a");
    int battalion = sim.world().actor("battalion");
    sim.comms().send(MessageKind.SITUATION_REPORT, elders, battalion, -1, 0);
    EngineEvent.MessageSent sent = events.stream().filter(EngineEvent.MessageSent.class::isInstance)
        .map(EngineEvent.MessageSent.class::cast).reduce((a, b) -> b).orElseThrow();
    assertEquals("fallback-elders-a-battalion-face_to_face", sent.channel());
    assertFalse(events.stream().anyMatch(e -> e instanceof EngineEvent.MessageLost));
  }

  @Test
  void channelsOpenedDuringTheExerciseTakeTheAreasQualityOfTheirMedium() {
    LiaisonSim sim = started(t -> t.putObject("media").putObject("MOBILE").put("reliability", 0.6).put("interception", 0.2));
    sim.actions().asActions("test", org.liaison.policy.DecisionLog.Phase.DESK, "commander", null)
        .take(CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"));
    var alert = sim.comms().channels().stream().filter(c -> c.id.startsWith("alert-elders-a")).findFirst().orElseThrow();
    assertEquals(0.6, alert.reliability);
    assertEquals(0.2, alert.interception);
    assertEquals(0.5, alert.latencyHours);
  }

  @Test
  void scenarioChannelsThatLeaveTheirQualityOutTakeTheMediumsAndKeepWhatTheyGive() {
    LiaisonSim sim = started(t -> {
      t.putObject("media").putObject("MOBILE").put("reliability", 0.6).put("interception", 0.2);
      var channels = t.withArray("channels");
      channels.addObject().put("id", "elders-line").put("from", "elders-a").put("to", "battalion").put("medium", "MOBILE");
      channels.addObject().put("id", "given").put("from", "elders-b").put("to", "battalion").put("medium", "MOBILE")
          .put("latencyHours", 3.0).put("reliability", 0.99).put("interception", 0.0);
      // 30 km from the base to village B's elders on a radio that reaches 20 km: it loses 1 % a km beyond.
      t.with("media").putObject("RADIO").put("rangeKm", 20.0);
      channels.addObject().put("id", "far-radio").put("from", "elders-b").put("to", "battalion").put("medium", "RADIO");
    });
    var byId = sim.comms().channels().stream().collect(Collectors.toMap(c -> c.id, c -> c));
    assertEquals(0.5, byId.get("elders-line").latencyHours);
    assertEquals(0.6, byId.get("elders-line").reliability);
    assertEquals(0.2, byId.get("elders-line").interception);
    assertEquals(3.0, byId.get("given").latencyHours);
    assertEquals(0.99, byId.get("given").reliability);
    assertEquals(0.0, byId.get("given").interception);
    assertEquals(0.95 - 0.01 * 10, byId.get("far-radio").reliability, 1e-9);
    assertEquals(0.1, byId.get("far-radio").interception);
  }

  @Test
  void withNoOtherMediumInCommonTheMessageIsLostWhileTheOutageLasts() {
    LiaisonSim sim = started(t -> {
      t.withArray("channels").addObject().put("id", "a-mobile").put("from", "elders-a")
          .put("to", "battalion").put("medium", "MOBILE");
      ((ObjectNode) TestScenarios.actor(t, "elders-a").get("communication")).putArray("media").add("MOBILE");
    });
    sim.apply(new Effect(EffectKind.MEDIUM_DOWN, "village-a", null, null, null, null, 48, Medium.MOBILE));
    sim.comms().send(MessageKind.SITUATION_REPORT, sim.world().actor("elders-a"), sim.world().actor("battalion"), -1, 0);
    assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.MessageLost l && l.reason().equals("channel down")));
  }

  /** Share of 200 messages from village B's elders to the battalion that arrive misunderstood. */
  private double misunderstoodShare(long seed, boolean interpreters) {
    events.clear();
    LiaisonSim sim = started(t -> {
      ((ObjectNode) TestScenarios.actor(t, "elders-b").get("communication")).putArray("languages");
      t.withArray("channels").addObject().put("id", "b-radio").put("from", "elders-b").put("to", "battalion")
          .put("medium", "RADIO").put("reliability", 1.0).put("capacityPerHour", 1000);
    }, seed);
    if (interpreters) {
      sim.world().interpreters.add("sg");
    }
    for (int i = 0; i < 200; i++) {
      sim.comms().send(MessageKind.SITUATION_REPORT, sim.world().actor("elders-b"), sim.world().actor("battalion"), -1, 0);
    }
    return sim.comms().inFlight().stream().filter(Message::misunderstood).count() / 200.0;
  }

  @Test
  void aCommunityWithoutALanguageOfItsOwnSpeaksItsZonesAndIsMisunderstoodMoreWithoutInterpreters() {
    double[] without = new double[30];
    double[] with = new double[30];
    for (int i = 0; i < 30; i++) {
      without[i] = misunderstoodShare(100 + i, false);
      with[i] = misunderstoodShare(100 + i, true);
    }
    double p = new MannWhitneyUTest().mannWhitneyUTest(without, with);
    double meanWithout = java.util.Arrays.stream(without).average().orElseThrow();
    assertTrue(p < 0.01 && meanWithout > java.util.Arrays.stream(with).average().orElseThrow(),
        "misunderstood " + meanWithout + " without interpreters, p = " + p);
  }

  @Test
  void aFormalForceChecksAnInformalTipBeforeActingUnlessAnAlertNetworkCarriesIt() {
    LiaisonSim sim = started(t -> {
      ((ObjectNode) TestScenarios.actor(t, "battalion").get("dispositions")).put("formality", 0.9);
      ((ObjectNode) TestScenarios.actor(t, "elders-a").get("dispositions")).put("formality", 0.1);
      t.withArray("hubs").addObject().put("id", "alert").put("name", "Alert line").put("kind", "ALERT_NETWORK")
          .putArray("members").add("battalion").add("elders-a");
    });
    int elders = sim.world().actor("elders-a");
    int battalion = sim.world().actor("battalion");
    Message tip = new Message(1, MessageKind.EARLY_WARNING, elders, battalion, 0, 0, 1, false, 1);
    // 6 hours times a formality gap of 0.8, rounded.
    assertEquals(5, sim.handling().verificationHours(tip, -1));
    assertEquals(0, sim.handling().verificationHours(tip, alertHub(sim)));
    sim.world().actors[elders].alertNetwork = true;
    assertEquals(0, sim.handling().verificationHours(tip, -1));
  }

  private static int alertHub(LiaisonSim sim) {
    for (int h = 0; h < sim.world().hubs.length; h++) {
      if (sim.world().hubs[h].kind() == org.liaison.scenario.HubKind.ALERT_NETWORK) {
        return sim.world().actors.length + h;
      }
    }
    throw new IllegalStateException("no alert network hub");
  }

  @Test
  void hubKindsPassMessagesOnAtTheirOwnPaceAndOnlyAForumBuildsAcquaintance() {
    LiaisonSim sim = started(t -> {
      ArrayNode hubs = t.withArray("hubs");
      for (String kind : List.of("CIMIC_CELL", "ALERT_NETWORK", "FORUM", "DATA_PLATFORM")) {
        hubs.addObject().put("id", kind.toLowerCase()).put("name", kind).put("kind", kind)
            .putArray("members").add("battalion").add("elders-a");
      }
    });
    int n = sim.world().actors.length;
    assertEquals(List.of(1.0, 0.0, 12.0, 2.0), List.of(sim.handling().relayHours(n), sim.handling().relayHours(n + 1),
        sim.handling().relayHours(n + 2), sim.handling().relayHours(n + 3)));
    int elders = sim.world().actor("elders-a");
    int battalion = sim.world().actor("battalion");
    double before = sim.trust().expected(battalion, elders, 0);
    Message m = new Message(1, MessageKind.SITUATION_REPORT, elders, battalion, 0, 0, 1, false, -1);
    sim.handling().passedOn(m, n + 3);
    assertEquals(before, sim.trust().expected(battalion, elders, 0), 0);
    sim.handling().passedOn(m, n + 2);
    assertTrue(sim.trust().expected(battalion, elders, 0) > before);
  }

  /** Events of one kind from the run. */
  private <T extends EngineEvent> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** A warning from village A's elders to the battalion through a hub of which the armed group is a member. */
  private void warnThroughAHubWithTheArmedGroupIn(String kind) {
    events.clear();
    LiaisonSim sim = started(t -> {
      t.withArray("hubs").addObject().put("id", "hub").put("name", "Hub").put("kind", kind)
          .putArray("members").add("battalion").add("elders-a").add("armed-group");
      t.withArray("channels").addObject().put("id", "elders-hub").put("from", "elders-a").put("to", "hub")
          .put("medium", "MOBILE").put("reliability", 1.0).put("interception", 0.0);
    });
    World w = sim.world();
    sim.violence().prepareAttack(w.actors[w.actor("armed-group")], w.zone("village-a"));
    sim.comms().send(MessageKind.EARLY_WARNING, w.actor("elders-a"), w.actor("battalion"), w.attacks.get(0).id, sim.tick());
    for (int h = 0; h < 6; h++) {
      sim.stepTick();
    }
    assertEquals(1, of(EngineEvent.MessageDelivered.class).stream().filter(d -> d.kind().equals("EARLY_WARNING")).count());
  }

  @Test
  void aWarningPostedOnADataPlatformIsReadByTheArmedGroupsThatAreMembersAndExposesTheInformants() {
    warnThroughAHubWithTheArmedGroupIn("DATA_PLATFORM");
    EngineEvent.MessageIntercepted read = of(EngineEvent.MessageIntercepted.class).get(0);
    assertEquals("armed-group", read.interceptor());
    assertEquals("elders-a", read.from());
    EngineEvent.InformantTargeted reprisal = of(EngineEvent.InformantTargeted.class).get(0);
    assertEquals("elders-a", reprisal.community());

    warnThroughAHubWithTheArmedGroupIn("CIMIC_CELL");
    assertTrue(of(EngineEvent.MessageIntercepted.class).isEmpty(), "a coordination cell does not post what it passes on");
    assertTrue(of(EngineEvent.InformantTargeted.class).isEmpty());
  }

  @Test
  void theSameSeedGivesTheSameEventLogWithSeasonsClosuresAndOutages() {
    Scenario s = TestScenarios.load("two-villages", t -> {
      ObjectNode rains = season(t, "rains", 2).put("terrain", 0.4);
      rains.putObject("to").put("day", 6);
      rains.putArray("closures").addObject().put("zone", "village-a").put("speedFactor", 0.2);
      ObjectNode outage = (ObjectNode) t.withArray("msel").get(0);
      ArrayNode effects = outage.putArray("effects");
      effects.addObject().put("kind", "MEDIUM_DOWN").put("medium", "MOBILE").put("zone", "village-b").put("hours", 72);
      effects.addObject().put("kind", "ROAD_CLOSED").putArray("between").add("base").add("village-b");
      ((ObjectNode) effects.get(1)).put("hours", 48);
    });
    String first = log(s, 42);
    assertEquals(first, log(s, 42));
    assertTrue(first.contains("SeasonChanged") && first.contains("RoadAccessChanged") && first.contains("MediumOutage"));
  }

  private static String log(Scenario s, long seed) {
    return Runs.run(s, seed, new DoctrinePolicy()).events().stream().map(Object::toString)
        .collect(Collectors.joining("\n"));
  }
}
