package org.liaison.net.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Measures a networked exercise under load: one server, 20 role seats and 5 observers as
 * scripted clients over loopback, the clock at the fastest speed. This process runs the server
 * alone; the clients run in a second JVM ({@link BenchmarkClients}, started here with the same
 * class path), which measures the latencies. This process reports the server's CPU (the whole
 * process's, and by thread group) and its heap. Not a unit test: run it by hand (see
 * docs/performance-exercise.md).
 *
 * <p>Arguments: the scenario file (default the shipped Ukraine scenario, given 20 roles);
 * {@code --rounds N} to play the exercise N times, each on a server of its own, one after the other
 * in the same two JVMs (the first round is the cold one, before the JIT compiler has compiled the
 * code both processes run; the later ones show them as a long exercise runs after its first
 * seconds); {@code --warm-rounds K} to leave the first K rounds (default 1, the cold one) out of
 * the rounds' figure together, as warm-up for the clients' process, whose 25 clients stand in for
 * trainers that have each run since the briefing; {@code --days N} to run the scenario N days
 * instead of its own; {@code --slowest N} to list each round's N slowest acts, with when they were
 * sent (for the clients' garbage collector's log) and how long their reply and each other seat
 * took. Each server warms up as {@code liaison serve} does before it listens ({@link WarmUp}), and
 * its warm-up's wall and CPU time are reported apart from the exercise's;
 * {@code --warm-up-pictures N} warms up for N pictures (and at most a minute) instead,
 * {@code --warm-up-pictures 0} not at all.
 */
public final class ExerciseBenchmark {
  static final int SEATS = 20;

