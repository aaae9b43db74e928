package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Refusal;
import org.liaison.policy.ReplayDecisions;
import org.liaison.scenario.Effect;
import org.liaison.scenario.EffectKind;
import org.liaison.scenario.Medium;

class ExerciseControlTest {
  private static void finish(Exercise ex) {
    while (ex.advanceUntilAttention() != Exercise.Stop.FINISHED) {
      for (ExerciseSnapshot.PendingDecision p : ex.pendingDecisions()) {
        ex.choose(p.role(), p.id(), p.defaultOption());
      }
    }
  }

  @Test
  void anEntryFiredNowReachesTheInboxBeforeItsTimeAndDoesNotFireAgain() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(3, 2, events);
    assertTrue(ex.control("white cell", ControlAct.fire(1)).taken());
    assertEquals(1, Desk.of(events, EngineEvent.InjectFired.class).size());
    assertEquals(1, ex.snapshot().inbox().size());
    assertFalse(ex.control("white cell", ControlAct.fire(1)).taken(), "an entry fires once");
    finish(ex);
    assertEquals(1, Desk.of(events, EngineEvent.InjectFired.class).stream().filter(e -> e.number() == 1).count());
  }

  @Test
  void aCancelledEntryNeverFiresAndADelayedOneFiresThatMuchLater() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(3, 2, events);
    assertTrue(ex.control("white cell", ControlAct.cancel(1)).taken());
    assertTrue(ex.control("white cell", ControlAct.delay(2, 5)).taken());
    finish(ex);
    List<EngineEvent.InjectFired> fired = Desk.of(events, EngineEvent.InjectFired.class);
    assertTrue(fired.stream().noneMatch(e -> e.number() == 1));
    assertEquals(24 + 1 + 5, fired.stream().filter(e -> e.number() == 2).findFirst().orElseThrow().tick());
  }

  @Test
  void anAdHocInjectIsAMessageToItsRecipientsAndAnAttackInTheWorld() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(3, 1, events);
    ActionResult r = ex.control("white cell", ControlAct.inject("mayor", List.of("commander"),
        "Shots heard near village B.", List.of(new Effect(EffectKind.PREPARE_ATTACK, "village-b", "armed-group",
            null, null, null, null, null))));
    assertTrue(r.taken(), r.reason());
    assertEquals("Shots heard near village B.", ex.snapshot().inbox().get(0).text());
    assertEquals(1, Desk.of(events, EngineEvent.AttackPrepared.class).size());
  }

  @Test
  void badControlActsAreRefusedLoggedAndChangeNothing() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(3, 1, events);
    int before = events.size();
    assertFalse(ex.control("white cell", ControlAct.fire(99)).taken());
    assertFalse(ex.control("white cell", ControlAct.disposition("armed-group", "hostility", 1.5)).taken());
    assertFalse(ex.control("white cell", ControlAct.parameter("noSuchParameter", 1)).taken());
    assertFalse(ex.control("white cell", ControlAct.inject("nobody", List.of("commander"), "x", null)).taken());
    assertFalse(ex.control("white cell", ControlAct.inject("control", List.of("commander"), null,
        List.of(new Effect(EffectKind.PREPARE_ATTACK, "village-b", "mayor", null, null, null, null, null)))).taken(),
        "only a faction prepares an attack");
    assertEquals(before, events.size());
    assertEquals(5, ex.decisionLog().entries().size());
    assertTrue(ex.decisionLog().entries().stream().allMatch(e -> e.kind() == DecisionLog.Kind.CONTROL && !e.taken()));
    // Each refusal is a code with its arguments, and the log keeps the English it always carried.
    assertEquals(List.of(Refusal.Code.NO_MSEL_ENTRY.of(99), Refusal.Code.VALUE_OUT_OF_RANGE.of("hostility", 0, 1),
        Refusal.Code.NO_PARAMETER.of("noSuchParameter"), Refusal.Code.INJECT_SENDER.of("nobody"),
        Refusal.Code.ATTACK_BY_FACTION_ONLY.of("mayor")), ex.refusals());
    assertEquals(List.of("no MSEL entry 99", "hostility must be from 0 to 1", "no numeric parameter 'noSuchParameter'",
        "an inject's sender must be an actor or 'control', not 'nobody'", "only an armed faction prepares an attack, not mayor"),
        ex.decisionLog().entries().stream().map(DecisionLog.Entry::reason).toList());
  }

  @Test
  void aSeatHandedToTheDoctrineDecidesItsPendingPointAtOnce() {
    Exercise ex = Desk.exercise(3, 1, Desk.events());
    assertEquals(Exercise.Stop.DECISION, ex.advanceUntilAttention());
    assertTrue(ex.control("white cell", ControlAct.seat("civil-affairs", ControlAct.SeatMode.DOCTRINE)).taken());
    assertTrue(ex.pendingDecisions().isEmpty());
    assertEquals(java.util.Set.of("civil-affairs"), ex.autopilotRoles());
    assertTrue(ex.decisionLog().entries().stream().anyMatch(e -> e.kind() == DecisionLog.Kind.CHOICE
        && "doctrine".equals(e.by())));
  }

  @Test
  void everyControlActIsReplayedHeadlessToTheSameEvents() throws Exception {
    List<EngineEvent> live = Desk.events();
    Exercise ex = Desk.exercise(21, 3, live);
    ex.control("white cell", ControlAct.delay(2, 3));
    ex.advance(5, false);
    ex.control("white cell", ControlAct.disposition("armed-group", "hostility", 0.9));
    ex.control("white cell", ControlAct.parameter("attackRatePerDay", 6));
    ex.control("white cell", ControlAct.note("Ana", "asked the elders before acting"));
    ex.control("white cell", ControlAct.inject("control", List.of("civil-affairs"), "The road to village A is cut.",
        List.of(new Effect(EffectKind.CHANGE_NEED, "village-a", null, null, null, 0.3, null, null),
            new Effect(EffectKind.ROAD_CLOSED, null, null, null, null, 0.2, 24, null, null, List.of("base", "village-a")),
            new Effect(EffectKind.MEDIUM_DOWN, null, null, null, null, null, 12, Medium.MOBILE, List.of("village-b"), null))));
    assertFalse(ex.control("white cell", ControlAct.inject("control", List.of("civil-affairs"), null,
        List.of(new Effect(EffectKind.ROAD_CLOSED, null, null, null, null, null, 24, null)))).taken(),
        "a road closure needs a zone or two");
    ex.control("white cell", ControlAct.seat("civil-affairs", ControlAct.SeatMode.DOCTRINE));
    assertTrue(ex.control("white cell", ControlAct.cancel(3)).taken());
    ex.advance(30, false);
    finish(ex);
    DecisionLog log = DecisionLog.read(new StringReader(ex.decisionLog().toJsonLines()), "decisions.jsonl");
    assertEquals(ex.decisionLog(), log, "control acts read back as written");
    List<EngineEvent> replayed = new ArrayList<>();
    RunListener recorder = replayed::add;
    HeadlessRun.run(new RunSpec(Desk.scenario(), 21, "none", 3), new ReplayDecisions(log), List.of(recorder), t -> { });
    assertEquals(live, replayed);
    assertEquals(7, Desk.of(live, EngineEvent.ControlApplied.class).size());
  }
}
