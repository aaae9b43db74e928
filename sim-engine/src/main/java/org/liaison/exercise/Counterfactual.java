package org.liaison.exercise;

import java.util.List;
import java.util.Map;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunResult;
import org.liaison.engine.RunSpec;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.ReplayDecisions;
import org.liaison.scenario.Scenario;

/**
 * The after-action review's "what if": from a decision log, the run as it happened and a branch
 * with another option at decision k, everything before k unchanged, compared indicator by
 * indicator (final values and per-tick series).
 *
 * <p>After the changed choice the rest of the log is replayed leniently (see
 * {@link ReplayDecisions#branch}): the trainees' or policy's later actions are asked for at their
 * logged times and may now be refused; later choices are made when their point is reached.
 * Choosing at k the option the log already has gives the original run exactly.
 */
public final class Counterfactual {
  private Counterfactual() {}

  /**
   * One run's indicators.
   *
   * @param result final values, score and objective ratings
   * @param series the value of every indicator at the end of every tick
   * @param decisions the run's own decision log
   */
  public record RunIndicators(RunResult result, IndicatorSeries.Table series, DecisionLog decisions) {
    /** Final values by indicator key. */
    public Map<String, Double> finals() {
      return result.indicators();
    }
  }

  /**
   * The comparison of a logged run with its branch.
   *
   * @param decision k, the changed choice (from 0 among the log's choices)
   * @param decisionPoint the decision point of choice k
   * @param loggedOption the option the log chose there
   * @param branchOption the option the branch chooses
   */
  public record Comparison(int decision, String decisionPoint, String loggedOption, String branchOption,
      RunIndicators original, RunIndicators branch) {
    /** Branch minus original, by indicator key, of the final values. */
    public Map<String, Double> finalDifference() {
      Map<String, Double> diff = new java.util.LinkedHashMap<>();
      original.finals().forEach((k, v) -> diff.put(k, branch.finals().get(k) - v));
      return diff;
    }
  }

  /**
   * Runs the logged run and the branch.
   *
   * @param scenario the scenario the log was made with (its id must match the log's header)
   * @param log the decision log; its header gives the seed
   * @param k which choice to change, from 0 among {@link DecisionLog#choices()}
   * @param optionId the option to take instead
   * @param days days to run, or null for the scenario's duration (use what the logged run used)
   * @throws IllegalArgumentException if the log has no choice k or its point has no such option
   */
  public static Comparison branch(Scenario scenario, DecisionLog log, int k, String optionId, Integer days) {
    List<DecisionLog.Entry> choices = log.choices();
    if (k < 0 || k >= choices.size()) {
      throw new IllegalArgumentException("the log has " + choices.size() + " choices; no choice " + k);
    }
    DecisionLog.Entry choice = choices.get(k);
    boolean known = scenario.decisionPoints().stream().filter(p -> p.id().equals(choice.point()))
        .flatMap(p -> p.options().stream()).anyMatch(o -> o.id().equals(optionId));
    if (!known) {
      throw new IllegalArgumentException("decision point " + choice.point() + " has no option '" + optionId + "'");
    }
    RunIndicators original = run(scenario, log.header().seed(), new ReplayDecisions(log), days);
    RunIndicators branch = run(scenario, log.header().seed(), ReplayDecisions.branch(log, k, optionId), days);
    return new Comparison(k, choice.point(), choice.option(), optionId, original, branch);
  }

  /** Runs one scenario with a decision maker and keeps its series and decision log. */
  public static RunIndicators run(Scenario scenario, long seed, DecisionMaker decisionMaker, Integer days) {
    IndicatorSeries series = new IndicatorSeries();
    DecisionLogRecorder decisions = new DecisionLogRecorder();
    RunResult result = HeadlessRun.run(new RunSpec(scenario, seed, "none", days), decisionMaker,
        List.of(series, decisions), t -> { });
    return new RunIndicators(result, series.table(), decisions.log());
  }
}
