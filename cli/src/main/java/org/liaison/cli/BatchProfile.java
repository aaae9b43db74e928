package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.liaison.results.batch.BatchRunner;

/**
 * What {@code liaison batch --profile} prints: wall time, rate, and where the process's CPU time
 * went (inside the engine, formatting rows, the JIT compiler, the garbage collector, the rest),
 * measured in CPU time so that other processes on the machine do not distort it. The split by
 * virtual-machine thread reads Linux's per-thread scheduler statistics; elsewhere it is left out.
 */
final class BatchProfile {
  private static final String JIT = "JIT compiler";
  private static final String GC = "garbage collector";

  private final double loadAtStart;

  private BatchProfile(double loadAtStart) {
    this.loadAtStart = loadAtStart;
  }

  /** Starts a profile: notes the load average. */
  static BatchProfile start() {
    return new BatchProfile(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * Prints the profile of a finished session.
   *
   * @param runsHere whether the runs ran in this process (threads, or Spark in local mode); when
   *     not, only their own CPU time is known here
   */
  void print(PrintWriter err, BatchRunner.Outcome outcome, String where, boolean runsHere) {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    double processCpu = processCpuSeconds();
    err.println(String.format(Locale.ROOT, "profile: %d runs in %.2f s of wall time (%.1f runs/s) on %s; "
            + "%.2f s since the virtual machine started; load average %.1f at the start, %.1f at the end on %d processors",
        outcome.ran(), outcome.wallSeconds(), outcome.ran() / outcome.wallSeconds(), where,
        ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, loadAtStart, load,
        Runtime.getRuntime().availableProcessors()));
    if (Double.isNaN(processCpu) || Double.isNaN(outcome.runCpuSeconds())) {
      err.println("profile: this virtual machine does not measure CPU time; only wall time is shown");
      err.flush();
      return;
    }
    double engine = outcome.runCpuSeconds();
    if (!runsHere) {
      err.println(String.format(Locale.ROOT, "profile: the runs took %.2f s of CPU in the engine (%.3f ms per run) and "
          + "%.2f s formatting, on the executors; this process took %.2f s", engine, 1000 * engine / Math.max(1, outcome.ran()),
          outcome.workerCpuSeconds() - engine, processCpu));
      err.flush();
      return;
    }
    double formatting = outcome.workerCpuSeconds() - engine;
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "profile: CPU %.2f s for the whole command = %.2f s in the engine (%.3f ms per run) + %.2f s formatting rows",
        processCpu, engine, outcome.ran() > 0 ? 1000 * engine / outcome.ran() : Double.NaN, formatting));
    line.append(String.format(Locale.ROOT, " + %.2f s scheduling and writing + %.2f s summary",
        outcome.writerCpuSeconds(), outcome.summaryCpuSeconds()));
    double rest = processCpu - outcome.workerCpuSeconds() - outcome.writerCpuSeconds() - outcome.summaryCpuSeconds();
    for (Map.Entry<String, Double> group : virtualMachineThreads().entrySet()) {
      line.append(String.format(Locale.ROOT, " + %.2f s %s", group.getValue(), group.getKey()));
      rest -= group.getValue();
    }
    line.append(String.format(Locale.ROOT, " + %.2f s the rest (start-up, reading the files, the report, ended threads)",
        rest));
    err.println(line);
    err.println(String.format(Locale.ROOT, "profile: CPU beyond the engine's own: %.0f%%",
        100 * (processCpu - engine) / engine));
    err.flush();
  }

  /** CPU time of the whole process since it started, in seconds, or NaN. */
  private static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      long nanos = os.getProcessCpuTime();
      return nanos < 0 ? Double.NaN : nanos / 1e9;
    }
    return Double.NaN;
  }

  /**
   * CPU seconds of the virtual machine's compiler and collector threads still alive, from
   * {@code /proc/self/task}; empty where that does not exist. Threads that have ended are not
   * counted here and fall into the rest.
   */
  private static Map<String, Double> virtualMachineThreads() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return seconds;
    }
    seconds.put(JIT, 0.0);
    seconds.put(GC, 0.0);
    try (Stream<Path> list = Files.list(tasks)) {
      for (Path task : (Iterable<Path>) list::iterator) {
        String group = groupOf(read(task.resolve("comm")));
        String schedstat = read(task.resolve("schedstat"));
        if (group != null && !schedstat.isEmpty()) {
          seconds.merge(group, Long.parseLong(schedstat.split(" ")[0]) / 1e9, Double::sum);
        }
      }
    } catch (IOException | NumberFormatException | java.io.UncheckedIOException e) {
      return Map.of();
    }
    return seconds;
  }

  private static String groupOf(String threadName) {
    if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
      return JIT;
    }
    if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.startsWith("VM Thread")) {
      return GC;
    }
    return null;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      // a thread that ended between the listing and the read
      return "";
    }
  }
}
