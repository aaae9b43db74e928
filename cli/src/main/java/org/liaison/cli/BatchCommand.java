package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.liaison.indicators.Indicator;
import org.liaison.results.batch.BatchPlan;
import org.liaison.results.batch.BatchRunner;
import org.liaison.results.batch.ExperimentDirectoryException;
import org.liaison.results.batch.ExperimentReader;
import org.liaison.results.batch.RunExecutor;
import org.liaison.results.batch.PlanSource;
import org.liaison.results.batch.RunEngine;
import org.liaison.results.batch.RunEngineProvider;
import org.liaison.results.batch.RunExecutorProvider;
import org.liaison.results.io.AtomicFile;
import org.liaison.results.batch.Shard;
import org.liaison.results.report.HtmlReport;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs a batch experiment (an experiment file, or a scenario with replications and policies). */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Run many seeded replications of scenarios, headless and in parallel.",
        "  liaison batch EXPERIMENT.yaml     an experiment file (docs/batch.md)",
        "  liaison batch SCENARIO.yaml --reps 30 --policy doctrine,none",
        "Results do not depend on the thread count. Rows are written as runs finish;",
        "run the same command again to resume an interrupted batch. Writes runs.csv,",
        "summary.csv, summary.json, comparisons.csv, report.html and, with a time",
        "series, timeseries.csv.gz into the output directory."})
final class BatchCommand implements Callable<Integer> {
  private static final long MAX_RUN_TIME_LIMIT_SECONDS = 7 * 24 * 3600L;

