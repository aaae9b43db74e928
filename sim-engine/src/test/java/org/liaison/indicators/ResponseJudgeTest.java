package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.ObjectiveRater.Status;
import org.liaison.indicators.ResponseJudge.Outcome;
import org.liaison.scenario.Scenario;

/** Expected responses in their window, by target and role; entries that never fired are not applicable. */
class ResponseJudgeTest {

  /** two-villages with MSEL entry 1's expected response edited. */
  private static Scenario scenario(Consumer<ObjectNode> response) {
    return TestScenarios.load("two-villages", t -> {
      ObjectNode roles = t.with("metadata").withArray("roles").addObject();
      roles.put("id", "civil-affairs").put("title", "Civil affairs officer");
      response.accept((ObjectNode) t.withArray("msel").get(0).get("expectedResponse"));
    });
  }

  private static ObjectRaterRun rate(Scenario s, EngineEvent... events) {
    ObjectiveRater rater = new ObjectiveRater(s);
    IndicatorTracker tracker = new IndicatorTracker(s);
    for (EngineEvent e : events) {
      rater.on(e);
      tracker.on(e);
    }
    return new ObjectRaterRun(rater.rate(tracker).get(0));
  }

  private record ObjectRaterRun(ObjectiveRater.ObjectiveRating rating) {
    ObjectiveRater.Criterion msel() {
      return rating.criteria().stream().filter(c -> c.description().startsWith("MSEL 1")).findFirst().orElseThrow();
    }
  }

  private static final EngineEvent FIRED = new EngineEvent.InjectFired(30, 1, "INJECT", "control", "commander", "m", "protect");

  private static EngineEvent alerts(long tick, String target, String source) {
    return new EngineEvent.ActionTaken(tick, "SET_UP_ALERT_NETWORK", "battalion", target, null, null, 10, source);
  }

  @Test
  void anActionBeforeTheInjectCountsWhenTheWindowOpensBeforeIt() {
    Scenario s = scenario(r -> r.put("fromHours", -12));
    ObjectiveRater.Criterion c = rate(s, alerts(20, "elders-a", "commander"), FIRED, new EngineEvent.TickEnded(60)).msel();
    assertEquals(Status.MET, c.status());
    assertEquals("met: SET_UP_ALERT_NETWORK taken 10 h before the entry", c.measured());
    ObjectiveRater.Criterion tooEarly = rate(s, alerts(17, "elders-a", "commander"), FIRED,
        new EngineEvent.TickEnded(60)).msel();
    assertEquals(Status.NOT_MET, tooEarly.status(), "13 h before is outside a window opening 12 h before");
  }

  @Test
  void withoutAWindowBeforeTheInjectAnEarlierActionDoesNotCount() {
    Scenario s = scenario(r -> { });
    assertEquals(Status.NOT_MET, rate(s, alerts(20, "elders-a", "commander"), FIRED, new EngineEvent.TickEnded(60)).msel().status());
  }

  @Test
  void theEngineAndTheReviewGiveTheSameVerdictBeforeTheInject() {
    ResponseJudge judge = new ResponseJudge(scenario(r -> r.put("fromHours", -12)));
    assertEquals(List.of(), judge.actionTaken(20, "SET_UP_ALERT_NETWORK", "elders-a", "commander"));
    List<ResponseJudge.Verdict> v = judge.fired(1, 30);
    assertEquals(List.of(new ResponseJudge.Verdict(1, "SET_UP_ALERT_NETWORK", Outcome.MET, -10)), v);
  }

  @Test
  void aNamedTargetMustBeTheActionsTarget() {
    Scenario s = scenario(r -> r.put("target", "elders-b"));
    assertEquals(Status.NOT_MET, rate(s, FIRED, alerts(32, "elders-a", "commander"), new EngineEvent.TickEnded(60)).msel().status());
    assertEquals(Status.MET, rate(s, FIRED, alerts(32, "elders-b", "commander"), new EngineEvent.TickEnded(60)).msel().status());
  }

  @Test
  void aNamedRoleMustTakeTheActionButAPolicyActsForEveryRole() {
    Scenario s = scenario(r -> r.put("role", "civil-affairs"));
    assertEquals(Status.NOT_MET, rate(s, FIRED, alerts(32, "elders-a", "commander"), new EngineEvent.TickEnded(60)).msel().status());
    assertEquals(Status.MET, rate(s, FIRED, alerts(32, "elders-a", "civil-affairs"), new EngineEvent.TickEnded(60)).msel().status());
    assertEquals(Status.MET, rate(s, FIRED, alerts(32, "elders-a", ResponseJudge.POLICY_SOURCE), new EngineEvent.TickEnded(60)).msel().status());
  }

  @Test
  void anEntryThatNeverFiredIsNotApplicableAndNotRated() {
    ObjectRaterRun run = rate(scenario(r -> { }), new EngineEvent.TickEnded(60));
    assertEquals(Status.NOT_APPLICABLE, run.msel().status());
    assertEquals("not applicable: the entry never fired", run.msel().measured());
    assertEquals(1, run.rating().total(), "only casualties is rated: coverage not observed, the entry not applicable");
    assertEquals(ObjectiveRater.Rating.P, run.rating().rating());
  }

  @Test
  void aWindowStillOpenWhenTheRunEndsIsNotObserved() {
    ObjectiveRater.Criterion c = rate(scenario(r -> { }), FIRED, new EngineEvent.TickEnded(40)).msel();
    assertEquals(Status.NOT_OBSERVED, c.status());
    assertTrue(c.measured().startsWith("not observed: the run ended 10 h after the entry"), c.measured());
    assertEquals(Status.NOT_MET, rate(scenario(r -> { }), FIRED, new EngineEvent.TickEnded(55)).msel().status());
  }
}
