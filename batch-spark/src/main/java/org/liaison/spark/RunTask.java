package org.liaison.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.Function;
import org.liaison.results.batch.BatchPlan;
import org.liaison.results.batch.BatchRunner;
import org.liaison.results.batch.FinishedRun;
import org.liaison.results.batch.PlanSource;
import org.liaison.results.batch.RunExecutor;
import org.liaison.results.batch.RunExecutorProvider;
import org.liaison.scenario.read.InvalidInputException;

/**
 * One run on a Spark executor: reads the plan once per executor process and experiment, checks
 * that it is the driver's (same fingerprint, so the same files), and runs and formats the run
 * exactly as the batch's own threads do. A run that fails is a failed row; only a plan that cannot
 * be read, or differs from the driver's, fails the task.
 */
final class RunTask implements Function<Long, FinishedRun> {
  private static final long serialVersionUID = 1L;
  /** Starts the message of a task that cannot run any run, so the driver can report it. */
  static final String PROBLEM = "Liaison worker:";

  private record Worker(RunExecutor executor, BatchPlan plan) {}

  private static final Map<String, Worker> WORKERS = new ConcurrentHashMap<>();

  private final PlanSource source;
  private final String fingerprint;

  RunTask(PlanSource source, String fingerprint) {
    this.source = source;
    this.fingerprint = fingerprint;
  }

  @Override
  public FinishedRun call(Long runId) {
    Worker worker = WORKERS.computeIfAbsent(fingerprint, key -> read());
    return BatchRunner.finish(worker.executor(), worker.plan(), runId);
  }

  private Worker read() {
    RunExecutor executor = RunExecutorProvider.find().orElseThrow(() -> new IllegalStateException(PROBLEM
        + " no simulation engine on the executor's class path (submit the Liaison Spark jar)"));
    BatchPlan plan;
    try {
      plan = source.read(executor);
    } catch (InvalidInputException e) {
      throw new IllegalStateException(PROBLEM + " the experiment cannot be read here: "
          + (e.problems().isEmpty() ? e.getMessage() : e.problems().get(0)) + " (every worker needs the experiment's "
          + "files at the same path as the driver)");
    }
    if (!plan.fingerprint().equals(fingerprint)) {
      throw new IllegalStateException(PROBLEM + " the experiment's files here differ from the driver's (fingerprint "
          + plan.fingerprint() + ", driver " + fingerprint + ")");
    }
    return new Worker(executor, plan);
  }
}
