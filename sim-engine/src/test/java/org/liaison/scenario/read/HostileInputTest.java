package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to exhaust the reader: each must be rejected with located problems in bounded time
 * and memory, never with a hang, an OutOfMemoryError or a StackOverflowError.
 *
 * <p>The one-minute timeouts guard against hangs only, not speed: a loaded build machine must
 * not fail them. The surefire heap is kept small (see the module's pom) so that unbounded memory use fails here.
 */
class HostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir
  Path dir;

  /** The problems reported for the text, failing if it is accepted or anything else is thrown. */
  private static List<Problem> problemsOf(String text, boolean json) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> {
      InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
          () -> ScenarioReader.readText(text, json ? "hostile.json" : "hostile.yaml", json));
      return e.problems();
    });
  }

  private static List<Problem> problemsOf(Path file) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> {
      InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.read(file));
      return e.problems();
    });
  }

  private static void assertOneProblemSaying(List<Problem> problems, String substring) {
    assertAll(
        () -> assertFalse(problems.isEmpty(), "no problem reported"),
        () -> assertTrue(problems.size() <= ScenarioReader.MAX_PROBLEMS + 1, "problems are not capped: " + problems.size()),
        () -> assertTrue(problems.stream().anyMatch(p -> p.message().contains(substring)),
            () -> "no problem says '" + substring + "': " + problems.subList(0, Math.min(5, problems.size()))));
  }

  private static String validSmall() throws IOException {
    return Files.readString(BrokenScenarioCorpusTest.resource("scenarios/valid-small.yaml"));
  }

  @Nested
  class YamlAliases {
    @Test
    void billionLaughsIsRejectedWithoutExpandingTheAliases() {
      StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
      for (int i = 1; i < 10; i++) {
        String previous = "*a" + (i - 1);
        yaml.append("a").append(i).append(": &a").append(i).append(" [")
            .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
      }
      List<Problem> problems = problemsOf(yaml.toString(), false);
      assertOneProblemSaying(problems, "YAML alias *a0 is not allowed");
    }

    @Test
    void anAliasInsideAValidScenarioIsReportedAtItsLine() throws IOException {
      String text = validSmall().replace("name: Water for All", "name: &ngo Water for All")
          .replace("name: Refugee agency", "name: *ngo");
      List<Problem> problems = problemsOf(text, false);
      assertTrue(problems.size() == 1 && problems.get(0).line() == 133, () -> problems.toString());
    }
  }

  @Nested
  class DeepNesting {
    @Test
    void tenThousandNestedYamlListsAreRejected() {
      assertOneProblemSaying(problemsOf("a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", false), "nesting depth");
    }

    @Test
    void tenThousandNestedYamlMappingsAreRejected() {
      assertOneProblemSaying(problemsOf("a: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n", false),
          "nesting depth");
    }

    @Test
    void tenThousandNestedYamlBlockMappingsAreRejected() {
      StringBuilder yaml = new StringBuilder();
      for (int i = 0; i < 10_000; i++) {
        yaml.append(" ".repeat(i)).append("a:\n");
      }
      List<Problem> problems = problemsOf(yaml.toString(), false);
      assertFalse(problems.isEmpty());
    }

    @Test
    void tenThousandNestedJsonArraysAreRejected() {
      assertOneProblemSaying(problemsOf("{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}", true), "nesting depth");
    }

    @Test
    void tenThousandNestedJsonObjectsAreRejected() {
      assertOneProblemSaying(problemsOf("{\"a\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}", true),
          "nesting depth");
    }

    @Test
    void deeplyNestedConditionParenthesesAreRejected() throws IOException {
      String condition = "(".repeat(500) + "attacksExecuted >= 1" + ")".repeat(500);
      String text = validSmall().replace("condition: attacksExecuted >= 1\n", "condition: \"" + condition + "\"\n");
      assertOneProblemSaying(problemsOf(text, false), "nests deeper than");
    }

    @Test
    void aConditionOfTenThousandNotsIsRejected() throws IOException {
      String condition = "not ".repeat(10_000) + "attacksExecuted >= 1";
      String text = validSmall().replace("condition: attacksExecuted >= 1\n", "condition: \"" + condition + "\"\n");
      assertOneProblemSaying(problemsOf(text, false), "condition is longer than");
    }
  }

  @Nested
  class HugeFiles {
    @Test
    void aFiftyMegabyteFileIsRejectedBeforeItIsRead() throws IOException {
      Path file = dir.resolve("huge.yaml");
      byte[] chunk = ("# " + "x".repeat(1022) + "\n").getBytes(StandardCharsets.US_ASCII);
      try (OutputStream out = Files.newOutputStream(file)) {
        for (int i = 0; i < 50 * 1024; i++) {
          out.write(chunk);
        }
      }
      List<Problem> problems = problemsOf(file);
      assertOneProblemSaying(problems, "bytes are allowed");
      assertTrue(problems.get(0).toString().startsWith(file + ":0:0: "));
    }

    @Test
    void fiftyMegabytesOfTextInMemoryAreRejected() {
      char[] text = new char[50 * 1024 * 1024];
      Arrays.fill(text, ' ');
      assertOneProblemSaying(problemsOf(new String(text), false), "at most");
    }

    @Test
    void aFiveMegabyteStringInAFileIsRejected() throws IOException {
      Path file = dir.resolve("string.yaml");
      Files.writeString(file, "formatVersion: \"" + "x".repeat(5 * 1024 * 1024) + "\"\n");
      assertOneProblemSaying(problemsOf(file), "bytes are allowed");
    }

    @Test
    void aThreeMegabyteStringWithinTheFileSizeLimitIsRejected() {
      assertOneProblemSaying(problemsOf("formatVersion: \"" + "x".repeat(3 * 1024 * 1024) + "\"\n", false),
          "at most " + DocumentParser.MAX_STRING_LENGTH);
      assertOneProblemSaying(problemsOf("{\"formatVersion\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}", true),
          "exceeds the maximum allowed");
    }

    @Test
    void aListOfAMillionElementsIsRejected() {
      String list = "[" + "1,".repeat(999_999) + "1]";
      assertOneProblemSaying(problemsOf("formatVersion: " + list + "\n", false), "values in the file");
      assertOneProblemSaying(problemsOf("{\"formatVersion\": " + list + "}", true), "values in the file");
    }

    @Test
    void longKeysNestedAboveALongListDoNotExhaustMemory() {
      // Each node's pointer repeats its ancestors' keys: 35 keys of 900 characters over 300,000
      // list elements would need some 9 GB of pointers if they were all kept.
      StringBuilder yaml = new StringBuilder();
      String indent = "";
      for (int i = 0; i < 35; i++) {
        yaml.append(indent).append("k".repeat(900)).append(i).append(":\n");
        indent += "  ";
      }
      yaml.append(indent).append("- [").append("1,".repeat(299_999)).append("1]\n");
      assertOneProblemSaying(problemsOf(yaml.toString(), false), "keys are too long");
    }

    @Test
    void hundredsOfThousandsOfBadReferencesToThousandsOfActorsAreReportedQuicklyAndCapped() throws IOException {
      StringBuilder actors = new StringBuilder("actors:\n");
      for (int i = 0; i < 4_000; i++) {
        actors.append("  - {id: a").append(i).append(", name: A, kind: NGO, homeZone: town, mandate: {tasks: [MONITOR]},")
            .append(" communication: {languages: [en], media: [RADIO]}, dispositions: {}}\n");
      }
      String text = validSmall().replace("actors:\n", actors.toString())
          .replace("members: [camp-committee]", "members: [" + "nobody, ".repeat(150_000) + "nobody]");
      List<Problem> problems = problemsOf(text, false);
      assertOneProblemSaying(problems, "unknown actor 'nobody'");
      assertTrue(problems.get(problems.size() - 1).message().startsWith("149802 more problems not listed"),
          () -> problems.get(problems.size() - 1).toString());
    }

    @Test
    void hundredsOfThousandsOfUnknownKeysAreCapped() throws IOException {
      StringBuilder keys = new StringBuilder("scoring:\n");
      for (int i = 0; i < 150_000; i++) {
        keys.append("  k").append(i).append(": 1\n");
      }
      List<Problem> problems = problemsOf(validSmall().replace("scoring:\n", keys.toString()), false);
      assertEquals(ScenarioReader.MAX_PROBLEMS + 1, problems.size());
      assertOneProblemSaying(problems, "unknown key 'k0'; valid keys: weights");
    }

    @Test
    void aLongListOfAlternatingGoodAndBadEntriesIsCheckedInLinearTime() throws IOException {
      String list = "[" + "en, {}, ".repeat(150_000) + "en]";
      String text = validSmall().replace("languages: [en, so]\n      media: [MOBILE, SATELLITE]",
          "languages: " + list + "\n      media: [MOBILE, SATELLITE]");
      List<Problem> problems = problemsOf(text, false);
      assertOneProblemSaying(problems, "more problems not listed");
    }
  }

  @Nested
  class EnormousValues {
    @Test
    void aNumberWithTenThousandDigitsIsRejectedInYamlAndJson() {
      String digits = "9".repeat(10_000);
      assertOneProblemSaying(problemsOf("formatVersion: " + digits + "\n", false),
          "found a number of 10000 characters, too long to read; expected a whole number");
      assertOneProblemSaying(problemsOf("{\"formatVersion\": " + digits + "}", true), "Number value length");
    }

    @Test
    void aFractionWithTenThousandDigitsIsRejected() throws IOException {
      String text = validSmall().replace("reliability: 0.98", "reliability: 0." + "9".repeat(10_000));
      assertFalse(problemsOf(text, false).isEmpty());
    }

    @Test
    void twoBillionUnitsAreOutOfRange() throws IOException {
      String text = validSmall().replace("count: 3", "count: 2000000000");
      assertOneProblemSaying(problemsOf(text, false), "2000000000 is out of range; allowed: 1 to 100000 units");
    }

    @Test
    void manyUnitEntriesWithinRangeAreLimitedInTotal() throws IOException {
      String units = "      - {id: u%d, count: 100000}\n";
      StringBuilder many = new StringBuilder("    units:\n");
      for (int i = 0; i < 30; i++) {
        many.append(units.formatted(i));
      }
      String text = validSmall().replace("    units:\n      - id: fighters\n        role: FIGHTERS\n        count: 3\n        strength: 15\n",
          many.toString());
      assertOneProblemSaying(problemsOf(text, false), "units in all; at most");
    }

    @Test
    void aPopulationBeyondAnyNumberTypeIsRejected() throws IOException {
      String text = validSmall().replace("population: 12000", "population: 1e400");
      assertOneProblemSaying(problemsOf(text, false), "");
    }
  }

  @Nested
  class SizeLimits {
    private String withActors(int count) throws IOException {
      StringBuilder actors = new StringBuilder("actors:\n");
      for (int i = 0; i < count; i++) {
        actors.append("  - {id: a").append(i).append(", name: A, kind: NGO, homeZone: town, mandate: {tasks: [MONITOR]},")
            .append(" communication: {languages: [en], media: [RADIO]}, dispositions: {}}\n");
      }
      return validSmall().replace("actors:\n", actors.toString());
    }

    @Test
    void fiveThousandActorsAreRefusedWithTheLimitNamed() throws IOException {
      String text = withActors(5_000);
      List<Problem> problems = assertThrows(InvalidScenarioException.class,
          () -> ScenarioReader.readText(text, "many.yaml", false)).problems();
      assertEquals(1, problems.size(), problems::toString);
      assertOneProblemSaying(problems, "5006 actors; at most " + ScenarioChecker.MAX_ACTORS + " are allowed");
      assertEquals(500, ScenarioChecker.MAX_ACTORS, "the limit is documented in scenarios/README.md");
    }

    @Test
    void actorsUpToTheLimitAreAccepted() throws IOException, InvalidScenarioException {
      int existing = ScenarioReader.readText(validSmall(), "v.yaml", false).actors().size();
      String text = withActors(ScenarioChecker.MAX_ACTORS - existing);
      assertEquals(ScenarioChecker.MAX_ACTORS, ScenarioReader.readText(text, "x.yaml", false).actors().size());
    }

    @Test
    void moreInjectsThanAnyListMayHoldAreRefused() throws IOException {
      StringBuilder msel = new StringBuilder("msel:\n");
      for (int i = 0; i <= ScenarioChecker.MAX_LIST; i++) {
        msel.append("  - {number: ").append(1_000 + i).append(", type: INJECT, at: {day: 1, hour: 8}, from: control,")
            .append(" to: [commander], message: x}\n");
      }
      String text = validSmall().replace("msel:\n", msel.toString());
      List<Problem> problems = assertThrows(InvalidScenarioException.class,
          () -> ScenarioReader.readText(text, "many.yaml", false)).problems();
      assertOneProblemSaying(problems, " entries; at most " + ScenarioChecker.MAX_LIST + " are allowed");
    }
  }
}
