package org.liaison.results.batch;

import org.liaison.scenario.schema.ScenarioSchema;

/** The JSON Schema of experiment files, generated from {@link Experiment} so it cannot drift. */
public final class ExperimentSchema {
  private ExperimentSchema() {}

  /** The schema as pretty-printed JSON ending in a newline (the content of scenarios/experiment.schema.json). */
  public static String generate() {
    return ScenarioSchema.generate(Experiment.class, "Liaison batch experiment",
        "Replications and parameter sweeps of Liaison scenarios, run headless by 'liaison batch'.");
  }
}
