package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** liaison check as a user meets it. */
class CheckCommandTest {
  private static final String SCENARIO = "src/test/resources/scenarios/minimal.yaml";

  @Test
  void printsATableAndExitsZeroEvenWithFindings() {
    MainTest.Run run = MainTest.run("check", SCENARIO, "--seeds", "2", "--threads", "1");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().startsWith("Sanity check of "), run.out());
    assertTrue(run.out().contains("none") && run.out().contains("doctrine") && run.out().contains("random"));
    assertTrue(run.out().contains("Findings"), run.out());
  }

  @Test
  void writesJsonForTools() throws Exception {
    MainTest.Run run = MainTest.run("check", SCENARIO, "--seeds", "2", "--threads", "2", "--json");
    assertEquals(ExitCode.OK, run.code(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals(2, root.get("seedsPerPolicy").asInt());
    assertEquals(3, root.get("policies").size());
    assertTrue(root.get("findings").size() > 0);
  }

  @Test
  void anInvalidScenarioIsInvalidInputWithItsLocatedProblems(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(SCENARIO)).replace("durationDays: 3", "durationDays: many"));
    MainTest.Run run = MainTest.run("check", bad.toString());
    assertEquals(ExitCode.INVALID_INPUT, run.code());
    assertTrue(run.err().startsWith(bad + ":"), run.err());
    assertEquals(2, MainTest.run("check", SCENARIO, "--seeds", "0").code());
  }
}
