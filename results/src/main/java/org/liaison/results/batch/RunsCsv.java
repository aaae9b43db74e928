package org.liaison.results.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.indicators.Indicator;

/**
 * The columns and rows of {@code runs.csv}: one row per run with its identity, seed, every
 * parameter, every kept final indicator, the score, its status and its error.
 */
public final class RunsCsv {
  /** Status of a run that finished. */
  public static final String OK = "ok";
  /** Status of a run that threw an error. */
  public static final String FAILED = "failed";

  private RunsCsv() {}

  /** The header fields for a plan. */
  public static List<String> header(BatchPlan plan) {
    List<String> header = new ArrayList<>(List.of("run_id", "design_point", "replication", "seed", "scenario", "policy"));
    header.addAll(ParameterSpace.names());
    for (Indicator indicator : plan.indicators()) {
      header.add(indicator.key());
    }
    header.addAll(List.of("status", "error"));
    return header;
  }

  /**
   * One row; {@code finalValues} is null for a failed run. Built in one buffer, with the
   * parameters' fields the plan formatted once for the run's design point: a row is written per
   * run, so its cost is paid as often as the engine's.
   */
  public static String row(BatchPlan plan, RunSpec run, Map<Indicator, Double> finalValues, String error) {
    StringBuilder row = new StringBuilder(512);
    row.append(run.runId()).append(',').append(run.designPoint()).append(',').append(run.replication()).append(',')
        .append(run.seed()).append(',').append(Csv.text(plan.scenarios().get(run.scenarioIndex()).name())).append(',')
        .append(Csv.text(run.policy()));
    String parameters = plan.parameterFields(run.scenarioIndex(), run.designPoint());
    if (!ParameterSpace.names().isEmpty()) {
      row.append(',').append(parameters);
    }
    for (Indicator indicator : plan.indicators()) {
      row.append(',').append(finalValues == null ? Csv.NA : Csv.number(finalValues.get(indicator)));
    }
    row.append(',').append(error == null ? OK : FAILED).append(',').append(error == null ? Csv.NA : Csv.text(error));
    return row.toString();
  }
}
