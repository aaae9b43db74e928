package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.policy.DecisionLog.Entry;
import org.liaison.policy.DecisionLog.Kind;
import org.liaison.policy.DecisionLog.Phase;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Scenario;

/**
 * Where a replay puts each logged entry back, and when a strict replay refuses a run that does
 * not follow its log, against a run shown by hand (no simulation).
 */
class ReplayRulesTest {
  private static final Scenario WORLD = TestScenarios.load("two-villages");
  private static final CoordinationAction ALERT = CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-a");
  private static final CoordinationAction OFFICER = CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-b");
  private static final DecisionPoint POINT = new DecisionPoint("dp", "Phones?", null, null, "commander", "Hand out phones?",
      List.of(new DecisionOption("wait", "Wait", null, List.of()), new DecisionOption("phones", "Phones", null, List.of(ALERT))),
      "wait");

  /** The run as the replay sees it: its tick and seed, the actions it refuses and the desk. */
  private static final class Run implements WorldView, Actions, Decisions {
    long tick;
    long seed = 5;
    final Set<ActionType> refused = new HashSet<>();
    final List<DecisionPoint> pending = new ArrayList<>();
    boolean choicesRefused;
    final List<String> calls = new ArrayList<>();

    @Override public Scenario scenario() { return WORLD; }
    @Override public long tick() { return tick; }
    @Override public long seed() { return seed; }
    @Override public double variable(String name) { throw new UnsupportedOperationException(); }
    @Override public String missionActor() { return "battalion"; }
    @Override public double budgetLeft() { return 40; }
    @Override public double standingCostPerDay() { return 0; }
    @Override public boolean hasLiaisonOfficer(String actor) { return false; }
    @Override public boolean hasAlertNetwork(String actor) { return false; }
    @Override public boolean hasDeconfliction(String actor) { return false; }
    @Override public boolean hasInterpreters(String language) { return false; }
    @Override public boolean missionSpeaks(String language) { return true; }
    @Override public double trustInMission(String actor) { return 0.5; }
    @Override public double trustVia(String from, String via, String to) { return 0.5; }
    @Override public double hostility(String actor) { return 0; }
    @Override public List<String> threatenedZones() { return List.of(); }
    @Override public boolean applicable(CoordinationAction action) { return true; }
    @Override public List<PendingRequest> pendingRequests() { return List.of(); }
    @Override public boolean mediumWorks(org.liaison.scenario.Medium medium, String zone) { return true; }
    @Override public org.liaison.scenario.Medium alertMedium(String community) { return null; }
    @Override public boolean roadOpen(String fromZone, String toZone) { return true; }
    @Override public int warningsReceived(String zone) { return 0; }
    @Override public int attacksKnown(String zone) { return 0; }
    @Override public int messagesFrom(String actor) { return 0; }
    @Override public List<UnitPosition> protectingUnits() { return List.of(); }

    private ActionResult result(CoordinationAction action) {
      return refused.contains(action.type()) ? ActionResult.refused("not now") : ActionResult.TAKEN;
    }

    @Override
    public ActionResult take(CoordinationAction action) {
      calls.add("daily " + action.type() + " at " + tick);
      return result(action);
    }

    @Override public String wouldRefuse(CoordinationAction action) { return null; }
    @Override public List<DecisionPoint> pending() { return pending; }

    @Override
    public ActionResult choose(String role, String point, String option, String by) {
      calls.add("choose " + option + " at " + point + " for " + role + " by " + by);
      boolean offered = pending.stream().anyMatch(p -> p.id().equals(point)
          && p.options().stream().anyMatch(o -> o.id().equals(option)));
      return choicesRefused || !offered ? ActionResult.refused("not waiting") : ActionResult.TAKEN;
    }

    @Override
    public ActionResult take(String role, CoordinationAction action) {
      calls.add("desk " + action.type() + " for " + role);
      return result(action);
    }

    @Override
    public ActionResult control(String by, ControlAct act) {
      calls.add("control " + act.type() + " by " + by);
      return choicesRefused ? ActionResult.refused("not now") : ActionResult.TAKEN;
    }
  }

