package org.liaison.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunSpec;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/**
 * Measures nanoseconds per agent-step (one unit for one tick) on generated scenarios of 300,
 * 3,000 and 30,000 units, and on any scenario files given as arguments. Not a unit test: run it
 * by hand (see docs/performance.md). Each case is run for about three seconds to warm up the
 * JIT, then timed over 11 seeds with the doctrine policy; the median and the best run are
 * reported, and the median CPU time of the thread that ran it, which other work on a shared
 * machine disturbs far less than the wall time.
 */
public final class EngineBenchmark {
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final int REPEATS = 11;

  private EngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.out.printf(Locale.ROOT, "%-34s %8s %7s %6s %10s %14s %10s %14s%n", "scenario", "units", "actors",
        "ticks", "median ms", "ns/agent-step", "best ns", "median cpu ms");
    for (int units : new int[] {300, 3_000, 30_000}) {
      measure("generated-" + units, GeneratedScenario.of(units, 14));
    }
    for (String file : args) {
      measure(Path.of(file).getFileName().toString(), ScenarioReader.read(Path.of(file)));
    }
  }

  private static void measure(String name, Scenario scenario) {
    int units = scenario.actors().stream().mapToInt(a -> a.unitCount()).sum();
    int ticks = scenario.durationHours();
    long warmUntil = System.nanoTime() + WARM_UP_NANOS;
    int warm = 0;
    while (warm < 3 || (System.nanoTime() < warmUntil && warm < 200)) {
      HeadlessRun.run(new RunSpec(scenario, warm, "doctrine", null), List.of());
      warm++;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[REPEATS];
    long[] cpuNanos = new long[REPEATS];
    for (int i = 0; i < REPEATS; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      HeadlessRun.run(new RunSpec(scenario, 1000 + i, "doctrine", null), List.of());
      nanos[i] = System.nanoTime() - start;
      cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpuNanos);
    long median = nanos[REPEATS / 2];
    double agentSteps = (double) Math.max(1, units) * ticks;
    System.out.printf(Locale.ROOT, "%-34s %8d %7d %6d %10.1f %14.1f %10.1f %14.1f%n", name, units,
        scenario.actors().size(), ticks, median / 1e6, median / agentSteps, nanos[0] / agentSteps,
        cpuNanos[REPEATS / 2] / 1e6);
  }
}
