package org.liaison.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.liaison.events.EventBus;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.Policies;

/**
 * The one runner: builds the simulation for a {@link RunSpec}, attaches the outputs, steps it
 * tick by tick to the end and returns the result. The command line, batches and tests use it;
 * the user interface steps the same {@link LiaisonSim} itself.
 */
public final class HeadlessRun {
  private HeadlessRun() {}

  public static RunResult run(RunSpec spec, List<? extends RunListener> outputs) {
    return run(spec, outputs, t -> { });
  }

  /**
   * Runs to the end.
   *
   * @param progress told the number of ticks done after each tick
   */
  public static RunResult run(RunSpec spec, List<? extends RunListener> outputs, LongConsumer progress) {
    return run(spec, Policies.byName(spec.policy()), outputs, progress);
  }

  /** Runs to the end with a given decision maker (a trainee's, a replay, a test's). */
  public static RunResult run(RunSpec spec, DecisionMaker decisionMaker,
      List<? extends RunListener> outputs, LongConsumer progress) {
    return run(spec, PreparedScenario.of(spec.scenario()), decisionMaker, outputs, progress);
  }

  /**
   * Runs to the end on the scenario's prepared tables, which the runs of a batch share: the result
   * and every output are those of a run that prepared the scenario itself.
   *
   * @param prepared made from the spec's scenario or from one that differs from it in its parameters alone
   */
  public static RunResult run(RunSpec spec, PreparedScenario prepared, DecisionMaker decisionMaker,
      List<? extends RunListener> outputs, LongConsumer progress) {
    EventBus bus = new EventBus();
    LiaisonSim sim = new LiaisonSim(spec.scenario(), prepared, spec.seed(), decisionMaker, bus);
    ObjectiveRater rater = new ObjectiveRater(spec.scenario(), prepared.responses);
    bus.subscribe(rater);
    for (RunListener output : outputs) {
      output.started(spec, sim.indicators());
      bus.subscribe(output);
    }
    sim.onDecision(e -> {
      for (RunListener output : outputs) {
        output.decided(e);
      }
    });
    sim.start();
    int ticks = spec.ticks();
    stepToEnd(sim, ticks, progress);
    decisionMaker.finished();
    sim.finish();
    Map<String, Double> finals = new LinkedHashMap<>();
    for (Indicator i : Indicator.values()) {
      finals.put(i.key(), sim.indicators().value(i));
    }
    RunResult result = new RunResult(spec.scenario().metadata().id(), spec.seed(), decisionMaker.name(),
        ticks, finals, sim.indicators().value(Indicator.SCORE), rater.rate(sim.indicators()));
    for (RunListener output : outputs) {
      output.finished(result);
    }
    return result;
  }

  /**
   * The ticks, in a method of their own: the compiler then compiles the loop (on-stack, while
   * the first runs are in it) without the set-up and the result around it.
   */
  private static void stepToEnd(LiaisonSim sim, int ticks, LongConsumer progress) {
    for (int t = 0; t < ticks; t++) {
      sim.stepTick();
      progress.accept(t + 1L);
    }
  }
}
