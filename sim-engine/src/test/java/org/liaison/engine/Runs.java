package org.liaison.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.liaison.events.EngineEvent;
import org.liaison.policy.ActionResult;
import org.liaison.policy.Actions;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.NoCoordination;
import org.liaison.policy.WorldView;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Scenario;

/** Helpers to run a scenario and keep its events, and to run many seeds. */
public final class Runs {
  private Runs() {}

  /** A finished run with all its events. */
  public record Recorded(RunResult result, List<EngineEvent> events) {
    public <T extends EngineEvent> List<T> of(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  public static Recorded run(Scenario scenario, long seed, DecisionMaker decisionMaker) {
    List<EngineEvent> events = new ArrayList<>();
    RunListener recorder = events::add;
    RunResult result = HeadlessRun.run(new RunSpec(scenario, seed, "none", null), decisionMaker,
        List.of(recorder), t -> { });
    return new Recorded(result, events);
  }

  public static Recorded run(Scenario scenario, long seed) {
    return run(scenario, seed, new NoCoordination());
  }

  /** One metric over seeds 1..n, each run with a fresh decision maker. */
  public static double[] metric(Scenario scenario, int n, Supplier<DecisionMaker> policy,
      ToDoubleFunction<Recorded> metric) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = metric.applyAsDouble(run(scenario, 1000L + i, policy.get()));
    }
    return out;
  }

  /** A decision maker that takes the given actions on day 1 and never coordinates otherwise. */
  public static DecisionMaker onDayOne(CoordinationAction... actions) {
    return new DecisionMaker() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public DecisionOption choose(DecisionPoint point, WorldView view) {
        return new NoCoordination().choose(point, view);
      }

      @Override
      public void daily(WorldView view, Actions sink) {
        if (view.tick() == 0) {
          for (CoordinationAction a : actions) {
            ActionResult r = sink.take(a);
            if (!r.taken()) {
              throw new IllegalStateException("test action refused: " + r.reason());
            }
          }
        }
      }
    };
  }
}
