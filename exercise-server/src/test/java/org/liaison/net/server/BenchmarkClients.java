package org.liaison.net.server;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.liaison.exercise.AvailableAction;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.CoordinationAction;

/**
 * The scripted participants of {@link ExerciseBenchmark}, in a JVM of their own so that the
 * server's process is measured alone: 20 role seats and 5 observers, and a control client that
 * hands every seat's decision points to the doctrine and resumes the clock at the fastest speed.
 * Every client says it has read each update once it has applied it (so a client that falls behind
 * is sent the newest picture next, as a real one is). Every role seat acts every 200 ms while the
 * clock runs; for every act, the time from sending it
 * to each other client's first picture that includes its decision-log entry is recorded (sending
 * and receiving both happen in this process, on one clock).
 *
 * <p>The exercise may be played in several rounds, each on a server of its own, one after the
 * other in this same JVM (as the servers are in theirs): the first round runs the code before the
 * JIT compiler has compiled it, the later ones as a long exercise runs after its first seconds.
 *
 * <p>Arguments: the number of role seats, the number of rounds that warm the clients up (at least
 * 1: the cold round), the number of each round's slowest acts to list (0 for none), then for each
 * round the server's port and the file of seat codes (one {@code seat=code} a line, roles first).
 * The rounds after the warm-up are also reported together.
 */
final class BenchmarkClients {
  private static final int OBSERVERS = 5;
  private static final long ACT_EVERY_NANOS = 200_000_000L;

  private BenchmarkClients() {}

  /** When an act was sent, by which client, and when its reply came back. */
  private record Sent(long sentAt, int seat, long repliedAt) {}

  /**
   * One round's latencies in nanoseconds: each act to each other client's update, and each act to
   * the last other client's; and the CPU this process used from resuming the clock to the end.
   */
  private record Latencies(long[] each, long[] everyone, long cpuNanos) {}

  public static void main(String[] args) throws Exception {
    int seats = Integer.parseInt(args[0]);
    int warmRounds = Integer.parseInt(args[1]);
    int slowest = Integer.parseInt(args[2]);
    List<Latencies> later = new ArrayList<>();
    int round = 1;
    for (; 2 * round + 2 < args.length; round++) {
      Latencies l = play(round, Integer.parseInt(args[2 * round + 1]), Path.of(args[2 * round + 2]), seats, slowest);
      if (round > warmRounds) {
        later.add(l);
      }
    }
    if (later.size() > 1) {
      // Once compiled, a round at the fastest speed is over in seconds: the later rounds together
      // give the 99th percentile of a few hundred acts.
      print("rounds " + (warmRounds + 1) + " to " + (round - 1), new Latencies(
          later.stream().flatMapToLong(l -> java.util.Arrays.stream(l.each())).sorted().toArray(),
          later.stream().flatMapToLong(l -> java.util.Arrays.stream(l.everyone())).sorted().toArray(),
          later.stream().mapToLong(Latencies::cpuNanos).sum()));
    }
    // The JDK's WebSocket clients keep their selector threads alive after closing.
    System.exit(0);
  }

