package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ScenarioTime;
import org.liaison.scenario.Zone;

class StructureCheckerTest {

  private static StructureChecker.Result check(String yaml, Class<?> type) throws InvalidInputException {
    return StructureChecker.check("t.yaml", new DocumentParser().parse(yaml, "t.yaml", false), type);
  }

  private static String validSmall() throws IOException {
    return Files.readString(BrokenScenarioCorpusTest.resource("scenarios/valid-small.yaml"));
  }

  @Nested
  class UnknownKeys {
    @Test
    void anUnknownKeyIsReportedWithTheNearestValidKeyAndAllValidKeys() throws InvalidInputException {
      StructureChecker.Result result = check("day: 2\nhuor: 3\n", ScenarioTime.class);
      assertEquals(1, result.problems().size());
      Problem problem = result.problems().get(0);
      assertEquals("t.yaml:2:1: huor: unknown key 'huor' (did you mean 'hour'?); valid keys: day, hour", problem.toString());
    }

    @Test
    void aKeyFarFromEveryValidKeyGetsNoSuggestion() throws InvalidInputException {
      Problem problem = check("day: 2\nweather: rain\n", ScenarioTime.class).problems().get(0);
      assertFalse(problem.message().contains("did you mean"), problem.message());
      assertTrue(problem.message().endsWith("valid keys: day, hour"), problem.message());
    }

    @Test
    void aKeySharingALongPrefixWithAValidKeyIsSuggested() {
      assertEquals(" (did you mean 'scoring'?)", Suggestions.suggestion("score", List.of("scenario", "scoring", "map")));
      assertEquals(" (did you mean 'hubs'?)", Suggestions.suggestion("hub", List.of("hubs", "trust")));
    }

    @Test
    void theUnknownKeyIsRemovedFromTheRepairedTreeAndTheRestStays() throws InvalidInputException {
      StructureChecker.Result result = check("day: 2\nhuor: 3\n", ScenarioTime.class);
      assertTrue(result.complete());
      assertFalse(result.repaired().root().has("huor"));
      assertEquals(2, result.repaired().root().get("day").asInt());
    }
  }

  @Nested
  class TypesAndRequiredFields {
    @Test
    void aWrongTypeNamesWhatWasFoundAndWhatIsExpected() throws InvalidInputException {
      Problem problem = check("day: soon\n", ScenarioTime.class).problems().get(0);
      assertEquals("t.yaml:1:1: day: found text 'soon'; expected a whole number", problem.toString());
    }

    @Test
    void aMissingRequiredFieldMakesTheResultIncomplete() throws InvalidInputException {
      StructureChecker.Result result = check("hour: 3\n", ScenarioTime.class);
      assertFalse(result.complete());
      assertEquals("day: missing required field; add 'day:' to the top level", result.problems().get(0).toString()
          .substring("t.yaml:1:1: ".length()));
    }

    @Test
    void aWrongTypeInAnOptionalFieldLeavesTheResultComplete() throws InvalidInputException {
      StructureChecker.Result result = check("day: 1\nhour: late\n", ScenarioTime.class);
      assertTrue(result.complete());
      assertEquals(1, result.problems().size());
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() throws InvalidInputException {
      String yaml = "id: z\nname: Z\nkind: VILAGE\npolygon: [[0, 0], [1, 0], [0, 1]]\npopulation: 1\nvulnerability: 0\nneed: 0\n";
      Problem problem = check(yaml, Zone.class).problems().get(0);
      assertEquals("kind", problem.path());
      assertTrue(problem.message().startsWith("unknown value 'VILAGE' (did you mean 'VILLAGE'?); allowed: VILLAGE, TOWN"),
          problem.message());
    }

    @Test
    void everyDefectOfARecordIsReportedNotOnlyTheFirst() throws InvalidInputException {
      String yaml = "id: a\nname: 7\nkind: NGO\nhomeZone: [x]\nspeedKmh: fast\ncolour: red\n";
      StructureChecker.Result result = check(yaml, Actor.class);
      List<String> paths = result.problems().stream().map(Problem::path).sorted().toList();
      assertEquals(List.of("colour", "communication", "dispositions", "homeZone", "mandate", "speedKmh"), paths);
    }
  }

  @Nested
  class AllProblemsAtOnce {
    @Test
    void threeDefectsInThreeSectionsYieldThreeProblems() throws IOException {
      String text = validSmall()
          .replace("speedKmh: 30", "speedKph: 30")               // actors: unknown key
          .replace("members: [mission, agency]", "members: mission") // hubs: wrong type
          .replace("objective: warn", "objective: warning");     // msel: unknown reference
      InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
          () -> ScenarioReader.readText(text, "three.yaml", false));
      assertEquals(List.of("actors[0].speedKph", "hubs[0].members", "msel[0].objective"),
          e.problems().stream().map(Problem::path).toList(), e::getMessage);
      assertEquals(List.of(70, 166, 207), e.problems().stream().map(Problem::line).toList());
    }

    @Test
    void aRepeatedKeyIsReportedTogetherWithTheOtherProblems() throws IOException {
      String text = validSmall()
          .replace("      vulnerability: 0.4\n", "      vulnerability: 0.4\n      vulnerability: 0.5\n")
          .replace("homeZone: hills", "homeZone: mountains");
      InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
          () -> ScenarioReader.readText(text, "two.yaml", false));
      assertEquals(List.of("map.zones[0].vulnerability", "actors[5].homeZone"),
          e.problems().stream().map(Problem::path).toList(), e::getMessage);
    }
  }
}
