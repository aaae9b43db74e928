package org.liaison.net.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.liaison.exercise.AvailableAction;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.CoordinationAction;

/**
 * Measures a networked exercise under load: one server, 20 role seats and 5 observers as
 * scripted clients over loopback, the clock at the fastest speed. Every seat acts every 200 ms;
 * for each act the time from sending it to each other client's first picture that includes it
 * (its decision-log entry) is recorded. Not a unit test: run it by hand (see
 * docs/performance-exercise.md).
 *
 * <p>Arguments: the scenario file (default the shipped Ukraine scenario, given 20 roles).
 */
public final class ExerciseBenchmark {
  private static final int SEATS = 20;
  private static final int OBSERVERS = 5;
  private static final long ACT_EVERY_NANOS = 200_000_000L;

  private ExerciseBenchmark() {}

  /** The time an act was sent, and when it was answered with its log entry. */
  private record Sent(long sentAt, int seat) {}

  public static void main(String[] args) throws Exception {
    Path source = args.length > 0 ? Path.of(args[0]) : Exercises.UKRAINE;
    Path dir = Files.createTempDirectory("liaison-exercise-bench");
    Path scenarioFile = withRoles(source, dir.resolve("scenario.yaml"));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Sent> sentBySeq = new ConcurrentHashMap<>();
    Map<Long, Long> sentAtById = new ConcurrentHashMap<>();
    List<long[]> arrivals = new CopyOnWriteArrayList<>();
    try (ExerciseServer server = Exercises.serve(scenarioFile, 1, dir.resolve("exercise"), 0)) {
      Map<String, String> codes = server.codes();
      List<ScriptedClient> clients = new ArrayList<>();
      List<String> roles = new ArrayList<>(codes.keySet()).subList(0, SEATS);
      for (int i = 0; i < SEATS + OBSERVERS; i++) {
        final int seat = i;
        ScriptedClient c = new ScriptedClient(server.port());
        String role = i < SEATS ? roles.get(i) : null;
        long[] lastSeen = {0};
        long[] nextAct = {0};
        c.script((client, m) -> {
          long now = System.nanoTime();
          if (m instanceof ServerMessage.Reply r && r.logSeq() > 0) {
            Long at = sentAtById.remove(seat * 1_000_000_000L + r.id());
            if (at != null) {
              sentBySeq.put(r.logSeq(), new Sent(at, seat));
            }
          } else if (m instanceof ServerMessage.Update u) {
            SeatView v = u.view();
            for (long seq = lastSeen[0] + 1; seq <= v.logSize(); seq++) {
              arrivals.add(new long[] {seq, seat, now});
            }
            lastSeen[0] = Math.max(lastSeen[0], v.logSize());
            if (role != null && v.status() == SeatView.Status.RUNNING && now >= nextAct[0] && v.available() != null) {
              nextAct[0] = now + ACT_EVERY_NANOS;
              CoordinationAction a = v.available().stream().filter(AvailableAction::allowed)
                  .map(x -> x.candidates().get(0)).findFirst()
                  .orElse(v.available().get(0).candidates().isEmpty() ? null : v.available().get(0).candidates().get(0));
              if (a != null) {
                long id = client.client.act(role, a);
                sentAtById.put(seat * 1_000_000_000L + id, System.nanoTime());
              }
            }
          }
        });
        c.client.join(i < SEATS ? codes.get(role) : codes.get("observer"), "participant " + (i + 1));
        clients.add(c);
      }
      ScriptedClient control = new ScriptedClient(server.port());
      control.client.join(codes.get("control"), "control");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
      for (String role : roles) {
        control.client.control(ControlAct.seat(role, ControlAct.SeatMode.DOCTRINE));
      }
      long cpuBefore = serverCpu(threads);
      long start = System.nanoTime();
      control.client.control(ControlAct.speed(0));
      control.client.control(ControlAct.resume());
      long peakHeap = 0;
      while (!server.awaitFinished(200, TimeUnit.MILLISECONDS)) {
        Runtime rt = Runtime.getRuntime();
        peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long cpu = serverCpu(threads) - cpuBefore;
      Thread.sleep(500);
      report(sentBySeq, arrivals, seconds, cpu, peakHeap, server.exercise().totalTicks(), server.pictureCost());
      System.out.println("CPU by thread group (s): " + cpuByGroup(threads));
      System.out.printf(Locale.ROOT, "load average during the run: %.1f on %d cores%n",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
      for (ScriptedClient c : clients) {
        c.close();
      }
      control.close();
    }
    // Javalin's automatic pings keep a non-daemon scheduler alive after the server stops.
    System.exit(0);
  }

  /** CPU time of the server's own threads: the engine, the senders and Jetty's pool. */
  private static long serverCpu(ThreadMXBean threads) {
    long total = 0;
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && (info.getThreadName().startsWith("exercise-") || info.getThreadName().startsWith("qtp"))) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  /** CPU seconds of the engine, the senders, Jetty's pool and the clients' WebSocket threads. */
  private static Map<String, String> cpuByGroup(ThreadMXBean threads) {
    Map<String, Long> nanos = new java.util.TreeMap<>();
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        String name = info.getThreadName();
        String group = name.startsWith("exercise-") ? name : name.startsWith("qtp") ? "jetty" : name.startsWith("HttpClient")
            ? "clients" : "other";
        nanos.merge(group, Math.max(0, threads.getThreadCpuTime(info.getThreadId())), Long::sum);
      }
    }
    Map<String, String> out = new java.util.TreeMap<>();
    nanos.forEach((k, v) -> out.put(k, String.format(Locale.ROOT, "%.1f", v / 1e9)));
    return out;
  }

