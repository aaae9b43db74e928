package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A seat a trainee takes in the exercise, such as force commander or civil affairs officer. */
public record Role(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String title,
    @JsonPropertyDescription("What this role is responsible for in the exercise.") String description,
    @JsonPropertyDescription("The actor this role acts for; defaults to the first mission actor.") String actor) {}