  private ExerciseBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(args));
    int rounds = option(arguments, "--rounds", 1);
    int warmRounds = option(arguments, "--warm-rounds", 1);
    if (warmRounds < 1 || warmRounds > rounds) {
      throw new IllegalArgumentException("--warm-rounds must be from 1 to --rounds (" + rounds + ")");
    }
    int days = option(arguments, "--days", 0);
    int slowest = option(arguments, "--slowest", 0);
    int warmUpPictures = option(arguments, "--warm-up-pictures", -1);
    WarmUp.Limits warmUp = warmUpPictures < 0 ? WarmUp.Limits.DEFAULT
        : warmUpPictures == 0 ? null : new WarmUp.Limits(java.time.Duration.ofMinutes(1), warmUpPictures);
    Path source = arguments.isEmpty() ? Exercises.UKRAINE : Path.of(arguments.get(0));
    Path dir = Files.createTempDirectory("liaison-exercise-bench");
    Path scenarioFile = withRoles(source, dir.resolve("scenario.yaml"), days);
    List<ExerciseServer> servers = new ArrayList<>();
    try {
      List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
          System.getProperty("java.class.path"), BenchmarkClients.class.getName(), String.valueOf(SEATS),
          String.valueOf(warmRounds), String.valueOf(slowest)));
      for (int round = 1; round <= rounds; round++) {
        long cpuBefore = WarmUp.processCpuNanos();
        long startedAt = System.nanoTime();
        ExerciseServer server = ExerciseServer.start(new ExerciseServer.Options(Exercises.read(scenarioFile),
            scenarioFile, 1, "127.0.0.1", 0, dir.resolve("exercise-" + round), 0, null, null, warmUp));
        servers.add(server);
        WarmUp.Played played = server.warmedUp();
        if (played != null) {
          System.out.printf(Locale.ROOT, "round %d, warm-up: %d pictures, %d acts in %d throwaway exercise(s); %.1f s"
              + " (%.1f s of the whole server start), server process CPU %.1f s%n", round, played.pictures(),
              played.acts(), played.exercises(), played.wall().toNanos() / 1e9, (System.nanoTime() - startedAt) / 1e9,
              (WarmUp.processCpuNanos() - cpuBefore) / 1e9);
        }
        Path codesFile = dir.resolve("codes-" + round + ".txt");
        List<String> lines = new ArrayList<>();
        server.codes().forEach((seat, code) -> lines.add(seat + "=" + code));
        Files.write(codesFile, lines);
        command.add(String.valueOf(server.port()));
        command.add(codesFile.toString());
      }
      Process clients = new ProcessBuilder(command).inheritIO().start();
      for (int round = 1; round <= rounds; round++) {
        measure(round, servers.get(round - 1), clients);
      }
      if (!clients.waitFor(10, TimeUnit.MINUTES)) {
        clients.destroy();
      }
    } finally {
      for (ExerciseServer server : servers) {
        server.close();
      }
    }
    // Javalin's automatic pings keep a non-daemon scheduler alive after the server stops.
    System.exit(0);
  }

  /** The value of {@code --name N} among the arguments, which it removes; the default if it is not there. */
  private static int option(List<String> arguments, String name, int otherwise) {
    int at = arguments.indexOf(name);
    if (at < 0) {
      return otherwise;
    }
    int value = Integer.parseInt(arguments.get(at + 1));
    arguments.subList(at, at + 2).clear();
    return value;
  }

  /** Waits for one round's exercise to start and end, and reports what its server used. */
  private static void measure(int round, ExerciseServer server, Process clients) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    while (server.exercise().completed() == 0) {
      if (!clients.isAlive()) {
        throw new IllegalStateException("the clients' process ended before round " + round + ": "
            + clients.exitValue());
      }
      Thread.sleep(2);
    }
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long cpuBefore = os.getProcessCpuTime();
    Map<String, Long> groupsBefore = cpuByGroup(threads);
    long start = System.nanoTime();
    while (!server.awaitFinished(100, TimeUnit.MILLISECONDS)) {
      if (!clients.isAlive()) {
        throw new IllegalStateException("the clients' process ended before the exercise: " + clients.exitValue());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpu = os.getProcessCpuTime() - cpuBefore;
    Map<String, Long> groups = cpuByGroup(threads);
    groups.replaceAll((k, v) -> v - groupsBefore.getOrDefault(k, 0L));
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    PictureCost pictures = server.pictureCost();
    System.out.printf(Locale.ROOT, "round %d, server: %d ticks in %.1f s from the first tick to the end%n", round,
        server.exercise().totalTicks(), seconds);
    System.out.printf(Locale.ROOT, "server process CPU: %.1f s (%.0f%% of one core); peak heap %d MiB%n", cpu / 1e9,
        100 * cpu / 1e9 / seconds, peakHeap / (1024 * 1024));
    Map<String, String> shown = new TreeMap<>();
    groups.forEach((k, v) -> shown.put(k, String.format(Locale.ROOT, "%.2f", v / 1e9)));
    System.out.println("server CPU by thread group (s): " + shown);
    System.out.printf(Locale.ROOT, "pictures: %d, %d seat views; engine thread's CPU per picture %.2f ms (%.0f µs per"
        + " seat view), %.1f s in all%n", pictures.pictures(), pictures.views(), pictures.cpuMillisPerPicture(),
        pictures.views() == 0 ? Double.NaN : pictures.cpuNanos() / 1e3 / pictures.views(), pictures.cpuNanos() / 1e9);
    System.out.printf(Locale.ROOT, "load average at the end: %.1f on %d cores%n", os.getSystemLoadAverage(),
        os.getAvailableProcessors());
    System.out.printf(Locale.ROOT, "round %d, server's row: | %.1f s | %.1f s (%.0f%% of a core) | %.2f ms | %d MiB"
        + " |%n",
        round, seconds, cpu / 1e9, 100 * cpu / 1e9 / seconds, pictures.cpuMillisPerPicture(), peakHeap / (1024 * 1024));
  }

  /** CPU nanoseconds of the engine's thread, the senders, Jetty's pool and the rest (the JIT, the collector). */
  private static Map<String, Long> cpuByGroup(ThreadMXBean threads) {
    Map<String, Long> nanos = new TreeMap<>();
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        String name = info.getThreadName();
        String group = name.startsWith("exercise-") ? name : name.startsWith("qtp") ? "jetty" : "other";
        nanos.merge(group, Math.max(0, threads.getThreadCpuTime(info.getThreadId())), Long::sum);
      }
    }
    return nanos;
  }

  /** The scenario with roles added until it has 20, each acting for the first role's actor. */
  static Path withRoles(Path source, Path target) throws Exception {
    return withRoles(source, target, 0);
  }

  /** As {@link #withRoles(Path, Path)}, and run for {@code days} days instead of its own if more than 0. */
  static Path withRoles(Path source, Path target, int days) throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode root = (ObjectNode) yaml.readTree(source.toFile());
    if (days > 0) {
      ((ObjectNode) root.path("metadata")).put("durationDays", days);
    }
    ArrayNode roles = (ArrayNode) root.path("metadata").path("roles");
    String actor = roles.get(0).path("actor").asText(null);
    for (int i = roles.size() + 1; i <= SEATS; i++) {
      ObjectNode r = roles.addObject().put("id", "seat-" + i).put("title", "Staff officer " + i);
      if (actor != null) {
        r.put("actor", actor);
      }
    }
    yaml.writeValue(target.toFile(), root);
    return target;
  }
}
