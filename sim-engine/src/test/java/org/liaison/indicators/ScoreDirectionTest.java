package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.indicators.Score.Component;
import org.liaison.scenario.ScoreWeights;

/**
 * Each component moves the composite score the way the model documents it: harm, displacement,
 * mission incidents and breaches lower it; access, attacks prevented, trust and understood
 * messages raise it, by the component's weight times its change.
 */
class ScoreDirectionTest {
  private static final Score.Scales SCALES = new Score.Scales(100, 2000, 2, 2);

  private static double[] base() {
    double[] v = new double[Indicator.values().length];
    v[Indicator.CIVILIAN_CASUALTIES.ordinal()] = 100;
    v[Indicator.PEOPLE_DISPLACED.ordinal()] = 2000;
    v[Indicator.HUMANITARIAN_ACCESS.ordinal()] = 0.5;
    v[Indicator.ATTACKS_DETERRED.ordinal()] = 1;
    v[Indicator.ATTACKS_EXECUTED.ordinal()] = 1;
    v[Indicator.MISSION_INCIDENTS.ordinal()] = 2;
    v[Indicator.COMPLIANCE_VIOLATIONS.ordinal()] = 1;
    v[Indicator.MANDATE_DEVIATIONS.ordinal()] = 1;
    v[Indicator.TRUST_IN_MISSION.ordinal()] = 0.5;
    v[Indicator.MESSAGES_SENT.ordinal()] = 10;
    v[Indicator.MESSAGES_DELIVERED.ordinal()] = 5;
    v[Indicator.MESSAGES_MISUNDERSTOOD.ordinal()] = 1;
    v[Indicator.WARNING_COVERAGE.ordinal()] = 0.5;
    return v;
  }

  private static double score(Consumer<double[]> change) {
    double[] v = base();
    change.accept(v);
    return Score.composite(Score.components(v, SCALES), ScoreWeights.defaults());
  }

  private static void set(double[] v, Indicator i, double value) {
    v[i.ordinal()] = value;
  }

  @Test
  void eachOutcomeThatWorsensLowersTheScoreByItsWeightedChange() {
    double before = score(v -> { });
    assertEquals(before - 100 * 0.3 * (0.5 - 100.0 / 400), score(v -> set(v, Indicator.CIVILIAN_CASUALTIES, 300)), 1e-9,
        "civilian harm, weight 0.3");
    assertEquals(before - 100 * 0.2 * (0.5 - 2000.0 / 6000), score(v -> set(v, Indicator.PEOPLE_DISPLACED, 4000)), 1e-9,
        "displacement, weight 0.2");
    assertEquals(before - 100 * 0.1 * (0.5 - 2.0 / 8), score(v -> set(v, Indicator.MISSION_INCIDENTS, 6)), 1e-9,
        "mission safety, weight 0.1");
  }

  @Test
  void conductIsReportedButWeighsOnlyWhereAScenarioGivesItAWeight() {
    double before = score(v -> { });
    assertEquals(before, score(v -> set(v, Indicator.MANDATE_DEVIATIONS, 3)), 1e-9,
        "conduct has no weight by default: a deviation leaves the score where it was");
    ScoreWeights weighted = new ScoreWeights(null, null, null, null, null, 0.1, null, null);
    double[] v = base();
    double weightedBefore = Score.composite(Score.components(v, SCALES), weighted);
    set(v, Indicator.MANDATE_DEVIATIONS, 3);
    double deviations = Score.composite(Score.components(v, SCALES), weighted);
    v = base();
    set(v, Indicator.COMPLIANCE_VIOLATIONS, 3);
    double violations = Score.composite(Score.components(v, SCALES), weighted);
    double expected = 100 * (0.1 / 1.1) * (0.5 - 2.0 / 6);
    assertEquals(weightedBefore - expected, deviations, 1e-9,
        "at weight 0.1 (of 1.1 in all) conduct counts mandate deviations");
    assertEquals(deviations, violations, 1e-9, "and compliance violations alike");
  }

  @Test
  void eachOutcomeThatImprovesRaisesTheScoreByItsWeightedChange() {
    double before = score(v -> { });
    assertEquals(before + 100 * 0.15 * 0.3, score(v -> set(v, Indicator.HUMANITARIAN_ACCESS, 0.8)), 1e-9,
        "humanitarian access, weight 0.15");
    assertEquals(before + 100 * 0.1 * (0.75 - 0.5), score(v -> set(v, Indicator.ATTACKS_DETERRED, 3)), 1e-9,
        "attacks prevented, weight 0.1: 3 deterred of 4 ended");
    assertEquals(before - 100 * 0.1 * (0.5 - 1.0 / 3), score(v -> set(v, Indicator.ATTACKS_EXECUTED, 2)), 1e-9,
        "an attack carried out lowers it");
  }

  @Test
  void processMeasuresMoveTheScoreLessThanOutcomes() {
    double before = score(v -> { });
    assertEquals(before + 100 * 0.1 * 0.3, score(v -> set(v, Indicator.TRUST_IN_MISSION, 0.8)), 1e-9,
        "trust, weight 0.1");
    double understood = score(v -> set(v, Indicator.MESSAGES_MISUNDERSTOOD, 0));
    assertEquals(before + 100 * 0.05 * (0.2 / 3), understood, 1e-9,
        "understanding rises from 4 of 5 to 5 of 5, one of three communication measures, weight 0.05");
    assertEquals(before + 100 * 0.05 * ((0.8 - 0.5) + (1 - 1.0 / 8 - 0.8)) / 3,
        score(v -> set(v, Indicator.MESSAGES_DELIVERED, 8)), 1e-9,
        "8 delivered of 10 instead of 5, and 1 misunderstood of 8 instead of 5");
  }

  @Test
  void aComponentIsHeldBetweenZeroAndOne() {
    double[] v = base();
    set(v, Indicator.HUMANITARIAN_ACCESS, 1.4);
    set(v, Indicator.TRUST_IN_MISSION, -0.2);
    double[] c = Score.components(v, SCALES);
    assertEquals(1.0, c[Component.HUMANITARIAN_ACCESS.ordinal()]);
    assertEquals(0.0, c[Component.TRUST.ordinal()]);
    assertTrue(Double.isNaN(Score.components(new double[Indicator.values().length], SCALES)[Component.ATTACKS_PREVENTED.ordinal()]),
        "no attack ended: attacks prevented is not observed, not held to 0");
  }

  @Test
  void theComponentsAreKeyedAsInScenarioFilesAndCarriedByTheirIndicators() {
    assertEquals(List.of("civilianHarm", "displacement", "humanitarianAccess", "attacksPrevented", "missionSafety",
        "conduct", "trust", "communication"), java.util.Arrays.stream(Component.values()).map(Component::key).toList());
    assertEquals(Indicator.SCORE_CIVILIAN_HARM, Component.CIVILIAN_HARM.indicator());
    assertEquals(Indicator.SCORE_COMMUNICATION, Component.COMMUNICATION.indicator());
  }
}
