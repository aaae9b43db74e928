package org.liaison.net.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.liaison.exercise.AvailableAction;
import org.liaison.net.protocol.ClientMessage;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatView;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Scenario;

/**
 * Plays a throwaway copy of the exercise before the real one opens its seats, so that the code
 * every act and picture runs through is compiled before the first participant acts.
 *
 * <p>A server is started minutes before anyone joins; a fresh JVM runs its first seconds of
 * pictures five to ten times slower than later ones, while the JIT compiler works, and an
 * exercise's first acts would wait for that. The warm-up spends the otherwise idle time on the
 * path a live exercise takes: a host of its own (its own engine, seed, directory and codes, the
 * real exercise's log, save and random streams untouched) with a stand-in connection in every
 * seat; the roles' seats read their updates as a client does and act for their role, control hands
 * every seat to the doctrine and runs the clock as fast as the engine can, and every message goes
 * through the same checks, engine thread, picture writer and senders as a live one. Only the
 * network itself is left out. It stops at whichever of its limits comes first, playing the
 * scenario again with another seed if it ends before, and deletes its directory.
 *
 * <p>Nothing of it outlives it: the engine keeps no state between exercises beyond the
 * translations of indicator and action names, read once from the program's own files.
 *
 * <p>A warm-up that fails (its directory cannot be made, its throwaway exercise cannot be opened,
 * or its engine stops on an error) ends there and says why in {@link Played#failure}, and the real
 * exercise opens all the same. The warm-up only shortens the wait of the first acts; refusing to
 * start for it would cost a whole exercise, participants gathered, for a few slow seconds. Nor does
 * its failure condemn the real exercise, which plays another seed in another directory: if the
 * engine fails there too, it does so on the real exercise's own paths, where it is reported.
 */
public final class WarmUp {
  /** Mixed into the exercise's seed, so that the throwaway copy never plays the real one's streams. */
  private static final long OTHER_SEED = 0x9E37_79B9_7F4A_7C15L;
  /**
   * The throwaway clock's speed in simulated hours a second: faster than the engine can tick, yet a
   * set speed, at which every tick makes a picture (at the fastest speed most ticks make none, see
   * {@link PicturePacing}) and the pictures' code gets compiled sooner.
   */
  private static final double SPEED = 1000;
  /** How often a warm-up seat acts at most, within the protocol's rate limit. */
  private static final long ACT_EVERY_NANOS = 25_000_000L;

