package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaison.engine.TestScenarios;
import org.liaison.indicators.Score.Component;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.ScoreWeights;

/** The score's components and weights, computed by hand. */
class ScoreTest {
  private static final Score.Scales SCALES = new Score.Scales(100, 2000, 2, 2);

  /** Indicator values for which every component is observed; see the values in the comments. */
  private static double[] observed() {
    double[] v = new double[Indicator.values().length];
    v[Indicator.CIVILIAN_CASUALTIES.ordinal()] = 300;      // 100 / 400 = 0.25
    v[Indicator.PEOPLE_DISPLACED.ordinal()] = 2000;        // 2000 / 4000 = 0.5
    v[Indicator.HUMANITARIAN_ACCESS.ordinal()] = 0.8;      // 0.8
    v[Indicator.ATTACKS_DETERRED.ordinal()] = 3;           // 3 / 4 = 0.75
    v[Indicator.ATTACKS_EXECUTED.ordinal()] = 1;
    v[Indicator.MISSION_INCIDENTS.ordinal()] = 6;          // 2 / 8 = 0.25
    v[Indicator.COMPLIANCE_VIOLATIONS.ordinal()] = 1;      // 2 / (2 + 2) = 0.5
    v[Indicator.MANDATE_DEVIATIONS.ordinal()] = 1;
    v[Indicator.TRUST_IN_MISSION.ordinal()] = 0.6;         // 0.6
    v[Indicator.MESSAGES_SENT.ordinal()] = 10;             // (0.8 + 0.75 + 0.5) / 3
    v[Indicator.MESSAGES_DELIVERED.ordinal()] = 8;
    v[Indicator.MESSAGES_MISUNDERSTOOD.ordinal()] = 2;
    v[Indicator.WARNING_COVERAGE.ordinal()] = 0.5;
    v[Indicator.INCLUSIVITY.ordinal()] = 1;
    return v;
  }

  private static final double[] EXPECTED = {0.25, 0.5, 0.8, 0.75, 0.25, 0.5, 0.6, (0.8 + 0.75 + 0.5) / 3};

  private static ScoreWeights only(Component c) {
    Double[] w = new Double[Component.values().length];
    java.util.Arrays.fill(w, 0.0);
    w[c.ordinal()] = 2.5;
    return new ScoreWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
  }

  @Test
  void everyComponentIsComputedFromItsIndicators() {
    double[] c = Score.components(observed(), SCALES);
    for (Component k : Component.values()) {
      assertEquals(EXPECTED[k.ordinal()], c[k.ordinal()], 1e-12, k.key());
    }
  }

  @Test
  void theDefaultWeightsPutOutcomesFirstAndSumToOne() {
    ScoreWeights w = ScoreWeights.defaults();
    double outcomes = 0;
    double process = 0;
    for (Component k : Component.values()) {
      if (k.outcome()) {
        outcomes += k.weight(w);
      } else {
        process += k.weight(w);
      }
    }
    assertEquals(0.85, outcomes, 1e-12);
    assertEquals(0.15, process, 1e-12);
  }

  @Test
  void theCompositeIsTheWeightedMeanOfTheComponents() {
    double expected = 100 * (0.3 * 0.25 + 0.2 * 0.5 + 0.15 * 0.8 + 0.1 * 0.75 + 0.1 * 0.25 + 0 * 0.5
        + 0.1 * 0.6 + 0.05 * (0.8 + 0.75 + 0.5) / 3);
    assertEquals(expected, Score.composite(Score.components(observed(), SCALES), ScoreWeights.defaults()), 1e-9);
    assertEquals(48.9166666667, expected, 1e-9);
  }

  @ParameterizedTest
  @EnumSource(Component.class)
  void eachWeightActsOnItsOwnComponent(Component k) {
    double[] c = Score.components(observed(), SCALES);
    assertEquals(100 * EXPECTED[k.ordinal()], Score.composite(c, only(k)), 1e-9, k.key());
  }

