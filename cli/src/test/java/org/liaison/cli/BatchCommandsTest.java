package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchCommandsTest {
  @TempDir
  Path dir;
  Path scenario;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void copyScenario() throws Exception {
    scenario = dir.resolve("minimal.yaml");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/minimal.yaml")) {
      Files.copy(in, scenario);
    }
  }

  private int run(Object command, String... args) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Nested
  class Batch {
    @Test
    void theScenarioFormRunsEveryPolicyAndReplicationAndWritesTheReport() throws Exception {
      Path output = dir.resolve("out");
      int code = run(new BatchCommand(), scenario.toString(), "--reps", "4", "--policy", "doctrine,none",
          "--threads", "2", "--out", output.toString(), "--seed", "5");
      assertEquals(ExitCode.OK, code, err.toString());
      List<String> rows = Files.readAllLines(output.resolve("runs.csv"));
      assertEquals(1 + 8, rows.size());
      assertTrue(rows.get(1).contains(",minimal,doctrine,"), rows.get(1));
      for (String file : List.of("summary.csv", "summary.json", "comparisons.csv", "report.html", "experiment.json")) {
        assertTrue(Files.isRegularFile(output.resolve(file)), file);
      }
      assertTrue(err.toString().contains("batch: 8/8 done, 0 failed"), err.toString());
    }

    @Test
    void anExperimentFileRunsAndRunningItAgainResumesWithNothingLeftToDo() throws Exception {
      Files.writeString(dir.resolve("sweep.yaml"), """
          formatVersion: 1
          scenarios: [minimal.yaml]
          policies: [none, doctrine]
          design:
            type: FACTORIAL
            factors:
              casualtyRate: {values: [0.001, 0.002]}
          replications: 3
          timeseriesEvery: 24
          """);
      assertEquals(ExitCode.OK, run(new BatchCommand(), dir.resolve("sweep.yaml").toString(), "-q"), err.toString());
      assertTrue(Files.isRegularFile(dir.resolve("runs/sweep/timeseries.csv.gz")));
      String first = Files.readString(dir.resolve("runs/sweep/runs.csv"));
      assertEquals(ExitCode.OK, run(new BatchCommand(), dir.resolve("sweep.yaml").toString(), "-q", "--threads", "1"));
      assertTrue(out.toString().contains("12 already done, 0 run now"), out.toString());
      assertEquals(first, Files.readString(dir.resolve("runs/sweep/runs.csv")));
    }

    @Test
    void threeShardsMergedGiveTheFilesAndReportOfTheUnshardedBatch() throws Exception {
      String[] form = {scenario.toString(), "--reps", "4", "--policy", "doctrine,none", "--every", "48", "-q"};
      assertEquals(ExitCode.OK, run(new BatchCommand(), concat(form, "--out", dir.resolve("whole").toString())),
          err.toString());
      for (int i = 1; i <= 3; i++) {
        assertEquals(ExitCode.OK, run(new BatchCommand(), concat(form, "--shard", i + "/3", "--out",
            dir.resolve("shard" + i).toString())), err.toString());
      }
      assertTrue(out.toString().contains("minimal shard 2/3: 3 runs"), out.toString());
      assertEquals(ExitCode.OK, run(new MergeCommand(), dir.resolve("shard2").toString(), dir.resolve("shard1").toString(),
          dir.resolve("shard3").toString(), "--out", dir.resolve("merged").toString()), err.toString());
      assertTrue(out.toString().contains("3 shards merged: 8 runs (0 failed)"), out.toString());
      for (String file : List.of("experiment.json", "runs.csv", "timeseries.csv.gz", "summary.csv", "summary.json",
          "comparisons.csv", "report.html")) {
        assertEquals(-1L, Files.mismatch(dir.resolve("whole").resolve(file), dir.resolve("merged").resolve(file)), file);
      }
    }

    @Test
    void aMergeOfIncompleteOrForeignShardsIsRefusedWithExitCode2() throws Exception {
      String[] form = {scenario.toString(), "--reps", "2", "-q"};
      assertEquals(ExitCode.OK, run(new BatchCommand(), concat(form, "--shard", "1/2", "--out",
          dir.resolve("a").toString())));
      assertEquals(ExitCode.OK, run(new BatchCommand(), concat(form, "--seed", "9", "--shard", "2/2", "--out",
          dir.resolve("b").toString())));
      assertEquals(ExitCode.INVALID_INPUT, run(new MergeCommand(), dir.resolve("a").toString(), "--out",
          dir.resolve("m").toString()));
      assertTrue(err.toString().contains("liaison merge: shard 2/2 missing; the merge needs all 2 slices"), err.toString());
      assertEquals(ExitCode.INVALID_INPUT, run(new MergeCommand(), dir.resolve("a").toString(),
          dir.resolve("b").toString(), "--out", dir.resolve("m").toString()));
      assertTrue(err.toString().contains("holds another experiment than"), err.toString());
      assertEquals(ExitCode.INVALID_INPUT, run(new BatchCommand(), concat(form, "--shard", "3/2")));
      assertTrue(err.toString().contains("--shard: a shard is I/N with 1 <= I <= N"), err.toString());
      assertTrue(!Files.exists(dir.resolve("m")));
    }

    @Test
    void theSparkEngineIsRefusedWhenSparkIsNotOnTheClassPathAndParquetNeedsIt() {
      assertEquals(ExitCode.INVALID_INPUT, run(new BatchCommand(), scenario.toString(), "--format", "parquet", "-q"));
      assertTrue(err.toString().contains("--format parquet is written by the Spark engine; add --engine spark"),
          err.toString());
      assertEquals(ExitCode.INVALID_INPUT, run(new BatchCommand(), scenario.toString(), "--engine", "spark", "--out",
          dir.resolve("o").toString()));
      assertTrue(err.toString().contains("--engine spark: Spark is not on the class path"), err.toString());
      assertTrue(!Files.exists(dir.resolve("o")));
    }

    @Test
    void aDryRunPrintsThePlanAndWritesNothing() throws Exception {
      Files.writeString(dir.resolve("sweep.yaml"), """
          formatVersion: 1
          scenarios: [minimal.yaml]
          policies: [none, doctrine]
          design:
            type: LATIN_HYPERCUBE
            samples: 12
            factors:
              casualtyRate: {from: 0.001, to: 0.01}
          replications: 3
          """);
      assertEquals(ExitCode.OK, run(new BatchCommand(), dir.resolve("sweep.yaml").toString(), "--dry-run"), err.toString());
      assertTrue(out.toString().startsWith("sweep: 72 runs = 1 scenario x 12 design points x 2 policies x 3 replications"),
          out.toString());
      assertTrue(out.toString().contains("... 2 more design points"), out.toString());
      assertTrue(!Files.exists(dir.resolve("runs")));
    }

    @Test
    void profileAccountsForTheCommandsCpuTimeWithTheEnginesShareInIt() throws Exception {
      Path output = dir.resolve("out");
      assertEquals(ExitCode.OK, run(new BatchCommand(), scenario.toString(), "--reps", "5", "--policy", "doctrine,none",
          "--threads", "2", "--out", output.toString(), "-q", "--no-report", "--profile"), err.toString());
      String text = err.toString();
      assertTrue(text.contains("profile: 10 runs in "), text);
      assertTrue(text.contains(" on 2 threads; "), text);
      java.util.regex.Matcher cpu = java.util.regex.Pattern.compile(
          "profile: CPU ([0-9.]+) s for the whole command = ([0-9.]+) s in the engine \\(([0-9.]+) ms per run\\)")
          .matcher(text);
      assertTrue(cpu.find(), text);
      double whole = Double.parseDouble(cpu.group(1));
      double engine = Double.parseDouble(cpu.group(2));
      assertTrue(engine > 0 && engine < whole, text);
      assertEquals(engine, Double.parseDouble(cpu.group(3)) * 10 / 1000, 0.0051, "per run, of the rounded total: " + text);
    }

    @Test
    void aVariantIsPlannedUnderItsScenarioIdAndLabel() throws Exception {
      Files.writeString(dir.resolve("longer.yaml"),
          Files.readString(scenario).replace("durationDays: 3", "durationDays: 4"));
      Files.writeString(dir.resolve("variants.yaml"), """
          formatVersion: 1
          scenarios: [minimal.yaml]
          variants: {longer: longer.yaml}
          replications: 2
          """);
      assertEquals(ExitCode.OK, run(new BatchCommand(), dir.resolve("variants.yaml").toString(), "--dry-run"),
          err.toString());
      assertTrue(out.toString().startsWith("variants: 4 runs = 2 scenarios x 1 design point x 1 policy x 2 replications"),
          out.toString());
      String title = org.liaison.scenario.read.ScenarioReader.read(dir.resolve("longer.yaml")).metadata().title();
      assertTrue(out.toString().contains("scenario " + title + ", variant longer (longer.yaml, 96 ticks)"), out.toString());
      assertFalse(out.toString().contains("minimal:longer"), "the plan names scenarios by title: " + out);
    }

    @Test
    void theScenarioFormCanShareSeedsAcrossPoliciesAndThenPairsTheComparisons() throws Exception {
      Path output = dir.resolve("out");
      assertEquals(ExitCode.OK, run(new BatchCommand(), scenario.toString(), "--reps", "3", "--policy", "none,doctrine",
          "--common-random-numbers", "--out", output.toString(), "-q"), err.toString());
      List<String> rows = Files.readAllLines(output.resolve("runs.csv"));
      assertEquals(rows.get(1).split(",")[3], rows.get(4).split(",")[3], "replication 1 of none and of doctrine");
      assertTrue(Files.readString(output.resolve("comparisons.csv")).lines()
          .anyMatch(l -> l.startsWith("minimal,score,0,none,0,doctrine,") && l.contains(",3,")), "three pairs");
    }

    @Test
    void anUnknownPolicyIsRefusedBeforeAnythingRuns() {
      Path output = dir.resolve("out");
      int code = run(new BatchCommand(), scenario.toString(), "--policy", "doctrin", "--out", output.toString());
      assertEquals(ExitCode.INVALID_INPUT, code);
      assertTrue(err.toString().contains("--policy: unknown policy 'doctrin' (did you mean 'doctrine'?); allowed: doctrine, none"), err.toString());
      assertTrue(!Files.exists(output));
    }

    @Test
    void aRulePolicyGivenByItsPathIsRecordedByItsNameAsTheRunCommandNamesIt() throws Exception {
      Path rules = Files.writeString(dir.resolve("my-rules.yaml"),
          "name: cautious\nrules:\n  - when: day >= 1\n    once: true\n    take:\n      - {type: HIRE_INTERPRETERS, language: so}\n");
      Path output = dir.resolve("out");
      int code = run(new BatchCommand(), scenario.toString(), "--reps", "2", "--policy", "none,rules:" + rules,
          "--out", output.toString());
      assertEquals(ExitCode.OK, code, err.toString());
      String runs = Files.readString(output.resolve("runs.csv"));
      assertTrue(runs.contains(",rules-cautious,"), runs);
      assertTrue(!runs.contains("rules:"), runs);
      com.fasterxml.jackson.databind.JsonNode summary =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(output.resolve("summary.json").toFile());
      assertEquals("[\"none\",\"rules-cautious\"]", summary.path("experiment").path("policies").toString());
      assertEquals("rules:" + rules, summary.path("experiment").path("policySources").path("rules-cautious").asText());
    }

    @Test
    void aRulePolicyWhoseFileIsMissingIsRefusedByTheEngineBeforeAnythingRuns() {
      Path output = dir.resolve("out");
      int code = run(new BatchCommand(), scenario.toString(), "--policy", "none,rules:" + dir.resolve("nowhere.yaml"),
          "--out", output.toString());
      assertEquals(ExitCode.INVALID_INPUT, code);
      assertTrue(err.toString().contains("--policy: policy 'rules:"), err.toString());
      assertTrue(err.toString().contains("cannot be used"), err.toString());
      assertTrue(!Files.exists(output));
    }

    @Test
    void aRunTimeLimitOutsideOneSecondToAWeekIsRefusedBeforeAnythingRuns() {
      Path output = dir.resolve("out");
      int code = run(new BatchCommand(), scenario.toString(), "--run-time-limit", "0", "--out", output.toString());
      assertEquals(ExitCode.INVALID_INPUT, code);
      assertTrue(err.toString().contains("--run-time-limit must be 1 to 604800 seconds"), err.toString());
      assertTrue(!Files.exists(output));
    }

    @Test
    void scenarioFlagsAreRefusedWithAnExperimentFile() throws Exception {
      Files.writeString(dir.resolve("e.yaml"), "formatVersion: 1\nscenarios: [minimal.yaml]\n");
      assertEquals(ExitCode.INVALID_INPUT, run(new BatchCommand(), dir.resolve("e.yaml").toString(), "--reps", "3"));
      assertTrue(err.toString().contains("--reps applies to the scenario form only"), err.toString());
    }

    @Test
    void aBadExperimentFileIsReportedWithFileLineAndColumn() throws Exception {
      Files.writeString(dir.resolve("e.yaml"), "formatVersion: 1\nscenarios: [minimal.yaml]\nreplications: -1\n");
      assertEquals(ExitCode.INVALID_INPUT, run(new BatchCommand(), dir.resolve("e.yaml").toString()));
      assertTrue(err.toString().contains("e.yaml:3:1: replications: -1 is out of range"), err.toString());
    }

    @Test
    void aDirectoryHoldingAnotherExperimentIsRefused() throws Exception {
      Path output = dir.resolve("out");
      run(new BatchCommand(), scenario.toString(), "--reps", "2", "--out", output.toString(), "-q");
      int code = run(new BatchCommand(), scenario.toString(), "--reps", "3", "--out", output.toString(), "-q");
      assertEquals(ExitCode.INVALID_INPUT, code);
      assertTrue(err.toString().contains("holds a different experiment"), err.toString());
      assertEquals(ExitCode.OK, run(new BatchCommand(), scenario.toString(), "--reps", "3", "--out", output.toString(),
          "-q", "--overwrite"));
      assertEquals(1 + 3, Files.readAllLines(output.resolve("runs.csv")).size());
    }
  }

  @Nested
  class CompareAndReport {
    @Test
    void compareWritesOneRowPerSharedGroupAndIndicator() throws Exception {
      run(new BatchCommand(), scenario.toString(), "--reps", "5", "--out", dir.resolve("a").toString(), "-q");
      run(new BatchCommand(), scenario.toString(), "--reps", "5", "--seed", "2", "--out", dir.resolve("b").toString(), "-q");
      out.getBuffer().setLength(0);
      int code = run(new CompareCommand(), dir.resolve("a").toString(), dir.resolve("b").toString(), "--indicator", "score");
      assertEquals(ExitCode.OK, code, err.toString());
      List<String> lines = out.toString().lines().toList();
      assertEquals(2, lines.size(), out.toString());
      assertTrue(lines.get(0).startsWith("scenario,indicator,design_point_a,policy_a,design_point_b,policy_b,n_a,n_b"));
      assertTrue(lines.get(1).startsWith("minimal,score,0,none,0,none,5,5,"), lines.get(1));
    }

    @Test
    void compareMatchesGroupsByParametersSaysWhatDiffersAndPairsCommonRandomNumbers() throws Exception {
      String sweep = """
          formatVersion: 1
          scenarios: [minimal.yaml]
          policies: [none]
          design:
            type: POINTS
            points: [{casualtyRate: %s}, {casualtyRate: %s}]
          replications: 4
          commonRandomNumbers: true
          """;
      Files.writeString(dir.resolve("a.yaml"), sweep.formatted("0.001", "0.002"));
      Files.writeString(dir.resolve("b.yaml"), sweep.formatted("0.002", "0.004"));
      assertEquals(ExitCode.OK, run(new BatchCommand(), dir.resolve("a.yaml").toString(), "-q"), err.toString());
      assertEquals(ExitCode.OK, run(new BatchCommand(), dir.resolve("b.yaml").toString(), "-q"), err.toString());
      out.getBuffer().setLength(0);
      assertEquals(ExitCode.OK, run(new CompareCommand(), dir.resolve("runs/a").toString(),
          dir.resolve("runs/b").toString(), "--indicator", "score"), err.toString());
      List<String> lines = out.toString().lines().toList();
      assertEquals(2, lines.size(), "only casualtyRate 0.002 is in both: " + out);
      List<String> header = List.of(lines.get(0).split(","));
      List<String> row = List.of(lines.get(1).split(","));
      assertEquals("1", row.get(header.indexOf("design_point_a")), "0.002 is point 1 of A");
      assertEquals("0", row.get(header.indexOf("design_point_b")), "and point 0 of B");
      assertEquals("4", row.get(header.indexOf("paired_n")));
      assertTrue(err.toString().contains("designPoints: [{\"casualtyRate\":0.001},{\"casualtyRate\":0.002}] in A, "
          + "[{\"casualtyRate\":0.002},{\"casualtyRate\":0.004}] in B"), err.toString());
      assertTrue(err.toString().contains("runs are paired by replication"), err.toString());
    }

    @Test
    void compareRefusesADirectoryThatIsNotAnExperiment() {
      assertEquals(ExitCode.INVALID_INPUT, run(new CompareCommand(), dir.toString(), dir.toString()));
      assertTrue(err.toString().contains("not a Liaison experiment directory"), err.toString());
    }

    @Test
    void reportWritesTheHtmlFileWhereAsked() throws Exception {
      run(new BatchCommand(), scenario.toString(), "--reps", "3", "--out", dir.resolve("a").toString(), "-q", "--no-report");
      assertTrue(!Files.exists(dir.resolve("a/report.html")));
      Path target = dir.resolve("r.html");
      assertEquals(ExitCode.OK, run(new ReportCommand(), dir.resolve("a").toString(), "--out", target.toString()));
      assertTrue(Files.readString(target).startsWith("<!DOCTYPE html>"));
    }
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
