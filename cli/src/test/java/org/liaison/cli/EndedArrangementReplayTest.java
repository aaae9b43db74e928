package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.exercise.Exercise;
import org.liaison.results.run.EventLogWriter;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.read.ScenarioReader;

/** An exercise in which a role ends an arrangement replays headless to the same events.jsonl, byte for byte. */
class EndedArrangementReplayTest {
  private static final Path SCENARIO = Path.of("..", "scenarios", "ukraine-donbas-monitoring.yaml");
  private static final CoordinationAction INTERPRETERS = new CoordinationAction(ActionType.HIRE_INTERPRETERS, null,
      null, null, null, null, "ru", null, null);

  @TempDir
  Path tmp;

  private static void advance(Exercise ex, long until) {
    while (ex.completed() < until && !ex.finished()) {
      if (ex.advance((int) (until - ex.completed()), false) == Exercise.Stop.DECISION) {
        ex.pendingDecisions().forEach(p -> ex.choose(p.role(), p.id(), p.defaultOption()));
      }
    }
  }

  @Test
  void anExerciseWithAnEndedArrangementReplaysByteForByte() throws Exception {
    Path live = tmp.resolve("live-events.jsonl");
    Exercise ex;
    try (Writer out = Files.newBufferedWriter(live, StandardCharsets.UTF_8)) {
      EventLogWriter writer = new EventLogWriter(out);
      ex = new Exercise(ScenarioReader.read(SCENARIO), 11, 4, List.of(writer));
      assertTrue(ex.take("head-of-office", INTERPRETERS).taken());
      assertTrue(ex.take("patrol-leader", CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "khutir-residents")).taken());
      advance(ex, 30);
      assertTrue(ex.take("head-of-office", CoordinationAction.ending(INTERPRETERS)).taken());
      advance(ex, 60);
      assertTrue(ex.take("patrol-leader",
          CoordinationAction.ending(CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "khutir-residents"))).taken());
      advance(ex, 96);
      writer.finished(ex.result());
    }
    assertTrue(ex.finished());
    Path log = tmp.resolve("decisions.jsonl");
    ex.decisionLog().write(log);
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"run", SCENARIO.toString(), "--replay", log.toString(), "--out",
        tmp.resolve("replayed").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    byte[] replayed = Files.readAllBytes(tmp.resolve("replayed").resolve("events.jsonl"));
    assertEquals(2, Files.readString(live).lines().filter(l -> l.startsWith("{\"type\":\"ArrangementEnded\"")).count());
    assertArrayEquals(Files.readAllBytes(live), replayed);
  }
}
