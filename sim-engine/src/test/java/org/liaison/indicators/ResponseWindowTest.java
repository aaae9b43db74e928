package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.ObjectiveRater.Criterion;
import org.liaison.indicators.ObjectiveRater.Status;
import org.liaison.indicators.ResponseJudge.Outcome;
import org.liaison.indicators.ResponseJudge.Verdict;
import org.liaison.scenario.Scenario;

/**
 * The edges of an expected response's window, hour by hour, and the words the after-action
 * review gives each verdict and each criterion. MSEL entry 1 of the two-villages world expects
 * an alert network set up within 24 h; entry 2, added here, expects a response in words only.
 */
class ResponseWindowTest {
  private static final String ALERT = "SET_UP_ALERT_NETWORK";

  private static Scenario scenario(Consumer<ObjectNode> response) {
    return TestScenarios.load("two-villages", t -> {
      response.accept((ObjectNode) t.withArray("msel").get(0).get("expectedResponse"));
      ObjectNode words = t.withArray("msel").addObject();
      words.put("number", 2).put("type", "INJECT").put("from", "control").put("message", "A rumour.")
          .put("objective", "protect");
      words.putObject("at").put("day", 2).put("hour", 0);
      words.putArray("to").add("commander");
      words.putObject("expectedResponse").put("text", "Ask the elders what they heard.");
    });
  }

  private static Verdict verdict(Outcome outcome, long after) {
    return new Verdict(1, ALERT, outcome, after);
  }

  @Test
  void anAnswerOnTheLastHourOfTheWindowIsMetAndOneHourLaterIsLate() {
    ResponseJudge onTime = new ResponseJudge(scenario(r -> { }));
    onTime.fired(1, 30);
    assertEquals(List.of(verdict(Outcome.MET, 24)), onTime.actionTaken(54, ALERT, "elders-a", "commander"));
    assertEquals(List.of(), onTime.actionTaken(55, ALERT, "elders-a", "commander"), "an entry met stays met");
    ResponseJudge late = new ResponseJudge(scenario(r -> { }));
    late.fired(1, 30);
    assertEquals(List.of(verdict(Outcome.LATE, 25)), late.actionTaken(55, ALERT, "elders-a", "commander"));
    assertEquals(List.of(), late.actionTaken(56, ALERT, "elders-a", "commander"), "a late entry is not judged again");
  }

  @Test
  void theWindowIsMissedOnlyOnceItsLastHourHasEndedAndALateAnswerMayFollow() {
    ResponseJudge judge = new ResponseJudge(scenario(r -> { }));
    judge.fired(1, 30);
    assertEquals(List.of(), judge.hourEnded(54), "the 24th hour is still in the window");
    assertEquals(Outcome.OPEN, judge.outcome(0));
    assertEquals(List.of(verdict(Outcome.MISSED, 25)), judge.hourEnded(55));
    assertEquals(List.of(), judge.hourEnded(56), "a missed window is reported once");
    assertEquals(List.of(verdict(Outcome.LATE, 30)), judge.actionTaken(60, ALERT, "elders-a", "commander"));
    assertEquals(30, judge.answeredAfter(0));
  }

  @Test
  void anEntryThatHasNotFiredIsNeverMissed() {
    ResponseJudge judge = new ResponseJudge(scenario(r -> { }));
    assertEquals(List.of(), judge.hourEnded(500));
    assertEquals(List.of(), judge.actionTaken(20, ALERT, "elders-a", "commander"));
    assertEquals(Outcome.OPEN, judge.outcome(0));
    assertFalse(judge.hasFired(0));
    assertEquals(-1, judge.firedAt(0));
  }

  @Test
  void anEntryFiringAtTheFirstHourIsJudgedAndFiresOnlyOnce() {
    ResponseJudge judge = new ResponseJudge(scenario(r -> { }));
    judge.fired(1, 0);
    assertTrue(judge.hasFired(0));
    assertEquals(List.of(), judge.fired(1, 5));
    assertEquals(0, judge.firedAt(0), "firing again does not move the window");
    assertEquals(List.of(verdict(Outcome.MET, 5)), judge.actionTaken(5, ALERT, "elders-a", "commander"));
    ResponseJudge unanswered = new ResponseJudge(scenario(r -> { }));
    unanswered.fired(1, 0);
    assertEquals(List.of(verdict(Outcome.MISSED, 25)), unanswered.hourEnded(25));
  }

  @Test
  void anActionExactlyAtTheStartOfAWindowBeforeTheEntryCounts() {
    ResponseJudge judge = new ResponseJudge(scenario(r -> r.put("fromHours", -12)));
    judge.actionTaken(18, ALERT, "elders-a", "commander");
    assertEquals(List.of(verdict(Outcome.MET, -12)), judge.fired(1, 30));
  }

  @Test
  void anActionKeptForAWindowBeforeAnEntryIsForgottenOnlyWhenNoWindowCanReachIt() {
    ResponseJudge judge = new ResponseJudge(scenario(r -> r.put("fromHours", -12)));
    judge.actionTaken(18, ALERT, "elders-a", "commander");
    judge.actionTaken(30, "PATROL", "village-a", "commander");
    assertEquals(List.of(verdict(Outcome.MET, -12)), judge.fired(1, 30),
        "an action 12 h before is still within reach of an entry firing at 30");
    ResponseJudge forgotten = new ResponseJudge(scenario(r -> r.put("fromHours", -12)));
    forgotten.actionTaken(18, ALERT, "elders-a", "commander");
    forgotten.actionTaken(31, "PATROL", "village-a", "commander");
    assertEquals(List.of(), forgotten.fired(1, 31));
  }

