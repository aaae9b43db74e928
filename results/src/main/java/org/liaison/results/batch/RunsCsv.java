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

  /** One row; {@code finalValues} is null for a failed run. */
  public static String row(BatchPlan plan, RunSpec run, Map<Indicator, Double> finalValues, String error) {
    List<String> fields = new ArrayList<>();
    fields.add(Long.toString(run.runId()));
    fields.add(Integer.toString(run.designPoint()));
    fields.add(Integer.toString(run.replication()));
    fields.add(Long.toString(run.seed()));
    fields.add(Csv.text(plan.scenarios().get(run.scenarioIndex()).name()));
    fields.add(Csv.text(run.policy()));
    for (Object value : ParameterSpace.values(run.parameters())) {
      fields.add(Csv.value(value));
    }
    for (Indicator indicator : plan.indicators()) {
      fields.add(finalValues == null ? Csv.NA : Csv.number(finalValues.get(indicator)));
    }
    fields.add(error == null ? OK : FAILED);
    fields.add(error == null ? Csv.NA : Csv.text(error));
    return Csv.join(fields);
  }
}
