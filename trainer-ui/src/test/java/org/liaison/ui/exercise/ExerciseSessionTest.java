package org.liaison.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.engine.RunResult;
import org.liaison.policy.ActionResult;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

class ExerciseSessionTest {
  static Scenario shipped(String name) throws Exception {
    return ScenarioReader.read(Path.of("..", "scenarios").resolve(name));
  }

  /** Plays to the end on the calling thread, choosing the last option at every decision point. */
  static RunResult playToEnd(ExerciseSession session) {
    session.setSpeed(0);
    while (session.result() == null) {
      session.play();
      ExerciseSession.PendingDecision d = session.latest().pending();
      if (d != null) {
        session.choose(d.point().id(), d.point().options().get(d.point().options().size() - 1).id());
      }
    }
    return session.result();
  }

  @Test
  void aPlayedExerciseScoresTheSameAsAHeadlessReplayOfItsLog() throws Exception {
    Scenario s = shipped("somalia-lower-shabelle.yaml");
    ExerciseSession session = new ExerciseSession(s, "somalia-lower-shabelle.yaml", 7, SimExecutor.sameThread(),
        Map.of(), null);
    session.step(30);
    ActionCatalogue.Entry free = session.latest().actions().stream().filter(ActionCatalogue.Entry::available)
        .findFirst().orElseThrow();
    AtomicReference<ActionResult> taken = new AtomicReference<>();
    session.take(session.latest().actingRole(), free.action(), taken::set);
    assertTrue(taken.get().taken(), String.valueOf(taken.get()));
    RunResult played = playToEnd(session);
    assertEquals(s.durationHours(), played.ticks(), "the exercise is played to its last hour");
    DecisionLog log = session.log();
    assertFalse(log.choices().isEmpty());
    assertEquals(played.score(), Replay.of(s, log).score(), 1e-12);
  }

  @Test
  void aSavedExerciseResumesWhereItStoppedAndEndsTheSame(@TempDir Path dir) throws Exception {
    Scenario s = shipped("ukraine-donbas-monitoring.yaml");
    ExerciseSession first = new ExerciseSession(s, "ukraine-donbas-monitoring.yaml", 3, SimExecutor.sameThread(),
        Map.of(), null);
    while (first.latest().tick() < 24 * 5 + 3) {
      first.step((int) (24 * 5 + 3 - first.latest().tick()));
      ExerciseSession.PendingDecision d = first.latest().pending();
      if (d != null) {
        first.choose(d.point().id(), d.point().options().get(0).id());
      }
    }
    Path file = dir.resolve("save.json");
    first.save().write(file);
    long savedAt = first.latest().tick();
    RunResult original = playToEnd(first);

    SaveFile saved = SaveFile.read(file);
    ExerciseSession resumed = new ExerciseSession(s, saved.scenarioFile(), saved.log().header().seed(),
        SimExecutor.sameThread(), Map.of(), saved);
    assertEquals(savedAt, resumed.latest().tick());
    assertEquals(original.score(), playToEnd(resumed).score(), 1e-12);
  }

  @Test
  void aRoleNoOnePlaysIsDecidedByTheDoctrineAndTheRunStillReplaysAndResumes(@TempDir Path dir) throws Exception {
    Scenario s = shipped("car-bangui-periphery.yaml");
    String autopilot = s.metadata().roles().get(0).id();
    ExerciseSession first = new ExerciseSession(s, "car-bangui-periphery.yaml", 5, SimExecutor.sameThread(),
        Map.of(), java.util.Set.of(autopilot), null);
    first.step(24 * 8);
    while (first.latest().pending() != null) {
      ExerciseSession.PendingDecision d = first.latest().pending();
      assertFalse(d.role().id().equals(autopilot), "the doctrine's role never waits");
      first.choose(d.point().id(), d.point().options().get(0).id());
      first.step((int) (24 * 8 - first.latest().tick()));
    }
    Path file = dir.resolve("save.json");
    first.save().write(file);
    RunResult original = playToEnd(first);
    assertEquals(original.score(), Replay.of(s, first.log()).score(), 1e-12);
    SaveFile saved = SaveFile.read(file);
    assertEquals(java.util.List.of(autopilot), saved.autopilotRoles());
    ExerciseSession resumed = new ExerciseSession(s, saved.scenarioFile(), 5, SimExecutor.sameThread(), Map.of(), saved);
    assertEquals(original.score(), playToEnd(resumed).score(), 1e-12);
  }

  @Test
  void anActionThatCannotBeTakenCarriesTheReason() throws Exception {
    Scenario s = shipped("somalia-lower-shabelle.yaml");
    ExerciseSession session = new ExerciseSession(s, "x", 1, SimExecutor.sameThread(), Map.of(), null);
    assertTrue(session.latest().actions().stream().anyMatch(e -> !e.available() && e.reason() != null),
        "some plausible action is unavailable at the start, with its reason");
  }
}
