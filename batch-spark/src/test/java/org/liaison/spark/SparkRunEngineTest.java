package org.liaison.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.results.batch.BatchPlan;
import org.liaison.results.batch.BatchRunner;
import org.liaison.results.batch.ExperimentReader;
import org.liaison.results.batch.PlanSource;
import org.liaison.results.batch.RunEngine;
import org.liaison.results.batch.RunExecutor;
import org.liaison.results.batch.RunExecutorProvider;
import org.liaison.results.batch.RunsCsv;

/**
 * Spark in local mode on two cores gives the files of the batch's own threads, byte for byte, for
 * an experiment with a design, a time series and a scenario variant.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkRunEngineTest {
  private static final List<String> FILES = List.of("experiment.json", "runs.csv", "timeseries.csv.gz", "summary.csv",
      "summary.json", "comparisons.csv");

  @TempDir
  static Path dir;
  private Path experiment;
  private RunExecutor executor;
  private Path threads;

  @BeforeAll
  void runOnThreads() throws Exception {
    Path scenario = Path.of("../scenarios/somalia-lower-shabelle.yaml").toAbsolutePath().normalize();
    experiment = dir.resolve("sweep.yaml");
    Files.writeString(dir.resolve("longer.yaml"),
        Files.readString(scenario).replace("durationDays: 21", "durationDays: 28"));
    Files.writeString(experiment, """
        formatVersion: 1
        name: sweep
        scenarios: ['%s']
        variants: {longer: longer.yaml}
        policies: [none, doctrine]
        design:
          type: FACTORIAL
          factors:
            casualtyRate: {values: [0.002, 0.006]}
        replications: 4
        seed: 11
        indicators: [trustInMission, civilianCasualties]
        timeseriesEvery: 72
        """.formatted(scenario));
    executor = RunExecutorProvider.find().orElseThrow();
    threads = run("threads", null, Long.MAX_VALUE).outputDirectory();
  }

  @AfterAll
  void stopSpark() {
    SparkSession.getActiveSession().foreach(s -> {
      s.stop();
      return null;
    });
  }

  private BatchPlan run(String output, RunEngine engine, long stopAfter) throws Exception {
    BatchPlan plan = ExperimentReader.read(experiment, executor).with(2, dir.resolve(output));
    new BatchRunner(executor, p -> { }, engine).run(plan, new BatchRunner.Options(false, stopAfter, null));
    return plan;
  }

  private RunEngine spark(boolean parquet) {
    return new SparkEngineProvider().open(new PlanSource.ExperimentFile(experiment.toString()), "local[2]", parquet);
  }

  private void assertSameFiles(Path expected, Path actual) throws Exception {
    for (String file : FILES) {
      assertEquals(-1L, Files.mismatch(expected.resolve(file), actual.resolve(file)), file);
    }
  }

  @Test
  void sparkLocalModeWritesTheThreadExecutorsFilesByteForByteFailedRunsIncluded() throws Exception {
    List<Long> progress = new ArrayList<>();
    BatchPlan plan = ExperimentReader.read(experiment, executor).with(2, dir.resolve("spark"));
    try (RunEngine engine = spark(true)) {
      BatchRunner.Outcome outcome = new BatchRunner(executor, p -> progress.add(p.done()), engine).run(plan,
          BatchRunner.Options.defaults());
      assertTrue(outcome.complete());
      assertTrue(outcome.failed() > 0 && outcome.failed() < outcome.total(), "failed: " + outcome.failed());
    }
    assertSameFiles(threads, dir.resolve("spark"));
    assertEquals(plan.totalRuns(), progress.size(), "progress after every written run, on the driver");
    assertTrue(Files.readString(dir.resolve("spark/runs.csv"))
        .contains(",failed,IllegalStateException: simulated failure of seed "));

    SparkSession spark = SparkSession.builder().master("local[1]").getOrCreate();
    try {
      List<Row> rows = spark.read().parquet(dir.resolve("spark/runs.parquet").toString()).orderBy("run_id")
          .collectAsList();
      assertEquals(Arrays.asList(rows.get(0).schema().fieldNames()), RunsCsv.header(plan));
      assertEquals(plan.totalRuns(), rows.size());
      List<String> csv = Files.readAllLines(dir.resolve("spark/runs.csv"));
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        assertEquals(i, row.getLong(0));
        String[] fields = csv.get(i + 1).split(",");
        assertEquals(Long.parseLong(fields[3]), row.getLong(3), "seed");
        int score = row.fieldIndex("score");
        assertEquals(fields[score].equals("NA") ? null : Double.valueOf(fields[score]), row.isNullAt(score) ? null
            : row.getDouble(score), "score of run " + i);
        assertEquals(csv.get(i + 1).endsWith(",ok,NA"), row.isNullAt(row.fieldIndex("error")), "error of run " + i);
      }
      long seriesRows = spark.read().parquet(dir.resolve("spark/timeseries.parquet").toString()).count();
      assertTrue(seriesRows > 0);
    } finally {
      spark.stop();
    }
  }

  @Test
  void anInterruptedSparkBatchResumesToTheSameFiles() throws Exception {
    try (RunEngine engine = spark(false)) {
      BatchPlan plan = ExperimentReader.read(experiment, executor).with(2, dir.resolve("resumed"));
      BatchRunner.Outcome first = new BatchRunner(executor, p -> { }, engine).run(plan,
          new BatchRunner.Options(false, 9, null));
      assertFalse(first.complete());
      assertEquals(9, first.ran());
      BatchRunner.Outcome second = new BatchRunner(executor, p -> { }, engine).run(plan, BatchRunner.Options.defaults());
      assertEquals(9, second.skipped());
      assertTrue(second.complete());
    }
    assertSameFiles(threads, dir.resolve("resumed"));
    assertFalse(Files.exists(dir.resolve("resumed/runs.parquet")));
  }
}