  @Test
  void componentsNotObservedAreLeftOutAndTheOtherWeightsRenormalised() {
    double[] v = observed();
    v[Indicator.HUMANITARIAN_ACCESS.ordinal()] = Double.NaN;
    v[Indicator.ATTACKS_DETERRED.ordinal()] = 0;
    v[Indicator.ATTACKS_EXECUTED.ordinal()] = 0;
    v[Indicator.MESSAGES_SENT.ordinal()] = 0;
    v[Indicator.MESSAGES_DELIVERED.ordinal()] = 0;
    v[Indicator.MESSAGES_MISUNDERSTOOD.ordinal()] = 0;
    v[Indicator.WARNING_COVERAGE.ordinal()] = Double.NaN;
    double[] c = Score.components(v, SCALES);
    assertTrue(Double.isNaN(c[Component.HUMANITARIAN_ACCESS.ordinal()]));
    assertTrue(Double.isNaN(c[Component.ATTACKS_PREVENTED.ordinal()]));
    assertTrue(Double.isNaN(c[Component.COMMUNICATION.ordinal()]));
    double sum = 0.3 * 0.25 + 0.2 * 0.5 + 0.1 * 0.25 + 0 * 0.5 + 0.1 * 0.6;
    double weight = 0.3 + 0.2 + 0.1 + 0 + 0.1;
    assertEquals(100 * sum / weight, Score.composite(c, ScoreWeights.defaults()), 1e-9);
    assertEquals(37.1428571429, 100 * sum / weight, 1e-9);
  }

  @Test
  void theMissionsSafetyIsNotObservedWithoutIncidentsAndCountsItsCasualtiesWhenThereAre() {
    double[] v = observed();
    v[Indicator.MISSION_INCIDENTS.ordinal()] = 0;
    assertTrue(Double.isNaN(Score.components(v, SCALES)[Component.MISSION_SAFETY.ordinal()]));
    v[Indicator.MISSION_INCIDENTS.ordinal()] = 1;
    v[Indicator.MISSION_CASUALTIES.ordinal()] = 5;
    assertEquals(2.0 / (2 + 1 + 5), Score.components(v, SCALES)[Component.MISSION_SAFETY.ordinal()], 1e-12);
  }

  @Test
  void communicationAveragesOnlyTheMeasuresObserved() {
    double[] v = observed();
    v[Indicator.MESSAGES_SENT.ordinal()] = 0;
    v[Indicator.MESSAGES_DELIVERED.ordinal()] = 0;
    v[Indicator.MESSAGES_MISUNDERSTOOD.ordinal()] = 0;
    assertEquals(0.5, Score.components(v, SCALES)[Component.COMMUNICATION.ordinal()], 1e-12,
        "only warning coverage is observed");
    v[Indicator.MESSAGES_SENT.ordinal()] = 4;
    assertEquals((0.0 + 0.5) / 2, Score.components(v, SCALES)[Component.COMMUNICATION.ordinal()], 1e-12,
        "four sent, none delivered: delivery 0 observed, understanding not observed");
  }

  @Test
  void aScoreWhoseWeightedComponentsAreAllUnobservedIsNotObserved() {
    double[] c = Score.components(observed(), SCALES);
    c[Component.HUMANITARIAN_ACCESS.ordinal()] = Double.NaN;
    assertTrue(Double.isNaN(Score.composite(c, only(Component.HUMANITARIAN_ACCESS))));
  }

  @Test
  void countComponentsKeepFallingWellBeyondTheirScale() {
    double[] v = observed();
    double previous = 1;
    for (int casualties : new int[] {0, 50, 100, 300, 650, 1000}) {
      v[Indicator.CIVILIAN_CASUALTIES.ordinal()] = casualties;
      double c = Score.components(v, SCALES)[Component.CIVILIAN_HARM.ordinal()];
      assertEquals(100.0 / (100 + casualties), c, 1e-12);
      assertTrue(casualties == 0 || c < previous);
      previous = c;
    }
    assertTrue(previous > 0.09, "at ten times the scale the component still reads above 0.09");
  }

  @Test
  void absentScalesAreDerivedFromThePopulationAndGivenOnesKept() {
    Scenario s = TestScenarios.load("two-villages");
    double population = s.map().zones().stream().mapToDouble(z -> z.population()).sum();
    Score.Scales derived = Score.Scales.of(s);
    assertEquals(Math.max(1, population / 1000), derived.civilianCasualties(), 1e-9);
    assertEquals(Math.max(1, population * 0.025), derived.peopleDisplaced(), 1e-9);
    assertEquals(2, derived.missionIncidents());
    assertEquals(2, derived.breaches());
    Scenario given = TestScenarios.load("two-villages",
        t -> t.putObject("scoring").putObject("scales").put("civilianCasualties", 50));
    assertEquals(50, Score.Scales.of(given).civilianCasualties(), 1e-12);
  }
}
