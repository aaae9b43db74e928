package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void ratiosAndMeansWithNothingToCountAreNotObserved() {
    feed(new EngineEvent.TickEnded(0));
    assertTrue(Double.isNaN(tracker.value(Indicator.WARNING_COVERAGE)));
    assertTrue(Double.isNaN(tracker.value(Indicator.HUMANITARIAN_ACCESS)));
    assertTrue(Double.isNaN(tracker.value(Indicator.MEAN_RESPONSE_HOURS)));
    assertTrue(Double.isNaN(tracker.value(Indicator.SCORE_ATTACKS_PREVENTED)));
    assertEquals(0.0, tracker.value(Indicator.CIVILIAN_CASUALTIES), "a count with nothing counted is 0, observed");
    assertFalse(Double.isNaN(tracker.value(Indicator.SCORE)));
  }

  @Test
  void missionIncidentsCountAttacksOnZonesWithMissionPersonnelAndConvoyIncidentsWithItsUnits() {
    feed(new EngineEvent.AttackExecuted(5, 1, "armed-group", "village-a", 0, 3),
        new EngineEvent.AttackExecuted(9, 2, "armed-group", "village-b", 12, 2),
        new EngineEvent.AidBlocked(10, 1, "ngo", "village-b", "access denied"),
        new EngineEvent.AidBlocked(11, 2, "ngo", "village-b", IndicatorTracker.MISSION_INCIDENT),
        new EngineEvent.TickEnded(11));
    assertEquals(2.0, tracker.value(Indicator.MISSION_INCIDENTS));
    assertEquals(2.0 / (2.0 + 2.0), tracker.value(Indicator.SCORE_MISSION_SAFETY), 1e-12);
  }

  @Test
  void theMissionsSafetyIsNotObservedWhileNothingPutItsPeopleAtRisk() {
    feed(new EngineEvent.AttackExecuted(5, 1, "armed-group", "village-a", 0, 3), new EngineEvent.TickEnded(5));
    assertEquals(0.0, tracker.value(Indicator.MISSION_INCIDENTS));
    assertEquals(0.0, tracker.value(Indicator.MISSION_CASUALTIES));
    assertTrue(Double.isNaN(tracker.value(Indicator.SCORE_MISSION_SAFETY)));
  }

  @Test
  void attacksOnTheMissionCountAsIncidentsAndTheirCasualtiesAgainstItsSafety() {
    feed(new EngineEvent.MissionAttacked(5, "armed-group", "village-b", 40, 0.8, 8, 3, 0, false),
        new EngineEvent.MissionAttacked(9, "armed-group", "village-a", 40, 40, 40, 0, 0, false),
        new EngineEvent.TickEnded(9));
    assertEquals(2.0, tracker.value(Indicator.MISSION_INCIDENTS));
    assertEquals(3.0, tracker.value(Indicator.MISSION_CASUALTIES));
    assertEquals(2.0 / (2.0 + 2.0 + 3.0), tracker.value(Indicator.SCORE_MISSION_SAFETY), 1e-12);
  }

  @Test
  void theScoreIndicatorsAreTheComponentsAndTheirWeightedMean() {
    feed(new EngineEvent.CivilianHarm(5, "village-a", "armed-group", 7, "attack 1"),
        new EngineEvent.AttackExecuted(5, 1, "armed-group", "village-a", 0, 7),
        new EngineEvent.TickEnded(5));
    double[] v = tracker.values();
    double[] c = Score.components(v, Score.Scales.of(TestScenarios.load("two-villages")));
    for (Score.Component k : Score.Component.values()) {
      assertEquals(c[k.ordinal()], v[k.indicator().ordinal()], 0, k.key());
    }
    assertEquals(Score.composite(c, org.liaison.scenario.ScoreWeights.defaults()), v[Indicator.SCORE.ordinal()], 1e-12);
    assertEquals(0.0, v[Indicator.SCORE_ATTACKS_PREVENTED.ordinal()], "one attack ended, none deterred");
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
}
