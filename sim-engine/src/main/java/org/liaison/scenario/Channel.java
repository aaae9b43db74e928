package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A communication channel between two actors, or an actor and a hub. */
public record Channel(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @JsonPropertyDescription("An actor or hub id.") String from,
    @JsonProperty(required = true) @JsonPropertyDescription("An actor or hub id.") String to,
    @JsonProperty(required = true) Medium medium,
    @JsonPropertyDescription("Hours a message takes; defaults to 1.") Double latencyHours,
    @JsonPropertyDescription("Probability a message is delivered, 0 to 1; defaults to 0.95.") Double reliability,
    @JsonPropertyDescription("Messages per hour the channel carries; defaults to 10.") Integer capacityPerHour,
    @JsonPropertyDescription("Probability a message is intercepted by a faction, 0 to 1; defaults to 0.") Double interception,
    @JsonPropertyDescription("Whether messages flow both ways; defaults to true.") Boolean bidirectional) {

  public Channel {
    latencyHours = latencyHours == null ? 1.0 : latencyHours;
    reliability = reliability == null ? 0.95 : reliability;
    capacityPerHour = capacityPerHour == null ? 10 : capacityPerHour;
    interception = interception == null ? 0.0 : interception;
    bidirectional = bidirectional == null || bidirectional;
  }
}
