package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.scenario.Scenario;

/** Trackers sharing a scenario's facts each forget trust by their own run's parameters. */
class IndicatorTrackerFactsTest {
  @Test
  void theForgettingTableFollowsEachRunsParameters() {
    Scenario slow = TestScenarios.load("two-villages", t -> t.with("parameters").put("trustForgettingPerDay", 0.95));
    Scenario fast = slow.withParameters(TestScenarios.load("two-villages",
        t -> t.with("parameters").put("trustForgettingPerDay", 0.8)).parameters());
    IndicatorTracker.Facts facts = IndicatorTracker.Facts.of(slow);
    IndicatorTracker first = new IndicatorTracker(slow, facts);
    IndicatorTracker second = new IndicatorTracker(fast, facts);
    IndicatorTracker third = new IndicatorTracker(slow, facts);
    for (long hours : new long[] {1, 30, 24 * 3 + 5}) {
      assertEquals(new IndicatorTracker(slow).decay(hours), first.decay(hours));
      assertEquals(new IndicatorTracker(fast).decay(hours), second.decay(hours));
      assertEquals(Math.pow(0.8, hours / 24.0), second.decay(hours));
      assertEquals(first.decay(hours), third.decay(hours));
      assertNotEquals(first.decay(hours), second.decay(hours));
    }
  }
}
