package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.junit.jupiter.api.Test;

class IndicatorTrackerTest {
  private final IndicatorTracker tracker = new IndicatorTracker(TestScenarios.load("two-villages"));

  private void feed(EngineEvent... events) {
    for (EngineEvent e : events) {
      tracker.on(e);
    }
  }

  @Test
  void warningCoverageIsTheShareOfEndedAttacksWarnedBeforeTheyEnded() {
    feed(new EngineEvent.AttackWarned(3, 1, "elders-a", "battalion", 20),
        new EngineEvent.AttackDeterred(23, 1, "armed-group", "village-a", 30),
        new EngineEvent.AttackExecuted(30, 2, "armed-group", "village-b", 0, 5),
        new EngineEvent.AttackWarned(40, 2, "elders-b", "battalion", 0),
        new EngineEvent.TickEnded(40));
    assertEquals(0.5, tracker.value(Indicator.WARNING_COVERAGE), 1e-12);
    assertEquals(10.0, tracker.value(Indicator.MEAN_WARNING_LEAD_HOURS), 1e-12);
  }

  @Test
  void ratiosWithNothingToCountReadOne() {
    feed(new EngineEvent.TickEnded(0));
    assertEquals(1.0, tracker.value(Indicator.WARNING_COVERAGE));
    assertEquals(1.0, tracker.value(Indicator.HUMANITARIAN_ACCESS));
  }

  @Test
  void indicatorsChangeOnlyAtTheEndOfATick() {
    feed(new EngineEvent.CivilianHarm(5, "village-a", "armed-group", 7, "attack 1"));
    assertEquals(0.0, tracker.value(Indicator.CIVILIAN_CASUALTIES));
    feed(new EngineEvent.TickEnded(5));
    assertEquals(7.0, tracker.value(Indicator.CIVILIAN_CASUALTIES));
  }

  @Test
  void inclusivityWeighsZonesByPopulationAndCountsMarginalisedZonesApart() {
    feed(new EngineEvent.InclusionChanged(0, "elders-b", "village-b", 4000, true, true),
        new EngineEvent.TickEnded(0));
    assertEquals(0.5, tracker.value(Indicator.INCLUSIVITY), 1e-12);
    assertEquals(1.0, tracker.value(Indicator.MARGINALISED_INCLUSION), 1e-12);
  }

  @Test
  void trustInTheMissionFadesWithTheForgettingFactorBetweenEvents() {
    feed(new EngineEvent.TrustEvidence(0, "elders-a", "battalion", 3, 0, "test", 3, 0),
        new EngineEvent.TickEnded(0));
    double now = tracker.value(Indicator.TRUST_IN_MISSION_COMMUNITY);
    assertEquals((4.0 / 5.0 + 0.5) / 2, now, 1e-12);
    feed(new EngineEvent.TickEnded(24));
    double r = 3 * 0.98;
    assertEquals(((r + 1) / (r + 2) + 0.5) / 2, tracker.value(Indicator.TRUST_IN_MISSION_COMMUNITY), 1e-12);
  }

  @Test
  void theCompositeScoreIsHundredWhenEverythingIsPerfect() {
    double[] v = new double[Indicator.values().length];
    v[Indicator.TRUST_IN_MISSION.ordinal()] = 1;
    v[Indicator.WARNING_COVERAGE.ordinal()] = 1;
    v[Indicator.HUMANITARIAN_ACCESS.ordinal()] = 1;
    v[Indicator.INCLUSIVITY.ordinal()] = 1;
    assertEquals(100.0, Score.composite(v, new org.liaison.scenario.ScoreWeights(null, null, null), 20, 2), 1e-9);
    v[Indicator.CIVILIAN_CASUALTIES.ordinal()] = 20;
    assertEquals(100.0 - 40.0 * 0.5 / 5, Score.composite(v,
        new org.liaison.scenario.ScoreWeights(null, null, null), 20, 2), 1e-9);
  }
}