  private static final String THREADS = "threads";
  private static final String SPARK = "spark";
  private static final String CSV = "csv";
  private static final String PARQUET = "parquet";
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "An experiment file or a scenario file.")
  Path file;

  @CommandLine.Option(names = "--reps", paramLabel = "N", description = "Scenario form: replications per policy (default 10).")
  Integer reps;

  @CommandLine.Option(names = "--policy", split = ",", paramLabel = "POLICY",
      description = {"Scenario form: policies, comma-separated; the first is the baseline (default none).",
          "A policy can also be a rule file (rules:FILE) or a decision log to replay (replay:FILE)."})
  List<String> policies;

  @CommandLine.Option(names = "--seed", paramLabel = "S", description = "Scenario form: master seed (default 1).")
  Long seed;

  @CommandLine.Option(names = "--every", paramLabel = "K",
      description = "Scenario form: keep a time series every K ticks (default: final values only).")
  Integer every;

  @CommandLine.Option(names = "--common-random-numbers",
      description = "Scenario form: every policy gets the same seeds, so comparisons are paired by replication.")
  boolean commonRandomNumbers;

  @CommandLine.Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: all processors).")
  Integer threads;

  @CommandLine.Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (default: the experiment's, or runs/SCENARIO-ID).")
  Path out;

  @CommandLine.Option(names = "--overwrite", description = "Replace the results of another experiment in the output directory.")
  boolean overwrite;

  @CommandLine.Option(names = "--run-time-limit", paramLabel = "SECONDS",
      description = "Give up a run that takes longer than this and record it as failed (default: 600).")
  Long runTimeLimit;

  @CommandLine.Option(names = "--no-report", description = "Do not write report.html at the end.")
  boolean noReport;

  @CommandLine.Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
  boolean quiet;

  @CommandLine.Option(names = "--shard", paramLabel = "I/N",
      description = {"Run only slice I of N (every N-th run, from run I - 1) into its own directory,",
          "e.g. one job of a scheduler's array; combine the slices with 'liaison merge'."})
  String shard;

  @CommandLine.Option(names = "--engine", paramLabel = "ENGINE",
      description = {"Where runs execute: threads (default, this process) or spark (Apache Spark tasks;",
          "the launcher adds Spark to the class path). Results are the same files either way."})
  String engine;

  @CommandLine.Option(names = "--master", paramLabel = "URL",
      description = "With --engine spark: the Spark master, e.g. local[4] or spark://HOST:7077 (default local[*]).")
  String master;

  @CommandLine.Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "With --engine spark: parquet also writes runs.parquet (and timeseries.parquet) with the same columns.")
  List<String> formats;

  @CommandLine.Option(names = "--profile",
      description = {"At the end, print the wall time, runs per second and where the CPU time went",
          "(engine, formatting, JIT compiler, garbage collector, the rest) on standard error."})
  boolean profile;

  @CommandLine.Option(names = "--dry-run",
      description = "Check everything and print the plan (runs, design points, output) without running.")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RunExecutor> found = RunExecutorProvider.find();
    if (found.isEmpty()) {
      err.println("liaison batch: this build has no simulation engine to run (no RunExecutorProvider on the class path)");
      return ExitCode.FAILURE;
    }
    RunExecutor executor = found.get();
    BatchPlan plan;
    try {
      plan = plan(executor, err);
    } catch (InvalidInputException e) {
      for (Problem problem : e.problems()) {
        err.println(problem);
      }
      return ExitCode.INVALID_INPUT;
    }
    if (plan == null) {
      return ExitCode.INVALID_INPUT;
    }
    Shard slice = shard == null ? null : Shard.parse(shard);
    if (dryRun) {
      printPlan(plan, slice, out);
      return ExitCode.OK;
    }
    Optional<RunEngineProvider> provider = Optional.empty();
    if (SPARK.equals(engine)) {
      provider = RunEngineProvider.find(SPARK);
      if (provider.isEmpty()) {
        err.println("liaison batch: --engine spark: Spark is not on the class path; run through ./liaison, which adds "
            + "it for --engine spark, or spark-submit the Spark jar (docs/cluster.md)");
        return ExitCode.INVALID_INPUT;
      }
    }
    if (!quiet) {
      err.println("batch: " + plan.name() + ": " + plan.totalRuns() + " runs (" + count(plan.scenarios().size(), "scenario")
          + " x " + count(plan.designPoints().size(), "design point") + " x " + count(plan.policies().size(), "policy")
          + " x " + count(plan.replications(), "replication") + ")"
          + (slice == null ? "" : ", shard " + slice + " of " + slice.size(plan.totalRuns()) + " runs,") + " on "
          + (provider.isPresent() ? "Spark (" + (master == null ? "its default master" : master) + ")"
              : count(plan.threads(), "thread")) + " into " + plan.outputDirectory());
    }
    BatchProfile profiler = profile ? BatchProfile.start() : null;
    BatchRunner.Outcome outcome;
    BatchRunner.Options options = new BatchRunner.Options(overwrite, Long.MAX_VALUE, null, slice,
        runTimeLimit == null ? BatchRunner.Options.DEFAULT_RUN_TIME_LIMIT : Duration.ofSeconds(runTimeLimit));
    try (RunEngine runEngine = provider.isPresent() ? provider.get().open(source(), master, parquet()) : null) {
      outcome = new BatchRunner(executor, progressPrinter(err), runEngine).run(plan, options);
    } catch (ExperimentDirectoryException e) {
      err.println("liaison batch: " + e.getMessage());
      return ExitCode.INVALID_INPUT;
    }
    if (outcome.complete() && slice == null && !noReport) {
      try {
        HtmlReport.write(plan.outputDirectory(), plan.outputDirectory().resolve("report.html"));
      } catch (AtomicFile.WriteFailedException e) {
        throw new AtomicFile.WriteFailedException(e.file(), e.getMessage() + "; the runs and the summary are "
            + "written, so once the cause is fixed, write the report with: liaison report " + plan.outputDirectory(),
            e.getCause());
      }
    }
    out.println(String.format(Locale.ROOT, "%s%s: %d runs (%d already done, %d run now, %d failed) in %.1f s; results in %s",
        plan.name(), slice == null ? "" : " shard " + slice, outcome.total(), outcome.skipped(), outcome.ran(),
        outcome.failed(), outcome.wallSeconds(), plan.outputDirectory()));
    if (profiler != null) {
      out.flush();
      profiler.print(err, outcome, provider.isPresent() ? "Spark (" + (master == null ? "its default master" : master) + ")"
          : count(plan.threads(), "thread"), provider.isEmpty() || master == null || master.startsWith("local"));
    }
    if (slice != null && outcome.complete()) {
      out.println("shard " + slice + " is complete; once every shard is, combine them with: liaison merge DIR... --out DIR");
    }
    if (outcome.failed() > 0) {
      err.println("batch: " + outcome.failed() + " runs failed; their rows in runs.csv have status 'failed' and the error");
    }
    out.flush();
    err.flush();
    return outcome.failed() == outcome.total() && outcome.total() > 0 ? ExitCode.FAILURE : ExitCode.OK;
  }

  private PlanSource source() {
    if (ExperimentReader.looksLikeExperiment(file)) {
      return new PlanSource.ExperimentFile(file.toString());
    }
    return new PlanSource.ScenarioForm(file.toString(), reps == null ? 10 : reps, chosenPolicies(),
        seed == null ? 1L : seed, commonRandomNumbers, every == null ? 0 : every);
  }

  private List<String> chosenPolicies() {
    // "doctrine, none" is how people write a list; the spaces are not part of the names.
    List<String> named = policies == null ? List.of()
        : policies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    return named.isEmpty() ? List.of("none") : named;
  }

  private boolean parquet() {
    return formats != null && formats.contains(PARQUET);
  }

  private BatchPlan plan(RunExecutor executor, PrintWriter err) throws InvalidInputException {
    List<String> problems = new ArrayList<>();
    if (shard != null) {
      try {
        Shard.parse(shard);
      } catch (IllegalArgumentException e) {
        problems.add("--shard: " + e.getMessage());
      }
    }
    if (engine != null && !List.of(THREADS, SPARK).contains(engine)) {
      problems.add("--engine: unknown engine '" + engine + "'; allowed: " + THREADS + ", " + SPARK);
    }
    if (master != null && !SPARK.equals(engine)) {
      problems.add("--master applies to --engine spark only");
    }
    if (formats != null) {
      for (String format : formats) {
        if (!List.of(CSV, PARQUET).contains(format)) {
          problems.add("--format: unknown format '" + format + "'; allowed: " + CSV + ", " + PARQUET);
        }
      }
      if (parquet() && !SPARK.equals(engine)) {
        problems.add("--format parquet is written by the Spark engine; add --engine spark");
      }
    }
    if (threads != null && (threads < 1 || threads > 4096)) {
      problems.add("--threads must be 1 to 4096; found " + threads);
    }
    if (runTimeLimit != null && (runTimeLimit < 1 || runTimeLimit > MAX_RUN_TIME_LIMIT_SECONDS)) {
      problems.add("--run-time-limit must be 1 to " + MAX_RUN_TIME_LIMIT_SECONDS + " seconds (a week); found " + runTimeLimit);
    }
    boolean experiment = ExperimentReader.looksLikeExperiment(file);
    if (experiment) {
      for (String flag : List.of("--reps", "--policy", "--seed", "--every", "--common-random-numbers")) {
        if (given(flag)) {
          problems.add(flag + " applies to the scenario form only; set it in the experiment file " + file);
        }
      }
    } else {
      if (reps != null && (reps < 1 || reps > 100_000)) {
        problems.add("--reps must be 1 to 100000; found " + reps);
      }
      if (every != null && every < 0) {
        problems.add("--every must be 0 or more ticks; found " + every);
      }
      List<String> chosen = chosenPolicies();
      for (String policy : chosen) {
        boolean fromFile = policy.startsWith("rules:") || policy.startsWith("replay:");
        String problem = fromFile ? executor.problemWithPolicy(policy) : null;
        if (!fromFile && !executor.policies().contains(policy)) {
          problems.add("--policy: unknown policy '" + policy + "'" + Suggestions.suggestion(policy, executor.policies())
              + "; allowed: "
              + String.join(", ", new TreeSet<>(executor.policies())) + ", rules:FILE, replay:FILE");
        } else if (problem != null) {
          problems.add("--policy: policy '" + policy + "' cannot be used: " + problem);
        }
      }
      if (new java.util.HashSet<>(chosen).size() != chosen.size()) {
        problems.add("--policy: each policy may be listed once");
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("liaison batch: " + p));
      return null;
    }
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (experiment) {
      BatchPlan plan = ExperimentReader.read(file, executor);
      return plan.with(threads == null ? plan.threads() : threads, out == null ? plan.outputDirectory() : out);
    }
    return ExperimentReader.quick(file, reps == null ? 10 : reps, chosenPolicies(), seed == null ? 1L : seed,
        commonRandomNumbers, List.of(Indicator.values()), every == null ? 0 : every, threadCount, out,
        executor::outputName);
  }

  private static void printPlan(BatchPlan plan, Shard slice, PrintWriter out) {
    out.println(plan.name() + ": " + plan.totalRuns() + " runs = " + count(plan.scenarios().size(), "scenario") + " x "
        + count(plan.designPoints().size(), "design point") + " x " + count(plan.policies().size(), "policy") + " x "
        + count(plan.replications(), "replication"));
    if (slice != null) {
      out.println("  shard " + slice + ": " + slice.size(plan.totalRuns()) + " runs (run ids " + (slice.index() - 1)
          + ", " + (slice.index() - 1 + slice.count()) + ", ... every " + slice.count() + ")");
    }
    // By title and the variant's label, as the experiment's author wrote them; the id is for runs.csv.
    plan.scenarios().forEach(s -> out.println("  scenario " + Terminal.printable(s.scenario().metadata().title())
        + (s.variant() == null ? "" : ", variant " + Terminal.printable(s.variant())) + " (" + s.path() + ", "
        + s.scenario().durationHours() + " ticks)"));
    out.println("  policies " + String.join(", ", plan.policies()) + "; master seed " + plan.seed()
        + (plan.commonRandomNumbers() ? " (common random numbers)" : "")
        + "; time series " + (plan.timeseriesEvery() > 0 ? "every " + plan.timeseriesEvery() + " ticks" : "none"));
    int shown = Math.min(10, plan.designPoints().size());
    if (!plan.designParameters().isEmpty()) {
      for (int i = 0; i < shown; i++) {
        out.println("  design point " + i + ": " + plan.designPoints().get(i));
      }
      if (shown < plan.designPoints().size()) {
        out.println("  ... " + (plan.designPoints().size() - shown) + " more design points");
      }
    }
    out.println("  output " + plan.outputDirectory() + " on " + count(plan.threads(), "thread"));
    out.flush();
  }

  private boolean given(String flag) {
    return spec.commandLine().getParseResult().hasMatchedOption(flag);
  }

  private BatchRunner.Listener progressPrinter(PrintWriter err) {
    long[] lastPrint = {System.nanoTime()};
    return progress -> {
      long now = System.nanoTime();
      boolean last = progress.done() == progress.total();
      if (quiet || (!last && now - lastPrint[0] < 2_000_000_000L)) {
        return;
      }
      lastPrint[0] = now;
      double left = progress.secondsLeft();
      err.println(String.format(Locale.ROOT, "batch: %d/%d done, %d failed, %.1f runs/s, %s left", progress.done(),
          progress.total(), progress.failed(), progress.ratePerSecond(), Double.isNaN(left) ? "unknown time" : duration(left)));
      err.flush();
    };
  }

  private static String count(long n, String noun) {
    String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }
}
