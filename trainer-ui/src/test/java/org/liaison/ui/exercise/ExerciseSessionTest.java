package org.liaison.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.engine.RunResult;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

class ExerciseSessionTest {
  static Scenario shipped(String name) throws Exception {
    Path dir = Path.of("..", "scenarios");
    return ScenarioReader.read(dir.resolve(name));
  }

  /** Picks the last option at every point, so the run differs from the default policy. */
  static String lastOption(ExerciseSession.PendingDecision d) {
    return d.point().options().get(d.point().options().size() - 1).id();
  }

  @Test
  void aPlayedExerciseScoresTheSameAsAHeadlessReplayOfItsLog() throws Exception {
    Scenario s = shipped("somalia-lower-shabelle.yaml");
    ExerciseSession session = new ExerciseSession(s, "somalia-lower-shabelle.yaml", 7,
        SimExecutor.sameThread(), Map.of(), ExerciseSessionTest::lastOption, null);
    session.order(CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER,
        s.actors().stream().filter(a -> !a.isMission()).findFirst().orElseThrow().id()));
    session.step(30);
    assertEquals(30, session.latest().tick());
    session.setSpeed(0);
    session.play();
    RunResult played = session.result();
    assertNotNull(played);
    DecisionLog log = session.log();
    assertFalse(log.decisions().isEmpty());
    assertEquals(1, log.actions().size());
    assertEquals(played.score(), Replay.of(s, log).score(), 1e-12);
  }

  @Test
  void aSavedExerciseResumesWhereItStoppedAndEndsTheSame(@TempDir Path dir) throws Exception {
    Scenario s = shipped("ukraine-donbas-monitoring.yaml");
    ExerciseSession first = new ExerciseSession(s, "ukraine-donbas-monitoring.yaml", 3,
        SimExecutor.sameThread(), Map.of(), ExerciseSessionTest::lastOption, null);
    first.step(24 * 5 + 3);
    Path file = dir.resolve("save.json");
    first.log().save(file);
    assertTrue(Files.size(file) > 0);
    first.setSpeed(0);
    first.play();

    DecisionLog saved = DecisionLog.load(file);
    ExerciseSession resumed = new ExerciseSession(s, saved.scenarioFile(), saved.seed(),
        SimExecutor.sameThread(), Map.of(), ExerciseSessionTest::lastOption, saved);
    assertEquals(24 * 5 + 3, resumed.latest().tick());
    resumed.setSpeed(0);
    resumed.play();
    assertEquals(first.result().score(), resumed.result().score(), 1e-12);
  }

  @Test
  void anActionOutsideItsPreconditionsSaysWhyItIsUnavailable() throws Exception {
    Scenario s = shipped("somalia-lower-shabelle.yaml");
    ExerciseSession session = new ExerciseSession(s, "x", 1, SimExecutor.sameThread(), Map.of(),
        ExerciseSessionTest::lastOption, null);
    Snapshot snap = session.latest();
    long blocked = snap.refusals().values().stream().filter(r -> !r.isEmpty()).count();
    assertTrue(blocked > 0, "some catalogued action is unavailable at the start");
  }
}
