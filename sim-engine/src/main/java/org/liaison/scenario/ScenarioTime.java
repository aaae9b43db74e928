package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A moment of the exercise: day (from 1) and hour of that day (0 to 23). */
public record ScenarioTime(
    @JsonProperty(required = true) @JsonPropertyDescription("Day of the exercise, from 1.") Integer day,
    @JsonPropertyDescription("Hour of the day, 0 to 23; defaults to 0.") Integer hour) {

  public ScenarioTime {
    hour = hour == null ? 0 : hour;
  }

  /** The tick (hour since the start) at which this moment falls. */
  public long tick() {
    return (day - 1L) * 24L + hour;
  }
}
