package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The response an inject expects, which the after-action review checks. */
public record ExpectedResponse(
    @JsonProperty(required = true) @JsonPropertyDescription("The expected response in words.") String text,
    @JsonPropertyDescription("The coordination action that counts as the response.") ActionType action,
    @JsonPropertyDescription("Hours after the inject within which the response counts as on time; defaults to 24.") Integer withinHours) {

  public ExpectedResponse {
    withinHours = withinHours == null ? 24 : withinHours;
  }
}
