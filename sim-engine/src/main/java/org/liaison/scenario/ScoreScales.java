package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The counts at which a count-based score component falls to one half, so that the component
 * keeps moving over the range a scenario produces instead of saturating. An absent scale is
 * derived from the scenario (see {@link org.liaison.indicators.Score.Scales#of}).
 */
public record ScoreScales(
    @JsonPropertyDescription("Civilian casualties at which the civilian-harm component is one half; defaults to one per 1,000 people living in the map's zones.")
    Double civilianCasualties,
    @JsonPropertyDescription("People displaced at which the displacement component is one half; defaults to 2.5 % of the people living in the map's zones.")
    Double peopleDisplaced,
    @JsonPropertyDescription("Mission incidents at which the mission-safety component is one half; defaults to 2.")
    Double missionIncidents,
    @JsonPropertyDescription("Compliance violations plus mandate deviations at which the conduct component is one half; defaults to 2.")
    Double breaches) {

  /** Every scale derived from the scenario. */
  public static ScoreScales derived() {
    return new ScoreScales(null, null, null, null);
  }
}
