package org.liaison.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.liaison.engine.Runs;
import org.liaison.engine.TestScenarios;
import org.liaison.indicators.Indicator;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Pattern 6: no coordination at all scores worse than the doctrine of the text. */
@org.junit.jupiter.api.Tag("pattern")
class DoctrineVersusNoCoordinationTest {
  @Test
  void theDoctrinePolicyScoresHigherThanNoCoordination() {
    Scenario s = TestScenarios.load("two-villages");
    double[] none = Runs.metric(s, 100, NoCoordination::new, r -> r.result().indicators().get(Indicator.SCORE.key()));
    double[] doctrine = Runs.metric(s, 100, DoctrinePolicy::new, r -> r.result().indicators().get(Indicator.SCORE.key()));
    Effect e = Effect.compare(none, doctrine);
    System.out.println("composite score, doctrine against none: " + e);
    assertTrue(e.p() < 0.01 && e.meanDifference() > 0, "composite score with doctrine: " + e);
  }
}
