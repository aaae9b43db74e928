package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How the composite score weighs its components and where count-based components fall to one half. */
public record Scoring(
    @JsonPropertyDescription("Relative weight of each score component; they need not sum to 1 (they are normalised over the components observed in a run).")
    ScoreWeights weights,
    @JsonPropertyDescription("Counts at which count-based components fall to one half; absent ones are derived from the scenario's population.")
    ScoreScales scales) {

  public Scoring {
    weights = weights == null ? ScoreWeights.defaults() : weights;
    scales = scales == null ? ScoreScales.derived() : scales;
  }
}
