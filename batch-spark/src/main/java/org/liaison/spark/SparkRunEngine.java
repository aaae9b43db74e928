package org.liaison.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.concurrent.ExecutionException;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.liaison.results.batch.BatchPlan;
import org.liaison.results.batch.FinishedRun;
import org.liaison.results.batch.PlanSource;
import org.liaison.results.batch.RunEngine;

/**
 * Runs a batch's runs as Spark tasks. The driver keeps the batch layer (directory, resume, the
 * single writer, progress, summary); the executors get run ids and the plan's recipe, read the
 * plan themselves, run and format each run, and send back its row and time-series member.
 *
 * <p>The pending runs are cut into chunks, each one Spark job of several tasks; two jobs are in
 * flight, so the executors never wait while the driver writes a chunk. A chunk's rows come back
 * in run-id order (a collect keeps partition order), which is all the writer needs.
 */
public final class SparkRunEngine implements RunEngine {
  /**
   * Runs per task at most: about half a second of work for a shipped scenario, long next to
   * Spark's few milliseconds of per-task cost, short enough to balance the executors.
   */
  static final int MAX_RUNS_PER_TASK = 200;
  /** Tasks per job and executor core: enough to keep every core busy to the end of a job. */
  static final int TASKS_PER_CORE = 4;

  private final JavaSparkContext context;
  private final PlanSource source;
  private final boolean parquet;

  SparkRunEngine(SparkContext context, PlanSource source, boolean parquet) {
    this.context = JavaSparkContext.fromSparkContext(context);
    this.source = source;
    this.parquet = parquet;
  }

  @Override
  public void execute(BatchPlan plan, PrimitiveIterator.OfLong pending, Sink sink) throws IOException {
    String fingerprint = plan.fingerprint();
    int cores = Math.max(1, context.defaultParallelism());
    int chunk = cores * TASKS_PER_CORE * MAX_RUNS_PER_TASK;
    Deque<JavaFutureAction<List<FinishedRun>>> inFlight = new ArrayDeque<>();
    try {
      while (pending.hasNext() || !inFlight.isEmpty()) {
        while (inFlight.size() < 2 && pending.hasNext()) {
          List<Long> ids = new ArrayList<>(chunk);
          while (ids.size() < chunk && pending.hasNext()) {
            ids.add(pending.nextLong());
          }
          int tasks = Math.min(ids.size(), Math.max(cores * TASKS_PER_CORE,
              (ids.size() + MAX_RUNS_PER_TASK - 1) / MAX_RUNS_PER_TASK));
          inFlight.add(context.parallelize(ids, tasks).map(new RunTask(source, fingerprint)).collectAsync());
        }
        for (FinishedRun run : await(inFlight.poll())) {
          if (!sink.accept(run)) {
            return;
          }
        }
      }
    } finally {
      inFlight.forEach(job -> job.cancel(true));
    }
  }

  private static List<FinishedRun> await(JavaFutureAction<List<FinishedRun>> job) throws IOException {
    try {
      return job.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for Spark", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause.getCause() != null && cause.getMessage() != null && !cause.getMessage().contains(RunTask.PROBLEM)) {
        cause = cause.getCause();
      }
      throw new IOException("the Spark job failed: " + firstLine(cause.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "no message" : message.lines().findFirst().orElse("");
  }

  @Override
  public void completed(BatchPlan plan) throws IOException {
    if (parquet) {
      ParquetTables.write(SparkSession.builder().sparkContext(context.sc()).getOrCreate(), plan);
    }
  }

  @Override
  public void close() {
    context.stop();
  }
}
