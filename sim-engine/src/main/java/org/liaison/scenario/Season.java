package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A period in which the ground changes: a rainy season that turns tracks to mud and cuts roads, a
 * dry season that opens them. During it the terrain of the zones it covers is slower by a factor,
 * and the roads it lists are closed or slowed.
 */
public record Season(
    @JsonProperty(required = true) @JsonPropertyDescription("Identifier of the season, unique among seasons.") String id,
    @JsonProperty(required = true) @JsonPropertyDescription("Name shown to people, such as 'Rainy season'.") @Translatable String name,
    @JsonProperty(required = true) @JsonPropertyDescription("When the season begins.") ScenarioTime from,
    @JsonPropertyDescription("When the season ends (the first hour it no longer applies); defaults to the end of the exercise.")
    ScenarioTime to,
    @JsonPropertyDescription("Factor on the terrain speed of the zones it covers, 0.05 to 1; defaults to 1 (no change).")
    Double terrain,
    @JsonPropertyDescription("Zones whose terrain the season slows; defaults to every zone.") List<String> zones,
    @JsonPropertyDescription("Roads closed or slowed for the whole season.") List<RoadClosure> closures) {

  public Season {
    terrain = terrain == null ? 1.0 : terrain;
    zones = Lists.orEmpty(zones);
    closures = Lists.orEmpty(closures);
  }
}
