package org.liaison.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.net.server.ExerciseServer;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/** A trainee's seat at a server on loopback: the pictures the exercise screen draws, and what they leave out. */
class RemoteSessionTest {
  private static final Path SCENARIO = Path.of("..", "scenarios", "somalia-lower-shabelle.yaml");
  private ExerciseServer server;
  private Scenario scenario;

  @BeforeEach
  void start() throws Exception {
    scenario = ScenarioReader.read(SCENARIO);
    server = ExerciseServer.start(new ExerciseServer.Options(scenario, SCENARIO, 1, "127.0.0.1", 0,
        Files.createTempDirectory("liaison-remote-session"), 0, null, null));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(20);
    }
  }

  @Test
  void aRoleSeatIsBriefedWithoutTheMselAndDrawsWhatItsSideKnows() throws Exception {
    var refusals = new CopyOnWriteArrayList<org.liaison.policy.Refusal>();
    try (RemoteSession seat = RemoteSession.connect("127.0.0.1:" + server.port(), null, new RemoteSession.Listener() {
      @Override
      public void refused(org.liaison.policy.Refusal refusal) {
        refusals.add(refusal);
      }
    })) {
      seat.join(server.codes().get("force-commander"), "Amina");
      waitFor(() -> seat.latest() != null || !refusals.isEmpty());
      assertEquals(java.util.List.of(), refusals);
      Scenario briefing = seat.scenario();
      assertTrue(briefing.msel().isEmpty(), "a role's seat is not told the MSEL");
      assertTrue(briefing.decisionPoints().isEmpty(), "nor the decision points to come");
      assertEquals(scenario.map(), briefing.map(), "it gets the whole map");
      assertFalse(seat.runsExercise());

      Snapshot s = seat.latest();
      assertEquals("force-commander", s.actingRole());
      assertTrue(Arrays.stream(s.actorHostility()).allMatch(Double::isNaN), "no faction's hostility");
      assertTrue(Arrays.stream(s.indicators()).allMatch(Double::isNaN), "no indicators");
      assertTrue(Arrays.stream(s.zoneSecurity()).allMatch(Double::isNaN), "no threat it has not been told of");
      assertEquals(scenario.missionActors().stream().mapToInt(a -> a.unitCount()).sum(), s.unitX().length,
          "its side's units only");
      assertTrue(s.budgetPerDay() > 0, "the mission's staff-hours");
      assertTrue(s.actions().stream().anyMatch(ActionCatalogue.Entry::available), "what it can order now");
    }
  }
}
