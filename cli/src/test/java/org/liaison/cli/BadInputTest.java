package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input answered with exit 2 and a sentence naming it; one name, one pass, one kind. */
class BadInputTest {
  @TempDir
  Path dir;
  Path scenario;
  String valid;

  @BeforeEach
  void writeTheValidScenario() throws IOException {
    try (InputStream in = BadInputTest.class.getResourceAsStream("valid.yaml")) {
      valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    scenario = Files.writeString(dir.resolve("valid.yaml"), valid);
  }

  private static MainTest.Run run(String... args) {
    return MainTest.run(args);
  }

  @Nested
  class Paths {
    @Test
    void aNamedPipeGivenAsAScenarioIsRefusedInsteadOfHanging() throws Exception {
      Path fifo = dir.resolve("pipe.yaml");
      Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
      List<String[]> commands = List.of(new String[] {"validate", fifo.toString()},
          new String[] {"run", fifo.toString(), "--out", dir.resolve("out").toString()});
      for (String[] args : commands) {
        // Opening the pipe would block until a writer came: the guard turns a hang into a failure.
        MainTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(args));
        assertEquals(ExitCode.INVALID_INPUT, run.code(), run.err());
        assertTrue(run.err().contains(fifo + ":0:0: is not a regular file"), run.err());
      }
    }

    @Test
    void anOutputDirectoryUnderAFileIsNamedAsSuchBeforeTheRun() {
      MainTest.Run run = run("run", scenario.toString(), "--out", "/dev/null/x");
      assertEquals(ExitCode.INVALID_INPUT, run.code(), run.err());
      assertEquals("/dev/null/x: cannot be created: /dev/null is a file, not a directory", run.err().strip());
    }

    @Test
    void aRuleFileThatIsADirectoryIsNamedAsADirectory() {
      MainTest.Run run = run("run", scenario.toString(), "--rules", dir.toString(), "--out", dir.resolve("o").toString());
      assertEquals(ExitCode.INVALID_INPUT, run.code(), run.err());
      assertTrue(run.err().startsWith(dir + ":0:0: is a directory"), run.err());
    }
  }

  @Nested
  class DamagedResults {
    private Path experiment() {
      Path out = dir.resolve("exp");
      MainTest.Run run = run("batch", scenario.toString(), "--reps", "2", "--out", out.toString(), "-q", "--no-report");
      assertEquals(ExitCode.OK, run.code(), run.err());
      return out;
    }

    @Test
    void aWordInANumberColumnIsLocatedByReportAndCompare() throws IOException {
      Path out = experiment();
      List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
      String[] fields = lines.get(2).split(",", -1);
      fields[3] = "xx";
      lines.set(2, String.join(",", fields));
      Files.write(out.resolve("runs.csv"), lines);
      MainTest.Run report = run("report", out.toString());
      MainTest.Run compare = run("compare", out.toString(), out.toString());
      String located = out.resolve("runs.csv") + ":3: column seed: found 'xx', expected a whole number";
      assertAll(
          () -> assertEquals(ExitCode.INVALID_INPUT, report.code(), report.err()),
          () -> assertTrue(report.err().contains(located), report.err()),
          () -> assertEquals(ExitCode.INVALID_INPUT, compare.code(), compare.err()),
          () -> assertTrue(compare.err().contains(located), compare.err()),
          () -> assertFalse(report.err().contains("For input string"), report.err()));
    }

    @Test
    void aCutExperimentJsonIsLocated() throws IOException {
      Path out = experiment();
      String json = Files.readString(out.resolve("experiment.json"));
      Files.writeString(out.resolve("experiment.json"), json.substring(0, json.length() / 2));
      MainTest.Run report = run("report", out.toString());
      assertEquals(ExitCode.INVALID_INPUT, report.code(), report.err());
      assertTrue(report.err().contains(out.resolve("experiment.json") + ":"), report.err());
    }
  }

  @Nested
  class Names {
    @Test
    void policiesWrittenWithSpacesAfterTheCommasAreAccepted() {
      MainTest.Run run = run("batch", scenario.toString(), "--reps", "2", "--policy", "doctrine, none", "--dry-run");
      assertEquals(ExitCode.OK, run.code(), run.err());
      assertTrue(run.out().contains("policies doctrine, none;"), run.out());
    }

