package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Collectors;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.scenario.Scenario;
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
}
