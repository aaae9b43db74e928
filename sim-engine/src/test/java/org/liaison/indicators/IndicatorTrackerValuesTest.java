package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;

/**
 * Every indicator the tracker computes, from hand-built events on the two-villages test world,
 * against values worked out by hand. The world has one mission actor (the battalion) and four
 * others: the elders of villages A and B (community groups), an armed group and a relief NGO.
 */
class IndicatorTrackerValuesTest {
  private final IndicatorTracker tracker = new IndicatorTracker(TestScenarios.load("two-villages"));

  private void feed(EngineEvent... events) {
    for (EngineEvent e : events) {
      tracker.on(e);
    }
  }

  private double value(Indicator i) {
    return tracker.value(i);
  }

  private static EngineEvent.TrustEvidence evidence(long tick, String from, String to, double r, double s) {
    return new EngineEvent.TrustEvidence(tick, from, to, 0, 0, "test", r, s);
  }

  @Test
  void beforeTheFirstTickEndsRatiosAreNotObservedAndTrustIsTheUninformedHalf() {
    assertTrue(Double.isNaN(value(Indicator.WARNING_COVERAGE)));
    assertTrue(Double.isNaN(value(Indicator.MEAN_LATENCY_HOURS)));
    assertEquals(0.5, value(Indicator.TRUST_IN_MISSION), 1e-12);
    assertEquals(0.5, value(Indicator.MISSION_TRUST_IN_OTHERS), 1e-12);
    assertEquals(1.0, value(Indicator.TRUST_UNCERTAINTY), 1e-12, "no evidence at all: uncertainty is whole");
  }

  @Test
  void trustIsTheBestExpectedTrustOfEachActorAveragedOverAllAndByKind() {
    feed(evidence(0, "elders-a", "battalion", 3, 0), // 4 / 5 = 0.8
        evidence(0, "armed-group", "battalion", 0, 2), // 1 / 4 = 0.25
        evidence(0, "relief", "battalion", 1, 1), // 2 / 4 = 0.5; elders-b has none: 0.5
        new EngineEvent.TrustPriorSet(0, "battalion", "elders-b", 4, 0), // 5 / 6
        new EngineEvent.TickEnded(0));
    assertEquals((0.8 + 0.5 + 0.25 + 0.5) / 4, value(Indicator.TRUST_IN_MISSION), 1e-12);
    assertEquals((0.8 + 0.5) / 2, value(Indicator.TRUST_IN_MISSION_COMMUNITY), 1e-12);
    assertEquals(0.25, value(Indicator.TRUST_IN_MISSION_FACTION), 1e-12);
    assertEquals(0.5, value(Indicator.TRUST_IN_MISSION_NGO), 1e-12);
    assertTrue(Double.isNaN(value(Indicator.TRUST_IN_MISSION_IO)), "no international organisation");
    assertTrue(Double.isNaN(value(Indicator.TRUST_IN_MISSION_AUTHORITY)), "no local authority");
    assertTrue(Double.isNaN(value(Indicator.TRUST_IN_MISSION_SECURITY_COMPANY)), "no security company");
    assertEquals((0.5 + 5.0 / 6 + 0.5 + 0.5) / 4, value(Indicator.MISSION_TRUST_IN_OTHERS), 1e-12);
    double uncertainty = (2.0 / 5 + 1) + (1 + 2.0 / 6) + (2.0 / 4 + 1) + (2.0 / 4 + 1);
    assertEquals(uncertainty / 8, value(Indicator.TRUST_UNCERTAINTY), 1e-12);
    assertEquals((0.8 + 0.5 + 0.25 + 0.5) / 4, value(Indicator.SCORE_TRUST), 1e-12,
        "the trust component is trust in the mission");
  }

