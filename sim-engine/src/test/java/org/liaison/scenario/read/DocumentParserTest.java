package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTest {
  private final DocumentParser parser = new DocumentParser();

  private Problem onlyProblem(String text, boolean json) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> parser.parse(text, "d", json));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  @Nested
  class Positions {
    @Test
    void everyKeyAndListEntryIsLocatedByItsPointer() throws InvalidInputException {
      LocatedTree tree = parser.parse("a:\n  b: 1\n  c:\n    - x\n    - {d: 2}\n", "d", false);
      assertEquals(new LocatedTree.Position(2, 3), tree.positionOf("/a/b"));
      assertEquals(new LocatedTree.Position(5, 7), tree.positionOf("/a/c/1"));
      assertEquals(new LocatedTree.Position(5, 8), tree.positionOf("/a/c/1/d"));
    }

    @Test
    void anAbsentNodeIsLocatedAtItsNearestAncestor() throws InvalidInputException {
      LocatedTree tree = parser.parse("a:\n  b: 1\n", "d", false);
      assertEquals(tree.positionOf("/a"), tree.positionOf("/a/missing/deeper"));
    }
  }

  @Nested
  class YamlFeaturesThatAreRefused {
    @Test
    void anAliasIsNamedAtItsUse() {
      Problem problem = onlyProblem("a: &x 1\nb: *x\n", false);
      assertEquals("d:2:4: b: YAML alias *x is not allowed; write the value out in full (anchors and aliases are not supported)",
          problem.toString());
    }

    @Test
    void aRepeatedKeyNamesTheLineOfItsFirstUse() {
      assertEquals("d:3:1: a: key 'a' appears twice in the same mapping (first on line 1); each key may appear once",
          onlyProblem("a: 1\nb: 2\na: 3\n", false).toString());
    }

    @Test
    void aBinaryValueIsRefused() {
      assertTrue(onlyProblem("a: !!binary AAAA\n", false).message().startsWith("binary value (!!binary) is not allowed"));
    }

    @Test
    void aListAsAKeyIsASyntaxError() {
      assertTrue(onlyProblem("? [a, b]\n: c\n", false).message().contains("a key must be plain text"));
    }

    @Test
    void aTabInTheIndentationIsNamedAtItsLine() {
      Problem problem = onlyProblem("a:\n\tb: 1\n", false);
      assertEquals(2, problem.line());
      assertTrue(problem.message().endsWith("indent with spaces; tabs are not allowed in YAML indentation"), problem.message());
    }

    @Test
    void aSecondDocumentIsRefused() {
      assertTrue(onlyProblem("a: 1\n---\nb: 2\n", false).message().startsWith("more than one document"));
    }
  }

  @Nested
  class Json {
    @Test
    void aCommentIsASyntaxErrorThatSaysSo() {
      Problem problem = onlyProblem("{\"a\": 1 // one\n}", true);
      assertEquals(1, problem.line());
      assertTrue(problem.message().contains("comments are not allowed in JSON"), problem.message());
    }

    @Test
    void aRepeatedKeyIsReportedToo() {
      assertEquals(2, onlyProblem("{\"a\": 1,\n \"a\": 2}", true).line());
    }

    @Test
    void aNumberTooLongIsASafetyLimitAtItsLine() {
      Problem problem = onlyProblem("{\n\"a\": " + "1".repeat(100) + "}", true);
      assertEquals(2, problem.line());
      assertTrue(problem.message().startsWith("file exceeds a safety limit"), problem.message());
    }
  }

  @Nested
  class FilesOnDisk {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsOneProblemAboutTheWholeFile() throws IOException {
      Path file = Files.writeString(dir.resolve("e.yaml"), "# only a comment\n");
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> parser.parse(file, "e.yaml"));
      assertEquals(List.of("e.yaml:0:0: file is empty; expected a scenario document (see scenarios/scenario.schema.json)"),
          e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException, InvalidInputException {
      Path file = Files.write(dir.resolve("bom.yaml"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', '1'});
      assertEquals(1, parser.parse(file, "bom.yaml").root().get("a").asInt());
    }

    @Test
    void aFileThatIsNotUtf8IsLocatedAtItsFirstBadByte() throws IOException {
      Path file = Files.write(dir.resolve("l.yaml"), new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', 'c', (byte) 0xE9});
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> parser.parse(file, "l.yaml"));
      assertEquals("l.yaml:2:5: byte 0xE9 is not UTF-8 text; save the file as UTF-8", e.problems().get(0).toString());
    }

    @Test
    void aDirectoryIsNotAScenarioFile() {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> parser.parse(dir, "dir"));
      assertEquals("dir:0:0: is a directory; give the path of a file", e.problems().get(0).toString());
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpened() throws IOException, InterruptedException {
      Path fifo = dir.resolve("pipe.yaml");
      org.junit.jupiter.api.Assumptions.assumeTrue(
          new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
      // Opening the pipe would block until a writer came; the test would hang, not fail.
      InvalidInputException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
          () -> assertThrows(InvalidInputException.class, () -> parser.parse(fifo, "pipe.yaml")));
      assertEquals("pipe.yaml:0:0: is not a regular file (a device, pipe or socket); give the path of an ordinary file",
          e.problems().get(0).toString());
    }

    @Test
    void aDeviceIsRefusedAsNotARegularFile() {
      Path zero = Path.of("/dev/zero");
      org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(zero));
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> parser.parse(zero, "/dev/zero"));
      assertTrue(e.problems().get(0).message().startsWith("is not a regular file"), e::getMessage);
    }

    @Test
    void aPathThroughAFileSaysWhichPartIsAFile() throws IOException {
      Path file = Files.writeString(dir.resolve("plain.txt"), "x");
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> parser.parse(file.resolve("s.yaml"), "plain.txt/s.yaml"));
      assertTrue(e.problems().get(0).message().startsWith("no such file: " + file + " is a file, not a directory"),
          e::getMessage);
    }
  }
}
