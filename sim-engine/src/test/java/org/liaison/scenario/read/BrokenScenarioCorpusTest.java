package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.scenario.Scenario;

/**
 * The broken corpus: copies of a valid scenario with exactly one defect each, and the one problem
 * each must yield, listed in {@code broken/expected.tsv}.
 */
class BrokenScenarioCorpusTest {

  /** One row of expected.tsv. */
  record Expected(String file, int line, String path, String message) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Path resource(String name) {
    URL url = BrokenScenarioCorpusTest.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalStateException("test resource missing: " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Expected> corpus() throws IOException {
    return Files.readAllLines(resource("broken/expected.tsv"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank() && !line.startsWith("file\t"))
        .map(line -> {
          String[] cells = line.split("\t", -1);
          if (cells.length != 4) {
            throw new IllegalStateException("expected.tsv row needs 4 cells: " + line);
          }
          return new Expected(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3]);
        })
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBrokenFileYieldsExactlyItsOneProblemAtItsLine(Expected expected) {
    Path file = resource("broken/" + expected.file());
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> ScenarioReader.read(file, expected.file()));
    List<Problem> problems = e.problems();
    assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + e.getMessage());
    Problem problem = problems.get(0);
    assertAll(
        () -> assertEquals(expected.line(), problem.line(), () -> "line of " + problem),
        () -> assertEquals(expected.path(), problem.path(), () -> "path of " + problem),
        () -> assertTrue(problem.message().contains(expected.message()),
            () -> "message of " + problem + "\n  should contain: " + expected.message()),
        () -> assertTrue(problem.message().contains("; "),
            () -> "message should say what is wrong; what is allowed: " + problem),
        () -> assertTrue(problem.toString().startsWith(expected.file() + ":" + expected.line() + ":"),
            () -> "one-line form of " + problem));
  }

  @Test
  void everyFileOfTheCorpusHasItsExpectedProblemAndNoRowLacksItsFile() throws IOException {
    Set<String> listed = corpus().stream().map(Expected::file).collect(Collectors.toCollection(TreeSet::new));
    Set<String> present;
    try (Stream<Path> files = Files.list(resource("broken"))) {
      present = files.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("expected.tsv"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(present, listed);
  }

  @Test
  void theCorpusCoversAtLeastThirtyDistinctDefects() throws IOException {
    List<Expected> corpus = corpus();
    assertTrue(corpus.size() >= 30, "only " + corpus.size() + " cases");
    assertEquals(corpus.size(), corpus.stream().map(Expected::message).distinct().count(),
        "two cases expect the same message; each file should show a distinct defect");
  }

  @Nested
  class TheValidScenariosTheCorpusIsMadeFrom {
    @ParameterizedTest
    @ValueSource(strings = {"valid-small.yaml", "valid-small.json", "minimal.yaml"})
    void readWithoutAnyProblem(String name) {
      try {
        Scenario scenario = ScenarioReader.read(resource("scenarios/" + name), name);
        assertTrue(scenario.actors().size() >= 2);
      } catch (InvalidScenarioException e) {
        fail("a valid scenario was reported:\n" + e.getMessage());
      }
    }

    @Test
    void yamlAndJsonFormsOfTheSameScenarioReadAsEqualRecords() throws InvalidScenarioException {
      Scenario yaml = ScenarioReader.read(resource("scenarios/valid-small.yaml"));
      Scenario json = ScenarioReader.read(resource("scenarios/valid-small.json"));
      assertEquals(yaml, json);
    }

    @Test
    void theRichScenarioUsesEverySectionTheCorpusBreaks() throws InvalidScenarioException {
      Scenario scenario = ScenarioReader.read(resource("scenarios/valid-small.yaml"));
      assertAll(
          () -> assertTrue(scenario.map().zones().size() >= 3, "zones"),
          () -> assertTrue(scenario.actors().size() >= 5, "actors"),
          () -> assertTrue(scenario.actors().stream().map(a -> a.kind()).distinct().count() >= 4, "actor kinds"),
          () -> assertTrue(scenario.hubs().size() >= 1, "hubs"),
          () -> assertTrue(scenario.trust().size() >= 1, "trust"),
          () -> assertTrue(scenario.channels().size() >= 2, "channels"),
          () -> assertTrue(scenario.msel().stream().anyMatch(i -> i.condition() != null), "contingency inject"),
          () -> assertTrue(scenario.msel().stream().anyMatch(i -> !i.effects().isEmpty()), "effects"),
          () -> assertEquals(2, scenario.decisionPoints().size(), "decision points"));
    }
  }
}