  /**
   * How long to warm up: whichever comes first.
   *
   * @param wall the longest wall time
   * @param pictures the pictures after which the code they run is compiled
   */
  public record Limits(Duration wall, long pictures) {
    /** What {@code liaison serve} uses (see docs/performance-exercise.md for how it was chosen). */
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(4), 500);
  }

  /**
   * What a warm-up played.
   *
   * @param exercises throwaway exercises started (another follows when one ends before the limits)
   * @param pictures pictures built for every seat
   * @param acts acts the roles' seats sent
   * @param wall its wall time
   * @param failure why it stopped before its limits, in one line, or null if it did not fail
   */
  public record Played(int exercises, long pictures, long acts, Duration wall, String failure) {}

  /** Opens a throwaway exercise with the given seed in the given directory. */
  interface Throwaway {
    ExerciseHost open(long seed, Path dir) throws IOException;
  }

  private WarmUp() {}

  /** The throwaway copies of a scenario that {@code liaison serve} plays. */
  static Throwaway copiesOf(Scenario scenario, Path scenarioFile) {
    return (seed, dir) -> new ExerciseHost(scenario, scenarioFile, seed, dir, SPEED, null, null);
  }

  /** Plays throwaway copies of the scenario until a limit is reached or one fails. */
  static Played play(Scenario scenario, Path scenarioFile, long seed, Limits limits) {
    return play(copiesOf(scenario, scenarioFile), seed, limits);
  }

  static Played play(Throwaway throwaway, long seed, Limits limits) {
    long start = System.nanoTime();
    long deadline = start + limits.wall().toNanos();
    ExecutorService senders = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "warm-up-sender");
      t.setDaemon(true);
      return t;
    });
    AtomicLong acts = new AtomicLong();
    long pictures = 0;
    int exercises = 0;
    String failure = null;
    Path dir = null;
    try {
      dir = Files.createTempDirectory("liaison-warm-up");
      while (pictures < limits.pictures() && System.nanoTime() < deadline) {
        exercises++;
        ExerciseHost host = throwaway.open((seed ^ OTHER_SEED) + exercises, dir.resolve("exercise-" + exercises));
        try {
          try {
            seatEveryone(host, senders, acts);
            host.start();
            while (!host.awaitFinished(10, TimeUnit.MILLISECONDS)
                && pictures + host.pictureCost().pictures() < limits.pictures() && System.nanoTime() < deadline) {
              if (host.failure() != null) {
                throw new IllegalStateException("its engine stopped on " + oneLine(host.failure()), host.failure());
              }
            }
          } catch (RuntimeException e) {
            // Stopping a host whose engine failed may fail again (its files): the first cause is the one to tell.
            stopQuietly(host, e);
            throw e;
          }
          host.stop();
        } finally {
          pictures += host.pictureCost().pictures();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      failure = e instanceof IllegalStateException && e.getCause() != null ? e.getMessage() : oneLine(e);
    } finally {
      senders.shutdownNow();
      if (dir != null) {
        try {
          delete(dir);
        } catch (UncheckedIOException e) {
          failure = failure != null ? failure : e.getMessage();
        }
      }
    }
    return new Played(exercises, pictures, acts.get(), Duration.ofNanos(System.nanoTime() - start), failure);
  }

  private static void stopQuietly(ExerciseHost host, RuntimeException cause) throws InterruptedException {
    try {
      host.stop();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** An error as one line: its kind and its message, without the stack a participant cannot use. */
  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + message;
  }

  /** The process's CPU time so far in nanoseconds, every thread's (the JIT compiler's too). */
  public static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void seatEveryone(ExerciseHost host, ExecutorService senders, AtomicLong acts) {
    Map<String, String> codes = host.codes();
    List<String> roles = new ArrayList<>();
    Connection control = null;
    for (var seat : codes.entrySet()) {
      String name = seat.getKey();
      boolean role = !name.equals(ExerciseHost.CONTROL) && !name.equals(ExerciseHost.OBSERVER);
      Seated socket = new Seated(host, role ? name : null, acts);
      Connection c = new Connection(new Outbox(socket, senders));
      socket.connection = c;
      host.receive(c, Protocol.write(new ClientMessage.Join(seat.getValue(), "warm-up")));
      if (role) {
        roles.add(name);
      } else if (name.equals(ExerciseHost.CONTROL)) {
        control = c;
      }
    }
    long id = 0;
    // Steering messages go straight to the engine: a scenario with more roles than the rate limit
    // allows messages a second must still get every seat handed to the doctrine.
    for (String role : roles) {
      host.arrived(control, new ClientMessage.Control(++id, ControlAct.seat(role, ControlAct.SeatMode.DOCTRINE)));
    }
    host.arrived(control, new ClientMessage.Control(++id, ControlAct.speed(SPEED)));
    host.arrived(control, new ClientMessage.Control(++id, ControlAct.resume()));
  }

  /**
   * A seat's stand-in for its WebSocket. It reads from each update what it needs (the serial, to
   * say it read it; for a role's seat the clock's state and its role's possible actions), skipping
   * the rest as a streaming reader does: reading every seat's whole view would spend the warm-up
   * on clients' work, which a server never does. A role's seat then acts. Its messages go through
   * the server's checks as a client's.
   */
  private static final class Seated implements Outbox.Socket {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<AvailableAction>> ACTIONS = new TypeReference<>() {};
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};
    private final ExerciseHost host;
    private final String role;
    private final AtomicLong acts;
    private Connection connection;
    private List<AvailableAction> available;
    private long nextAct;
    private long ids;

    Seated(ExerciseHost host, String role, AtomicLong acts) {
      this.host = host;
      this.role = role;
      this.acts = acts;
    }

    @Override
    public void send(String text) {
      boolean update = false;
      long serial = 0;
      boolean running = false;
      List<AvailableAction> sent = null;
      List<String> kept = List.of();
      try (JsonParser p = JSON.createParser(text)) {
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "type" -> update = p.getText().equals("update");
            case "serial" -> serial = p.getLongValue();
            case "kept" -> kept = JSON.readValue(p, NAMES);
            case "view" -> {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("status")) {
                  running = p.getText().equals(SeatView.Status.RUNNING.name());
                } else if (field.equals("available") && role != null) {
                  sent = JSON.readValue(p, ACTIONS);
                } else {
                  p.skipChildren();
                }
              }
            }
            default -> p.skipChildren();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the warm-up could not read its own server's message", e);
      }
      if (!update) {
        return;
      }
      host.receive(connection, Protocol.write(new ClientMessage.Read(serial)));
      available = sent != null ? sent : kept.contains("available") ? available : null;
      long now = System.nanoTime();
      if (role == null || !running || now < nextAct || available == null || available.isEmpty()) {
        return;
      }
      nextAct = now + ACT_EVERY_NANOS;
      CoordinationAction a = available.stream().filter(AvailableAction::allowed)
          .map(x -> x.candidates().get(0)).findFirst()
          .orElse(available.get(0).candidates().isEmpty() ? null : available.get(0).candidates().get(0));
      if (a != null) {
        acts.incrementAndGet();
        host.receive(connection, Protocol.write(new ClientMessage.Act(++ids, role, a)));
      }
    }

    @Override
    public void close(int code, String reason) {
      // Nothing to close: no socket behind it.
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the warm-up's directory " + dir + ": " + e.getMessage(), e);
    }
  }
}