  private static void report(Map<Long, Sent> sent, List<long[]> arrivals, double seconds, long cpuNanos,
      long peakHeap, int ticks, PictureCost pictures) {
    List<Long> each = new ArrayList<>();
    Map<Long, Long> lastBySeq = new ConcurrentHashMap<>();
    for (long[] a : arrivals) {
      Sent s = sent.get(a[0]);
      if (s == null || s.seat() == a[1]) {
        continue;
      }
      long latency = a[2] - s.sentAt();
      each.add(latency);
      lastBySeq.merge(a[0], latency, Math::max);
    }
    long[] all = each.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] everyone = lastBySeq.values().stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "seats %d, observers %d, %d ticks in %.1f s; %d acts measured, %d deliveries%n",
        SEATS, OBSERVERS, ticks, seconds, everyone.length, all.length);
    System.out.printf(Locale.ROOT, "act to another seat's update: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
        ms(all, 0.5), ms(all, 0.99), ms(all, 1.0));
    System.out.printf(Locale.ROOT, "act to every other seat's update: median %.1f ms, p99 %.1f ms%n",
        ms(everyone, 0.5), ms(everyone, 0.99));
    System.out.printf(Locale.ROOT, "server threads' CPU: %.1f s over %.1f s wall (%.0f%% of one core); peak heap of the"
        + " whole JVM (server and clients): %d MiB%n", cpuNanos / 1e9, seconds, 100 * cpuNanos / 1e9 / seconds,
        peakHeap / (1024 * 1024));
    System.out.printf(Locale.ROOT, "pictures: %d, %d seat views; engine thread's CPU per picture %.2f ms (%.0f µs per"
        + " seat view), %.1f s in all%n", pictures.pictures(), pictures.views(), pictures.cpuMillisPerPicture(),
        pictures.views() == 0 ? Double.NaN : pictures.cpuNanos() / 1e3 / pictures.views(), pictures.cpuNanos() / 1e9);
    System.out.println("table row (docs/performance-exercise.md):");
    System.out.printf(Locale.ROOT, "| run | %.1f s | %d | %.0f / %.0f / %.0f ms | %.0f / %.0f ms | %.1f s (%.0f%% of a core) | %.2f ms |"
        + " %d MiB |%n", seconds, everyone.length, ms(all, 0.5), ms(all, 0.99), ms(all, 1.0), ms(everyone, 0.5),
        ms(everyone, 0.99), cpuNanos / 1e9, 100 * cpuNanos / 1e9 / seconds, pictures.cpuMillisPerPicture(),
        peakHeap / (1024 * 1024));
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  /** The scenario with roles added until it has 20, each acting for the first role's actor. */
  static Path withRoles(Path source, Path target) throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode root = (ObjectNode) yaml.readTree(source.toFile());
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
