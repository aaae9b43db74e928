package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How an actor tends to behave, each on a 0 to 1 scale. */
public record Dispositions(
    @JsonPropertyDescription("Willingness to share information and act with others; defaults to 0.5.") Double cooperativeness,
    @JsonPropertyDescription("Hostility towards the mission and its partners (mostly factions); defaults to 0.") Double hostility,
    @JsonPropertyDescription("Formality and accountability of the organisation; defaults to 0.5.") Double formality,
    @JsonPropertyDescription("Compliance with international humanitarian law; defaults to 1 for the mission and agencies.") Double ihlCompliance,
    @JsonPropertyDescription("Grievance held by the actor at the start; defaults to 0.") Double grievance,
    @JsonPropertyDescription("An armed group's drive to prey on communities (attacks on civilians), separate from its hostility towards the mission; defaults to its hostility.") Double predation) {

  public Dispositions {
    cooperativeness = cooperativeness == null ? 0.5 : cooperativeness;
    hostility = hostility == null ? 0.0 : hostility;
    formality = formality == null ? 0.5 : formality;
    ihlCompliance = ihlCompliance == null ? 1.0 : ihlCompliance;
    grievance = grievance == null ? 0.0 : grievance;
    predation = predation == null ? hostility : predation;
  }
}
