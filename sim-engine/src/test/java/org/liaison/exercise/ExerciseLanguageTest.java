package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import java.io.StringReader;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunSpec;
import org.liaison.events.EngineEvent;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.ReplayDecisions;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/** An exercise on a scenario read in French: the trainees read French, the engine logs the file's own texts. */
class ExerciseLanguageTest {
  private static final Path CAR = Path.of("..", "scenarios", "car-bangui-periphery.yaml");

  @Test
  void theTraineesReadTheirLanguageWhileTheEventsKeepTheFilesOwn() throws Exception {
    Scenario french = ScenarioReader.read(CAR, "car.yaml", Locale.FRENCH);
    List<EngineEvent> events = new ArrayList<>();
    Exercise exercise = new Exercise(french, 11L, null, List.of(events::add));
    exercise.advance(20, false);
    ExerciseSnapshot s = exercise.snapshot();

    assertTrue(s.inbox().get(0).text().startsWith("SITREP DU SECTEUR."), s.inbox().get(0).text());
    ExerciseSnapshot.PendingDecision pending = s.pending().get(0);
    assertEquals("Où vont les heures de coordination de la première semaine", pending.title());
    assertTrue(pending.dilemma().startsWith("Vous disposez de 48 heures-personnel"), pending.dilemma());
    assertEquals("Attendre le plan du secteur", pending.options().get(3).label());
    assertEquals("Commune de Ndolo", s.zones().stream().filter(z -> z.id().equals("ndolo")).findFirst().orElseThrow().name());
    assertTrue(s.actors().stream().anyMatch(a -> a.name().equals("Chefs de village de Gbakoma")));

    EngineEvent.InjectFired first = events.stream().filter(EngineEvent.InjectFired.class::isInstance)
        .map(EngineEvent.InjectFired.class::cast).findFirst().orElseThrow();
    assertTrue(first.message().startsWith("SECTOR SITREP."), first.message());
  }

  @Test
  void aLogMadeInFrenchReplaysOnTheScenarioReadInEnglishToTheSameEvents() throws Exception {
    Scenario french = ScenarioReader.read(CAR, "car.yaml", Locale.FRENCH);
    List<EngineEvent> live = new ArrayList<>();
    Exercise exercise = new Exercise(french, 11L, 3, List.of(live::add));
    int chosen = 0;
    while (exercise.advanceUntilAttention() != Exercise.Stop.FINISHED) {
      for (ExerciseSnapshot.PendingDecision p : exercise.pendingDecisions()) {
        exercise.choose(p.role(), p.id(), p.options().get(0).id());
        chosen++;
      }
    }
    assertTrue(chosen > 0, "the trainees chose at a decision point");
    DecisionLog log = DecisionLog.read(new StringReader(exercise.decisionLog().toJsonLines()), "decisions.jsonl");

    Scenario english = ScenarioReader.read(CAR, "car.yaml", Locale.ENGLISH);
    List<EngineEvent> replayed = new ArrayList<>();
    RunListener recorder = replayed::add;
    HeadlessRun.run(new RunSpec(english, 11L, "none", 3), new ReplayDecisions(log), List.of(recorder), t -> { });
    assertEquals(live, replayed, "a save made in French resumes in English");
  }
}
