package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.policy.NoCoordination;
import org.liaison.policy.RandomPolicy;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/**
 * Runs that share a scenario's prepared tables, at the same time on several threads and with
 * different parameters, give the logs of the same runs each made on its own.
 */
class PreparedScenarioTest {
  private static final Scenario SOMALIA = read("somalia-lower-shabelle");

  private static Scenario read(String name) {
    try {
      return ScenarioReader.read(Path.of("..", "scenarios", name + ".yaml"));
    } catch (org.liaison.scenario.read.InvalidScenarioException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything a run writes: its events, its decision log and its final indicators, in order. */
  private static final class Log implements RunListener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public void on(EngineEvent event) {
      text.append(event).append('\n');
    }

    @Override
    public void decided(DecisionLog.Entry entry) {
      text.append(entry).append('\n');
    }

    @Override
    public void finished(RunResult result) {
      text.append(result).append('\n');
    }
  }

  private static String alone(Scenario scenario, long seed, boolean doctrine) {
    Log log = new Log();
    HeadlessRun.run(new RunSpec(scenario, seed, "none", null), doctrine ? new DoctrinePolicy() : new RandomPolicy(),
        List.of(log), t -> { });
    return log.text.toString();
  }

  private static String shared(Scenario scenario, PreparedScenario prepared, long seed, boolean doctrine) {
    Log log = new Log();
    HeadlessRun.run(new RunSpec(scenario, seed, "none", null), prepared,
        doctrine ? new DoctrinePolicy() : new RandomPolicy(), List.of(log), t -> { });
    return log.text.toString();
  }

  /** The scenario with trust forgotten faster: a second design point of the same scenario. */
  private static Scenario forgetful() {
    return SOMALIA.withParameters(ExerciseControl.withParameter(SOMALIA.parameters(), "trustForgettingPerDay",
        SOMALIA.parameters().trustForgettingPerDay() * 0.9));
  }

  @Test
  void runsSharingThePreparedScenarioAtOnceGiveTheLogsOfRunsOnTheirOwn() throws Exception {
    Scenario other = forgetful();
    String[] expected = {alone(SOMALIA, 1, true), alone(other, -7046029254386353131L, false),
        alone(SOMALIA, 5, false), alone(other, 5, true)};
    assertNotEquals(expected[2], alone(other, 5, false), "the parameters make a difference to the run");
    PreparedScenario prepared = PreparedScenario.of(SOMALIA);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<String>> first = new ArrayList<>();
        List<Future<String>> second = new ArrayList<>();
        first.add(pool.submit(() -> {
          start.await();
          return shared(SOMALIA, prepared, 1, true);
        }));
        second.add(pool.submit(() -> {
          start.await();
          return shared(other, prepared, -7046029254386353131L, false);
        }));
        first.add(pool.submit(() -> shared(SOMALIA, prepared, 5, false)));
        second.add(pool.submit(() -> shared(other, prepared, 5, true)));
        assertEquals(expected[0], first.get(0).get());
        assertEquals(expected[1], second.get(0).get());
        assertEquals(expected[2], first.get(1).get());
        assertEquals(expected[3], second.get(1).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRunRefusesTablesPreparedFromAnotherScenario() {
    PreparedScenario prepared = PreparedScenario.of(read("car-bangui-periphery"));
    assertFalse(prepared.fits(SOMALIA));
    assertThrows(IllegalArgumentException.class,
        () -> new LiaisonSim(SOMALIA, prepared, 1, new NoCoordination(), new EventBus()));
  }

  @Test
  void aScenarioWithOtherParametersOrReadAgainFitsTheTablesOfTheFirst() {
    PreparedScenario prepared = PreparedScenario.of(SOMALIA);
    assertTrue(prepared.fits(SOMALIA));
    assertTrue(prepared.fits(forgetful()));
    assertTrue(prepared.fits(read("somalia-lower-shabelle")));
  }
}
