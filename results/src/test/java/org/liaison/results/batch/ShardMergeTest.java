package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardMergeTest {
  private static final String EXPERIMENT = """
      formatVersion: 1
      scenarios: [minimal.yaml, second.yaml]
      policies: [none, doctrine]
      design:
        type: FACTORIAL
        factors:
          casualtyRate: {values: [0.001, 0.01]}
      replications: 5
      seed: 77
      indicators: [civilianCasualties, meanLatencyHours, trustInMission]
      timeseriesEvery: 12
      """;
  private static final List<String> FILES = List.of("experiment.json", "runs.csv", "timeseries.csv.gz", "summary.csv",
      "summary.json", "comparisons.csv");

  @TempDir
  Path dir;

  private BatchPlan plan(String text, String output) throws Exception {
    return ExperimentReader.read(TestFiles.experiment(dir, text), new FakeExecutor().policies())
        .with(2, dir.resolve(output));
  }

  private Path shard(String text, String output, Shard shard, long stopAfter) throws Exception {
    BatchPlan plan = plan(text, output);
    new BatchRunner(new FakeExecutor(seed -> seed % 7 == 0, false), p -> { }).run(plan,
        new BatchRunner.Options(false, stopAfter, null, shard, BatchRunner.Options.DEFAULT_RUN_TIME_LIMIT));
    return plan.outputDirectory();
  }

  private Path whole() throws Exception {
    BatchPlan plan = plan(EXPERIMENT, "whole");
    new BatchRunner(new FakeExecutor(seed -> seed % 7 == 0, false), p -> { }).run(plan, BatchRunner.Options.defaults());
    return plan.outputDirectory();
  }

  @Test
  void threeShardsMergedAreByteIdenticalToTheUnshardedRunFailuresIncluded() throws Exception {
    Path whole = whole();
    assertTrue(Files.readString(whole.resolve("runs.csv")).contains(",failed,"), "the fake must fail some runs");
    Path one = shard(EXPERIMENT, "s1", new Shard(1, 3), Long.MAX_VALUE);
    Path two = shard(EXPERIMENT, "s2", new Shard(2, 3), Long.MAX_VALUE);
    Path three = shard(EXPERIMENT, "s3", new Shard(3, 3), Long.MAX_VALUE);
    assertFalse(Files.exists(one.resolve("summary.csv")), "a shard alone is not summarised");
    ShardMerge.Outcome outcome = ShardMerge.merge(List.of(three, one, two), dir.resolve("merged"));
    assertEquals(40, outcome.totalRuns());
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(dir.resolve("merged").resolve(file)),
          file);
    }
  }

  @Test
  void aShardHoldsEveryNthRunAndRecordsItsSliceAndTheFingerprint() throws Exception {
    Path two = shard(EXPERIMENT, "s2", new Shard(2, 3), Long.MAX_VALUE);
    List<String> lines = Files.readAllLines(two.resolve("runs.csv"));
    assertEquals(13 + 1, lines.size());
    for (int i = 1; i < lines.size(); i++) {
      assertTrue(lines.get(i).startsWith((1 + 3 * (i - 1)) + ","), lines.get(i));
    }
    String json = Files.readString(two.resolve("experiment.json"));
    assertTrue(json.contains("\"shard\" : {\n    \"index\" : 2,\n    \"count\" : 3\n  }"), json);
    assertTrue(json.contains(plan(EXPERIMENT, "x").fingerprint()));
  }

  @Test
  void anInterruptedShardResumesAndIsRefusedByTheMergeUntilFinished() throws Exception {
    Path one = shard(EXPERIMENT, "s1", new Shard(1, 2), 4);
    Path two = shard(EXPERIMENT, "s2", new Shard(2, 2), Long.MAX_VALUE);
    ExperimentDirectoryException e = assertThrows(ExperimentDirectoryException.class,
        () -> ShardMerge.merge(List.of(one, two), dir.resolve("merged")));
    assertEquals(one + " is not finished (4 of 20 runs); run its batch again to resume it", e.getMessage());
    assertFalse(Files.exists(dir.resolve("merged")));
    shard(EXPERIMENT, "s1", new Shard(1, 2), Long.MAX_VALUE);
    ShardMerge.merge(List.of(one, two), dir.resolve("merged"));
    Path whole = whole();
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(dir.resolve("merged").resolve(file)),
          file);
    }
  }

  @Test
  void shardsOfAnotherExperimentOverlappingSlicesAndMissingSlicesAreRefused() throws Exception {
    Path one = shard(EXPERIMENT, "s1", new Shard(1, 2), Long.MAX_VALUE);
    Path two = shard(EXPERIMENT, "s2", new Shard(2, 2), Long.MAX_VALUE);
    Path otherSeed = shard(EXPERIMENT.replace("seed: 77", "seed: 78"), "other", new Shard(2, 2), Long.MAX_VALUE);
    Path ofThree = shard(EXPERIMENT, "t2", new Shard(2, 3), Long.MAX_VALUE);
    Path merged = dir.resolve("merged");
    assertEquals(otherSeed + " holds another experiment than " + one
        + " (their fingerprints in experiment.json differ); merge only the shards of one experiment",
        assertThrows(ExperimentDirectoryException.class, () -> ShardMerge.merge(List.of(one, otherSeed), merged))
            .getMessage());
    assertEquals(ofThree + " is shard 2/3 but " + one + " is shard 1/2: slices of different splits overlap; merge the "
        + "shards of one split",
        assertThrows(ExperimentDirectoryException.class, () -> ShardMerge.merge(List.of(one, two, ofThree), merged))
            .getMessage());
    assertEquals("shard 1/2 is given twice (" + one + " and " + one + "); give each slice once",
        assertThrows(ExperimentDirectoryException.class, () -> ShardMerge.merge(List.of(one, one, two), merged))
            .getMessage());
    assertEquals("shard 2/2 missing; the merge needs all 2 slices",
        assertThrows(ExperimentDirectoryException.class, () -> ShardMerge.merge(List.of(one), merged)).getMessage());
    assertEquals(whole() + " holds a whole experiment, not a shard (it was not run with --shard I/N)",
        assertThrows(ExperimentDirectoryException.class, () -> ShardMerge.merge(List.of(one, dir.resolve("whole")),
            merged)).getMessage());
    assertFalse(Files.exists(merged));
  }

  @Test
  void aShardDirectoryIsNotResumedAsAnotherSliceOrAsTheWholeExperiment() throws Exception {
    Path one = shard(EXPERIMENT, "s1", new Shard(1, 2), 3);
    BatchPlan plan = plan(EXPERIMENT, "s1");
    BatchRunner runner = new BatchRunner(new FakeExecutor(), p -> { });
    assertEquals(one + " holds shard 1/2 of this experiment, not shard 2/2; give each shard its own output directory",
        assertThrows(ExperimentDirectoryException.class,
            () -> runner.run(plan, new BatchRunner.Options(false, Long.MAX_VALUE, null, new Shard(2, 2), BatchRunner.Options.DEFAULT_RUN_TIME_LIMIT))).getMessage());
    assertThrows(ExperimentDirectoryException.class, () -> runner.run(plan, BatchRunner.Options.defaults()));
  }

  @Test
  void slicesAreWrittenIOverNAndCoverEveryRunOnce() {
    assertEquals(new Shard(3, 10), Shard.parse("3/10"));
    assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/3"));
    assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/3"));
    assertThrows(IllegalArgumentException.class, () -> Shard.parse("three"));
    for (int count = 1; count <= 7; count++) {
      long sum = 0;
      for (int index = 1; index <= count; index++) {
        Shard shard = new Shard(index, count);
        sum += shard.size(40);
        long inSlice = java.util.stream.LongStream.range(0, 40).filter(shard::contains).count();
        assertEquals(inSlice, shard.size(40));
      }
      assertEquals(40, sum);
    }
  }
}
