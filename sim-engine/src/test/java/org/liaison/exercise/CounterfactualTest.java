package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.indicators.Indicator;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/** The after-action review's "what if": a branch at decision k against the logged run. */
class CounterfactualTest {
  /** An exercise in which the trainees chose alert phones at the first point and declined the guard. */
  private static DecisionLog traineesLog() {
    Exercise ex = Desk.exercise(4, 4, Desk.events());
    ex.take("commander", CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "mayor"));
    ex.advanceUntilAttention();
    ex.choose("civil-affairs", "dp-first-day", "alerts");
    while (ex.advanceUntilAttention() != Exercise.Stop.FINISHED) {
      ex.pendingDecisions().forEach(p -> ex.choose(p.role(), p.id(), "decline"));
    }
    return ex.decisionLog();
  }

  @Test
  void aBranchWithTheLoggedOptionIsTheLoggedRun() {
    DecisionLog log = traineesLog();
    Counterfactual.Comparison c = Counterfactual.branch(Desk.scenario(), log, 0, "alerts", 4);
    assertEquals(c.original().finals(), c.branch().finals());
    for (Indicator i : Indicator.values()) {
      assertArrayEquals(c.original().series().of(i), c.branch().series().of(i), i.key());
    }
    assertEquals(log, c.original().decisions(), "the replay's own log is the log replayed");
    assertEquals(log.entries(), c.branch().decisions().entries());
  }

  @Test
  void aBranchWithAnotherOptionKeepsEverythingBeforeTheDecisionAndDiffersAfter() {
    DecisionLog log = traineesLog();
    Counterfactual.Comparison c = Counterfactual.branch(Desk.scenario(), log, 0, "escort", 4);
    assertEquals("dp-first-day", c.decisionPoint());
    assertEquals("alerts", c.loggedOption());
    int decidedAfter = (int) log.choices().get(0).completed();
    double[] before = c.original().series().of(Indicator.INCLUSIVITY);
    double[] after = c.branch().series().of(Indicator.INCLUSIVITY);
    assertArrayEquals(Arrays.copyOf(before, decidedAfter), Arrays.copyOf(after, decidedAfter),
        "the ticks before the choice are the same");
    assertTrue(before[before.length - 1] > after[after.length - 1], "alert phones include the elders; an escort does not");
    assertTrue(c.branch().decisions().choices().stream().anyMatch(e -> e.option().equals("escort")));
    assertTrue(c.branch().decisions().choices().stream().anyMatch(e -> e.point().equals("dp-guard") && e.option().equals("decline")),
        "later choices are kept");
    assertTrue(c.finalDifference().get(Indicator.INCLUSIVITY.key()) < 0);
  }

  @Test
  void aPolicyRunCanBeBranchedToo() {
    Counterfactual.RunIndicators doctrine = Counterfactual.run(Desk.scenario(), 9, new DoctrinePolicy(), 4);
    DecisionLog log = doctrine.decisions();
    int k = 0;
    // The doctrine links the elders of village A on its own first day, so the alert option would
    // change nothing; the escort changes the convoys.
    String other = Desk.scenario().decisionPoints().get(0).options().stream()
        .map(o -> o.id()).filter(id -> !id.equals(log.choices().get(0).option()) && !id.equals("alerts"))
        .findFirst().orElseThrow();
    Counterfactual.Comparison c = Counterfactual.branch(Desk.scenario(), log, k, other, 4);
    assertEquals(doctrine.finals(), c.original().finals());
    assertFalse(c.original().finals().equals(c.branch().finals()));
  }

  @Test
  void aDecisionTheLogDoesNotHaveIsRefused() {
    DecisionLog log = traineesLog();
    assertThrows(IllegalArgumentException.class, () -> Counterfactual.branch(Desk.scenario(), log, 7, "alerts", 4));
    assertThrows(IllegalArgumentException.class, () -> Counterfactual.branch(Desk.scenario(), log, 0, "patrols", 4));
  }

  @Test
  void theSeriesHaveOneValuePerTick() {
    Counterfactual.RunIndicators r = Counterfactual.run(Desk.scenario(), 1, new DoctrinePolicy(), 2);
    assertEquals(48, r.series().ticks());
    assertEquals(List.of(Indicator.values()).size(), r.series().byKey().size());
    assertEquals(r.finals().get("score"), r.series().of(Indicator.SCORE)[47]);
  }
}
