package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.liaison.events.EngineEvent;
import org.liaison.policy.Actions;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.WorldView;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Task;
import org.liaison.scenario.Zone;
import org.liaison.scenario.read.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Whatever a trainee decides, the run goes on: every action is taken or refused, never a crash. */
class RandomDecisionsTest {
  /** Picks options and free actions at random, with arguments drawn from the scenario. */
  private static final class RandomDecisions implements DecisionMaker {
    private final Random random;

    RandomDecisions(long seed) {
      random = new Random(seed);
    }

    @Override
    public String name() {
      return "random";
    }

    @Override
    public DecisionOption choose(DecisionPoint point, WorldView view) {
      return point.options().get(random.nextInt(point.options().size()));
    }

    @Override
    public void daily(WorldView view, Actions actions) {
      Scenario s = view.scenario();
      for (int i = 0; i < 4; i++) {
        ActionType type = ActionType.values()[random.nextInt(ActionType.values().length)];
        Actor target = s.actors().get(random.nextInt(s.actors().size()));
        Zone zone = s.map().zones().get(random.nextInt(s.map().zones().size()));
        List<String> members = s.actors().stream().filter(a -> random.nextBoolean()).map(Actor::id).toList();
        String language = target.communication().languages().isEmpty() ? "xx"
            : target.communication().languages().get(0);
        actions.take(new CoordinationAction(type, target.id(),
            random.nextBoolean() ? s.actors().get(random.nextInt(s.actors().size())).id() : null,
            zone.id(), members, Medium.values()[random.nextInt(Medium.values().length)], language,
            Task.values()[random.nextInt(Task.values().length)], 1 + random.nextInt(3)));
      }
    }
  }

  @Test
  void randomDecisionsNeverBreakARunOfAShippedScenario() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 3);
    int taken = 0;
    int refused = 0;
    for (Path file : files) {
      Scenario scenario = ScenarioReader.read(file);
      for (long seed = 1; seed <= 8; seed++) {
        Runs.Recorded r = Runs.run(scenario, seed, new RandomDecisions(seed));
        assertEquals(scenario.durationHours(), r.of(EngineEvent.TickEnded.class).size());
        taken += r.of(EngineEvent.ActionTaken.class).size();
        refused += r.of(EngineEvent.ActionRefused.class).size();
      }
    }
    assertTrue(taken > 0 && refused > 0, "taken " + taken + ", refused " + refused);
  }
}
