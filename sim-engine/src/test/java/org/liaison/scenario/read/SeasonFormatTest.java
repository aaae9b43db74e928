package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.scenario.Scenario;

/** Seasons, road closures, area outages and media quality in a file: defaults, and located problems. */
class SeasonFormatTest {
  private static String validSmall() throws IOException {
    return Files.readString(BrokenScenarioCorpusTest.resource("scenarios/valid-small.yaml"));
  }

  private static String withSeasons(String seasons) throws IOException {
    return validSmall().replace("actors:\n", seasons + "actors:\n");
  }

  private static List<Problem> problemsOf(String text) {
    return assertThrows(InvalidScenarioException.class, () -> ScenarioReader.readText(text, "s.yaml", false)).problems();
  }

  @Test
  void aFileWithoutSeasonsHasNoneAndASeasonTakesItsDefaults() throws Exception {
    assertTrue(ScenarioReader.readText(validSmall(), "s.yaml", false).seasons().isEmpty());
    Scenario s = ScenarioReader.readText(withSeasons("""
        seasons:
          - id: rains
            name: Rains
            from: {day: 2}
            closures:
              - {zone: hills}
        """), "s.yaml", false);
    var season = s.seasons().get(0);
    assertEquals(1.0, season.terrain());
    assertEquals(List.of(), season.zones());
    assertEquals(0.0, season.closures().get(0).speedFactor());
  }

  @Test
  void eachProblemOfASeasonIsReportedAtItsFieldWithWhatIsAllowed() throws Exception {
    List<Problem> problems = problemsOf(withSeasons("""
        seasons:
          - id: rains
            name: Rains
            from: {day: 3}
            to: {day: 2}
            terrain: 0
            closures:
              - {between: [town, town]}
              - {zone: hils}
              - {zone: camp, between: [town, camp]}
        """));
    assertEquals(List.of("seasons[0].to", "seasons[0].terrain", "seasons[0].closures[0].between",
        "seasons[0].closures[1].zone", "seasons[0].closures[2]"), problems.stream().map(Problem::path).toList(),
        problems::toString);
    assertTrue(problems.get(3).message().contains("did you mean 'hills'"), problems::toString);
    assertTrue(problems.stream().allMatch(p -> p.line() > 0), problems::toString);
  }

  @Test
  void aRoadClosedEffectNeedsAZoneOrTwoAndHours() throws Exception {
    String text = validSmall().replace("msel:\n", """
        msel:
          - number: 900
            type: INJECT
            at: {day: 1, hour: 3}
            from: control
            to: [commander]
            message: The bridge is out.
            effects:
              - {kind: ROAD_CLOSED, between: [town], amount: 2}
              - {kind: MEDIUM_DOWN, medium: MOBILE, zone: town, zones: [camp], hours: 5}
        """);
    List<Problem> problems = problemsOf(text);
    assertEquals(List.of("msel[0].effects[0].hours", "msel[0].effects[0].between", "msel[0].effects[0].amount",
        "msel[0].effects[1].zones"), problems.stream().map(Problem::path).toList(), problems::toString);
  }

  @Test
  void theAreasMediaAreReadByMediumAndCheckedForWhatEachMediumHas() throws Exception {
    Scenario s = ScenarioReader.readText(withSeasons("""
        media:
          MOBILE: {reliability: 0.6, interception: 0.2}
        """), "s.yaml", false);
    assertEquals(0.6, s.media().get(org.liaison.scenario.Medium.MOBILE).reliability());
    List<Problem> problems = problemsOf(withSeasons("""
        media:
          MOBILE: {rangeKm: 10, reliability: 2}
          PIGEON: {reliability: 0.5}
        """));
    assertTrue(problems.stream().anyMatch(p -> p.path().equals("media.MOBILE.rangeKm") && p.message().contains("only RADIO")),
        problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.path().startsWith("media.MOBILE.reliability")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.message().contains("PIGEON")), problems::toString);
  }
}
