package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * How good a medium is in this scenario's area, where it differs from the usual profile: the
 * quality that channels opened during the exercise, and fallbacks when a channel is down, take.
 * Every field left out keeps the medium's default (see the authoring guide).
 */
public record MediumQuality(
    @JsonPropertyDescription("Hours a message takes at least (for couriers and meetings, the floor under the travel time).")
    Double latencyHours,
    @JsonPropertyDescription("Probability a message is delivered, 0 to 1 (for radio, within its range).")
    Double reliability,
    @JsonPropertyDescription("Probability a message is intercepted by a faction, 0 to 1.")
    Double interception,
    @JsonPropertyDescription("Radio only: km beyond which reliability falls by 0.01 per km, down to 0.5.")
    Double rangeKm,
    @JsonPropertyDescription("Couriers and meetings only: road speed in km/h that sets the travel time.")
    Double speedKmh) {}