  private static DecisionLog log(String scenario, Entry... entries) {
    return new DecisionLog(new DecisionLog.Header(scenario, 5, "trainees", 8), List.of(entries));
  }

  private static DecisionLog log(Entry... entries) {
    return log("two-villages", entries);
  }

  private static Entry pointChoice(int seq, long tick, String option) {
    return new Entry(seq, tick, tick, Phase.POINT, "commander", Kind.CHOICE, "dp", option, "doctrine", null, true, null);
  }

  private static Entry deskChoice(int seq, long completed, String option, boolean taken) {
    return new Entry(seq, completed, completed, Phase.DESK, "commander", Kind.CHOICE, "dp", option, "commander", null, taken,
        taken ? null : "refused");
  }

  private static Entry daily(int seq, long tick, CoordinationAction action, boolean taken) {
    return new Entry(seq, tick, tick, Phase.DAILY, "policy", Kind.ACTION, null, null, null, action, taken, null);
  }

  private static Entry deskAction(int seq, long completed, CoordinationAction action, boolean taken) {
    return new Entry(seq, completed, completed, Phase.DESK, "commander", Kind.ACTION, null, null, null, action, taken, null);
  }

  private static Entry control(int seq, long completed, ControlAct act, boolean taken) {
    return new Entry(seq, completed, completed, Phase.DESK, "control", Kind.CONTROL, null, null, "Ana", null, taken, null,
        act);
  }

  @Test
  void aReplayRefusesTheLogOfAnotherScenarioOrSeedWhicheverItIsAskedFirst() {
    Run run = new Run();
    assertEquals("the decision log is of scenario desk, not two-villages", assertThrows(ReplayDivergedException.class,
        () -> new ReplayDecisions(log("desk")).daily(run, run)).getMessage());
    run.seed = 6;
    assertEquals("the decision log was made with seed 5; replay it with that seed, not 6",
        assertThrows(ReplayDivergedException.class, () -> new ReplayDecisions(log()).choose(POINT, run)).getMessage());
    assertThrows(ReplayDivergedException.class, () -> new ReplayDecisions(log()).betweenTicks(run, run, 0));
    ReplayDecisions.inAnotherWorld(log("desk")).daily(run, run);
    new ReplayDecisions(log((String) null)).betweenTicks(new Run(), new Run(), 0);
  }

  @Test
  void aChoiceAtAPointIsReplayedAtItsTickOnceAndNamesWhoDecided() {
    ReplayDecisions replay = new ReplayDecisions(log(pointChoice(1, 10, "phones")));
    Run run = new Run();
    run.tick = 10;
    assertEquals("phones", replay.choose(POINT, run).id());
    assertEquals("doctrine", replay.decidedBy(POINT));
    assertEquals("trainees", replay.name());
    ReplayDivergedException again = assertThrows(ReplayDivergedException.class, () -> replay.choose(POINT, run));
    assertTrue(again.getMessage().contains("decision point dp reached at tick 10 has no choice in the log"), again.getMessage());
  }

  @Test
  void aStrictReplayRefusesAPointReachedAtAnotherTickOrAnOptionThePointLacks() {
    Run run = new Run();
    run.tick = 11;
    assertEquals("replay diverged from the decision log at entry 1 (tick 10): decision point dp reached at tick 11,"
        + " logged as chosen at tick 10", assertThrows(ReplayDivergedException.class,
            () -> new ReplayDecisions(log(pointChoice(1, 10, "phones"))).choose(POINT, run)).getMessage());
    run.tick = 10;
    assertTrue(assertThrows(ReplayDivergedException.class,
        () -> new ReplayDecisions(log(pointChoice(1, 10, "radios"))).choose(POINT, run)).getMessage()
        .endsWith("decision point dp has no option 'radios'"));
  }

  @Test
  void aChoiceLoggedAtTheDeskLeavesThePointPending() {
    Run run = new Run();
    assertNull(new ReplayDecisions(log(deskChoice(1, 10, "phones", true))).choose(POINT, run));
  }