  @Test
  void trustDensityCountsOrderedPairsWhosePositiveEvidenceOutweighsTheNegative() {
    feed(evidence(0, "elders-a", "battalion", 3, 0),
        evidence(0, "relief", "battalion", 1, 1),
        evidence(0, "elders-a", "elders-b", 2, 1),
        new EngineEvent.TickEnded(0));
    assertEquals(2.0 / 20, value(Indicator.TRUST_DENSITY), 1e-12, "two of the 5 x 4 ordered pairs; 1 to 1 is not above");
    feed(evidence(1, "elders-a", "battalion", 4, 0), new EngineEvent.TickEnded(1));
    assertEquals(2.0 / 20, value(Indicator.TRUST_DENSITY), 1e-12, "a pair already counted is not counted twice");
    feed(evidence(2, "elders-a", "battalion", 1, 2), new EngineEvent.TickEnded(2));
    assertEquals(1.0 / 20, value(Indicator.TRUST_DENSITY), 1e-12, "a pair that turns negative leaves the count");
    feed(evidence(3, "stranger", "battalion", 5, 0), evidence(3, "battalion", "stranger", 5, 0),
        new EngineEvent.TickEnded(3));
    assertEquals(1.0 / 20, value(Indicator.TRUST_DENSITY), 1e-12, "actors not in the scenario are ignored");
  }

  @Test
  void theMissionsTrustInOthersFadesWithTheForgettingFactorToo() {
    feed(evidence(0, "battalion", "elders-b", 4, 2), new EngineEvent.TickEnded(0));
    assertEquals((0.5 * 3 + 5.0 / 8) / 4, value(Indicator.MISSION_TRUST_IN_OTHERS), 1e-12);
    feed(new EngineEvent.TickEnded(48));
    double f = 0.98 * 0.98;
    double faded = (4 * f + 1) / (6 * f + 2);
    assertEquals((0.5 * 3 + faded) / 4, value(Indicator.MISSION_TRUST_IN_OTHERS), 1e-12);
    assertEquals(((1 + 1 + 1 + 1) + (1 + 1 + 1 + 2 / (6 * f + 2))) / 8, value(Indicator.TRUST_UNCERTAINTY), 1e-12);
  }

  @Test
  void withTwoMissionActorsEachActorCountsItsBestTrustAndUncertaintyAveragesOverBoth() {
    IndicatorTracker two = new IndicatorTracker(TestScenarios.load("two-villages", t -> {
      TestScenarios.actor(t, "relief").put("mission", true);
      var actors = TestScenarios.array(t, "actors");
      for (int i = actors.size() - 1; i >= 0; i--) {
        String id = actors.get(i).get("id").asText();
        if (id.equals("elders-b") || id.equals("armed-group")) {
          actors.remove(i);
        }
      }
    }));
    for (EngineEvent e : new EngineEvent[] {evidence(24, "elders-a", "battalion", 3, 1),
        evidence(24, "elders-a", "relief", 0, 2), evidence(24, "battalion", "elders-a", 4, 2),
        new EngineEvent.TickEnded(24), new EngineEvent.TickEnded(72)}) {
      two.on(e);
    }
    double f = 0.98 * 0.98;
    assertEquals((3 * f + 1) / (4 * f + 2), two.value(Indicator.TRUST_IN_MISSION), 1e-12,
        "the elders' trust in the battalion, faded over the two days since, beats their trust in the NGO");
    assertEquals((4 * f + 1) / (6 * f + 2), two.value(Indicator.MISSION_TRUST_IN_OTHERS), 1e-12);
    double uncertainty = 2 / (4 * f + 2) + 2 / (2 * f + 2) + 2 / (6 * f + 2) + 1;
    assertEquals(uncertainty / 4, two.value(Indicator.TRUST_UNCERTAINTY), 1e-12,
        "one actor, two mission actors, trust each way");
  }

  @Test
  void messagesAreCountedAndTheirLatencyAveragedOverThoseDelivered() {
    feed(new EngineEvent.MessageSent(1, 1, "WARNING", "elders-a", "battalion", "MOBILE", false),
        new EngineEvent.MessageSent(1, 2, "WARNING", "elders-a", "battalion", "MOBILE", false),
        new EngineEvent.MessageSent(1, 3, "WARNING", "elders-b", "battalion", "MOBILE", true),
        new EngineEvent.MessageSent(1, 4, "WARNING", "elders-b", "battalion", "MOBILE", false),
        new EngineEvent.MessageDelivered(2, 1, "WARNING", "elders-a", "battalion", 1.5),
        new EngineEvent.MessageDelivered(4, 3, "WARNING", "elders-b", "battalion", 3.5),
        new EngineEvent.MessageMisunderstood(4, 3, "WARNING", "elders-b", "battalion"),
        new EngineEvent.MessageLost(2, 2, "WARNING", "elders-a", "battalion", "no signal"),
        new EngineEvent.MessageIntercepted(2, 4, "WARNING", "elders-b", "battalion", "armed-group"),
        new EngineEvent.TickEnded(4));
    assertEquals(4.0, value(Indicator.MESSAGES_SENT));
    assertEquals(2.0, value(Indicator.MESSAGES_DELIVERED));
    assertEquals(1.0, value(Indicator.MESSAGES_LOST));
    assertEquals(1.0, value(Indicator.MESSAGES_INTERCEPTED));
    assertEquals(1.0, value(Indicator.MESSAGES_MISUNDERSTOOD));
    assertEquals(2.5, value(Indicator.MEAN_LATENCY_HOURS), 1e-12);
    assertEquals((2.0 / 4 + (1 - 1.0 / 2)) / 2, value(Indicator.SCORE_COMMUNICATION), 1e-12,
        "delivery 2 of 4, understanding 1 of 2; no attack ended, so coverage is not observed");
  }

