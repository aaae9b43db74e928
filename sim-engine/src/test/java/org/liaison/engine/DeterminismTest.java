package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static String log(Scenario s, long seed) {
    return Runs.run(s, seed, new DoctrinePolicy()).events().stream().map(Object::toString)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theSameSeedGivesTheSameEventLog() {
    Scenario s = TestScenarios.load("two-villages");
    assertEquals(log(s, 42), log(s, 42));
  }

  @Test
  void differentSeedsGiveDifferentEventLogs() {
    Scenario s = TestScenarios.load("two-villages");
    assertNotEquals(log(s, 42), log(s, 43));
  }

  @Test
  void seedsThatDifferOnlyInTheirHighHalfGiveDifferentRuns() {
    Scenario s = TestScenarios.load("two-villages");
    assertNotEquals(log(s, 5), log(s, 5 + (1L << 32)));
    assertNotEquals(log(s, 5), log(s, 5 | Long.MIN_VALUE));
    assertEquals(log(s, 5 + (1L << 32)), log(s, 5 + (1L << 32)));
  }

  @Test
  void theEventLogRecordsTheWhole64BitSeed() {
    Scenario s = TestScenarios.load("two-villages");
    long seed = 0x1234_5678_9ABC_DEF0L;
    Runs.Recorded run = Runs.run(s, seed, new DoctrinePolicy());
    assertEquals(seed, run.of(org.liaison.events.EngineEvent.RunStarted.class).get(0).seed());
    assertEquals(seed, run.result().seed());
  }

  /**
   * Runs share what is parsed once per scenario (the MSEL's and decision points' conditions): runs
   * of a scenario with conditions, started at once on several threads, each give the event log of
   * the same run made alone.
   */
  @Test
  void runsAtOnceOnSeveralThreadsGiveTheEventLogOfARunAlone() throws Exception {
    Scenario s = ScenarioReader.read(Path.of("..", "scenarios", "somalia-lower-shabelle.yaml"));
    String alone = log(s, 11);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> logs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        logs.add(pool.submit(() -> log(s, 11)));
      }
      for (Future<String> log : logs) {
        assertEquals(alone, log.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
