package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A learning objective and the evidence from the simulation that shows it met. */
public record Objective(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @Translatable String text,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Criteria on indicators; the share met gives the P/S/M/U rating. Expected responses of injects that name this objective count too.")
    List<Evidence> evidence) {

  public Objective {
    evidence = Lists.orEmpty(evidence);
  }
}
