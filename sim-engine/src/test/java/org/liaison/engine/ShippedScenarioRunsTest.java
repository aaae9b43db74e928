package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.liaison.events.EngineEvent;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Every shipped scenario runs to its end under both policies, and doctrine scores higher. */
class ShippedScenarioRunsTest {
  private static List<Path> shipped() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyShippedScenarioRunsToItsEndAndDoctrineOutscoresNoCoordination() throws Exception {
    List<Path> files = shipped();
    assertTrue(files.size() >= 3, "shipped scenarios not found: " + files);
    for (Path file : files) {
      Scenario s = ScenarioReader.read(file);
      double none = 0;
      double doctrine = 0;
      for (long seed = 1; seed <= 5; seed++) {
        Runs.Recorded a = Runs.run(s, seed, new NoCoordination());
        Runs.Recorded b = Runs.run(s, seed, new DoctrinePolicy());
        assertEquals(s.durationHours(), b.of(EngineEvent.TickEnded.class).size(), file.toString());
        none += a.result().score();
        doctrine += b.result().score();
      }
      assertTrue(doctrine > none, file + ": doctrine " + doctrine / 5 + " <= none " + none / 5);
    }
  }
}
