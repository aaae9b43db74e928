package org.liaison.net.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.policy.DecisionLog;
import org.liaison.results.run.RunDirectory;

/**
 * Writes the exercise's save and its decision log on a thread of its own. The engine's thread
 * saves every simulated day and after every control act; serialising the whole log and writing two
 * files each time would hold up every act behind it, more so as a long exercise's log grows. The
 * engine's thread hands over what it saves as it stands (the log is an immutable copy) and goes on;
 * when saves come faster than they are written, only the newest waiting one is written, which holds
 * everything the ones before it did.
 *
 * <p>At the fastest speed a simulated day passes in milliseconds, and writing the whole, growing
 * log for each would take the processors the seats' pictures need. Saves are written at most once
 * per {@link #EVERY_NANOS}: one that comes sooner waits, replaced by any newer one, and a crash
 * loses at most that much of the exercise. Stopping and the exercise's end write at once.
 */
final class Autosaver implements AutoCloseable {
  /**
   * One save, as the engine's thread took it.
   *
   * @param completed ticks completed
   * @param speed simulated hours per second
   * @param log the decision log so far
   */
  record Save(long completed, double speed, DecisionLog log) {}

  /** Shortest time between two writes of the save. */
  static final long EVERY_NANOS = 1_000_000_000L;

  private final Path out;
  private final String scenarioFile;
  private final long seed;
  private final Map<String, String> codes;
  private final AtomicReference<Save> latest = new AtomicReference<>();
  private final AtomicBoolean due = new AtomicBoolean();
  /** When the last write began, in {@link System#nanoTime()}'s units; touched by the saver's thread alone. */
  private long lastWrite = System.nanoTime() - EVERY_NANOS;
  private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "exercise-saver");
    t.setDaemon(true);
    return t;
  });
  /** Why the last write failed, or null if it did not. */
  private volatile IOException failed;

  Autosaver(Path out, String scenarioFile, long seed, Map<String, String> codes) {
    // Closing writes the newest save itself: a write still waiting for its time is not needed.
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.out = out;
    this.scenarioFile = scenarioFile;
    this.seed = seed;
    this.codes = Map.copyOf(codes);
  }

  /** Queues a save in place of any not yet written, to be written once the last write is old enough. */
  void save(Save save) {
    latest.set(save);
    if (due.compareAndSet(false, true)) {
      thread.execute(this::writeWhenDue);
    }
  }

  private void writeWhenDue() {
    long wait = lastWrite + EVERY_NANOS - System.nanoTime();
    if (wait > 0) {
      thread.schedule(this::writeWhenDue, wait, TimeUnit.NANOSECONDS);
      return;
    }
    due.set(false);
    writeLatest();
  }

  /**
   * Waits until the newest save is written.
   *
   * @throws UncheckedIOException if it could not be written
   */
  void flush() {
    try {
      thread.submit(this::writeLatest).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    IOException e = failed;
    if (e != null) {
      throw new UncheckedIOException("cannot save the exercise in " + out + ": " + e.getMessage(), e);
    }
  }

  private void writeLatest() {
    Save s = latest.getAndSet(null);
    if (s == null) {
      return;
    }
    lastWrite = System.nanoTime();
    try {
      // The log is serialised once: the save holds the same lines as the decisions file.
      String log = s.log().toJsonLines();
      new ServerSave(ServerSave.VERSION, scenarioFile, seed, s.completed(), s.speed(), codes, log)
          .write(out.resolve(ServerSave.FILE));
      Files.writeString(out.resolve(RunDirectory.DECISIONS), log, StandardCharsets.UTF_8);
      failed = null;
    } catch (IOException e) {
      if (failed == null) {
        // The exercise goes on; the next save tries again, and stopping reports it.
        System.err.println("exercise server: cannot save the exercise in " + out + ": " + e.getMessage());
      }
      failed = e;
    }
  }

  /** Writes the newest save and stops the thread. */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      thread.shutdown();
      try {
        thread.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
