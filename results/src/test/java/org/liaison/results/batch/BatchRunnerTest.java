package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
  private static final String EXPERIMENT = """
      formatVersion: 1
      scenarios: [minimal.yaml, second.yaml]
      policies: [none, doctrine]
      design:
        type: FACTORIAL
        factors:
          casualtyRate: {values: [0.001, 0.01]}
      replications: 6
      seed: 77
      indicators: [civilianCasualties, meanLatencyHours, trustInMission]
      timeseriesEvery: 12
      """;
  private static final List<String> FILES = List.of("experiment.json", "runs.csv", "summary.csv", "summary.json",
      "comparisons.csv");

  @TempDir
  Path dir;

  private BatchPlan plan(String text, String output, int threads) throws Exception {
    Path file = TestFiles.experiment(dir, text);
    return ExperimentReader.read(file, new FakeExecutor().policies()).with(threads, dir.resolve(output));
  }

  private static BatchRunner.Outcome run(BatchPlan plan, RunExecutor executor, BatchRunner.Options options)
      throws Exception {
    return new BatchRunner(executor, p -> { }).run(plan, options);
  }

  private static String series(Path output) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(output.resolve("timeseries.csv.gz")))) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    for (String file : FILES) {
      assertEquals(Files.readString(expected.resolve(file)), Files.readString(actual.resolve(file)), file);
    }
    assertArrayEquals(Files.readAllBytes(expected.resolve("timeseries.csv.gz")),
        Files.readAllBytes(actual.resolve("timeseries.csv.gz")), "timeseries.csv.gz");
  }

  @Nested
  class Determinism {
    @Test
    void oneAndTwoThreadsAndAShuffledOrderWriteByteIdenticalFiles() throws Exception {
      BatchPlan one = plan(EXPERIMENT, "one", 1);
      BatchPlan two = plan(EXPERIMENT, "two", 2);
      BatchPlan shuffled = plan(EXPERIMENT, "shuffled", 4);
      run(one, new FakeExecutor(), BatchRunner.Options.defaults());
      run(two, new FakeExecutor(), BatchRunner.Options.defaults());
      run(shuffled, new FakeExecutor(seed -> false, true), new BatchRunner.Options(false, Long.MAX_VALUE, 12345L));
      assertSameFiles(dir.resolve("one"), dir.resolve("two"));
      assertSameFiles(dir.resolve("one"), dir.resolve("shuffled"));
    }

    @Test
    void rowsAreInRunIdOrderAndCarryTheirSeedAndParameters() throws Exception {
      BatchPlan plan = plan(EXPERIMENT, "out", 2);
      run(plan, new FakeExecutor(), BatchRunner.Options.defaults());
      List<String> lines = Files.readAllLines(dir.resolve("out/runs.csv"));
      assertEquals(plan.totalRuns() + 1, lines.size());
      List<String> header = Csv.split(lines.get(0));
      assertEquals(List.of("run_id", "design_point", "replication", "seed", "scenario", "policy"), header.subList(0, 6));
      assertEquals(List.of("trustInMission", "meanLatencyHours", "civilianCasualties", "score", "status", "error"),
          header.subList(header.size() - 6, header.size()));
      for (int i = 1; i < lines.size(); i++) {
        List<String> row = Csv.split(lines.get(i));
        RunSpec spec = plan.run(i - 1);
        assertEquals(Long.toString(i - 1), row.get(0));
        assertEquals(Long.toString(spec.seed()), row.get(3));
        assertEquals(Csv.number(spec.parameters().casualtyRate()), row.get(header.indexOf("casualtyRate")));
        assertEquals("TRUE", row.get(header.indexOf("associationHurtsAcceptance")));
        assertEquals("NA", row.get(header.indexOf("meanLatencyHours")));
        assertEquals("ok", row.get(header.indexOf("status")));
      }
    }
  }

  @Nested
  class CommonRandomNumbers {
    private static final String CRN = EXPERIMENT.replace("seed: 77", "seed: 77\ncommonRandomNumbers: true");

    @Test
    void runsOfOneReplicationShareTheirSeedAcrossPoliciesAndDesignPoints() throws Exception {
      BatchPlan plan = plan(CRN, "out", 2);
      for (long id = 0; id < plan.totalRuns(); id++) {
        RunSpec run = plan.run(id);
        assertEquals(Seeds.derive(77, plan.scenarios().get(run.scenarioIndex()).id(), "", 0, run.replication()),
            run.seed());
      }
      assertTrue(!plan.fingerprint().equals(plan(EXPERIMENT, "other", 2).fingerprint()));
    }

    @Test
    void comparisonsArePairedByReplicationOnlyWithCommonRandomNumbers() throws Exception {
      run(plan(CRN, "crn", 2), new FakeExecutor(), BatchRunner.Options.defaults());
      run(plan(EXPERIMENT, "plain", 2), new FakeExecutor(), BatchRunner.Options.defaults());
      List<String> header = Csv.split(Files.readAllLines(dir.resolve("crn/comparisons.csv")).get(0));
      int pairs = header.indexOf("paired_n");
      int wilcoxon = header.indexOf("wilcoxon_p");
      List<String> crnScore = Files.readAllLines(dir.resolve("crn/comparisons.csv")).stream()
          .filter(l -> l.startsWith("minimal,score,0,none,0,doctrine,")).map(Csv::split).findFirst().orElseThrow();
      assertEquals("6", crnScore.get(pairs));
      assertTrue(Double.parseDouble(crnScore.get(wilcoxon)) > 0);
      List<String> plainScore = Files.readAllLines(dir.resolve("plain/comparisons.csv")).stream()
          .filter(l -> l.startsWith("minimal,score,0,none,0,doctrine,")).map(Csv::split).findFirst().orElseThrow();
      assertEquals("0", plainScore.get(pairs));
      assertEquals("NA", plainScore.get(wilcoxon));
    }
  }

  @Test
  void aRulePolicyRunsUnderItsOwnNameWithItsFileResolved() throws Exception {
    Files.writeString(dir.resolve("cautious.yaml"), "ok\n");
    Path file = TestFiles.experiment(dir, EXPERIMENT.replace("policies: [none, doctrine]", "policies: [none, 'rules:cautious.yaml']"));
    BatchPlan plan = ExperimentReader.read(file, new FakeExecutor()).with(2, dir.resolve("out"));
    run(plan, new FakeExecutor(), BatchRunner.Options.defaults());
    List<String> lines = Files.readAllLines(dir.resolve("out/runs.csv"));
    assertTrue(lines.stream().anyMatch(l -> l.contains(",minimal,rules-cautious,")), lines.get(1));
    assertTrue(Files.readString(dir.resolve("out/comparisons.csv")).contains(",none,0,rules-cautious,"));
  }

  @Test
  void aRulePolicyHasOneNameInEveryOutputAndItsFileOnlyWhereItIsRead() throws Exception {
    Files.createDirectories(dir.resolve("strategies"));
    Files.writeString(dir.resolve("strategies/cautious.yaml"), "ok\n");
    Path file = TestFiles.experiment(dir, EXPERIMENT.replace("policies: [none, doctrine]",
        "policies: [none, 'rules:strategies/cautious.yaml']"));
    BatchPlan plan = ExperimentReader.read(file, new FakeExecutor()).with(2, dir.resolve("out"));
    run(plan, new FakeExecutor(), BatchRunner.Options.defaults());
    String runs = Files.readString(dir.resolve("out/runs.csv"));
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode summary =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve("out/summary.json").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) summary.path("experiment")).remove("policySources");
    com.fasterxml.jackson.databind.JsonNode experiment =
        json.readTree(dir.resolve("out/experiment.json").toFile()).path("experiment");
    for (String output : List.of(runs, summary.toString(), experiment.path("policies").toString())) {
      assertTrue(output.contains("rules-cautious"), output);
      assertTrue(!output.contains("rules:"), output);
    }
    assertEquals("rules:strategies/cautious.yaml", experiment.path("policySources").path("rules-cautious").asText());
    assertTrue(experiment.path("policyFiles").has("rules-cautious"), experiment.toString());
  }

  @Test
  void twoRuleFilesOfOneNameAreRefused() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/cautious.yaml"), "ok\n");
    Files.writeString(dir.resolve("b/cautious.yaml"), "ok, too\n");
    Path file = TestFiles.experiment(dir, EXPERIMENT.replace("policies: [none, doctrine]",
        "policies: ['rules:a/cautious.yaml', 'rules:b/cautious.yaml']"));
    org.liaison.scenario.read.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.liaison.scenario.read.InvalidInputException.class, () -> ExperimentReader.read(file, new FakeExecutor()));
    assertTrue(e.problems().toString().contains("is named rules-cautious in outputs, as is 'rules:a/cautious.yaml'"),
        e.problems().toString());
  }

  @Nested
  class Failures {
    @Test
    void aFailingRunBecomesARowWithItsErrorAndTheOthersCarryOn() throws Exception {
      BatchPlan plan = plan(EXPERIMENT, "out", 2);
      BatchRunner.Outcome outcome = run(plan, new FakeExecutor(seed -> seed % 5 == 0, false), BatchRunner.Options.defaults());
      assertTrue(outcome.complete());
      assertTrue(outcome.failed() > 0 && outcome.failed() < plan.totalRuns(), "failed: " + outcome.failed());
      List<String> lines = Files.readAllLines(dir.resolve("out/runs.csv"));
      assertEquals(plan.totalRuns() + 1, lines.size());
      String failed = lines.stream().filter(l -> l.contains(",failed,")).findFirst().orElseThrow();
      assertTrue(failed.endsWith(",failed,\"IllegalStateException: simulated failure, with \"\"quotes\"\", commas and a line break\""),
          failed);
      List<String> fields = Csv.split(failed);
      assertEquals("NA", fields.get(fields.size() - 3), "the score of a failed run");
      assertTrue(Files.readString(dir.resolve("out/summary.csv")).contains(","));
    }
  }

  @Test
  void aGroupWhoseRunsAllFailedIsSummarisedAsEmptyWithNA() throws Exception {
    BatchPlan plan = plan(EXPERIMENT, "out", 2);
    BatchRunner.Outcome outcome = run(plan, new FakeExecutor(seed -> true, false), BatchRunner.Options.defaults());
    assertTrue(outcome.complete());
    List<String> summary = Files.readAllLines(dir.resolve("out/summary.csv"));
    List<String> header = Csv.split(summary.get(0));
    List<String> score = Csv.split(summary.stream().filter(l -> l.contains(",none,score,")).findFirst().orElseThrow());
    assertEquals("6", score.get(header.indexOf("runs")));
    assertEquals("6", score.get(header.indexOf("failed")));
    assertEquals("0", score.get(header.indexOf("n")));
    for (String column : List.of("mean", "sd", "ci_low", "ci_high", "median", "min", "max")) {
      assertEquals("NA", score.get(header.indexOf(column)), column);
    }
    assertTrue(Files.readString(dir.resolve("out/summary.json")).contains("\"mean\" : null"));
  }

  @Nested
  class Resume {
    @Test
    void anInterruptedExperimentResumedGivesTheSameFilesAsAnUninterruptedOne() throws Exception {
      run(plan(EXPERIMENT, "whole", 2), new FakeExecutor(), BatchRunner.Options.defaults());
      BatchPlan plan = plan(EXPERIMENT, "resumed", 2);
      BatchRunner.Outcome first = run(plan, new FakeExecutor(), new BatchRunner.Options(false, 7, null));
      assertFalse(first.complete());
      assertFalse(Files.exists(dir.resolve("resumed/summary.csv")));
      FakeExecutor executor = new FakeExecutor();
      BatchRunner.Outcome second = run(plan, executor, BatchRunner.Options.defaults());
      assertEquals(7, second.skipped());
      assertEquals(plan.totalRuns() - 7, executor.calls.get());
      assertSameFiles(dir.resolve("whole"), dir.resolve("resumed"));
    }

    @Test
    void aPartiallyWrittenLastLineIsDroppedAndItsRunDoneAgain() throws Exception {
      run(plan(EXPERIMENT, "whole", 1), new FakeExecutor(), BatchRunner.Options.defaults());
      BatchPlan plan = plan(EXPERIMENT, "cut", 1);
      run(plan, new FakeExecutor(), new BatchRunner.Options(false, 10, null));
      Path runs = dir.resolve("cut/runs.csv");
      String text = Files.readString(runs);
      Files.writeString(runs, text.substring(0, text.length() - 25));
      Path series = dir.resolve("cut/timeseries.csv.gz");
      byte[] bytes = Files.readAllBytes(series);
      Files.write(series, java.util.Arrays.copyOf(bytes, bytes.length - 30));
      FakeExecutor executor = new FakeExecutor();
      BatchRunner.Outcome outcome = run(plan, executor, BatchRunner.Options.defaults());
      assertEquals(9, outcome.skipped());
      assertSameFiles(dir.resolve("whole"), dir.resolve("cut"));
      assertEquals(series(dir.resolve("whole")), series(dir.resolve("cut")));
    }

    private Path interrupted(String name, int runs) throws Exception {
      BatchPlan plan = plan(EXPERIMENT, name, 1);
      run(plan, new FakeExecutor(), new BatchRunner.Options(false, runs, null));
      return dir.resolve(name);
    }

    private String assertRefusedUnchanged(Path out, String expectedStart) throws Exception {
      byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
      byte[] series = Files.readAllBytes(out.resolve("timeseries.csv.gz"));
      FakeExecutor executor = new FakeExecutor();
      ExperimentDirectoryException e = assertThrows(ExperimentDirectoryException.class,
          () -> run(plan(EXPERIMENT, out.getFileName().toString(), 1), executor, BatchRunner.Options.defaults()));
      assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
      assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
      assertEquals(0, executor.calls.get());
      assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")));
      assertArrayEquals(series, Files.readAllBytes(out.resolve("timeseries.csv.gz")));
      return e.getMessage();
    }

    @Test
    void damageInTheMiddleOfTheTimeSeriesIsRefusedNotTakenForACutLastRecord() throws Exception {
      Path out = interrupted("damaged", 10);
      Path series = out.resolve("timeseries.csv.gz");
      List<Long> ends = new ArrayList<>();
      SeriesFile.scan(series, member -> ends.add(member.end()));
      byte[] bytes = Files.readAllBytes(series);
      int middle = (int) ((ends.get(3) + ends.get(4)) / 2);
      for (int i = middle; i < middle + 8; i++) {
        bytes[i] = (byte) ~bytes[i];
      }
      Files.write(series, bytes);
      String message = assertRefusedUnchanged(out, series + ": ");
      // the damaged record is run 3's: either it fails to decompress, or it swallows the rest and run 3 is missing
      assertTrue(message.startsWith(series + ": damaged at byte " + ends.get(3) + " ")
          || message.startsWith(series + ": no series of run 3,"), message);
    }

    @Test
    void zeroBytesAFileSystemLeftAfterTheLastRecordAreDropped() throws Exception {
      run(plan(EXPERIMENT, "whole", 1), new FakeExecutor(), BatchRunner.Options.defaults());
      Path out = interrupted("zeros", 10);
      Path series = out.resolve("timeseries.csv.gz");
      Files.write(series, new byte[4096], java.nio.file.StandardOpenOption.APPEND);
      run(plan(EXPERIMENT, "zeros", 1), new FakeExecutor(), BatchRunner.Options.defaults());
      assertSameFiles(dir.resolve("whole"), out);
    }

    @Test
    void aTimeSeriesThatLacksRunsOfRunsCsvIsRefused() throws Exception {
      Path out = interrupted("short", 10);
      Path series = out.resolve("timeseries.csv.gz");
      List<Long> ends = new ArrayList<>();
      SeriesFile.scan(series, member -> ends.add(member.end()));
      byte[] bytes = Files.readAllBytes(series);
      Files.write(series, java.util.Arrays.copyOf(bytes, (int) (long) ends.get(4)));
      assertRefusedUnchanged(out, series + ": no series of run 4");
    }

    @Test
    void aDuplicateOrOutOfOrderRowInRunsCsvIsRefusedWithItsLine() throws Exception {
      Path out = interrupted("duplicate", 6);
      Path runs = out.resolve("runs.csv");
      List<String> lines = new ArrayList<>(Files.readAllLines(runs));
      List<String> duplicated = new ArrayList<>(lines);
      duplicated.add(4, lines.get(3));
      Files.write(runs, duplicated);
      assertRefusedUnchanged(out, runs + ":5: run 2 again or out of order");

      List<String> swapped = new ArrayList<>(lines);
      swapped.set(3, lines.get(4));
      swapped.set(4, lines.get(3));
      Files.write(runs, swapped);
      assertRefusedUnchanged(out, runs + ":4: run 3 where run 2 should follow");

      List<String> edited = new ArrayList<>(lines);
      List<String> fields = new ArrayList<>(Csv.split(lines.get(2)));
      fields.set(3, "12345");
      edited.set(2, Csv.join(fields));
      Files.write(runs, edited);
      assertRefusedUnchanged(out, runs + ":3: run 1 with another design point");
    }

    @Test
    void aFinishedExperimentRunAgainRunsNothing() throws Exception {
      BatchPlan plan = plan(EXPERIMENT, "out", 2);
      run(plan, new FakeExecutor(), BatchRunner.Options.defaults());
      FakeExecutor executor = new FakeExecutor();
      BatchRunner.Outcome again = run(plan, executor, BatchRunner.Options.defaults());
      assertTrue(again.complete());
      assertEquals(0, executor.calls.get());
    }
  }

  @Nested
  class TheOutputDirectory {
    @Test
    void holdingAnotherExperimentIsRefusedAndLeftUntouched() throws Exception {
      run(plan(EXPERIMENT, "out", 2), new FakeExecutor(), BatchRunner.Options.defaults());
      String before = Files.readString(dir.resolve("out/runs.csv"));
      BatchPlan other = plan(EXPERIMENT.replace("seed: 77", "seed: 78"), "out", 2);
      ExperimentDirectoryException e = assertThrows(ExperimentDirectoryException.class,
          () -> run(other, new FakeExecutor(), BatchRunner.Options.defaults()));
      assertTrue(e.getMessage().contains("different experiment"), e.getMessage());
      assertEquals(before, Files.readString(dir.resolve("out/runs.csv")));
    }

    @Test
    void holdingAnotherExperimentIsReplacedWhenOverwriteIsAsked() throws Exception {
      run(plan(EXPERIMENT, "out", 2), new FakeExecutor(), BatchRunner.Options.defaults());
      BatchPlan other = plan(EXPERIMENT.replace("seed: 77", "seed: 78"), "out", 2);
      FakeExecutor executor = new FakeExecutor();
      run(other, executor, new BatchRunner.Options(true, Long.MAX_VALUE, null));
      assertEquals(other.totalRuns(), executor.calls.get());
    }

    @Test
    void beingWrittenByAnotherBatchIsRefused() throws Exception {
      BatchPlan plan = plan(EXPERIMENT, "out", 1);
      Files.createDirectories(dir.resolve("out"));
      try (java.nio.channels.FileChannel other = java.nio.channels.FileChannel.open(
              dir.resolve("out").resolve(BatchRunner.LOCK), java.nio.file.StandardOpenOption.CREATE,
              java.nio.file.StandardOpenOption.WRITE);
           java.nio.channels.FileLock held = other.lock()) {
        ExperimentDirectoryException e = assertThrows(ExperimentDirectoryException.class,
            () -> run(plan, new FakeExecutor(), BatchRunner.Options.defaults()));
        assertTrue(e.getMessage().contains("another liaison batch is writing"), e.getMessage());
        assertTrue(held.isValid());
      }
      run(plan, new FakeExecutor(), BatchRunner.Options.defaults());
      assertFalse(Files.exists(dir.resolve("out").resolve(BatchRunner.LOCK)), "the lock file is removed at the end");
    }

    @Test
    void withFilesThatAreNotAnExperimentsIsRefused() throws Exception {
      Files.createDirectories(dir.resolve("out"));
      Files.writeString(dir.resolve("out/thesis.tex"), "precious");
      assertThrows(ExperimentDirectoryException.class,
          () -> run(plan(EXPERIMENT, "out", 1), new FakeExecutor(), BatchRunner.Options.defaults()));
      assertEquals("precious", Files.readString(dir.resolve("out/thesis.tex")));
    }
  }

  @Nested
  class AFullDisk {
    /** A disk that takes this many bytes of the summary files and then reports that it is full. */
    private org.liaison.results.io.AtomicFile.Opener fullAfter(long bytes) {
      long[] written = {0};
      return temporary -> new java.io.FilterOutputStream(Files.newOutputStream(temporary)) {
        @Override
        public void write(int b) throws IOException {
          if (++written[0] > bytes) {
            throw new IOException("No space left on device");
          }
          out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          for (int i = 0; i < len; i++) {
            write(b[off + i]);
          }
        }
      };
    }

    private List<String> leftovers(Path out) throws IOException {
      try (var files = Files.list(out)) {
        return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
      }
    }

    @Test
    void leavesNoCutSummaryAndSaysHowToFinish() throws Exception {
      BatchPlan plan = plan(EXPERIMENT, "out", 2);
      org.liaison.results.io.AtomicFile.WriteFailedException e = assertThrows(
          org.liaison.results.io.AtomicFile.WriteFailedException.class,
          () -> new BatchRunner(new FakeExecutor(), p -> { }, null, fullAfter(3000)).run(plan, BatchRunner.Options.defaults()));
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
      assertTrue(e.getMessage().contains("run the same batch again"), e.getMessage());
      assertTrue(e.getMessage().contains(e.file().toString()), e.getMessage());
      for (String file : List.of("summary.csv", "summary.json", "comparisons.csv")) {
        assertFalse(Files.exists(dir.resolve("out").resolve(file)), file + " written in part");
      }
      assertEquals(List.of(), leftovers(dir.resolve("out")));
      FakeExecutor executor = new FakeExecutor();
      assertTrue(run(plan, executor, BatchRunner.Options.defaults()).complete());
      assertEquals(0, executor.calls.get());
      run(plan(EXPERIMENT, "whole", 2), new FakeExecutor(), BatchRunner.Options.defaults());
      assertSameFiles(dir.resolve("whole"), dir.resolve("out"));
    }

    @Test
    void keepsTheEarlierSummaryWhole() throws Exception {
      BatchPlan plan = plan(EXPERIMENT, "out", 2);
      run(plan, new FakeExecutor(), BatchRunner.Options.defaults());
      Path out = dir.resolve("out");
      String csv = Files.readString(out.resolve("summary.csv"));
      String json = Files.readString(out.resolve("summary.json"));
      long beforeJson = Files.size(out.resolve("summary.csv")) + Files.size(out.resolve("comparisons.csv"));
      assertThrows(org.liaison.results.io.AtomicFile.WriteFailedException.class,
          () -> org.liaison.results.stats.SummaryWriter.write(out, fullAfter(beforeJson + 100)));
      assertEquals(csv, Files.readString(out.resolve("summary.csv")));
      assertEquals(json, Files.readString(out.resolve("summary.json")));
      assertEquals(List.of(), leftovers(out));
    }
  }

  @Nested
  class RunsThatNeverReturnOrRunOutOfMemory {
    /** The fake engine, except that the runs of the given ids spin until interrupted or run out of memory. */
    private RunExecutor misbehaving(BatchPlan plan, long spinning, long outOfMemory) {
      FakeExecutor fake = new FakeExecutor();
      long spinSeed = plan.run(spinning).seed();
      long oomSeed = plan.run(outOfMemory).seed();
      return new RunExecutor() {
        @Override
        public java.util.Set<String> policies() {
          return fake.policies();
        }

        @Override
        public RunResult run(RunRequest request) throws Exception {
          if (request.seed() == spinSeed) {
            while (!Thread.currentThread().isInterrupted()) {
              Thread.onSpinWait();
            }
            throw new InterruptedException("given up");
          }
          if (request.seed() == oomSeed) {
            // what the virtual machine throws when a run's model outgrows the heap
            throw new OutOfMemoryError("Java heap space");
          }
          return fake.run(request);
        }
      };
    }

    @Test
    void becomeFailedRowsAndTheBatchCarriesOn() throws Exception {
      BatchPlan plan = plan(EXPERIMENT.replace("replications: 6", "replications: 2"), "out", 2);
      BatchRunner.Outcome outcome = run(plan, misbehaving(plan, 3, 5),
          new BatchRunner.Options(false, Long.MAX_VALUE, null, null, java.time.Duration.ofSeconds(2)));
      assertTrue(outcome.complete());
      assertEquals(2, outcome.failed());
      List<String> lines = Files.readAllLines(dir.resolve("out/runs.csv"));
      assertEquals(plan.totalRuns() + 1, lines.size());
      assertTrue(lines.get(4).startsWith("3,") && lines.get(4).contains(",failed,")
          && lines.get(4).contains("TimeLimitExceeded"), lines.get(4));
      assertTrue(lines.get(6).startsWith("5,") && lines.get(6).contains(",failed,")
          && lines.get(6).contains("OutOfMemoryError"), lines.get(6));
      assertEquals(plan.totalRuns() - 2, lines.stream().filter(l -> l.contains(",ok,")).count());
    }

    @Test
    void aRunStillGoingDoesNotHoldUpTheRowsOfTheRunsBeforeIt() throws Exception {
      BatchPlan plan = plan(EXPERIMENT.replace("replications: 6", "replications: 2"), "out", 2);
      // the run the writer waits for, half a window after the first, goes on until the rows before it are written
      long held = BatchRunner.window(2) / 2 - 1;
      long heldSeed = plan.run(held).seed();
      // and the first run is slow enough that the writer, finding it not done, waits for the later one
      long firstSeed = plan.run(0).seed();
      java.util.concurrent.CountDownLatch rowsBeforeWritten = new java.util.concurrent.CountDownLatch(1);
      boolean[] releasedByTheRows = new boolean[1];
      FakeExecutor fake = new FakeExecutor();
      RunExecutor executor = new RunExecutor() {
        @Override
        public java.util.Set<String> policies() {
          return fake.policies();
        }

        @Override
        public RunResult run(RunRequest request) throws Exception {
          if (request.seed() == firstSeed) {
            Thread.sleep(300);
          }
          if (request.seed() == heldSeed) {
            releasedByTheRows[0] = rowsBeforeWritten.await(30, java.util.concurrent.TimeUnit.SECONDS);
          }
          return fake.run(request);
        }
      };
      BatchRunner.Outcome outcome = new BatchRunner(executor, p -> {
        if (p.done() >= held) {
          rowsBeforeWritten.countDown();
        }
      }).run(plan, BatchRunner.Options.defaults());
      assertTrue(outcome.complete());
      assertTrue(releasedByTheRows[0], "the writer waited for run " + held + " before writing the rows before it");
    }
  }

  @Test
  void progressCountsDoneAndFailedRunsUpToTheTotal() throws Exception {
    BatchPlan plan = plan(EXPERIMENT, "out", 2);
    List<BatchRunner.Progress> seen = new ArrayList<>();
    new BatchRunner(new FakeExecutor(seed -> seed % 3 == 0, false), seen::add).run(plan, BatchRunner.Options.defaults());
    assertEquals(plan.totalRuns(), seen.size());
    BatchRunner.Progress last = seen.get(seen.size() - 1);
    assertEquals(plan.totalRuns(), last.done());
    assertEquals(plan.totalRuns(), last.total());
    assertTrue(last.failed() > 0);
    assertEquals(0.0, last.secondsLeft());
  }
}
