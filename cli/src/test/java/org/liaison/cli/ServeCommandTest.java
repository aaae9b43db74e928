package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What 'liaison serve' refuses before it starts a server. */
class ServeCommandTest {
  private static final String UKRAINE = Path.of("..", "scenarios", "ukraine-donbas-monitoring.yaml").toString();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void withoutAScenarioOrASaveItIsInvalidInput() {
    assertEquals(ExitCode.INVALID_INPUT, run("serve"));
    assertTrue(err.toString().contains("missing SCENARIO"), err.toString());
  }

  @Test
  void aMissingSaveIsNamed(@TempDir Path dir) {
    assertEquals(ExitCode.INVALID_INPUT, run("serve", "--resume", dir.resolve("nope.json").toString()));
    assertTrue(err.toString().contains("nope.json: no such save"), err.toString());
  }

  @Test
  void aFileThatIsNoSaveIsRefusedWithItsName(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("save.json"), "{\"formatVersion\": 1, \"colour\": \"blue\"}");
    assertEquals(ExitCode.INVALID_INPUT, run("serve", "--resume", bad.toString()));
    assertTrue(err.toString().startsWith(bad + ": not an exercise save"), err.toString());
  }

  @Test
  void anExistingExerciseDirectoryIsNotOverwritten(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("exercise"));
    Path mine = Files.writeString(out.resolve("notes.txt"), "mine");
    assertEquals(ExitCode.INVALID_INPUT, run("serve", Path.of("..", "scenarios", "ukraine-donbas-monitoring.yaml").toString(),
        "--out", out.toString(), "--port", "0"));
    assertEquals("mine", Files.readString(mine));
  }

  @Test
  void forceDoesNotTouchADirectoryThatIsNotAnEarlierExercise(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("exercise"));
    Path mine = Files.writeString(out.resolve("notes.txt"), "mine");
    Path events = Files.writeString(out.resolve("events.jsonl"), "my own events");
    assertEquals(ExitCode.INVALID_INPUT, run("serve", UKRAINE, "--out", out.toString(), "--port", "0", "--force"));
    assertEquals(out + " is not an earlier exercise (it has no .liaison-exercise); --force replaces only a directory "
        + "written by liaison serve, so give a new or empty directory", err.toString().strip());
    assertEquals("mine", Files.readString(mine));
    assertEquals("my own events", Files.readString(events));
  }

  @Test
  void forceDoesNotTouchAnExerciseDirectoryWithAFileOfTheUsersOwnInIt(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("exercise"));
    Files.writeString(out.resolve(".liaison-exercise"), "{}");
    Path events = Files.writeString(out.resolve("events.jsonl"), "an earlier exercise");
    Path mine = Files.writeString(out.resolve("debrief.docx"), "mine");
    assertEquals(ExitCode.INVALID_INPUT, run("serve", UKRAINE, "--out", out.toString(), "--port", "0", "--force"));
    assertTrue(err.toString().strip().endsWith("(it holds debrief.docx, which liaison serve did not write); --force "
        + "replaces only a directory written by liaison serve, so give a new or empty directory"), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), "one line, no stack trace");
    assertEquals("mine", Files.readString(mine));
    assertEquals("an earlier exercise", Files.readString(events));
  }

  @Test
  void forceDoesNotReplaceAHeadlessRunsDirectory(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("run"));
    Files.writeString(out.resolve(".liaison-run"), "{\"files\": [\"events.jsonl\"]}");
    Path events = Files.writeString(out.resolve("events.jsonl"), "a run");
    assertEquals(ExitCode.INVALID_INPUT, run("serve", UKRAINE, "--out", out.toString(), "--port", "0", "--force"));
    assertTrue(err.toString().contains("is not an earlier exercise"), err.toString());
    assertEquals("a run", Files.readString(events));
  }

  @Test
  void aFileGivenAsTheExerciseDirectoryIsRefused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("exercise"), "a file");
    assertEquals(ExitCode.INVALID_INPUT, run("serve", UKRAINE, "--out", file.toString(), "--port", "0", "--force"));
    assertEquals(file + " is a file, not a directory; give a new or empty directory", err.toString().strip());
    assertEquals("a file", Files.readString(file));
  }

  @Test
  void aPortOutOfRangeIsInvalidInput() {
    assertEquals(ExitCode.INVALID_INPUT, run("serve", "x.yaml", "--port", "70000"));
  }
}
