package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every independent problem in one pass, and none that only follows from another. */
class OnePassTest {
  private static String validSmall() throws IOException {
    return Files.readString(BrokenScenarioCorpusTest.resource("scenarios/valid-small.yaml"));
  }

  private static List<Problem> problemsOf(String text) {
    return assertThrows(InvalidScenarioException.class, () -> ScenarioReader.readText(text, "s.yaml", false)).problems();
  }

  @Test
  void aNegativeDurationIsOneProblemNotOneForEveryDatedEntry() throws IOException {
    List<Problem> problems = problemsOf(validSmall().replace("durationDays: 5", "durationDays: -4"));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("metadata.durationDays", problems.get(0).path());
  }

  @Test
  void withABadDurationDaysBeyondTheLongestExerciseAreStillReported() throws IOException {
    List<Problem> problems = problemsOf(validSmall().replace("durationDays: 5", "durationDays: 0")
        .replace("at: {day: 2, hour: 10}", "at: {day: 400, hour: 10}"));
    assertEquals(List.of("metadata.durationDays", "msel[1].at.day"), problems.stream().map(Problem::path).toList(),
        problems::toString);
    assertTrue(problems.get(1).message().contains("allowed: 1 to 365"), problems::toString);
  }

  @Test
  void aMisspeltKeyAndABadValueElsewhereAreReportedTogether() throws IOException {
    List<Problem> problems = problemsOf(validSmall().replace("durationDays: 5", "durationDays: 5\n  startdate: x")
        .replace("count: 3", "count: 0"));
    assertAll(
        () -> assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown key 'startdate'")), problems::toString),
        () -> assertTrue(problems.stream().anyMatch(p -> p.message().contains("0 is out of range")), problems::toString));
  }

  @Test
  void aMisspeltRequiredKeyIsReportedOnceAndTheMeaningOfTheRestIsStillChecked() throws IOException {
    List<Problem> problems = problemsOf(validSmall().replace("  durationDays: 5", "  durationDay: 5")
        .replace("count: 3", "count: 0"));
    assertAll(
        () -> assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown key 'durationDay'")
            && p.message().contains("did you mean 'durationDays'")), problems::toString),
        () -> assertFalse(problems.stream().anyMatch(p -> p.message().contains("missing required field")),
            problems::toString),
        () -> assertTrue(problems.stream().anyMatch(p -> p.message().contains("0 is out of range")), problems::toString));
  }

  @Test
  void notANumberAndInfinityAreNamedAsNotFiniteNotAsSyntaxErrors() throws IOException {
    for (String value : List.of(".nan", ".inf", "-.inf", ".NaN")) {
      List<Problem> problems = problemsOf(validSmall().replace("reliability: 0.98", "reliability: " + value));
      assertEquals(1, problems.size(), problems::toString);
      assertAll(
          () -> assertTrue(problems.get(0).message().startsWith(value + " is not a finite number; the value must be a finite number"),
              problems::toString),
          () -> assertFalse(problems.get(0).message().contains("syntax")));
    }
  }

  @Test
  void aFileOfAnotherKindIsNamedAsNotAScenarioWithoutRepeatingItsContent() {
    String secret = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
    List<Problem> problems = problemsOf(secret);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().startsWith("is not a scenario file: it holds a single value; expected a mapping"), problems::toString);
    assertFalse(problems.get(0).toString().contains("root"), problems::toString);
  }

  @Test
  void aMappingWithNoScenarioKeyIsNotAScenario() {
    List<Problem> problems = problemsOf("password: hunter2\nuserPrincipalName: someone\n");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().startsWith("is not a scenario file: it has none of the keys of one"));
    assertFalse(problems.get(0).toString().contains("hunter2"));
  }
}
