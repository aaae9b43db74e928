package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Weights of the composite score's three parts; they need not sum to 1 (they are normalised). */
public record Scoring(
    @JsonPropertyDescription("Weights of trust, communication and outcomes; default 0.3, 0.3, 0.4.") ScoreWeights weights) {

  public Scoring {
    weights = weights == null ? new ScoreWeights(null, null, null) : weights;
  }
}
