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
  void aPortOutOfRangeIsInvalidInput() {
    assertEquals(ExitCode.INVALID_INPUT, run("serve", "x.yaml", "--port", "70000"));
  }
}
