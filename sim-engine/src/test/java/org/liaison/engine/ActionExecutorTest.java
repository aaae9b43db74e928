package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.policy.ActionResult;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ActionExecutorTest {
  private final List<EngineEvent> events = new ArrayList<>();

  private LiaisonSim started(Scenario s) {
    EventBus bus = new EventBus();
    LiaisonSim sim = new LiaisonSim(s, 1, new NoCoordination(), bus);
    bus.subscribe(events::add);
    sim.start();
    sim.schedule.step(sim);
    events.clear();
    return sim;
  }

  private static String state(LiaisonSim sim) {
    StringBuilder b = new StringBuilder();
    b.append(sim.trust().storedPairs()).append('|').append(sim.comms().channels().size()).append('|')
        .append(sim.world().spentToday()).append('|').append(sim.world().standingPerDay()).append('|')
        .append(sim.world().interpreters);
    for (var a : sim.world().actors) {
      b.append('|').append(a.escorted).append(a.partnered).append(a.alertNetwork)
          .append(a.liaisonOfficer).append(a.hostility).append(a.ihlCompliance);
    }
    for (var u : sim.world().units) {
      b.append('|').append(u.zone()).append(u.moving());
    }
    return b.toString();
  }

  @Test
  void aRefusedActionChangesNothingAndIsRecordedWithItsReason() {
    Scenario s = TestScenarios.load("two-villages", t -> TestScenarios.actor(t, "relief")
        .putArray("principles").add("REFUSES_ARMED_ESCORT"));
    LiaisonSim sim = started(s);
    String before = state(sim);
    ActionResult r = sim.actions().execute(CoordinationAction.on(ActionType.ARMED_ESCORT, "relief"), "test");
    assertFalse(r.taken());
    assertEquals(before, state(sim));
    assertEquals(1, events.size());
    EngineEvent.ActionRefused refused = assertInstanceOf(EngineEvent.ActionRefused.class, events.get(0));
    assertTrue(refused.reason().contains("refuses armed escorts"), refused.reason());
  }

  @Test
  void anActionBeyondTheDaysBudgetIsRefusedAndChangesNothing() {
    Scenario s = TestScenarios.load("two-villages", t -> t.putObject("coordination").put("staffHoursPerDay", 5));
    LiaisonSim sim = started(s);
    String before = state(sim);
    ActionResult r = sim.actions().execute(CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"), "test");
    assertFalse(r.taken());
    assertTrue(r.reason().contains("capacity"), r.reason());
    assertEquals(before, state(sim));
  }

  @Test
  void anAlertNetworkTakesEffectThroughANewChannelAndContactEvidence() {
    LiaisonSim sim = started(TestScenarios.load("two-villages"));
    int elders = sim.world().actor("elders-a");
    int battalion = sim.world().actor("battalion");
    double trustBefore = sim.trust().expected(elders, battalion, sim.tick());
    assertEquals(null, sim.comms().route(elders, battalion));
    ActionResult r = sim.actions().execute(CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"), "test");
    assertTrue(r.taken());
    assertTrue(sim.comms().route(elders, battalion) != null);
    assertTrue(sim.trust().expected(elders, battalion, sim.tick()) > trustBefore);
    assertEquals(10.0, sim.world().spentToday());
  }

  @Test
  void anAlertNetworkRunsOnALineOfItsOwnBesideASlowContactOnTheSameMedium() {
    LiaisonSim sim = started(TestScenarios.load("two-villages", t -> t.withArray("channels").addObject()
        .put("id", "ch-slow").put("from", "battalion").put("to", "elders-a").put("medium", "MOBILE")
        .put("latencyHours", 6).put("reliability", 0.5)));
    int elders = sim.world().actor("elders-a");
    int battalion = sim.world().actor("battalion");
    assertEquals("ch-slow", sim.comms().route(elders, battalion).id);
    int channels = sim.comms().channels().size();
    assertTrue(sim.actions().execute(CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"), "test").taken());
    assertEquals(channels + 1, sim.comms().channels().size());
    assertEquals("alert-elders-a-battalion-mobile", sim.comms().route(elders, battalion).id);
  }

  @Test
  void acceptingARequestOutsideTheMandateIsAMandateDeviation() {
    LiaisonSim sim = started(TestScenarios.load("two-villages"));
    sim.actions().execute(new CoordinationAction(ActionType.ACCEPT_REQUEST, "relief", null, null, null,
        null, null, org.liaison.scenario.Task.DELIVER_AID, null), "test");
    assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.MandateDeviation));
  }

  @Test
  void standingActionsKeepChargingEveryDay() {
    LiaisonSim sim = started(TestScenarios.load("two-villages"));
    sim.actions().execute(CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-a"), "test");
    for (int i = 0; i < 24; i++) {
      sim.schedule.step(sim);
    }
    assertEquals(24, sim.tick());
    assertEquals(8.0, sim.world().spentToday());
  }
}
