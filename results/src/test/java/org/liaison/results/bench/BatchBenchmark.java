package org.liaison.results.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.liaison.indicators.Indicator;
import org.liaison.results.batch.BatchPlan;
import org.liaison.results.batch.BatchRunner;
import org.liaison.results.batch.EngineRunExecutor;
import org.liaison.results.batch.ExperimentReader;
import org.liaison.results.batch.RunExecutor;
import org.liaison.results.batch.RunRequest;
import org.liaison.results.batch.RunResult;

/**
 * Measures the batch layer (not a unit test): replications per second of the real engine on one
 * thread and on every core, the parallel efficiency T1 / (p Tp), and the batch layer's own cost
 * (scheduling, ordering, writing, summarising) as a share of the run time; then the same layer
 * with an executor that does nothing, which gives its cost per run.
 *
 * <p>"Layer share" is the share of thread time (wall time x threads) not spent inside the
 * executor: scheduling, formatting, writing, waiting for the reorder window and summarising;
 * other processes on the machine inflate it. "CPU outside executor" is the share of the
 * process's CPU time not spent by the executor's threads inside runs (batch layer, JIT, GC):
 * it does not depend on the machine's load.
 *
 * <p>The engine is warmed with four times the runs of one measurement first: its time per run
 * keeps falling over the first few thousand runs while the JIT compiles it.
 *
 * <p>Arguments: a scenario file (default scenarios/somalia-lower-shabelle.yaml) and the number of
 * runs per measurement (default 400). Each measurement is repeated three times; the median is shown.
 */
public final class BatchBenchmark {
  private static double lastDirectCpuPerRun = Double.NaN;

