package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.results.run.RunDirectory;

class ExerciseDirectoryTest {
  @Test
  void forceClearsAnEarlierExerciseWrittenByTheServer(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("exercise");
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, 3, out, 0)) {
      assertTrue(Files.isRegularFile(out.resolve(ExerciseDirectory.MARKER)), "the server marks its directory");
    }
    Files.writeString(out.resolve(Review.FILE), "an earlier review");
    assertThrows(RunDirectory.RefusedException.class, () -> ExerciseDirectory.prepare(out, false));
    ExerciseDirectory.prepare(out, true);
    assertFalse(Files.exists(out.resolve(Review.FILE)), "the earlier exercise's files are gone");
    assertFalse(Files.exists(out.resolve(RunDirectory.EVENTS)));
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, 3, out, 0)) {
      assertEquals(3, server.exercise().seed());
    }
  }

  @Test
  void forceRefusesADirectoryWithAnythingElseInItAndLeavesItAlone(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("exercise");
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, 3, out, 0)) {
      assertEquals(3, server.exercise().seed());
    }
    Files.createDirectory(out.resolve("photos"));
    long before = Files.size(out.resolve(RunDirectory.EVENTS));
    RunDirectory.RefusedException e = assertThrows(RunDirectory.RefusedException.class,
        () -> ExerciseDirectory.prepare(out, true));
    assertTrue(e.getMessage().contains("it holds photos, which liaison serve did not write"), e.getMessage());
    assertEquals(before, Files.size(out.resolve(RunDirectory.EVENTS)));
  }
}
