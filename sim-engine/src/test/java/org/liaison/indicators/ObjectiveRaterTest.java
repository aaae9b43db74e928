package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.ObjectiveRater.Rating;
import org.liaison.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ObjectiveRaterTest {
  @Test
  void theShareOfCriteriaMetGivesTheRating() {
    assertEquals(Rating.P, ObjectiveRater.rate(3, 3));
    assertEquals(Rating.S, ObjectiveRater.rate(2, 3));
    assertEquals(Rating.M, ObjectiveRater.rate(1, 3));
    assertEquals(Rating.U, ObjectiveRater.rate(0, 3));
    assertEquals(Rating.M, ObjectiveRater.rate(1, 2));
    assertEquals(Rating.U, ObjectiveRater.rate(1, 4));
    assertEquals(Rating.N, ObjectiveRater.rate(0, 0), "nothing rated: not rated, neither met nor failed");
  }

  @Test
  void anExpectedResponseCountsOnlyIfTakenWithinItsHoursAfterTheInjectFired() {
    Scenario s = TestScenarios.load("two-villages");
    IndicatorTracker tracker = new IndicatorTracker(s);
    tracker.on(new EngineEvent.TickEnded(0));
    ObjectiveRater onTime = new ObjectiveRater(s);
    onTime.on(new EngineEvent.InjectFired(6, 1, "INJECT", "control", "commander", "m", "protect"));
    onTime.on(new EngineEvent.ActionTaken(20, "SET_UP_ALERT_NETWORK", "battalion", "elders-a", null, null, 10, "t"));
    ObjectiveRater late = new ObjectiveRater(s);
    late.on(new EngineEvent.InjectFired(6, 1, "INJECT", "control", "commander", "m", "protect"));
    late.on(new EngineEvent.ActionTaken(31, "SET_UP_ALERT_NETWORK", "battalion", "elders-a", null, null, 10, "t"));
    List<ObjectiveRater.ObjectiveRating> a = onTime.rate(tracker);
    List<ObjectiveRater.ObjectiveRating> b = late.rate(tracker);
    // casualties 0 <= 10 met, coverage not observed (no attack ended), response on time or not
    assertEquals(Rating.P, a.get(0).rating());
    assertEquals(Rating.M, b.get(0).rating());
    assertEquals(2, b.get(0).total(), "the criterion not observed is not rated");
    assertEquals(ObjectiveRater.Status.NOT_OBSERVED, b.get(0).criteria().stream()
        .filter(c -> c.description().contains("warningCoverage") || c.measured().contains("warningCoverage"))
        .findFirst().orElseThrow().status());
  }

  @Test
  void theMeasuredTextSaysWhatTheRunShowedWhenItWasRatedEvenIfReadLater() {
    Scenario s = TestScenarios.load("two-villages");
    IndicatorTracker tracker = new IndicatorTracker(s);
    tracker.on(new EngineEvent.TickEnded(0));
    ObjectiveRater readAtOnce = new ObjectiveRater(s);
    ObjectiveRater readLater = new ObjectiveRater(s);
    for (ObjectiveRater rater : List.of(readAtOnce, readLater)) {
      rater.on(new EngineEvent.InjectFired(6, 1, "INJECT", "control", "commander", "m", "protect"));
      rater.on(new EngineEvent.TickEnded(10));
    }
    List<String> atOnce = readAtOnce.rate(tracker).get(0).criteria().stream().map(ObjectiveRater.Criterion::measured).toList();
    List<ObjectiveRater.ObjectiveRating> later = readLater.rate(tracker);
    readLater.on(new EngineEvent.TickEnded(40));
    tracker.on(new EngineEvent.TickEnded(40));

    assertEquals(atOnce, later.get(0).criteria().stream().map(ObjectiveRater.Criterion::measured).toList());
    assertTrue(atOnce.stream().anyMatch(m -> m.startsWith("not observed: the run ended 4 h after")),
        "the response's window was still open at the rating: " + atOnce);
  }
}
