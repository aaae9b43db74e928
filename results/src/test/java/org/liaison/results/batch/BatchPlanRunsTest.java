package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.indicators.Indicator;

/**
 * Every run of a plan from its number alone: replication fastest, then policy, design point and
 * scenario; its seed from its identity, shared across policies and design points only with
 * common random numbers; its parameters the scenario's, then the fixed ones, then the point's.
 */
class BatchPlanRunsTest {
  private static final Set<String> POLICIES = Set.of("none", "doctrine", "random");

  @TempDir
  Path dir;

  private BatchPlan plan(boolean commonRandomNumbers) throws Exception {
    return ExperimentReader.read(TestFiles.experiment(dir, """
        formatVersion: 1
        scenarios: [minimal.yaml, second.yaml]
        policies: [none, doctrine]
        parameters:
          harmEvidence: 3
          casualtyRate: 0.5
        design:
          type: POINTS
          points:
            - {casualtyRate: 0.001, attackRatePerDay: 1}
            - {casualtyRate: 0.002, attackRatePerDay: 2}
            - {casualtyRate: 0.004, attackRatePerDay: 1}
        replications: 4
        seed: 77
        commonRandomNumbers: %s
        indicators: [score, civilianCasualties]
        """.formatted(commonRandomNumbers)), POLICIES);
  }

  @Test
  void runNumbersCountReplicationsFastestThenPoliciesPointsAndScenarios() throws Exception {
    BatchPlan plan = plan(false);
    assertEquals(2L * 3 * 2 * 4, plan.totalRuns());
    RunSpec first = plan.run(0);
    assertEquals(List.of(0, 0, "none", 1), List.of(first.scenarioIndex(), first.designPoint(), first.policy(), first.replication()));
    RunSpec r = plan.run(4 + 8 * 2 + 24 + 3);
    assertEquals(List.of(1, 2, "doctrine", 4), List.of(r.scenarioIndex(), r.designPoint(), r.policy(), r.replication()));
    RunSpec middle = plan.run(9);
    assertEquals(List.of(0, 1, "none", 2), List.of(middle.scenarioIndex(), middle.designPoint(), middle.policy(),
        middle.replication()));
    assertEquals(9, middle.runId());
    assertThrows(IndexOutOfBoundsException.class, () -> plan.run(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> plan.run(plan.totalRuns()));
  }

  @Test
  void parametersAreTheScenariosThenTheFixedOnesThenThePoints() throws Exception {
    BatchPlan plan = plan(false);
    RunSpec second = plan.run(8);
    assertEquals(0.002, second.parameters().casualtyRate(), "the point wins over the fixed value 0.5");
    assertEquals(2.0, second.parameters().attackRatePerDay());
    assertEquals(3.0, second.parameters().harmEvidence(), "the fixed value where the point says nothing");
    assertEquals(plan.scenarios().get(0).scenario().parameters().lowComplianceThreshold(),
        plan.run(0).parameters().lowComplianceThreshold(), "the scenario's own value elsewhere");
    assertEquals(List.of(Indicator.CIVILIAN_CASUALTIES, Indicator.SCORE), plan.indicators(), "the score last");
  }

  @Test
  void withoutCommonRandomNumbersEveryRunHasItsOwnSeedFromItsIdentity() throws Exception {
    BatchPlan plan = plan(false);
    Set<Long> seeds = new HashSet<>();
    for (long id = 0; id < plan.totalRuns(); id++) {
      RunSpec run = plan.run(id);
      assertEquals(Seeds.derive(77, plan.scenarios().get(run.scenarioIndex()).id(), run.policy(), run.designPoint(),
          run.replication()), run.seed());
      seeds.add(run.seed());
    }
    assertEquals(plan.totalRuns(), seeds.size());
  }

  @Test
  void withCommonRandomNumbersAReplicationSharesItsSeedAcrossPoliciesAndPointsOfAScenario() throws Exception {
    BatchPlan plan = plan(true);
    Set<Long> seeds = new HashSet<>();
    for (long id = 0; id < plan.totalRuns(); id++) {
      RunSpec run = plan.run(id);
      String scenario = plan.scenarios().get(run.scenarioIndex()).id();
      assertEquals(Seeds.derive(77, scenario, "", 0, run.replication()), run.seed());
      seeds.add(run.seed());
    }
    assertEquals(2 * 4, seeds.size(), "one seed per scenario and replication");
    assertNotEquals(plan.run(0).seed(), plan.run(1).seed(), "replications differ");
    assertNotEquals(plan.run(0).seed(), plan.run(24).seed(), "scenarios differ");
  }
}
