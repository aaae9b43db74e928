package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The liaison command as a user meets it: exit codes and what it prints. */
class MainTest {

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir
  Path dir;
  String valid;

  @BeforeEach
  void readTheValidScenario() throws IOException {
    try (InputStream in = MainTest.class.getResourceAsStream("valid.yaml")) {
      valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static void assertNoStackTrace(Run run) {
    assertAll(
        () -> assertFalse(run.err().contains("at org."), run.err()),
        () -> assertFalse(run.err().contains("at java."), run.err()),
        () -> assertFalse(run.err().contains("Exception"), run.err()));
  }

  @Nested
  class Validate {
    @Test
    void aValidFileExitsZeroAndSaysOk() throws IOException {
      Path file = write("valid.yaml", valid);
      Run run = run("validate", file.toString());
      assertEquals(ExitCode.OK, run.code(), run.err());
      assertTrue(run.out().startsWith(file + ": ok (minimal, 2 actors"), run.out());
      assertEquals("", run.err());
    }

    @Test
    void aBrokenFileExitsTwoWithItsOneProblemOnOneLine() throws IOException {
      Path file = write("broken.yaml", valid.replace("homeZone: village\n    units", "homeZone: vilage\n    units"));
      Run run = run("validate", file.toString());
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertEquals(List.of(file + ":36:5: actors[0].homeZone: unknown zone 'vilage' (did you mean 'village'?); allowed: village"), run.errLines());
      assertNoStackTrace(run);
    }

    @Test
    void everyProblemOfAFileIsListedAtOnceInLineOrder() throws IOException {
      Path file = write("broken.yaml", valid.replace("durationDays: 3", "durationDays: 3\n  colour: red")
          .replace("population: 1000", "population: -1")
          .replace("media: [MOBILE, FACE_TO_FACE]", "media: [MOBILE, FACE_TO_FACE, PIGEON]"));
      Run run = run("validate", file.toString());
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertEquals(3, run.errLines().size(), run.err());
      assertAll(
          () -> assertTrue(run.errLines().get(0).startsWith(file + ":12:3: metadata.colour: unknown key 'colour'"), run.err()),
          () -> assertTrue(run.errLines().get(1).startsWith(file + ":29:7: map.zones[0].population: -1 is out of range"), run.err()),
          () -> assertTrue(run.errLines().get(2).startsWith(file + ":57:37: actors[1].communication.media[2]: unknown value 'PIGEON'"),
              run.err()));
    }

    @Test
    void quietPrintsNothingForAValidFile() throws IOException {
      Run run = run("validate", "--quiet", write("valid.yaml", valid).toString());
      assertEquals(ExitCode.OK, run.code());
      assertEquals("", run.out());
    }

    @Test
    void aMissingFileExitsTwoNamingTheFile() {
      Path missing = dir.resolve("nowhere.yaml");
      Run run = run("validate", missing.toString());
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertTrue(run.err().startsWith(missing + ":0:0: no such file"), run.err());
      assertNoStackTrace(run);
    }

    @Test
    void aHostileFileIsRejectedWithoutAStackTrace() throws IOException {
      StringBuilder laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
      for (int i = 1; i < 9; i++) {
        laughs.append("a").append(i).append(": &a").append(i).append(" [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n");
      }
      Run run = run("validate", write("laughs.yaml", laughs.toString()).toString());
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertTrue(run.err().contains("YAML alias *a is not allowed"), run.err());
      assertNoStackTrace(run);
    }

    @Test
    void aNonUtf8FileNamesTheLineOfTheBadByte() throws IOException {
      Path file = dir.resolve("latin1.yaml");
      Files.write(file, valid.replace("Village elders", "Anciens du village \u00e9").getBytes(StandardCharsets.ISO_8859_1));
      Run run = run("validate", file.toString());
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertTrue(run.err().startsWith(file + ":49:30: byte 0xE9 is not UTF-8 text"), run.err());
    }
  }

  @Nested
  class ValidateADirectory {
    @Test
    void everyScenarioInTheDirectoryIsValidatedAndTheSchemaIsSkipped() throws IOException {
      write("scenarios/a.yaml", valid);
      write("scenarios/b.yml", valid);
      write("scenarios/c.json", "{\"formatVersion\": 1,}");
      write("scenarios/scenario.schema.json", "{}");
      write("scenarios/notes.txt", "not a scenario");
      Run run = run("validate", dir.resolve("scenarios").toString());
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertTrue(run.out().contains("a.yaml: ok") && run.out().contains("b.yml: ok"), run.out());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith(dir.resolve("scenarios/c.json") + ":1:21: syntax error"), run.err());
      assertFalse(run.out().contains("notes.txt") || run.err().contains("notes.txt"));
    }

    @Test
    void aDirectoryOfValidScenariosExitsZero() throws IOException {
      write("ok/a.yaml", valid);
      write("ok/b.yaml", valid);
      Run run = run("validate", dir.resolve("ok").toString());
      assertEquals(ExitCode.OK, run.code(), run.err());
      assertEquals(2, run.out().lines().count());
    }

    @Test
    void aDirectoryWithoutScenariosExitsTwo() throws IOException {
      Files.createDirectories(dir.resolve("empty"));
      Run run = run("validate", dir.resolve("empty").toString());
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertTrue(run.err().contains("no scenario files"), run.err());
    }
  }

  @Nested
  class CommandLine {
    @Test
    void anUnknownFlagExitsTwoWithAHint() {
      Run run = run("validate", "--frobnicate", "x.yaml");
      assertEquals(ExitCode.INVALID_INPUT, run.code());
      assertTrue(run.err().contains("--frobnicate"), run.err());
      assertNoStackTrace(run);
    }

    @Test
    void noSubcommandExitsTwo() {
      assertEquals(ExitCode.INVALID_INPUT, run().code());
    }

    @Test
    void validateWithoutAFileExitsTwo() {
      assertEquals(ExitCode.INVALID_INPUT, run("validate").code());
    }

    @Test
    void versionExitsZeroAndNamesTheFormat() {
      Run run = run("--version");
      assertEquals(ExitCode.OK, run.code());
      assertTrue(run.out().startsWith("liaison "), run.out());
      assertTrue(run.out().contains("scenario format 1"), run.out());
    }

    @Test
    void schemaPrintsAJsonSchemaWithDefinitions() throws IOException {
      Run run = run("schema");
      assertEquals(ExitCode.OK, run.code());
      JsonNode schema = new ObjectMapper().readTree(run.out());
      assertTrue(schema.has("$defs"), "no $defs");
      assertTrue(schema.path("properties").has("actors"), "no actors property");
    }
  }
}
