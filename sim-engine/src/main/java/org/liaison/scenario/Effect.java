package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A change an inject makes to the world; which fields apply depends on the kind. */
public record Effect(
    @JsonProperty(required = true) EffectKind kind,
    @JsonPropertyDescription("Zone affected.") String zone,
    @JsonPropertyDescription("Actor affected or acting.") String actor,
    @JsonPropertyDescription("Channel affected (CHANNEL_DOWN).") String channel,
    @JsonPropertyDescription("Task requested (REQUEST).") Task task,
    @JsonPropertyDescription("Size of the change; its meaning depends on the kind.") Double amount,
    @JsonPropertyDescription("Duration in hours (CHANNEL_DOWN, MEDIUM_DOWN).") Integer hours,
    @JsonPropertyDescription("Medium that fails (MEDIUM_DOWN).") Medium medium) {}