  /**
   * Plays one round: the whole exercise on one server, with fresh clients; lists its {@code slowest}
   * acts, if more than 0.
   */
  private static Latencies play(int round, int port, Path codesFile, int seats, int slowest) throws Exception {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : Files.readAllLines(codesFile)) {
      int eq = line.indexOf('=');
      codes.put(line.substring(0, eq), line.substring(eq + 1));
    }
    Map<Long, Sent> sentBySeq = new ConcurrentHashMap<>();
    Map<Long, Long> sentAtById = new ConcurrentHashMap<>();
    // Every client's thread adds to it: a list that copied itself on each addition would cost the
    // measuring process more than the updates it measures.
    Queue<long[]> arrivals = new ConcurrentLinkedQueue<>();
    List<String> roles = new ArrayList<>(codes.keySet()).subList(0, seats);
    List<ScriptedClient> clients = new ArrayList<>();
    AtomicLong updates = new AtomicLong();
    for (int i = 0; i < seats + OBSERVERS; i++) {
      final int seat = i;
      // A trainer keeps the newest picture alone: these clients keep only what the rounds wait for.
      ScriptedClient c = new ScriptedClient(port).keeping(m -> m instanceof ServerMessage.Welcome
          || m instanceof ServerMessage.Update u && u.view().status() == SeatView.Status.FINISHED);
      String role = i < seats ? roles.get(i) : null;
      long[] lastSeen = {0};
      long[] nextAct = {0};
      c.script((client, m) -> {
        long now = System.nanoTime();
        if (m instanceof ServerMessage.Reply r && r.logSeq() > 0) {
          Long at = sentAtById.remove(seat * 1_000_000_000L + r.id());
          if (at != null) {
            sentBySeq.put(r.logSeq(), new Sent(at, seat, now));
          }
        } else if (m instanceof ServerMessage.Update u) {
          updates.incrementAndGet();
          SeatView v = u.view();
          for (long seq = lastSeen[0] + 1; seq <= v.logSize(); seq++) {
            arrivals.add(new long[] {seq, seat, now});
          }
          lastSeen[0] = Math.max(lastSeen[0], v.logSize());
          if (role != null && v.status() == SeatView.Status.RUNNING && now >= nextAct[0] && v.available() != null
              && !v.available().isEmpty()) {
            nextAct[0] = now + ACT_EVERY_NANOS;
            CoordinationAction a = v.available().stream().filter(AvailableAction::allowed)
                .map(x -> x.candidates().get(0)).findFirst()
                .orElse(v.available().get(0).candidates().isEmpty() ? null : v.available().get(0).candidates().get(0));
            if (a != null) {
              long id = client.client.act(role, a);
              sentAtById.put(seat * 1_000_000_000L + id, System.nanoTime());
            }
          }
          client.client.read(u.serial());
        }
      });
      c.client.join(i < seats ? codes.get(role) : codes.get("observer"), "participant " + (i + 1));
      clients.add(c);
    }
    ScriptedClient control = new ScriptedClient(port);
    control.client.join(codes.get("control"), "control");
    control.await(m -> m instanceof ServerMessage.Welcome, 30);
    for (ScriptedClient c : clients) {
      c.await(m -> m instanceof ServerMessage.Welcome, 30);
    }
    for (String role : roles) {
      control.client.control(ControlAct.seat(role, ControlAct.SeatMode.DOCTRINE));
    }
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long start = System.nanoTime();
    control.client.control(ControlAct.speed(0));
    control.client.control(ControlAct.resume());
    for (ScriptedClient c : clients) {
      c.await(m -> m instanceof ServerMessage.Update u && u.view().status() == SeatView.Status.FINISHED, 3600);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpu = os.getProcessCpuTime() - cpuBefore;
    Latencies latencies = latencies(sentBySeq, arrivals, cpu);
    System.out.printf(Locale.ROOT, "round %d, clients: seats %d, observers %d, clock resumed to finished in %.1f s;"
        + " %d acts measured, %d deliveries, %d updates received%n", round, seats, OBSERVERS, seconds,
        latencies.everyone().length, latencies.each().length, updates.get());
    System.out.printf(Locale.ROOT, "clients' process CPU: %.1f s (%.0f%% of one core)%n", cpu / 1e9,
        100 * cpu / 1e9 / seconds);
    print("round " + round, latencies);
    if (slowest > 0) {
      printSlowest(slowest, sentBySeq, arrivals);
    }
    for (ScriptedClient c : clients) {
      c.close();
    }
    control.close();
    return latencies;
  }

  private static Latencies latencies(Map<Long, Sent> sent, Queue<long[]> arrivals, long cpuNanos) {
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
    return new Latencies(each.stream().mapToLong(Long::longValue).sorted().toArray(),
        lastBySeq.values().stream().mapToLong(Long::longValue).sorted().toArray(), cpuNanos);
  }

  /**
   * The slowest acts to every other seat, each with when it was sent (milliseconds since this JVM
   * started, as its garbage collector's log counts them), how long its reply took (the server's
   * queue, engine and sender), and when the first, the median and the last other seat had it.
   */
  private static void printSlowest(int count, Map<Long, Sent> sent, Queue<long[]> arrivals) {
    long startedAt = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    Map<Long, List<long[]>> bySeq = new HashMap<>();
    for (long[] a : arrivals) {
      Sent s = sent.get(a[0]);
      if (s != null && s.seat() != a[1]) {
        bySeq.computeIfAbsent(a[0], k -> new ArrayList<>()).add(a);
      }
    }
    bySeq.values().forEach(l -> l.sort(Comparator.comparingLong(a -> a[2])));
    bySeq.entrySet().stream()
        .sorted(Comparator.comparingLong(
            e -> sent.get(e.getKey()).sentAt() - e.getValue().get(e.getValue().size() - 1)[2]))
        .limit(count).forEach(e -> {
          Sent s = sent.get(e.getKey());
          List<long[]> l = e.getValue();
          long[] last = l.get(l.size() - 1);
          System.out.printf(Locale.ROOT, "  slow act %d of seat %d sent at %.0f ms: reply %.1f, first other %.1f,"
              + " median %.1f, last %.1f ms (client %d of %d)%n", e.getKey(), s.seat(), (s.sentAt() - startedAt) / 1e6,
              (s.repliedAt() - s.sentAt()) / 1e6, (l.get(0)[2] - s.sentAt()) / 1e6,
              (l.get(l.size() / 2)[2] - s.sentAt()) / 1e6, (last[2] - s.sentAt()) / 1e6, last[1], l.size());
        });
  }

  private static void print(String which, Latencies latencies) {
    long[] all = latencies.each();
    long[] everyone = latencies.everyone();
    System.out.printf(Locale.ROOT, "act to another seat's update: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
        ms(all, 0.5), ms(all, 0.99), ms(all, 1.0));
    System.out.printf(Locale.ROOT, "act to every other seat's update: median %.1f ms, p99 %.1f ms%n",
        ms(everyone, 0.5), ms(everyone, 0.99));
    System.out.printf(Locale.ROOT, "%s, clients' row: | %d | %.0f / %.0f / %.0f ms | %.0f / %.0f ms | %.1f s |%n",
        which, everyone.length, ms(all, 0.5), ms(all, 0.99), ms(all, 1.0), ms(everyone, 0.5), ms(everyone, 0.99),
        latencies.cpuNanos() / 1e9);
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
