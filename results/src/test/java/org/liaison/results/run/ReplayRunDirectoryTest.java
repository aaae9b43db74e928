package org.liaison.results.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.engine.RunSpec;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/** A run directory's decision log replays the run byte for byte. */
class ReplayRunDirectoryTest {
  @TempDir
  Path tmp;

  private Scenario scenario() throws Exception {
    return ScenarioReader.read(Path.of("..", "scenarios", "car-bangui-periphery.yaml"));
  }

  @Test
  void replayingTheDecisionLogGivesAByteIdenticalEventLog() throws Exception {
    for (String policy : List.of("doctrine", "random")) {
      Path original = tmp.resolve(policy);
      RunDirectory.write(new RunSpec(scenario(), 17, policy, 6), null, original, false, t -> { });
      Path log = original.resolve(RunDirectory.DECISIONS);
      DecisionLog decisions = DecisionLog.read(log);
      assertEquals(policy, decisions.header().policy());
      assertTrue(decisions.entries().size() > 3, policy + " made decisions");
      Path replayed = tmp.resolve(policy + "-replay");
      RunDirectory.write(new RunSpec(scenario(), 17, "replay:" + log, 6), null, replayed, false, t -> { });
      assertArrayEquals(Files.readAllBytes(original.resolve(RunDirectory.EVENTS)),
          Files.readAllBytes(replayed.resolve(RunDirectory.EVENTS)), policy);
      assertArrayEquals(Files.readAllBytes(log), Files.readAllBytes(replayed.resolve(RunDirectory.DECISIONS)), policy);
    }
  }

  @Test
  void everyLineOfTheDecisionLogIsAJsonObjectWithAStableFieldOrder() throws Exception {
    Path out = tmp.resolve("run");
    RunDirectory.write(new RunSpec(scenario(), 3, "doctrine", 3), null, out, false, t -> { });
    List<String> lines = Files.readAllLines(out.resolve(RunDirectory.DECISIONS));
    assertTrue(lines.get(0).startsWith("{\"log\":\"liaison-decisions\",\"version\":2,\"scenario\":\"car-bangui-periphery\",\"seed\":3,\"policy\":\"doctrine\",\"days\":"), lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      assertTrue(line.startsWith("{\"seq\":"), line);
      assertTrue(line.matches("\\{\"seq\":\\d+,\"completed\":\\d+,\"tick\":\\d+,\"phase\":\"(daily|point|option|desk)\",.*\"taken\":(true|false).*\\}"), line);
    }
  }
}
