package org.liaison.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunResult;
import org.liaison.engine.RunSpec;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Policies;
import org.liaison.policy.ReplayDecisions;
import org.liaison.scenario.Scenario;

/** Headless runs the review needs: a replay of a log, and background replications of a policy. */
public final class Replay {
  private Replay() {}

  /** Replays a decision log headless, with the same runner as the command line, for the days it records. */
  public static RunResult of(Scenario scenario, DecisionLog log) {
    return HeadlessRun.run(new RunSpec(scenario, log.header().seed(), "none", log.header().days()),
        new ReplayDecisions(log), List.of(), t -> { });
  }

  /**
   * Scores of {@code n} runs of a built-in policy on seeds {@code firstSeed, firstSeed+1, ...}.
   *
   * @param progress told the share done, 0 to 1, after each run
   */
  public static List<Double> replications(Scenario scenario, String policy, long firstSeed, int n,
      DoubleConsumer progress) {
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      RunSpec spec = new RunSpec(scenario, firstSeed + i, policy, null);
      scores.add(HeadlessRun.run(spec, Policies.byName(policy), List.of(), t -> { }).score());
      progress.accept((i + 1.0) / n);
    }
    return scores;
  }
}