  @Test
  void attacksAreCountedAndAWarningCountsOnceForItsLeadAndItsCoverage() {
    feed(new EngineEvent.AttackPrepared(1, 1, "armed-group", "village-a", 20),
        new EngineEvent.AttackPrepared(1, 2, "armed-group", "village-b", 22),
        new EngineEvent.AttackPrepared(1, 3, "armed-group", "village-b", 30),
        new EngineEvent.AttackWarned(4, 1, "elders-a", "battalion", 16),
        new EngineEvent.AttackWarned(6, 1, "elders-b", "battalion", 14),
        new EngineEvent.AttackWarned(8, 2, "elders-b", "battalion", 14),
        new EngineEvent.AttackDeterred(20, 1, "armed-group", "village-a", 10),
        new EngineEvent.AttackExecuted(22, 2, "armed-group", "village-b", 0, 4),
        new EngineEvent.TickEnded(22));
    assertEquals(3.0, value(Indicator.ATTACKS_PREPARED));
    assertEquals(1.0, value(Indicator.ATTACKS_DETERRED));
    assertEquals(1.0, value(Indicator.ATTACKS_EXECUTED));
    assertEquals(1.0, value(Indicator.WARNING_COVERAGE), 1e-12, "both ended attacks were warned of");
    assertEquals(15.0, value(Indicator.MEAN_WARNING_LEAD_HOURS), 1e-12, "the second warning of attack 1 is not counted");
    assertEquals(0.5, value(Indicator.SCORE_ATTACKS_PREVENTED), 1e-12);
    assertEquals(0.0, value(Indicator.MISSION_INCIDENTS), "no protection was present where the attack struck");
    feed(new EngineEvent.AttackExecuted(30, 3, "armed-group", "village-b", 0, 0), new EngineEvent.TickEnded(30));
    assertEquals(2.0 / 3, value(Indicator.WARNING_COVERAGE), 1e-12, "a warning is not carried over to a later attack");
  }

  @Test
  void responseTimesAverageOnlyResponsesToAnAttack() {
    feed(new EngineEvent.ResponseArrived(5, "patrol", "village-a", 0, 3),
        new EngineEvent.ResponseArrived(9, "patrol", "village-b", 4, 7),
        new EngineEvent.ResponseArrived(12, "patrol", "village-b", -1, 40),
        new EngineEvent.TickEnded(12));
    assertEquals(5.0, value(Indicator.MEAN_RESPONSE_HOURS), 1e-12, "attack 0 counts, a patrol with no attack (-1) does not");
  }

