package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

class EngineRunExecutorTest {
  private static Scenario tiny;
  private final EngineRunExecutor executor = new EngineRunExecutor();
  private static final List<Indicator> KEPT = List.of(Indicator.TRUST_IN_MISSION, Indicator.TRUST_UNCERTAINTY,
      Indicator.CIVILIAN_CASUALTIES, Indicator.SCORE);

  @BeforeAll
  static void readScenario() throws Exception {
    try (InputStream in = EngineRunExecutorTest.class.getResourceAsStream("/tiny.yaml")) {
      tiny = ScenarioReader.readText(new String(in.readAllBytes(), StandardCharsets.UTF_8), "tiny.yaml", false);
    }
  }

  private RunRequest request(Parameters parameters, String policy, long seed, int every) {
    return new RunRequest(tiny, parameters, policy, seed, every, KEPT);
  }

  @Test
  void theExecutorIsTheOneTheServiceLoaderFinds() {
    assertTrue(RunExecutorProvider.find().orElseThrow() instanceof EngineRunExecutor);
    assertEquals(Set.copyOf(org.liaison.policy.Policies.NAMES), executor.policies());
  }

  @Test
  void aDecisionLogIsPlayedInEveryRunsOwnWorld(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    long logSeed = (1L << 35) + 1;
    org.liaison.exercise.DecisionLogRecorder recorder = new org.liaison.exercise.DecisionLogRecorder();
    org.liaison.engine.HeadlessRun.run(new org.liaison.engine.RunSpec(tiny, logSeed, "doctrine", null), List.of(recorder));
    java.nio.file.Path log = dir.resolve("decisions.jsonl");
    recorder.log().write(log);
    String policy = "replay:" + log;
    RunResult doctrine = executor.run(request(tiny.parameters(), "doctrine", logSeed, 0));
    assertEquals(doctrine, executor.run(request(tiny.parameters(), policy, logSeed, 0)));
    RunResult elsewhere = executor.run(request(tiny.parameters(), policy, 98765, 0));
    RunResult other = executor.run(request(tiny.parameters(), policy, 98766, 0));
    assertNotEquals(elsewhere, other);
  }

  @Test
  void theSameRequestGivesTheSameResult() throws Exception {
    RunRequest request = request(tiny.parameters(), "doctrine", 12345, 24);
    assertEquals(executor.run(request), executor.run(request));
  }

  @Test
  void aTimeSeriesIsSampledEveryKTicksAndAtTheLastTickAndEndsAtTheFinalValues() throws Exception {
    RunResult result = executor.run(request(tiny.parameters(), "none", 7, 24));
    List<Integer> ticks = result.timeSeries().stream().map(RunResult.Sample::tick).toList();
    int last = tiny.durationHours() - 1;
    assertEquals(0, ticks.get(0));
    assertEquals(24, ticks.get(1));
    assertEquals(last, ticks.get(ticks.size() - 1));
    Map<Indicator, Double> end = result.timeSeries().get(ticks.size() - 1).values();
    for (Indicator indicator : KEPT) {
      assertEquals(result.finalValues().get(indicator), end.get(indicator), indicator.key());
    }
    assertEquals(Set.copyOf(KEPT), result.finalValues().keySet());
  }

  @Test
  void theRunsParametersReachTheEngine() throws Exception {
    Parameters forgetful = ParameterSpace.apply(tiny.parameters(), Map.of("trustForgettingPerDay", 0.5));
    Parameters retentive = ParameterSpace.apply(tiny.parameters(), Map.of("trustForgettingPerDay", 1.0));
    RunResult a = executor.run(request(forgetful, "doctrine", 3, 0));
    RunResult b = executor.run(request(retentive, "doctrine", 3, 0));
    assertNotEquals(a.finalValues().get(Indicator.TRUST_UNCERTAINTY), b.finalValues().get(Indicator.TRUST_UNCERTAINTY));
    assertTrue(a.finalValues().get(Indicator.TRUST_UNCERTAINTY) > b.finalValues().get(Indicator.TRUST_UNCERTAINTY),
        "forgetting evidence leaves trust more uncertain");
  }

  @Test
  void aBatchOfRealRunsIsByteIdenticalOnOneAndTwoThreads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path scenario = dir.resolve("tiny.yaml");
    try (InputStream in = EngineRunExecutorTest.class.getResourceAsStream("/tiny.yaml")) {
      java.nio.file.Files.copy(in, scenario);
    }
    List<String> files = new java.util.ArrayList<>();
    for (int threads : new int[] {1, 2}) {
      BatchPlan plan = ExperimentReader.quick(scenario, 4, List.of("none", "doctrine"), 11, List.of(), 24, threads,
          dir.resolve("out" + threads));
      new BatchRunner(executor, p -> { }).run(plan, BatchRunner.Options.defaults());
      files.add(java.nio.file.Files.readString(plan.outputDirectory().resolve("runs.csv"))
          + java.util.Arrays.toString(java.nio.file.Files.readAllBytes(plan.outputDirectory().resolve("timeseries.csv.gz"))));
    }
    assertEquals(files.get(0), files.get(1));
    assertTrue(files.get(0).contains(",tiny,doctrine,"));
  }

  @Test
  void differentSeedsGiveDifferentRuns() throws Exception {
    assertNotEquals(executor.run(request(tiny.parameters(), "none", 1, 0)),
        executor.run(request(tiny.parameters(), "none", 2, 0)));
  }
}
