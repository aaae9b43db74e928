package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.results.run.RunDirectory;

/**
 * A warm-up that fails ends there, says why in one line, leaves no files behind, and the real
 * exercise opens all the same.
 */
class WarmUpFailureTest {
  private static final long SEED = 41;
  /** Limits the warm-up would take minutes to reach: a failure must end it long before. */
  private static final WarmUp.Limits LONG = new WarmUp.Limits(Duration.ofMinutes(2), 1_000_000);
  /** Beyond the events of the exercise's start (about 8 kB) and well short of a whole run's (about 85 kB). */
  private static final int READ_BEFORE_GOING = 24_000;

  private static ExerciseServer start(Path out, WarmUp.Throwaway throwaway) throws IOException {
    return ExerciseServer.start(new ExerciseServer.Options(Exercises.read(Exercises.UKRAINE), Exercises.UKRAINE, SEED,
        "127.0.0.1", 0, out, 0, null, null, LONG), throwaway);
  }

  /** The real exercise listens, seats the control cell and has played nothing of the warm-up's. */
  private static void opens(ExerciseServer server, Path out) throws Exception {
    try (ScriptedClient control = new ScriptedClient(server.port())) {
      control.client.join(server.codes().get("control"), "Ines");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
    }
    assertEquals(0, server.exercise().completed(), "the real exercise's clock waits for control");
    assertTrue(Files.exists(out.resolve(RunDirectory.EVENTS)), "the real exercise writes its own log");
  }

  @Test
  void aThrowawayExerciseThatCannotOpenIsReportedInOneLineAndTheRealOneOpens(@TempDir Path dir) throws Exception {
    List<Path> before = warmUpDirectories();
    WarmUp.Throwaway cannotOpen = (seed, at) -> {
      throw new IOException("no space left on device");
    };
    Path out = dir.resolve("exercise");
    try (ExerciseServer server = start(out, cannotOpen)) {
      WarmUp.Played played = server.warmedUp();
      assertEquals("IOException: no space left on device", played.failure());
      assertEquals(0, played.pictures());
      opens(server, out);
    }
    assertEquals(before, warmUpDirectories(), "the warm-up's directory is gone");
  }

  /**
   * The throwaway's event log is a pipe whose reader goes away once it has read the first hours'
   * events, so that its engine's thread stops on the write errors that follow, mid-exercise.
   */
  @Test
  void aThrowawayExerciseWhoseEngineStopsEndsTheWarmUpThereAndTheRealOneOpens(@TempDir Path dir) throws Exception {
    assumeTrue(pipe(dir.resolve("probe")), "named pipes (mkfifo)");
    List<Path> before = warmUpDirectories();
    WarmUp.Throwaway copies = WarmUp.copiesOf(Exercises.read(Exercises.UKRAINE), Exercises.UKRAINE);
    WarmUp.Throwaway readerGoesAway = (seed, at) -> {
      Files.createDirectories(at);
      Path events = at.resolve(RunDirectory.EVENTS);
      assertTrue(pipe(events));
      Thread reader = new Thread(() -> {
        try (InputStream in = Files.newInputStream(events)) {
          in.readNBytes(READ_BEFORE_GOING);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "events-reader");
      reader.setDaemon(true);
      reader.start();
      return copies.open(seed, at);
    };
    Path out = dir.resolve("exercise");
    try (ExerciseServer server = start(out, readerGoesAway)) {
      WarmUp.Played played = server.warmedUp();
      assertTrue(played.failure() != null && played.failure().startsWith("its engine stopped on UncheckedIOException")
          && played.failure().lines().count() == 1, played.failure());
      assertEquals(1, played.exercises(), "no second throwaway after a failure");
      assertTrue(played.pictures() > 0, "it failed while it played: " + played);
      assertTrue(played.wall().compareTo(Duration.ofSeconds(60)) < 0, "it ended at the failure: " + played);
      opens(server, out);
    }
    assertEquals(before, warmUpDirectories(), "the warm-up's directory is gone, the pipe too");
  }

  /** Makes a named pipe, telling whether it could. */
  private static boolean pipe(Path at) {
    try {
      return new ProcessBuilder("mkfifo", at.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<Path> warmUpDirectories() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("liaison-warm-up")).sorted().toList();
    }
  }
}
