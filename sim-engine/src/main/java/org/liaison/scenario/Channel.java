package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A communication channel between two actors, or an actor and a hub. Latency, reliability and
 * interception left out are the medium's ({@code org.liaison.comms.MediumProfile}), as for a
 * channel opened during the run; they stay null here.
 */
public record Channel(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @JsonPropertyDescription("An actor or hub id.") String from,
    @JsonProperty(required = true) @JsonPropertyDescription("An actor or hub id.") String to,
    @JsonProperty(required = true) Medium medium,
    @JsonPropertyDescription("Hours a message takes; defaults to the medium's latency (the media section) over the distance between the ends.") Double latencyHours,
    @JsonPropertyDescription("Probability a message is delivered, 0 to 1; defaults to the medium's reliability over the distance between the ends.") Double reliability,
    @JsonPropertyDescription("Messages per hour the channel carries; defaults to 10.") Integer capacityPerHour,
    @JsonPropertyDescription("Probability a message is intercepted by a faction, 0 to 1; defaults to the medium's.") Double interception,
    @JsonPropertyDescription("Whether messages flow both ways; defaults to true.") Boolean bidirectional) {

  public Channel {
    capacityPerHour = capacityPerHour == null ? 10 : capacityPerHour;
    bidirectional = bidirectional == null || bidirectional;
  }
}