  private BatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path scenario = Path.of(args.length > 0 ? args[0] : "scenarios/somalia-lower-shabelle.yaml");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "scenario %s, %d runs per measurement (policies none and doctrine), %d cores, Java %s%n",
        scenario, runs, cores, System.getProperty("java.version"));
    EngineRunExecutor engine = new EngineRunExecutor();
    // The engine takes a few thousand runs to be fully compiled by the JIT (the time per run falls
    // by more than half over the first 3000 runs); warm both paths well before anything is timed.
    for (int i = 0; i < 3; i++) {
      measure(scenario, engine, runs, cores, 24);
    }
    measure(scenario, engine, runs, 1, 0);
    double direct = directMedian(scenario, engine, runs);
    double engineCpuPerRun = lastDirectCpuPerRun;
    System.out.printf(Locale.ROOT, "engine alone, same %d runs in a plain loop on 1 thread: %.2f s (%.1f runs/s)%n", runs,
        direct, runs / direct);
    System.out.println("| executor | threads | time series | wall s | runs/s | efficiency | layer share (wall) "
        + "| writing share | CPU outside executor |");
    System.out.println("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    Result one = report("engine", measureMedian(scenario, engine, runs, 1, 0), null);
    report("engine", measureMedian(scenario, engine, runs, cores, 0), one);
    Result oneSeries = report("engine", measureMedian(scenario, engine, runs, 1, 24), null);
    report("engine", measureMedian(scenario, engine, runs, cores, 24), oneSeries);
    RunExecutor nothing = new Nothing();
    int many = runs * 25;
    measure(scenario, nothing, many / 2, cores, 0);
    Result noop1 = report("no-op", measureMedian(scenario, nothing, many, 1, 0), null);
    Result noopP = report("no-op", measureMedian(scenario, nothing, many, cores, 0), noop1);
    System.out.printf(Locale.ROOT, "batch layer cost per run (no-op executor): %.1f us on 1 thread, %.1f us on %d threads;"
        + " %.1f%% of the engine's CPU time per run%n", 1e6 * noop1.wall / noop1.runs, 1e6 * noopP.wall / noopP.runs, cores,
        100 * (noop1.wall / noop1.runs) / (engineCpuPerRun));
  }

  /** The same runs as a batch, called one after the other with nothing written: the engine's own time. */
  private static double directMedian(Path scenario, RunExecutor executor, int runs) throws Exception {
    BatchPlan plan = ExperimentReader.quick(scenario, runs / 2, List.of("none", "doctrine"), 1,
        List.of(Indicator.values()), 0, 1, Path.of("unused"));
    double[] times = new double[3];
    double[] cpu = new double[3];
    var threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      long cpuStart = threadBean.getCurrentThreadCpuTime();
      for (long id = 0; id < plan.totalRuns(); id++) {
        var run = plan.run(id);
        executor.run(new RunRequest(plan.scenarios().get(0).scenario(), run.parameters(), run.policy(), run.seed(), 0,
            plan.indicators()));
      }
      times[i] = (System.nanoTime() - start) / 1e9;
      cpu[i] = (threadBean.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    }
    java.util.Arrays.sort(times);
    java.util.Arrays.sort(cpu);
    lastDirectCpuPerRun = cpu[1] / runs;
    System.out.printf(Locale.ROOT, "engine alone: %.2f ms CPU per run%n", 1e3 * cpu[1] / runs);
    return times[1];
  }

  private record Result(int threads, int every, int runs, double wall, double runSeconds, double writeSeconds,
      double processCpu, double executorCpu) {}

  private static Result report(String executor, Result r, Result single) {
    double efficiency = single == null ? 1.0 : single.wall / (r.threads * r.wall);
    double layer = 1 - r.runSeconds / (r.wall * r.threads);
    System.out.printf(Locale.ROOT, "| %s | %d | %s | %.2f | %.1f | %.2f | %.1f%% | %.1f%% | %.1f%% |%n", executor,
        r.threads, r.every == 0 ? "no" : "every " + r.every, r.wall, r.runs / r.wall, efficiency, 100 * layer,
        100 * r.writeSeconds / r.wall, 100 * (1 - r.executorCpu / r.processCpu));
    return r;
  }

  private static Result measureMedian(Path scenario, RunExecutor executor, int runs, int threads, int every)
      throws Exception {
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      results.add(measure(scenario, executor, runs, threads, every));
    }
    results.sort(Comparator.comparingDouble(Result::wall));
    return results.get(1);
  }

  private static Result measure(Path scenario, RunExecutor executor, int runs, int threads, int every) throws Exception {
    Path out = Files.createTempDirectory("liaison-batch-bench");
    try {
      BatchPlan plan = ExperimentReader.quick(scenario, runs / 2, List.of("none", "doctrine"), 1,
          List.of(Indicator.values()), every, threads, out.resolve("run"));
      CpuTimed timed = new CpuTimed(executor);
      long cpuBefore = processCpuNanos();
      BatchRunner.Outcome outcome = new BatchRunner(timed, p -> { }).run(plan, BatchRunner.Options.defaults());
      long cpu = processCpuNanos() - cpuBefore;
      return new Result(threads, every, (int) outcome.ran(), outcome.wallSeconds(), outcome.runSeconds(),
          outcome.writeSeconds(), cpu / 1e9, timed.cpuNanos.get() / 1e9);
    } finally {
      delete(out);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Adds up the CPU time the executor's threads spend inside runs, which other processes cannot inflate. */
  private static final class CpuTimed implements RunExecutor {
    private final RunExecutor inner;
    private final java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

    CpuTimed(RunExecutor inner) {
      this.inner = inner;
    }

    @Override
    public Set<String> policies() {
      return inner.policies();
    }

    @Override
    public RunResult run(RunRequest request) throws Exception {
      long start = threads.getCurrentThreadCpuTime();
      try {
        return inner.run(request);
      } finally {
        cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - start);
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** An executor that returns fixed values at once: what is left is the batch layer's own work. */
  private static final class Nothing implements RunExecutor {
    @Override
    public Set<String> policies() {
      return Set.of("none", "doctrine");
    }

    @Override
    public RunResult run(RunRequest request) {
      Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
      for (Indicator indicator : request.indicators()) {
        values.put(indicator, (double) (request.seed() % 1000));
      }
      return new RunResult(values, List.of());
    }
  }
}