  @Test
  void aBranchChangesOneChoiceAndTakesTheDefaultWhereTheLogHasNone() {
    DecisionLog logged = log(pointChoice(1, 10, "wait"), pointChoice(2, 30, "wait"));
    Run run = new Run();
    run.tick = 10;
    ReplayDecisions branch = ReplayDecisions.branch(logged, 0, "phones");
    assertEquals("phones", branch.choose(POINT, run).id());
    run.tick = 35;
    assertEquals("wait", branch.choose(POINT, run).id(), "after the change a later choice may come at another tick");
    assertEquals("doctrine", branch.decidedBy(POINT));
    assertEquals("wait", branch.choose(POINT, run).id(), "a point the log never reached: the default");
    assertEquals("trainees", branch.decidedBy(POINT), "the default is the replayed decision maker's");
    run.tick = 11;
    assertThrows(ReplayDivergedException.class, () -> ReplayDecisions.branch(logged, 0, "phones").choose(POINT, run),
        "the changed choice itself comes at its logged tick: everything before it is the same");
    assertEquals("the log has 2 choices; no choice 2",
        assertThrows(IllegalArgumentException.class, () -> ReplayDecisions.branch(logged, 2, "phones")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReplayDecisions.branch(logged, -1, "phones"));
    assertSame(logged, branch.log());
  }

  @Test
  void dailyActionsAreAskedForAtTheirTickAndAStrictReplayChecksTheyAreTakenAsLogged() {
    ReplayDecisions replay = new ReplayDecisions(log(daily(1, 0, ALERT, true), daily(2, 24, OFFICER, true),
        new Entry(3, 24, 24, Phase.DAILY, "policy", Kind.CHOICE, "dp", "wait", "policy", null, true, null)));
    Run run = new Run();
    replay.daily(run, run);
    run.tick = 24;
    replay.daily(run, run);
    replay.daily(run, run);
    assertEquals(List.of("daily SET_UP_ALERT_NETWORK at 0", "daily ASSIGN_LIAISON_OFFICER at 24"), run.calls,
        "each once, at its own tick; an entry without an action asks for nothing");
    Run refusing = new Run();
    refusing.refused.add(ActionType.SET_UP_ALERT_NETWORK);
    assertEquals("replay diverged from the decision log at entry 1 (tick 0): action SET_UP_ALERT_NETWORK refused (not now),"
        + " logged as taken", assertThrows(ReplayDivergedException.class,
            () -> new ReplayDecisions(log(daily(1, 0, ALERT, true))).daily(refusing, refusing)).getMessage());
    ReplayDecisions.inAnotherWorld(log(daily(1, 0, ALERT, true))).daily(refusing, refusing);
  }

  @Test
  void deskActionsAndControlActsAreReplayedBetweenTheTicksTheyWereMadeBetween() {
    ReplayDecisions replay = new ReplayDecisions(log(deskAction(1, 3, ALERT, true),
        control(2, 3, ControlAct.pause(), true), deskAction(3, 5, OFFICER, true)));
    Run run = new Run();
    replay.betweenTicks(run, run, 2);
    assertEquals(List.of(), run.calls, "nothing before its moment");
    replay.betweenTicks(run, run, 3);
    replay.betweenTicks(run, run, 3);
    assertEquals(List.of("desk SET_UP_ALERT_NETWORK for commander", "control PAUSE by Ana"), run.calls, "each once");
    replay.betweenTicks(run, run, 5);
    assertEquals("desk ASSIGN_LIAISON_OFFICER for commander", run.calls.get(2));
    replay.finished();
  }

  @Test
  void aStrictReplayRefusesADeskEntryWhoseMomentHasPassedOrThatTheRunAnswersOtherwise() {
    Run run = new Run();
    assertEquals("replay diverged from the decision log at entry 1 (tick 3): its moment (after 3 ticks) has passed",
        assertThrows(ReplayDivergedException.class,
            () -> new ReplayDecisions(log(deskAction(1, 3, ALERT, true))).betweenTicks(run, run, 4)).getMessage());
    run.refused.add(ActionType.SET_UP_ALERT_NETWORK);
    assertTrue(assertThrows(ReplayDivergedException.class,
        () -> new ReplayDecisions(log(deskAction(1, 3, ALERT, true))).betweenTicks(run, run, 3)).getMessage()
        .endsWith("action SET_UP_ALERT_NETWORK refused (not now), logged as taken"));
    run.choicesRefused = true;
    assertTrue(assertThrows(ReplayDivergedException.class,
        () -> new ReplayDecisions(log(control(1, 3, ControlAct.pause(), true))).betweenTicks(run, run, 3)).getMessage()
        .endsWith("control act PAUSE refused (not now), logged as applied"));
    ReplayDecisions late = new ReplayDecisions(log(control(1, 3, ControlAct.pause(), true)));
    Run calls = new Run();
    late.betweenTicks(calls, calls, 4);
    assertEquals(List.of(), calls.calls, "a control act whose moment has passed is not applied");
  }

  @Test
  void aChoiceAtTheDeskIsMadeWhileItsPointIsPendingAndARefusedOneIsAskedForAgain() {
    Run run = new Run();
    run.pending.add(POINT);
    ReplayDecisions replay = new ReplayDecisions(log(deskChoice(1, 4, "radios", false), deskChoice(2, 4, "phones", true)));
    replay.betweenTicks(run, run, 4);
    assertEquals(List.of("choose radios at dp for commander by commander", "choose phones at dp for commander by commander"),
        run.calls);
    Run accepting = new Run();
    accepting.pending.add(POINT);
    assertTrue(assertThrows(ReplayDivergedException.class,
        () -> new ReplayDecisions(log(deskChoice(1, 4, "phones", false))).betweenTicks(accepting, accepting, 4))
        .getMessage().endsWith("choice of phones at dp accepted, logged as refused"));
    accepting.pending.clear();
    assertTrue(assertThrows(ReplayDivergedException.class,
        () -> new ReplayDecisions(log(deskChoice(1, 4, "radios", false))).betweenTicks(accepting, accepting, 5))
        .getMessage().endsWith("its moment (after 4 ticks) has passed"));
    assertTrue(assertThrows(ReplayDivergedException.class,
        () -> new ReplayDecisions(log(deskChoice(1, 4, "phones", true))).betweenTicks(accepting, accepting, 4))
        .getMessage().endsWith("decision point dp is not waiting for a choice"));
    Run refusing = new Run();
    refusing.pending.add(POINT);
    refusing.choicesRefused = true;
    assertTrue(assertThrows(ReplayDivergedException.class,
        () -> new ReplayDecisions(log(deskChoice(1, 4, "phones", true))).betweenTicks(refusing, refusing, 4))
        .getMessage().endsWith("not waiting"));
  }

  @Test
  void aBranchedDeskChoiceWaitsForItsPointAndTakesTheNewOption() {
    ReplayDecisions branch = ReplayDecisions.branch(log(deskChoice(1, 4, "wait", true)), 0, "phones");
    Run run = new Run();
    branch.betweenTicks(run, run, 4);
    assertEquals(List.of(), run.calls, "the point is not pending yet");
    run.pending.add(POINT);
    branch.betweenTicks(run, run, 6);
    assertEquals(List.of("choose phones at dp for commander by commander"), run.calls);
  }

  @Test
  void aStrictReplayRefusesToEndWithAnEntryNotReplayedButIgnoresTheActionsOfOptions() {
    Entry option = new Entry(2, 10, 10, Phase.OPTION, "commander", Kind.ACTION, "dp", null, null, ALERT, true, null);
    new ReplayDecisions(log(option)).finished();
    assertEquals("replay diverged from the decision log at entry 1 (tick 10): the run ended without replaying it",
        assertThrows(ReplayDivergedException.class,
            () -> new ReplayDecisions(log(pointChoice(1, 10, "wait"), option)).finished()).getMessage());
    ReplayDecisions.branch(log(pointChoice(1, 10, "wait"), pointChoice(3, 40, "wait")), 0, "phones").finished();
  }
}
