package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/** MSEL entries' expected responses are checked as met, late or missed, and feed the objective ratings. */
class ExpectedResponseTest {
  private static final CoordinationAction ALERTS = CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-a");

  /** Runs 3 days, taking the alert network after the given ticks (or never if negative). */
  private static Exercise run(long respondAfter, List<EngineEvent> events) {
    Exercise ex = Desk.exercise(2, 3, events);
    while (!ex.finished()) {
      if (ex.completed() == respondAfter) {
        assertTrue(ex.take("commander", ALERTS).taken());
      }
      if (ex.advanceTick() == Exercise.Stop.DECISION) {
        ex.pendingDecisions().forEach(p -> ex.choose(p.role(), p.id(), p.defaultOption()));
      }
    }
    return ex;
  }

  private static List<EngineEvent.ExpectedResponseChecked> checks(List<EngineEvent> events, int inject) {
    return Desk.of(events, EngineEvent.ExpectedResponseChecked.class).stream().filter(c -> c.inject() == inject).toList();
  }

  private static ObjectiveRater.Criterion criterion(Exercise ex, String startsWith) {
    return ex.result().objectives().get(0).criteria().stream().filter(c -> c.description().startsWith(startsWith))
        .findFirst().orElseThrow();
  }

  @Test
  void aResponseWithinTheHoursIsMetAndCountsForTheObjective() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = run(10, events);
    List<EngineEvent.ExpectedResponseChecked> c = checks(events, 1);
    assertEquals(1, c.size());
    assertEquals("met", c.get(0).outcome());
    assertEquals(3, c.get(0).hoursAfterInject(), "fired at tick 6, answered at the desk after tick 9 (events carry tick 9)");
    assertTrue(criterion(ex, "MSEL 1").met());
  }

  @Test
  void aResponseAfterTheHoursIsMissedThenLateAndDoesNotCount() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = run(40, events);
    List<String> outcomes = checks(events, 1).stream().map(EngineEvent.ExpectedResponseChecked::outcome).toList();
    assertEquals(List.of("missed", "late"), outcomes);
    assertEquals(31, checks(events, 1).get(0).tick(), "missed once the 24 hours after 06:00 have passed");
    ObjectiveRater.Criterion criterion = criterion(ex, "MSEL 1");
    assertFalse(criterion.met());
    assertTrue(criterion.measured().startsWith("late:"), criterion.measured());
  }

  @Test
  void noResponseAtAllIsMissed() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = run(-1, events);
    assertEquals(List.of("missed"), checks(events, 1).stream().map(EngineEvent.ExpectedResponseChecked::outcome).toList());
    assertTrue(criterion(ex, "MSEL 1").measured().startsWith("missed:"));
  }

  @Test
  void aDecisionOptionThatTakesTheExpectedActionCountsAsTheResponse() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(2, 3, events);
    ex.advanceUntilAttention();
    ex.choose("civil-affairs", "dp-first-day", "wait");
    while (ex.advanceUntilAttention() != Exercise.Stop.FINISHED) {
      ex.pendingDecisions().forEach(p -> ex.choose(p.role(), p.id(), "decline"));
    }
    List<EngineEvent.ExpectedResponseChecked> c = checks(events, 2);
    assertEquals("met", c.get(0).outcome());
    assertEquals(3, c.get(0).hoursAfterInject(), "request at 01:00, decided at the 04:00 decision point");
  }
}
