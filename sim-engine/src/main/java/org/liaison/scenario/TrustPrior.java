package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Initial trust of one actor in another, a prior of the evidential trust model. */
public record TrustPrior(
    @JsonProperty(required = true) @JsonPropertyDescription("The actor who trusts.") String from,
    @JsonProperty(required = true) @JsonPropertyDescription("The actor who is trusted.") String to,
    @JsonProperty(required = true) @JsonPropertyDescription("Expected trust, 0 to 1.") Double value,
    @JsonPropertyDescription("Weight of the prior in pieces of evidence (0 to 100); defaults to 2.") Double confidence) {

  public TrustPrior {
    confidence = confidence == null ? 2.0 : confidence;
  }
}
