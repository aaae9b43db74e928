package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Relative weights of the parts of the composite score, each 0 or more. */
public record ScoreWeights(
    @JsonPropertyDescription("Weight of the trust part; defaults to 0.3.") Double trust,
    @JsonPropertyDescription("Weight of the communication part; defaults to 0.3.") Double communication,
    @JsonPropertyDescription("Weight of the outcomes part; defaults to 0.4.") Double outcomes) {

  public ScoreWeights {
    trust = trust == null ? 0.3 : trust;
    communication = communication == null ? 0.3 : communication;
    outcomes = outcomes == null ? 0.4 : outcomes;
  }
}