    @Test
    void aRunByARuleFileIsNamedAsTheSummaryAndTheEventLogNameIt() throws IOException {
      Path rules = Files.writeString(dir.resolve("my-rules.yaml"), "name: cautious\nrules:\n  - when: day >= 1\n    once: true\n    take:\n      - {type: HIRE_INTERPRETERS, language: so}\n");
      Path folder = Path.of("runs", "minimal-rules-cautious-seed1");
      try {
        MainTest.Run run = run("run", scenario.toString(), "--days", "1", "--rules", rules.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("written to " + folder), run.out());
        assertEquals("rules-cautious",
            new ObjectMapper().readTree(folder.resolve("summary.json").toFile()).get("policy").asText());
      } finally {
        if (Files.exists(folder)) {
          try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
              Files.delete(p);
            }
          }
          try (var left = Files.list(folder.getParent())) {
            if (left.findAny().isEmpty()) {
              Files.delete(folder.getParent());
            }
          }
        }
      }
    }

    @Test
    void aMistypedFlagGetsADidYouMean() {
      MainTest.Run run = run("run", scenario.toString(), "--sed", "3");
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertTrue(run.err().contains("did you mean '--seed'?"), run.err());
    }

    @Test
    void aMistypedPolicyGetsADidYouMean() {
      MainTest.Run run = run("run", scenario.toString(), "--policy", "doctrin");
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertTrue(run.err().contains("unknown policy 'doctrin' (did you mean 'doctrine'?)"), run.err());
    }

    @Test
    void aMistypedZoneGetsADidYouMean() throws IOException {
      Path file = Files.writeString(dir.resolve("z.yaml"), valid.replace("homeZone: village\n    units", "homeZone: vilage\n    units"));
      MainTest.Run run = run("validate", file.toString());
      assertTrue(run.err().contains("unknown zone 'vilage' (did you mean 'village'?)"), run.err());
    }

    @Test
    void anIndicatorNeitherExperimentKeptIsRefusedWithADidYouMean() {
      Path a = dir.resolve("a");
      run("batch", scenario.toString(), "--reps", "2", "--out", a.toString(), "-q", "--no-report");
      MainTest.Run run = run("compare", a.toString(), a.toString(), "--indicator", "scor");
      assertEquals(ExitCode.INVALID_INPUT, run.code(), run.err());
      assertTrue(run.err().contains("'scor' is not an indicator both kept (did you mean 'score'?)"), run.err());
    }
  }

  @Nested
  class Help {
    @Test
    void liaisonAlonePrintsItsHintOnce() {
      MainTest.Run run = run();
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertEquals(1, run.err().split("liaison --help", -1).length - 1, run.err());
    }

    @Test
    void theHelpSubcommandExplainsACommand() {
      MainTest.Run run = run("help", "run");
      assertEquals(ExitCode.OK, run.code(), run.err());
      assertTrue(run.out().contains("Usage: liaison run"), run.out());
    }

    @Test
    void theTopLevelHelpListsEachCommandWithAWholeSentence() {
      MainTest.Run run = run("--help");
      List<String> commands = run.out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1)
          .takeWhile(l -> !l.isBlank()).toList();
      String joined = String.join(" ", commands).replaceAll("\\s+", " ");
      assertAll(
          () -> assertTrue(commands.size() >= 8, run.out()),
          () -> assertFalse(joined.contains(":  "), joined),
          () -> assertTrue(joined.contains("run Run a scenario headless and write its run directory."), joined),
          () -> assertTrue(joined.contains("help "), joined));
    }
  }

  @Nested
  class Kinds {
    @Test
    void aRuleFileIsCheckedAsARuleFileNotAsAScenario() throws IOException {
      Path rules = Files.writeString(dir.resolve("r.yaml"), "name: cautious\nrules:\n  - when: day >= 1\n    choose: {}\n");
      MainTest.Run run = run("validate", rules.toString());
      assertFalse(run.err().contains("unknown key"), run.err());
      Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: cautious\nfallback: SOMETIMES\nrules: []\n");
      MainTest.Run badRun = run("validate", bad.toString());
      assertEquals(ExitCode.INVALID_INPUT, badRun.code());
      assertTrue(badRun.err().contains("fallback: unknown value 'SOMETIMES'"), badRun.err());
    }

    @Test
    void aDecisionLogIsRecognisedAndItsDamageReported() throws IOException {
      Path out = dir.resolve("run");
      assertEquals(ExitCode.OK, run("run", scenario.toString(), "--days", "1", "--out", out.toString()).code());
      MainTest.Run ok = run("validate", out.resolve("decisions.jsonl").toString());
      assertEquals(ExitCode.OK, ok.code(), ok.err());
      assertTrue(ok.out().contains("ok (decision log of minimal, seed 1"), ok.out());
      Path broken = Files.writeString(dir.resolve("d.jsonl"),
          Files.readString(out.resolve("decisions.jsonl")) + "{not json\n");
      MainTest.Run bad = run("validate", broken.toString());
      assertEquals(ExitCode.INVALID_INPUT, bad.code(), bad.err());
      assertTrue(bad.err().contains("d.jsonl:2: not a JSON object"), bad.err());
    }

    @Test
    void everySchemaKindPrintsJson() throws IOException {
      for (String kind : List.of("scenario", "experiment", "rules", "save", "events", "protocol-client",
          "protocol-server")) {
        MainTest.Run run = run("schema", "--kind", kind);
        assertEquals(ExitCode.OK, run.code(), kind + ": " + run.err());
        assertTrue(new ObjectMapper().readTree(run.out()).has("$schema"), kind);
      }
      assertEquals(ExitCode.INVALID_INPUT, run("schema", "--kind", "nonsense").code());
    }

    @Test
    void theProtocolSchemaKindsPrintThePublishedSchemas() throws IOException {
      for (String kind : List.of("protocol-client", "protocol-server")) {
        MainTest.Run run = run("schema", "--kind", kind);
        assertEquals(ExitCode.OK, run.code(), kind + ": " + run.err());
        assertEquals(Files.readString(Path.of("..", "docs", kind + ".schema.json")), run.out(), kind);
      }
      assertTrue(new ObjectMapper().readTree(run("schema", "--kind", "protocol-client").out()).path("$defs").has("Join"));
    }
  }

  @Test
  void controlCharactersFromScenarioTextAreEscapedWhenPrinted() throws IOException {
    Path file = Files.writeString(dir.resolve("c.yaml"), valid.replace("text: Receive warnings.",
        "text: \"Receive \\e]0;owned\\a warnings.\""));
    MainTest.Run run = run("run", file.toString(), "--days", "1", "--out", dir.resolve("c").toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertAll(
        () -> assertFalse(run.out().contains("\u001b"), run.out()),
        () -> assertTrue(run.out().contains("Receive \\u001b]0;owned\\u0007 warnings."), run.out()));
  }
}