  @Test
  void harmDisplacementAccessAndConductAddUp() {
    feed(new EngineEvent.CivilianHarm(2, "village-a", "armed-group", 3, "attack 1"),
        new EngineEvent.CivilianHarm(5, "village-b", "armed-group", 4, "attack 2"),
        new EngineEvent.Displacement(6, "village-b", 150, 3850),
        new EngineEvent.Displacement(7, "village-a", 50, 3950),
        new EngineEvent.AidPlanned(1, 1, "relief", "village-a", false, false),
        new EngineEvent.AidPlanned(1, 2, "relief", "village-b", false, false),
        new EngineEvent.AidPlanned(1, 3, "relief", "village-b", true, true),
        new EngineEvent.AidPlanned(1, 4, "relief", "village-a", false, false),
        new EngineEvent.AidDelivered(6, 1, "relief", "village-a", 0.3),
        new EngineEvent.AidBlocked(6, 2, "relief", "village-b", "access denied"),
        new EngineEvent.MandateDeviation(7, "battalion", "DELIVER_AID", "village-a", "order"),
        new EngineEvent.ComplianceViolation(7, "armed-group", "village-b", "battalion"),
        new EngineEvent.ComplianceViolation(8, "armed-group", "village-a", "battalion"),
        new EngineEvent.TickEnded(8));
    assertEquals(7.0, value(Indicator.CIVILIAN_CASUALTIES));
    assertEquals(200.0, value(Indicator.PEOPLE_DISPLACED));
    assertEquals(0.25, value(Indicator.HUMANITARIAN_ACCESS), 1e-12);
    assertEquals(1.0, value(Indicator.MANDATE_DEVIATIONS));
    assertEquals(2.0, value(Indicator.COMPLIANCE_VIOLATIONS));
    assertEquals(0.0, value(Indicator.MISSION_INCIDENTS), "a blocked convoy is a mission incident only for that reason");
    double casualtyScale = 8100 / 1000.0;
    assertEquals(casualtyScale / (casualtyScale + 7), value(Indicator.SCORE_CIVILIAN_HARM), 1e-12);
    assertEquals(8100 * 0.025 / (8100 * 0.025 + 200), value(Indicator.SCORE_DISPLACEMENT), 1e-12);
    assertEquals(2.0 / (2 + 3), value(Indicator.SCORE_CONDUCT), 1e-12);
    assertEquals(0.25, value(Indicator.SCORE_HUMANITARIAN_ACCESS), 1e-12);
  }

  @Test
  void inclusionCountsEachCommunityZoneOnceAndOnlyWhileTakingPart() {
    feed(new EngineEvent.InclusionChanged(0, "elders-a", "village-a", 4000, false, false),
        new EngineEvent.TickEnded(0));
    assertEquals(0.0, value(Indicator.INCLUSIVITY), 1e-12, "a group leaving coordination adds nothing");
    assertEquals(0.0, value(Indicator.MARGINALISED_INCLUSION), 1e-12);
    feed(new EngineEvent.InclusionChanged(1, "elders-a", "village-a", 4000, false, true),
        new EngineEvent.InclusionChanged(2, "elders-a", "village-a", 4000, false, true),
        new EngineEvent.InclusionChanged(2, "battalion", "base", 100, false, true),
        new EngineEvent.TickEnded(2));
    assertEquals(0.5, value(Indicator.INCLUSIVITY), 1e-12, "village A once; the base has no community group");
    assertEquals(0.0, value(Indicator.MARGINALISED_INCLUSION), 1e-12, "village A is not marginalised");
  }

  @Test
  void aZoneLeavesTheInclusionMeasureWhenItsLastGroupLeavesCoordination() {
    feed(new EngineEvent.InclusionChanged(0, "elders-a", "village-a", 4000, false, true),
        new EngineEvent.InclusionChanged(0, "elders-a2", "village-a", 4000, false, true),
        new EngineEvent.TickEnded(0));
    assertEquals(0.5, value(Indicator.INCLUSIVITY), 1e-12);
    feed(new EngineEvent.InclusionChanged(1, "elders-a", "village-a", 4000, false, false), new EngineEvent.TickEnded(1));
    assertEquals(0.5, value(Indicator.INCLUSIVITY), 1e-12, "another group of village A still takes part");
    feed(new EngineEvent.InclusionChanged(2, "elders-a2", "village-a", 4000, false, false), new EngineEvent.TickEnded(2));
    assertEquals(0.0, value(Indicator.INCLUSIVITY), 1e-12, "nobody of village A takes part any more");
  }

  @Test
  void indicatorsAreFoundByTheirKeysInDeclarationOrder() {
    feed(new EngineEvent.CivilianHarm(2, "village-a", "armed-group", 3, "attack 1"), new EngineEvent.TickEnded(2));
    assertEquals(3.0, tracker.value("civilianCasualties"));
    assertThrows(IllegalArgumentException.class, () -> tracker.value("casualties"));
    assertEquals(Indicator.values().length, IndicatorTracker.keys().size());
    assertEquals("trustInMission", IndicatorTracker.keys().get(0));
    assertEquals("scoreCommunication", IndicatorTracker.keys().get(Indicator.values().length - 1));
    assertEquals(Indicator.Category.OUTCOMES, Indicator.CIVILIAN_CASUALTIES.category());
    assertEquals("Civilians killed or injured", Indicator.CIVILIAN_CASUALTIES.description());
  }
}
