package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunSpec;
import org.liaison.events.EngineEvent;
import org.liaison.policy.ActionResult;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.ReplayDecisions;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/** Ending a standing arrangement: its cost stops, its channel closes, what it did stops, and replay reproduces it. */
class ArrangementsTest {
  private static final CoordinationAction ALERTS_B = CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-b");
  private static final CoordinationAction LO_MAYOR = CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "mayor");

  private static void taken(ActionResult r) {
    assertTrue(r.taken(), r.reason());
  }

  private static void advance(Exercise ex, int hours) {
    long until = ex.completed() + hours;
    while (ex.completed() < until && !ex.finished()) {
      if (ex.advance((int) (until - ex.completed()), false) == Exercise.Stop.DECISION) {
        ex.pendingDecisions().forEach(p -> ex.choose(p.role(), p.id(), p.defaultOption()));
      }
    }
  }

  @Test
  void endingAnAlertNetworkStopsItsCostClosesItsLineAndItsWarnings() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(1, 8, events);
    taken(ex.take("commander", ALERTS_B));
    double standing = ex.snapshot().capacity().standingPerDay();
    assertEquals(10.0, standing, 1e-9);
    assertEquals(1, ex.arrangements().size());
    advance(ex, 24);
    assertTrue(ex.channels().stream().anyMatch(c -> c.id().equals("alert-elders-b-battalion-mobile")));
    taken(ex.take("commander", CoordinationAction.ending(ALERTS_B)));
    assertTrue(ex.channels().stream().noneMatch(c -> c.id().equals("alert-elders-b-battalion-mobile")),
        "the ended line is no longer on the map");
    assertEquals(0.0, ex.snapshot().capacity().standingPerDay(), 1e-9, "the daily cost stops");
    assertTrue(ex.arrangements().isEmpty());
    long endedAt = ex.completed();
    EngineEvent.ArrangementEnded ended = Desk.of(events, EngineEvent.ArrangementEnded.class).get(0);
    assertEquals("SET_UP_ALERT_NETWORK", ended.arrangement());
    assertEquals("elders-b", ended.target());
    assertEquals("alert-elders-b-battalion-mobile", ended.channels());
    assertEquals("commander", ended.role());
    advance(ex, 24 * 6);
    assertTrue(Desk.of(events, EngineEvent.MessageSent.class).stream()
        .noneMatch(m -> m.tick() >= endedAt && m.channel().equals("alert-elders-b-battalion-mobile")),
        "no message leaves on the closed line");
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .noneMatch(e -> e.tick() > endedAt && e.reason().equals("alert network contact")),
        "the daily calls to the focal points stop");
    assertEquals(40.0, ex.snapshot().capacity().left() + 0.0, 1e-9, "a day later the whole capacity is free");
  }

  @Test
  void onlyTheRoleThatMadeAnArrangementEndsIt() {
    Exercise ex = Desk.exercise(1, 2, Desk.events());
    taken(ex.take("civil-affairs", LO_MAYOR));
    org.liaison.policy.Refusal why = ex.check("commander", CoordinationAction.ending(LO_MAYOR));
    assertNotNull(why);
    assertEquals(org.liaison.policy.Refusal.Code.MADE_BY_OTHER_ROLE, why.code());
    assertEquals("Civil affairs officer", why.args().get(1));
    ActionResult refused = ex.take("commander", CoordinationAction.ending(LO_MAYOR));
    assertFalse(refused.taken());
    assertEquals(1, ex.arrangements().size(), "a refusal changes nothing");
    assertFalse(ex.take("civil-affairs", CoordinationAction.ending(ALERTS_B)).taken(), "nothing to end");
    taken(ex.take("civil-affairs", CoordinationAction.ending(LO_MAYOR)));
    assertFalse(ex.snapshot().actors().stream().filter(a -> a.id().equals("mayor")).findFirst().orElseThrow().liaisonOfficer());
    taken(ex.take("civil-affairs", LO_MAYOR));
  }

  @Test
  void anOfficerPostedAgainGetsAChannelOfItsOwn() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(1, 2, events);
    taken(ex.take("civil-affairs", LO_MAYOR));
    taken(ex.take("civil-affairs", CoordinationAction.ending(LO_MAYOR)));
    advance(ex, 24);
    taken(ex.take("civil-affairs", LO_MAYOR));
    taken(ex.take("civil-affairs", CoordinationAction.ending(LO_MAYOR)));
    List<String> closed = Desk.of(events, EngineEvent.ArrangementEnded.class).stream()
        .map(EngineEvent.ArrangementEnded::channels).toList();
    assertEquals(List.of("lo-battalion-mayor-face_to_face", "lo-battalion-mayor-face_to_face-2"), closed);
  }

  @Test
  void aRunWithAnEndReplaysByteForByte() throws Exception {
    List<EngineEvent> live = Desk.events();
    Exercise ex = Desk.exercise(21, 5, live);
    taken(ex.take("commander", ALERTS_B));
    taken(ex.take("civil-affairs", new CoordinationAction(ActionType.HIRE_INTERPRETERS, null, null, null, null,
        null, "sg", null, null)));
    advance(ex, 40);
    taken(ex.take("commander", CoordinationAction.ending(ALERTS_B)));
    taken(ex.take("civil-affairs", CoordinationAction.ending(new CoordinationAction(ActionType.HIRE_INTERPRETERS,
        null, null, null, null, null, "sg", null, null))));
    advance(ex, 24 * 5);
    assertTrue(ex.finished());
    DecisionLog log = DecisionLog.read(new StringReader(ex.decisionLog().toJsonLines()), "decisions.jsonl");
    assertEquals(ex.decisionLog(), log, "the end reads back as written");
    assertTrue(ex.decisionLog().toJsonLines().contains("\"ends\":\"HIRE_INTERPRETERS\""));
    List<EngineEvent> replayed = new ArrayList<>();
    RunListener recorder = replayed::add;
    HeadlessRun.run(new RunSpec(Desk.scenario(), 21, "none", 5), new ReplayDecisions(log), List.of(recorder), t -> { });
    assertEquals(2, Desk.of(replayed, EngineEvent.ArrangementEnded.class).size());
    assertEquals(live, replayed);
  }
}
