package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One criterion on a final indicator value: at least, at most, or between two bounds. */
public record Evidence(
    @JsonProperty(required = true) @JsonPropertyDescription("Name of an indicator (see the authoring guide).") String indicator,
    @JsonPropertyDescription("The indicator must end at or above this value.") Double atLeast,
    @JsonPropertyDescription("The indicator must end at or below this value.") Double atMost,
    @JsonPropertyDescription("What this criterion shows, in words for the after-action review.") @Translatable String description,
    @JsonPropertyDescription("Why the criterion is meant to be met by every policy or by none, or by the doctrine in every run or in none; 'liaison check' shows this instead of flagging it.") String checkNote) {}
