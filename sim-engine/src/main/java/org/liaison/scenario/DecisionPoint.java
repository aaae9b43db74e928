package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A moment that pauses the exercise and asks one role to choose among options. */
public record DecisionPoint(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @Translatable String title,
    @JsonPropertyDescription("When it comes; required unless a condition is given.") ScenarioTime at,
    @JsonPropertyDescription("Trigger condition over indicators; the point comes the first time it holds.") String condition,
    @JsonProperty(required = true) @JsonPropertyDescription("The trainee role that decides.") String role,
    @JsonProperty(required = true) @JsonPropertyDescription("The dilemma as the role reads it.") @Translatable String dilemma,
    @JsonProperty(required = true) @JsonPropertyDescription("At least two options.") List<DecisionOption> options,
    @JsonProperty(value = "default", required = true) @JsonPropertyDescription("Option taken in headless runs without a decision maker.") String defaultOption) {

  public DecisionPoint {
    options = Lists.orEmpty(options);
  }
}