  @Test
  void withoutAWindowBeforeTheEntryAnActionInTheSameHourBeforeItFiredDoesNotAnswerIt() {
    ResponseJudge judge = new ResponseJudge(scenario(r -> { }));
    judge.actionTaken(30, ALERT, "elders-a", "commander");
    assertEquals(List.of(), judge.fired(1, 30));
  }

  @Test
  void anEntryExpectingAResponseInWordsOnlyIsLeftToTheReviewer() {
    ResponseJudge judge = new ResponseJudge(scenario(r -> { }));
    assertTrue(judge.judged(0));
    assertFalse(judge.judged(1));
    assertEquals(List.of(), judge.fired(2, 24));
    assertFalse(judge.hasFired(1), "an entry nobody can judge is not tracked");
    assertEquals(List.of(), judge.hourEnded(200));
  }

  // The after-action review's words.

  private static Criterion criterion(Scenario s, String prefix, EngineEvent... events) {
    ObjectiveRater rater = new ObjectiveRater(s);
    IndicatorTracker tracker = new IndicatorTracker(s);
    for (EngineEvent e : events) {
      rater.on(e);
      tracker.on(e);
    }
    return rater.rate(tracker).get(0).criteria().stream()
        .filter(c -> c.description().startsWith(prefix)).findFirst().orElseThrow();
  }

  private static final EngineEvent FIRED = new EngineEvent.InjectFired(30, 1, "INJECT", "control", "commander", "m", "protect");

  private static EngineEvent alert(long tick) {
    return new EngineEvent.ActionTaken(tick, ALERT, "battalion", "elders-a", null, null, 10, "commander");
  }

  @Test
  void theReviewSaysWhenTheResponseCameAndWhatWasExpected() {
    Scenario plain = scenario(r -> { });
    assertEquals("met: SET_UP_ALERT_NETWORK taken 0 h after the entry",
        criterion(plain, "MSEL 1", FIRED, alert(30), new EngineEvent.TickEnded(80)).measured());
    assertEquals("late: SET_UP_ALERT_NETWORK taken 26 h after the entry (within 24 h expected)",
        criterion(plain, "MSEL 1", FIRED, alert(56), new EngineEvent.TickEnded(80)).measured());
    Scenario aimed = scenario(r -> r.put("fromHours", -6).put("target", "elders-a").put("role", "commander"));
    Criterion missed = criterion(aimed, "MSEL 1", FIRED, new EngineEvent.TickEnded(80));
    assertEquals(Status.NOT_MET, missed.status());
    assertEquals("missed: no SET_UP_ALERT_NETWORK on elders-a by commander within -6 h to 24 h of the entry",
        missed.measured());
    assertEquals("MSEL 1: Set up an alert network with the elders.", missed.description());
  }

  @Test
  void aRunEndingOnTheLastHourOfAnOpenWindowLeavesItNotObserved() {
    Scenario plain = scenario(r -> { });
    Criterion open = criterion(plain, "MSEL 1", FIRED, new EngineEvent.TickEnded(54));
    assertEquals(Status.NOT_OBSERVED, open.status());
    assertEquals("not observed: the run ended 24 h after the entry, before its window closed", open.measured());
  }

  @Test
  void anEvidenceCriterionIsDescribedByItsBoundsAndMetOnThem() {
    Scenario bounds = TestScenarios.load("two-villages", t -> {
      ObjectNode objective = (ObjectNode) t.with("metadata").withArray("objectives").get(0);
      objective.remove("evidence");
      objective.withArray("evidence").addObject().put("indicator", "civilianCasualties").put("atMost", 7);
      objective.withArray("evidence").addObject().put("indicator", "peopleDisplaced").put("atLeast", 200);
      objective.withArray("evidence").addObject().put("indicator", "attacksExecuted").put("atLeast", 1).put("atMost", 2);
      objective.withArray("evidence").addObject().put("indicator", "missionIncidents").put("atMost", 0)
          .put("description", "No incident with the mission");
      objective.withArray("evidence").addObject().put("indicator", "morale").put("atLeast", 0.5);
    });
    EngineEvent[] run = {
        new EngineEvent.CivilianHarm(5, "village-a", "armed-group", 7, "attack 1"),
        new EngineEvent.AttackExecuted(5, 1, "armed-group", "village-a", 0, 7),
        new EngineEvent.Displacement(6, "village-a", 200, 3800),
        new EngineEvent.TickEnded(6)};
    Criterion casualties = criterion(bounds, "civilianCasualties", run);
    assertEquals("civilianCasualties <= 7.0", casualties.description());
    assertEquals(Status.MET, casualties.status(), "at most 7, and 7 it is");
    assertEquals("civilianCasualties = 7.000", casualties.measured());
    Criterion displaced = criterion(bounds, "peopleDisplaced", run);
    assertEquals("peopleDisplaced >= 200.0", displaced.description());
    assertEquals(Status.MET, displaced.status(), "at least 200, and 200 it is");
    assertEquals("attacksExecuted >= 1.0 <= 2.0", criterion(bounds, "attacksExecuted", run).description());
    assertEquals(Status.MET, criterion(bounds, "No incident", run).status());
    Criterion unknown = criterion(bounds, "morale", run);
    assertEquals(Status.NOT_OBSERVED, unknown.status());
    assertEquals("unknown indicator morale", unknown.measured());
    assertEquals("not observed", unknown.status().label());
    assertEquals("not applicable", Status.NOT_APPLICABLE.label());
  }
}
