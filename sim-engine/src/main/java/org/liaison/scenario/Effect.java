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
    @JsonPropertyDescription("Size of the change; its meaning depends on the kind (ROAD_CLOSED: share of the usual speed left, 0 closed to 1; default 0).") Double amount,
    @JsonPropertyDescription("Duration in hours (CHANNEL_DOWN, MEDIUM_DOWN, ROAD_CLOSED).") Integer hours,
    @JsonPropertyDescription("Medium that fails (MEDIUM_DOWN).") Medium medium,
    @JsonPropertyDescription("Zones of the area affected (MEDIUM_DOWN), instead of one zone.") java.util.List<String> zones,
    @JsonPropertyDescription("Two zones whose link is closed (ROAD_CLOSED), instead of a zone.") java.util.List<String> between) {

  public Effect {
    zones = Lists.orEmpty(zones);
    between = Lists.orEmpty(between);
  }

  /** An effect on at most one zone, as the format's first version wrote every effect. */
  public Effect(EffectKind kind, String zone, String actor, String channel, Task task, Double amount,
      Integer hours, Medium medium) {
    this(kind, zone, actor, channel, task, amount, hours, medium, null, null);
  }
}
