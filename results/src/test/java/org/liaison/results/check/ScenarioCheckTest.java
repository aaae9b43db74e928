package org.liaison.results.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.results.check.CheckReport.Finding;
import org.liaison.results.check.CheckReport.Kind;
import org.liaison.results.check.CheckReport.Row;
import org.liaison.results.check.CheckReport.Tally;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/** The sanity check on a scenario built with things that never happen. */
class ScenarioCheckTest {
  private static final int SEEDS = 6;
  private static Scenario scenario;
  private static CheckReport report;

  @BeforeAll
  static void check() throws Exception {
    scenario = ScenarioReader.read(Path.of("src/test/resources/scenarios/check.yaml"));
    report = ScenarioCheck.run(scenario, SEEDS, 7, 2);
  }

  private static Row row(String startsWith) {
    return report.rows().stream().filter(r -> r.criterion().startsWith(startsWith)).findFirst().orElseThrow();
  }

  private static List<Finding> findings(Kind kind) {
    return report.findings().stream().filter(f -> f.kind() == kind).toList();
  }

  private static boolean found(Kind kind, String subject) {
    return findings(kind).stream().anyMatch(f -> f.subject().equals(subject));
  }

  @Test
  void everyPolicyRunsTheSameNumberOfSeedsAndEveryRunIsTallied() {
    assertEquals(List.of("none", "doctrine", "random"), report.policies());
    for (Row r : report.rows()) {
      for (Tally t : r.byPolicy()) {
        assertEquals(SEEDS, t.rated() + t.notObserved() + t.notApplicable(), r.criterion());
      }
    }
  }

  @Test
  void anUnreachableCriterionIsMetByNobodyAndFlagged() {
    Row r = row("The elders trust the mission almost blindly.");
    r.byPolicy().forEach(t -> assertEquals(0, t.met()));
    assertTrue(found(Kind.NEVER_MET, "The elders trust the mission almost blindly."), report.table());
  }

  @Test
  void aCriterionEveryRunMeetsIsFlaggedUnlessItsAuthorSaysWhy() {
    Row r = row("No civilian is harmed.");
    r.byPolicy().forEach(t -> assertEquals(SEEDS, t.met(), "there is no armed actor"));
    assertTrue(found(Kind.AS_MEANT, "No civilian is harmed."));
    assertTrue(!found(Kind.ALWAYS_MET, "No civilian is harmed."));
    assertTrue(findings(Kind.AS_MEANT).get(0).message().endsWith("the author says: There is no armed actor;"
        + " the criterion is a floor every run must keep."));
    assertTrue(found(Kind.NEVER_MET, "The elders trust the mission almost blindly."), "one without a note is flagged");
  }

  @Test
  void aCriterionTheDoctrineAlwaysMeetsShowsItsAuthorsReasonAndOthersAreNotFlagged() {
    Row r = row("The elders take part in coordination.");
    assertEquals(SEEDS, r.byPolicy().get(1).met(), "the doctrine brings the elders in");
    assertEquals(0, r.byPolicy().get(0).met(), "no coordination does not");
    Finding f = findings(Kind.AS_MEANT).stream().filter(x -> x.subject().equals("The elders take part in coordination."))
        .findFirst().orElseThrow();
    assertTrue(f.message().contains("met by the doctrine in every one of " + SEEDS + " rated runs; the author says: "
        + "The doctrine always brings the elders in"), f.message());
    assertTrue(findings(Kind.AS_MEANT).stream().noneMatch(x -> x.subject().startsWith("The elders trust the mission at")),
        "a criterion without a note is not explained");
  }

  @Test
  void aCriterionWithNothingToMeasureIsNotObservedNotFailed() {
    Row r = row("warningCoverage >= 0.5");
    r.byPolicy().forEach(t -> assertEquals(SEEDS, t.notObserved()));
    assertTrue(found(Kind.NEVER_RATED, "warningCoverage >= 0.5"));
    assertTrue(found(Kind.NEVER_OBSERVED, "warningCoverage"));
  }

  @Test
  void anInjectThatNeverFiresIsFlaggedAndItsExpectationIsNotApplicable() {
    assertTrue(found(Kind.NEVER_FIRES, "MSEL 1"), report.table());
    assertTrue(!found(Kind.NEVER_FIRES, "MSEL 2"), "entry 2 fires on day 1 at 08:00");
    Row r = row("MSEL 1: ");
    r.byPolicy().forEach(t -> assertEquals(SEEDS, t.notApplicable()));
    assertEquals("Receive warnings.", r.objective());
    Row timed = row("MSEL 2: ");
    timed.byPolicy().forEach(t -> assertEquals(0, t.notApplicable()));
    assertEquals(null, timed.objective());
  }

  @Test
  void aDecisionPointThatNeverOpensIsFlagged() {
    assertTrue(found(Kind.NEVER_OPENS, "raids"));
    assertTrue(findings(Kind.NEVER_OPENS).get(0).message().contains("Answer the raids"), "named by its title");
  }

  @Test
  void indicatorsThatNeverMoveAreFlaggedAndOnesThatDoAreNot() {
    assertTrue(found(Kind.NEVER_MOVES, "attacksPrepared"), "there is no armed actor");
    assertTrue(!found(Kind.NEVER_MOVES, "trustInMission") && !found(Kind.NEVER_OBSERVED, "trustInMission"));
  }

  @Test
  void theReportDoesNotDependOnTheNumberOfThreads() throws Exception {
    assertEquals(report.json(), ScenarioCheck.run(scenario, SEEDS, 7, 1).json());
  }

  @Test
  void theTableAndTheJsonSayWhatWasFound() {
    String table = report.table();
    assertTrue(table.contains("never fires") && table.contains("Village with things that never happen"), table);
    assertTrue(table.contains("6 n/a"), table);
    String json = report.json();
    assertTrue(json.contains("\"kind\" : \"NEVER_FIRES\"") && json.contains("\"notApplicable\" : 6"), json);
  }
}
