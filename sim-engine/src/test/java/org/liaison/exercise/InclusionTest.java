package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.engine.Runs;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.IndicatorTracker;
import org.liaison.policy.ActionResult;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Scenario;

/**
 * Mechanism: the inclusion measure counts the communities coordination reaches now. A community's
 * zone leaves it when the last arrangement with the community ends, or when the forum it attended
 * is not convened again within {@code forumLapseDays}; it comes back when the community is reached
 * again.
 */
class InclusionTest {
  private static final CoordinationAction ALERTS_B = CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-b");
  private static final CoordinationAction LO_B = CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-b");

  private static double inclusivity(Scenario scenario, List<EngineEvent> events) {
    IndicatorTracker tracker = new IndicatorTracker(scenario);
    events.forEach(tracker::on);
    return tracker.value(Indicator.INCLUSIVITY);
  }

  /** Advances hours, each decision point taking its default option. */
  private static void advance(Exercise ex, int hours) {
    long until = ex.completed() + hours;
    while (ex.completed() < until && !ex.finished()) {
      if (ex.advance((int) (until - ex.completed()), false) == Exercise.Stop.DECISION) {
        ex.pendingDecisions().forEach(p -> ex.choose(p.role(), p.id(), "wait"));
      }
    }
  }

  private static void taken(ActionResult r) {
    assertTrue(r.taken(), r.reason());
  }

  @Test
  void endingTheLastArrangementWithACommunityTakesItsZoneOutOfTheMeasure() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(1, 4, events);
    taken(ex.take("commander", ALERTS_B));
    taken(ex.take("commander", LO_B));
    advance(ex, 24);
    assertEquals(0.5, inclusivity(Desk.scenario(), events), 1e-9, "village B: 4,000 of the villages' 8,000");
    taken(ex.take("commander", CoordinationAction.ending(ALERTS_B)));
    advance(ex, 1);
    assertEquals(0.5, inclusivity(Desk.scenario(), events), 1e-9, "the officer still reaches village B");
    taken(ex.take("commander", CoordinationAction.ending(LO_B)));
    advance(ex, 1);
    assertEquals(0.0, inclusivity(Desk.scenario(), events), 1e-9, "nothing reaches village B any more");
    assertTrue(Desk.of(events, EngineEvent.InclusionChanged.class).stream()
        .anyMatch(e -> e.actor().equals("elders-b") && !e.included()));
    taken(ex.take("commander", ALERTS_B));
    advance(ex, 1);
    assertEquals(0.5, inclusivity(Desk.scenario(), events), 1e-9, "reached again, counted again");
  }

  @Test
  void aForumNotConvenedAgainLapsesAfterForumLapseDays() {
    CoordinationAction forum = new CoordinationAction(ActionType.HOLD_COORDINATION_FORUM, null, null, null,
        List.of("elders-a"), null, null, null, null);
    Scenario lapsing = TestScenarios.load("two-villages", t -> t.with("parameters").put("forumLapseDays", 3));
    Runs.Recorded run = Runs.run(lapsing, 1, Runs.onDayOne(forum));
    List<EngineEvent.InclusionChanged> changes = run.of(EngineEvent.InclusionChanged.class);
    assertEquals(2, changes.size(), changes.toString());
    assertTrue(changes.get(0).included() && changes.get(0).tick() == 0);
    assertTrue(!changes.get(1).included() && changes.get(1).tick() == 72, "three days after the forum: " + changes);
    assertEquals(0.0, run.result().indicators().get(Indicator.INCLUSIVITY.key()), 1e-9);
    Scenario lasting = TestScenarios.load("two-villages");
    Runs.Recorded kept = Runs.run(lasting, 1, Runs.onDayOne(forum));
    assertTrue(kept.result().indicators().get(Indicator.INCLUSIVITY.key()) > 0,
        "within the default fourteen days the forum still includes village A at the end of an 8-day run");
  }
}
