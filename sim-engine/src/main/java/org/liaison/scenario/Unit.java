package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A group of identical units of one actor, such as a battalion's six patrols. */
public record Unit(
    @JsonProperty(required = true) String id,
    @JsonPropertyDescription("What the units are; defaults to TROOPS.") UnitRole role,
    @JsonPropertyDescription("How many identical units this entry declares; defaults to 1.") Integer count,
    @JsonPropertyDescription("Personnel in each unit; defaults to 10.") Integer strength,
    @JsonPropertyDescription("Zone where the units start; defaults to the actor's home zone.") String zone,
    @JsonPropertyDescription("Exact start position in km as [x, y]; defaults to the centre of the zone.") List<Double> position) {

  public Unit {
    role = role == null ? UnitRole.TROOPS : role;
    count = count == null ? 1 : count;
    strength = strength == null ? 10 : strength;
    position = position == null ? null : Lists.orEmpty(position);
  }
}
