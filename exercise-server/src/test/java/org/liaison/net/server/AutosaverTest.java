package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.exercise.Exercise;
import org.liaison.policy.ControlAct;
import org.liaison.results.run.RunDirectory;

/**
 * Saves are written off the engine's thread, the newest last, at most once per interval, and all of
 * it before closing.
 */
class AutosaverTest {
  private static final Map<String, String> CODES = Map.of("control", "ABCD-EFGH-JKMN");

  @Test
  void manySavesInQuickSuccessionLeaveTheNewestWhole(@TempDir Path dir) throws Exception {
    Exercise exercise = new Exercise(Exercises.read(Exercises.UKRAINE), 12);
    Autosaver saver = new Autosaver(dir, "scenario.yaml", 12, CODES);
    for (int i = 0; i < 60; i++) {
      exercise.control("Ines", ControlAct.note("Olena", "note " + i));
      exercise.advance(1, false);
      saver.save(new Autosaver.Save(exercise.completed(), 2.5, exercise.decisionLog()));
    }
    saver.close();
    ServerSave save = ServerSave.read(dir.resolve(ServerSave.FILE));
    String log = exercise.decisionLog().toJsonLines();
    assertEquals(exercise.completed(), save.completed());
    assertEquals(2.5, save.speed());
    assertEquals(CODES, save.codes());
    assertEquals(log, save.decisionLog(), "the save holds the whole log as it was at the last save");
    assertEquals(log, Files.readString(dir.resolve(RunDirectory.DECISIONS)));
    assertEquals(60, save.log().entries().size());
    assertTrue(Files.notExists(dir.resolve(ServerSave.FILE + ".tmp")), "no half-written save is left");
  }

  @Test
  void aSaveSoonAfterTheLastWriteWaitsItsTurnAndIsThenWritten(@TempDir Path dir) throws Exception {
    Exercise exercise = new Exercise(Exercises.read(Exercises.UKRAINE), 12);
    Autosaver saver = new Autosaver(dir, "scenario.yaml", 12, CODES);
    Path file = dir.resolve(ServerSave.FILE);
    long first = System.nanoTime();
    saver.save(new Autosaver.Save(1, 0, exercise.decisionLog()));
    while (Files.notExists(file) && System.nanoTime() - first < 10_000_000_000L) {
      Thread.sleep(5);
    }
    assertEquals(1, ServerSave.read(file).completed(), "the first save is written at once");
    saver.save(new Autosaver.Save(2, 0, exercise.decisionLog()));
    saver.save(new Autosaver.Save(3, 0, exercise.decisionLog()));
    Thread.sleep(100);
    assertEquals(1, ServerSave.read(file).completed(), "a save within the interval waits");
    while (ServerSave.read(file).completed() == 1 && System.nanoTime() - first < 10_000_000_000L) {
      Thread.sleep(5);
    }
    assertTrue(System.nanoTime() - first >= Autosaver.EVERY_NANOS, "not written before the interval passed");
    assertEquals(3, ServerSave.read(file).completed(), "then the newest waiting is written, the one before skipped");
    saver.close();
  }

  @Test
  void aSaveThatCannotBeWrittenIsReportedWhenFlushed(@TempDir Path dir) throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    Autosaver saver = new Autosaver(notADirectory, "scenario.yaml", 12, CODES);
    Exercise exercise = new Exercise(Exercises.read(Exercises.UKRAINE), 12);
    saver.save(new Autosaver.Save(0, 0, exercise.decisionLog()));
    assertThrows(UncheckedIOException.class, saver::flush);
  }
}
