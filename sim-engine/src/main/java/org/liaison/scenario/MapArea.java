package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The area of operations: a rectangle in kilometres with named zones inside it. */
public record MapArea(
    @JsonProperty(required = true) @JsonPropertyDescription("Width of the area in km (x runs west to east from 0).") Double widthKm,
    @JsonProperty(required = true) @JsonPropertyDescription("Height of the area in km (y runs north to south from 0).") Double heightKm,
    @JsonProperty(required = true) List<Zone> zones) {

  public MapArea {
    zones = Lists.orEmpty(zones);
  }
}
