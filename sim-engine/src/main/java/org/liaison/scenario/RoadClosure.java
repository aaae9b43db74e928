package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A road closed or slowed: either a zone (a washed-out road, a flooded plain: nothing on the road
 * enters, leaves or crosses it) or the link between two zones (a bridge out between them).
 */
public record RoadClosure(
    @JsonPropertyDescription("Zone whose roads are closed: movement into, out of or across it. Give zone or between.")
    String zone,
    @JsonPropertyDescription("Two zones whose link is closed: movement from one to the other. Give zone or between.")
    List<String> between,
    @JsonPropertyDescription("Share of the usual speed left on the road, 0 (closed) to 1; defaults to 0.")
    Double speedFactor) {

  public RoadClosure {
    between = Lists.orEmpty(between);
    speedFactor = speedFactor == null ? 0.0 : speedFactor;
  }
}
