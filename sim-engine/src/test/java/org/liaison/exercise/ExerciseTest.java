package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
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

class ExerciseTest {
  private static final CoordinationAction ALERTS_B = CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-b");

  @Nested
  class Clock {
    @Test
    void anExerciseStartsBeforeItsFirstTickOnDayOneHourZero() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      ExerciseSnapshot s = ex.snapshot();
      assertEquals(0, s.clock().completed());
      assertEquals(1, s.clock().day());
      assertEquals(0, s.clock().hour());
      assertEquals(72, s.clock().totalTicks());
      assertEquals("2026-03-01", s.clock().date());
    }

    @Test
    void advancingATickMovesTheClockOneHour() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      assertEquals(Exercise.Stop.DONE, ex.advanceTick());
      assertEquals(1, ex.snapshot().clock().completed());
      assertEquals(1, ex.snapshot().clock().hour());
    }

    @Test
    void advancingADayStopsEarlyAtADecisionPoint() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      assertEquals(Exercise.Stop.DECISION, ex.advanceDay());
      assertEquals(4, ex.completed(), "the point at 03:00 is reached in the fourth tick");
    }

    @Test
    void anExerciseRunsToItsEndAndGivesAResult() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      Exercise.Stop stop;
      do {
        stop = ex.advanceUntilAttention();
        for (ExerciseSnapshot.PendingDecision p : ex.pendingDecisions()) {
          assertTrue(ex.choose(p.role(), p.id(), p.defaultOption()).taken());
        }
      } while (stop != Exercise.Stop.FINISHED);
      assertTrue(ex.finished());
      assertNotNull(ex.result());
      assertEquals(72, ex.result().ticks());
      assertFalse(ex.take("commander", ALERTS_B).taken(), "no action after the end");
    }

    @Test
    void aPauseRequestedDuringAnAdvanceStopsItBeforeItsNextTick() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      ex.subscribe(e -> {
        if (e instanceof EngineEvent.TickEnded t && t.tick() == 1) {
          ex.requestPause();
        }
      });
      assertEquals(Exercise.Stop.PAUSED, ex.advance(10, false));
      assertEquals(2, ex.completed());
    }
  }

  @Nested
  class DecisionPoints {
    @Test
    void aDecisionPointPausesTheExerciseUntilItsRoleChooses() {
      List<EngineEvent> events = Desk.events();
      Exercise ex = Desk.exercise(1, 3, events);
      assertEquals(Exercise.Stop.DECISION, ex.advanceUntilAttention());
      ExerciseSnapshot.PendingDecision p = ex.snapshot().pending().get(0);
      assertEquals("dp-first-day", p.id());
      assertEquals("civil-affairs", p.role());
      assertEquals(3, p.reachedAt());
      assertEquals(List.of("alerts", "escort", "wait"), p.options().stream().map(ExerciseSnapshot.OptionView::id).toList());
      assertEquals(Exercise.Stop.DECISION, ex.advanceTick(), "no tick runs while a choice is pending");
      assertEquals(4, ex.completed());
      assertTrue(ex.choose("civil-affairs", "dp-first-day", "alerts").taken());
      EngineEvent.DecisionTaken taken = Desk.of(events, EngineEvent.DecisionTaken.class).get(0);
      assertEquals("alerts", taken.option());
      assertEquals("civil-affairs", taken.decidedBy());
      assertTrue(ex.snapshot().pending().isEmpty());
      assertEquals(Exercise.Stop.DONE, ex.advanceTick());
    }

    @Test
    void aRoleOnAutopilotDecidesAtOnceAndTheReplayKnowsWhoDecided() {
      List<EngineEvent> events = Desk.events();
      Exercise ex = new Exercise(Desk.scenario(), 8, 3, List.of(events::add),
          java.util.Map.of("civil-affairs", new org.liaison.policy.DoctrinePolicy()));
      Exercise.Stop stop;
      do {
        stop = ex.advanceUntilAttention();
      } while (stop == Exercise.Stop.INJECT);
      assertEquals(Exercise.Stop.DECISION, stop, "the commander's point still waits");
      assertEquals("dp-guard", ex.pendingDecisions().get(0).id());
      EngineEvent.DecisionTaken first = Desk.of(events, EngineEvent.DecisionTaken.class).get(0);
      assertEquals("dp-first-day", first.decisionPoint());
      assertEquals("doctrine", first.decidedBy());
      ex.choose("commander", "dp-guard", "decline");
      finish(ex);
      List<EngineEvent> replayed = new ArrayList<>();
      RunListener recorder = replayed::add;
      HeadlessRun.run(new RunSpec(Desk.scenario(), 8, "none", 3), new ReplayDecisions(ex.decisionLog()),
          List.of(recorder), t -> { });
      assertEquals(events, replayed);
    }

    @Test
    void anAutopilotForAnUnknownRoleIsRejected() {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Exercise(Desk.scenario(), 8, 3,
          List.of(), java.util.Map.of("observer", new org.liaison.policy.DoctrinePolicy())));
    }

    @Test
    void aChoiceAtAPointOfAnotherRoleIsRefusedAndChangesNothing() {
      List<EngineEvent> events = Desk.events();
      Exercise ex = Desk.exercise(1, 3, events);
      ex.advanceUntilAttention();
      int before = events.size();
      ActionResult r = ex.choose("commander", "dp-first-day", "alerts");
      assertFalse(r.taken());
      assertTrue(r.reason().contains("belongs to role civil-affairs"), r.reason());
      assertEquals(before, events.size());
      assertEquals(1, ex.pendingDecisions().size());
      DecisionLog.Entry logged = ex.decisionLog().entries().get(ex.decisionLog().entries().size() - 1);
      assertEquals("commander", logged.role());
      assertFalse(logged.taken());
    }

    @Test
    void anOptionThePointDoesNotHaveIsRefusedNamingTheOptions() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      ex.advanceUntilAttention();
      ActionResult r = ex.choose("civil-affairs", "dp-first-day", "patrols");
      assertFalse(r.taken());
      assertTrue(r.reason().contains("alerts, escort, wait"), r.reason());
    }

    @Test
    void aChoiceAtAPointNotYetReachedIsRefused() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      assertFalse(ex.choose("commander", "dp-guard", "decline").taken());
    }
  }

  @Nested
  class Actions {
    @Test
    void availableActionsGiveEachTypeWithItsCostAndTheReasonWhenItIsNotAllowed() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      for (String target : List.of("elders-a", "elders-b", "relief", "mayor")) {
        assertTrue(ex.take("commander", CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, target)).taken());
      }
      List<AvailableAction> available = ex.availableActions("civil-affairs");
      assertEquals(ActionType.values().length, available.size());
      AvailableAction forum = available.stream().filter(a -> a.type() == ActionType.HOLD_COORDINATION_FORUM).findFirst().orElseThrow();
      assertEquals(12.0, forum.cost());
      assertEquals("needs 12.0 staff-hours, 8.0 left today", forum.reason());
      AvailableAction lo = available.stream().filter(a -> a.type() == ActionType.ASSIGN_LIAISON_OFFICER).findFirst().orElseThrow();
      assertTrue(lo.allowed(), "8 staff-hours are left for one more officer");
      assertTrue(lo.standing());
      assertFalse(lo.candidates().stream().anyMatch(a -> a.target().equals("elders-a")), "elders-a has an officer");
      AvailableAction accept = available.stream().filter(a -> a.type() == ActionType.ACCEPT_REQUEST).findFirst().orElseThrow();
      assertEquals("nothing to apply it to", accept.reason(), "no request is pending");
    }

    @Test
    void anActionWithoutAChannelIsRefusedNamingTheMissingChannel() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      ActionResult r = ex.take("commander", CoordinationAction.on(ActionType.SHARE_INFORMATION, "mayor"));
      assertFalse(r.taken());
      assertEquals("no channel to mayor", r.reason());
      assertEquals("no channel to mayor", ex.check("commander", CoordinationAction.on(ActionType.SHARE_INFORMATION, "mayor")).text());
      assertEquals(org.liaison.policy.Refusal.Code.NO_CHANNEL.of("mayor"), r.refusal(), "the refusal as code and arguments");
    }

    @Test
    void aRefusedActionChangesNothing() {
      List<EngineEvent> withRefusal = Desk.events();
      List<EngineEvent> without = Desk.events();
      Exercise a = Desk.exercise(5, 4, withRefusal);
      Exercise b = Desk.exercise(5, 4, without);
      a.advance(10, false);
      b.advance(10, false);
      ExerciseSnapshot before = a.snapshot();
      int eventsBefore = withRefusal.size();
      ActionResult r = a.take("commander", CoordinationAction.on(ActionType.SHARE_INFORMATION, "mayor"));
      assertFalse(r.taken());
      assertEquals(before, a.snapshot(), "the picture of the world is unchanged");
      assertEquals(eventsBefore + 1, withRefusal.size());
      assertTrue(withRefusal.get(withRefusal.size() - 1) instanceof EngineEvent.ActionRefused);
      finish(a);
      finish(b);
      List<EngineEvent> rest = withRefusal.stream().filter(e -> !(e instanceof EngineEvent.ActionRefused)).toList();
      assertEquals(without, rest, "apart from the refusal's record, the run is the same event for event");
    }

    @Test
    void anActionWithoutATypeIsRefusedNotThrown() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      assertFalse(ex.take("commander", null).taken());
      assertEquals("no action type", ex.check("commander", new CoordinationAction(null, "mayor", null, null, null, null, null, null, null)).text());
    }

    @Test
    void anUnknownRoleCannotAct() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      ActionResult r = ex.take("observer", ALERTS_B);
      assertFalse(r.taken());
      assertTrue(r.reason().startsWith("unknown role 'observer'"), r.reason());
      assertTrue(ex.availableActions("observer").stream().noneMatch(AvailableAction::allowed));
    }
  }

  @Nested
  class Snapshots {
    @Test
    void theSnapshotShowsZonesUnitsTrustAndTheInbox() {
      Exercise ex = Desk.exercise(3, 3, Desk.events());
      ex.take("commander", ALERTS_B);
      ex.advanceUntilAttention();
      ex.choose("civil-affairs", "dp-first-day", "wait");
      assertEquals(Exercise.Stop.INJECT, ex.advanceUntilAttention(), "inject 1 at 06:00 is for the commander");
      ExerciseSnapshot s = ex.snapshot();
      assertEquals(7, s.clock().completed());
      assertEquals(1, s.inbox().size());
      ExerciseSnapshot.InboxItem item = s.inbox().get(0);
      assertEquals("inject", item.kind());
      assertFalse(item.read());
      ex.markRead(item.id());
      assertTrue(ex.snapshot().inbox().get(0).read());
      assertEquals(List.of("base", "village-a", "village-b"), s.zones().stream().map(ExerciseSnapshot.ZoneView::id).toList());
      ExerciseSnapshot.ZoneView villageA = s.zones().get(1);
      assertEquals(0.8, villageA.threat(), 1e-9);
      assertTrue(villageA.trustInMission() > 0.5 && villageA.trustInMission() < 1);
      assertTrue(Double.isNaN(s.zones().get(0).trustInMission()), "no community lives at the base");
      assertEquals(4, s.units().size());
      for (ExerciseSnapshot.UnitView u : s.units()) {
        assertTrue(u.x() >= 0 && u.x() <= 40 && u.y() >= 0 && u.y() <= 20, u.toString());
      }
      assertTrue(s.trust().stream().anyMatch(t -> t.from().equals("elders-b") && t.to().equals("battalion")
          && t.expected() > 0.5 && t.uncertainty() < 1));
      assertTrue(s.actors().stream().anyMatch(a -> a.id().equals("elders-b") && a.alertNetwork()));
      assertEquals(40.0, s.capacity().perDay());
      assertEquals(10.0, s.capacity().standingPerDay());
      assertEquals(s.indicators().keySet().size(), org.liaison.indicators.Indicator.values().length);
    }

    @Test
    void snapshotsTakenFromAnotherThreadWhileItRunsNeitherFailNorChangeTheRun() throws Exception {
      List<EngineEvent> watched = java.util.Collections.synchronizedList(Desk.events());
      List<EngineEvent> alone = Desk.events();
      Exercise a = Desk.exercise(13, 6, watched);
      Exercise b = Desk.exercise(13, 6, alone);
      java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
      try {
        java.util.concurrent.Future<?> run = background.submit(() -> finish(a));
        int snapshots = 0;
        do {
          ExerciseSnapshot s = a.snapshot();
          assertTrue(s.clock().completed() <= 144);
          snapshots++;
        } while (!run.isDone());
        run.get();
        assertTrue(snapshots > 0);
      } finally {
        background.shutdownNow();
      }
      finish(b);
      assertEquals(alone, new ArrayList<>(watched));
    }

    @Test
    void aMessageInFlightShowsItsProgressAlongItsChannel() {
      Exercise ex = Desk.exercise(1, 3, Desk.events());
      ex.take("commander", CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-a"));
      ex.take("commander", CoordinationAction.on(ActionType.SHARE_INFORMATION, "elders-a"));
      ExerciseSnapshot.MessageView m = ex.snapshot().messages().stream()
          .filter(x -> x.kind().equals("SITUATION_REPORT") && x.to().equals("elders-a")).findFirst().orElseThrow();
      assertEquals("battalion", m.from());
      assertEquals("lo-battalion-elders-a-face_to_face", m.channel());
      assertEquals(0.0, m.progress());
      assertTrue(m.dueAt() > m.sentAt());
    }

    @Test
    void takingSnapshotsDoesNotChangeTheRun() {
      List<EngineEvent> watched = Desk.events();
      List<EngineEvent> unwatched = Desk.events();
      Exercise a = Desk.exercise(11, 3, watched);
      Exercise b = Desk.exercise(11, 3, unwatched);
      a.take("commander", ALERTS_B);
      b.take("commander", ALERTS_B);
      while (!a.finished()) {
        a.snapshot();
        a.availableActions("commander");
        a.advanceTick();
        a.pendingDecisions().forEach(p -> a.choose(p.role(), p.id(), p.defaultOption()));
      }
      finish(b);
      assertEquals(unwatched, watched);
    }
  }

  @Nested
  class Replay {
    @Test
    void anExerciseReplayedHeadlessGivesTheSameEvents() throws Exception {
      List<EngineEvent> live = Desk.events();
      Exercise ex = Desk.exercise(21, 3, live);
      ex.take("commander", ALERTS_B);
      ex.take("commander", CoordinationAction.on(ActionType.SHARE_INFORMATION, "mayor"));
      ex.advanceUntilAttention();
      ex.choose("commander", "dp-first-day", "escort");
      ex.choose("civil-affairs", "dp-first-day", "alerts");
      ex.advance(20, false);
      ex.take("civil-affairs", CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "mayor"));
      ex.advanceUntilAttention();
      finish(ex);
      DecisionLog log = DecisionLog.read(new StringReader(ex.decisionLog().toJsonLines()), "decisions.jsonl");
      assertEquals(ex.decisionLog(), log, "the log reads back as written");
      List<EngineEvent> replayed = new ArrayList<>();
      RunListener recorder = replayed::add;
      HeadlessRun.run(new RunSpec(Desk.scenario(), 21, "none", 3), new ReplayDecisions(log), List.of(recorder), t -> { });
      assertEquals(live, replayed);
    }

    @Test
    void aReplayWithAnotherSeedIsRefused() {
      Exercise ex = Desk.exercise(21, 1, Desk.events());
      finish(ex);
      IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> HeadlessRun.run(new RunSpec(Desk.scenario(), 22, "none", 1), new ReplayDecisions(ex.decisionLog()),
              List.of(), t -> { }));
      assertTrue(e.getMessage().contains("seed 21"), e.getMessage());
    }

    @Test
    void aReplayThatLeavesTheLogFailsNamingTheEntry() {
      Exercise ex = Desk.exercise(21, 1, Desk.events());
      ex.take("commander", CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "mayor"));
      finish(ex);
      DecisionLog log = ex.decisionLog();
      DecisionLog.Entry e = log.entries().get(0);
      DecisionLog forged = new DecisionLog(log.header(), List.of(new DecisionLog.Entry(e.seq(), e.completed(), e.tick(),
          e.phase(), e.role(), e.kind(), null, null, null, e.action(), false, "forged")));
      IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> HeadlessRun.run(new RunSpec(Desk.scenario(), 21, "none", 1), new ReplayDecisions(forged), List.of(), t -> { }));
      assertTrue(thrown.getMessage().contains("entry 1"), thrown.getMessage());
    }
  }

  /** Runs an exercise to its end, taking each pending point's default option. */
  static void finish(Exercise ex) {
    while (ex.advanceUntilAttention() != Exercise.Stop.FINISHED) {
      for (ExerciseSnapshot.PendingDecision p : ex.pendingDecisions()) {
        ex.choose(p.role(), p.id(), p.defaultOption());
      }
    }
  }
}
