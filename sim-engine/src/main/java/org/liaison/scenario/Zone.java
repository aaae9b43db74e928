package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A named place on the map: a village, district, camp, town or road. */
public record Zone(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @Translatable String name,
    @JsonPropertyDescription("What kind of place this is; defaults to DISTRICT.") ZoneKind kind,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Corners of the polygon in km as [x, y] pairs, at least 3, not self-intersecting.")
    List<List<Double>> polygon,
    @JsonProperty(required = true) @JsonPropertyDescription("People living in the zone.") Integer population,
    @JsonProperty(required = true) @JsonPropertyDescription("How exposed the population is to harm, 0 to 1.") Double vulnerability,
    @JsonProperty(required = true) @JsonPropertyDescription("Need for humanitarian aid, 0 (none) to 1 (acute).") Double need,
    @JsonPropertyDescription("Terrain speed factor, 0.05 (swamp, no road) to 1 (good road); defaults to 1.") Double terrain,
    @JsonPropertyDescription("Languages spoken, as short codes (so, en, fr, sg, uk, ru...).") List<String> languages,
    @JsonPropertyDescription("True where the population is marginalised and easily left out of coordination.") Boolean marginalised) {

  public Zone {
    kind = kind == null ? ZoneKind.DISTRICT : kind;
    terrain = terrain == null ? 1.0 : terrain;
    languages = Lists.orEmpty(languages);
    marginalised = marginalised != null && marginalised;
    polygon = polygon == null ? List.of() : polygon.stream().map(Lists::orEmpty).toList();
  }
}
