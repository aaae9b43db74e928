package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Model parameters with their documented defaults; a scenario states only those that differ.
 *
 * <p>The defaults live in the compact constructor alone: the JSON schema and the authoring guide
 * read them from an instance built with every field absent.
 */
public record Parameters(
    @JsonPropertyDescription("Share of trust evidence kept from one day to the next (forgetting factor lambda), 0.5 to 1.")
    Double trustForgettingPerDay,
    @JsonPropertyDescription("Expected trust in the receiver below which an actor does not pass on a warning, 0 to 1.")
    Double warningTrustThreshold,
    @JsonPropertyDescription("Positive evidence from one regular contact (liaison meeting, forum, training).")
    Double contactEvidence,
    @JsonPropertyDescription("Evidence from a kept or broken commitment (warning acted on, escort delivered).")
    Double commitmentEvidence,
    @JsonPropertyDescription("Negative evidence for every community that hears of civilian harm caused by an actor.")
    Double harmEvidence,
    @JsonPropertyDescription("Negative evidence in factions' eyes when an NGO is seen embedded with the military.")
    Double partialityEvidence,
    @JsonPropertyDescription("Expected attacks a fully hostile faction starts preparing per day.")
    Double attackRatePerDay,
    @JsonPropertyDescription("Hours from the start of an attack's preparation to its execution.")
    Integer attackPreparationHours,
    @JsonPropertyDescription("Probability per hour that a community group present in a zone observes an attack being prepared.")
    Double observationProbabilityPerHour,
    @JsonPropertyDescription("Protecting personnel present in a zone that deter an attack outright.")
    Integer deterrenceStrength,
    @JsonPropertyDescription("Share of the exposed population harmed by an executed attack, before vulnerability and protection.")
    Double casualtyRate,
    @JsonPropertyDescription("People displaced per civilian casualty.")
    Double displacementPerCasualty,
    @JsonPropertyDescription("Hours a language barrier adds to a message without interpreters.")
    Double languageBarrierDelayHours,
    @JsonPropertyDescription("Probability a message across a language barrier without interpreters is misunderstood.")
    Double misunderstandingProbability,
    @JsonPropertyDescription("Hypothesis switch: true if close association with the military lowers factions' acceptance of NGOs.")
    Boolean associationHurtsAcceptance,
    @JsonPropertyDescription("Hostility a faction gains towards an actor per day of visible association with the military.")
    Double associationHostilityPerDay,
    @JsonPropertyDescription("Probability per day that a partner armed group commits an abuse, scaled by (1 - its IHL compliance).")
    Double partnerViolationRatePerDay,
    @JsonPropertyDescription("Hostility a faction gains for each civilian it sees harmed by an actor, per casualty.")
    Double harmHostilityPerCasualty,
    @JsonPropertyDescription("Probability per planned delivery that an unsecured convoy in an insecure zone is blocked.")
    Double aidBlockProbability,
    @JsonPropertyDescription("Probability per hour that a unit of the mission present in a zone sees an attack being prepared there itself.")
    Double unitObservationProbabilityPerHour,
    @JsonPropertyDescription("Routine situation reports an actor with a channel to the mission sends per day, scaled by its cooperativeness.")
    Double situationReportsPerDay,
    @JsonPropertyDescription("Need (0 to 1) that one aid delivery removes from its zone.")
    Double needReliefPerDelivery,
    @JsonPropertyDescription("Factor on the probability that a convoy is blocked when it travels under armed escort.")
    Double escortBlockFactor,
    @JsonPropertyDescription("Probability that a delivery not notified to the mission meets an incident with its units in a zone where they are present.")
    Double deconflictionIncidentProbability,
    @JsonPropertyDescription("IHL compliance and cooperativeness an actor gains from one joint training or capacity building session.")
    Double trainingIhlGain,
    @JsonPropertyDescription("Hostility a faction loses in one mediation, scaled by its (possibly discounted) trust in the mediator.")
    Double mediationHostilityReduction,
    @JsonPropertyDescription("Grievance each actor based in a zone loses when a dispute-resolution mechanism is set up there.")
    Double disputeGrievanceReduction,
    @JsonPropertyDescription("IHL compliance below which an armed actor counts as a low-compliance partner (doctrine does not partner it).")
    Double lowComplianceThreshold,
    @JsonPropertyDescription("Hostility an intercepting faction gains towards the sender of an intercepted message.")
    Double interceptionHostility,
    @JsonPropertyDescription("Share of the daily coordination budget the doctrine policy spends on its own initiative (standing and one-off actions), keeping the rest for decision points.")
    Double doctrineInitiativeShare,
    @JsonPropertyDescription("Days between inclusive coordination forums held by the doctrine policy.")
    Integer doctrineForumIntervalDays,
    @JsonPropertyDescription("Hours units sent in response stay in a zone after the attack they came for ends, before returning to their station.")
    Integer responseHoldHours) {

  public Parameters {
    trustForgettingPerDay = orDefault(trustForgettingPerDay, 0.98);
    warningTrustThreshold = orDefault(warningTrustThreshold, 0.5);
    contactEvidence = orDefault(contactEvidence, 0.3);
    commitmentEvidence = orDefault(commitmentEvidence, 1.0);
    harmEvidence = orDefault(harmEvidence, 2.0);
    partialityEvidence = orDefault(partialityEvidence, 0.5);
    attackRatePerDay = orDefault(attackRatePerDay, 0.25);
    attackPreparationHours = attackPreparationHours == null ? 36 : attackPreparationHours;
    observationProbabilityPerHour = orDefault(observationProbabilityPerHour, 0.08);
    deterrenceStrength = deterrenceStrength == null ? 30 : deterrenceStrength;
    casualtyRate = orDefault(casualtyRate, 0.004);
    displacementPerCasualty = orDefault(displacementPerCasualty, 25.0);
    languageBarrierDelayHours = orDefault(languageBarrierDelayHours, 6.0);
    misunderstandingProbability = orDefault(misunderstandingProbability, 0.3);
    associationHurtsAcceptance = associationHurtsAcceptance == null || associationHurtsAcceptance;
    associationHostilityPerDay = orDefault(associationHostilityPerDay, 0.02);
    partnerViolationRatePerDay = orDefault(partnerViolationRatePerDay, 0.1);
    harmHostilityPerCasualty = orDefault(harmHostilityPerCasualty, 0.01);
    aidBlockProbability = orDefault(aidBlockProbability, 0.3);
    unitObservationProbabilityPerHour = orDefault(unitObservationProbabilityPerHour, 0.02);
    situationReportsPerDay = orDefault(situationReportsPerDay, 1.0);
    needReliefPerDelivery = orDefault(needReliefPerDelivery, 0.05);
    escortBlockFactor = orDefault(escortBlockFactor, 0.3);
    deconflictionIncidentProbability = orDefault(deconflictionIncidentProbability, 0.2);
    trainingIhlGain = orDefault(trainingIhlGain, 0.05);
    mediationHostilityReduction = orDefault(mediationHostilityReduction, 0.15);
    disputeGrievanceReduction = orDefault(disputeGrievanceReduction, 0.1);
    lowComplianceThreshold = orDefault(lowComplianceThreshold, 0.5);
    interceptionHostility = orDefault(interceptionHostility, 0.05);
    doctrineInitiativeShare = orDefault(doctrineInitiativeShare, 0.6);
    doctrineForumIntervalDays = doctrineForumIntervalDays == null ? 7 : doctrineForumIntervalDays;
    responseHoldHours = responseHoldHours == null ? 24 : responseHoldHours;
  }

  /** Every parameter at its default. */
  public static Parameters defaults() {
    return new Parameters(
        null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
  }

  private static Double orDefault(Double value, double fallback) {
    return value == null ? fallback : value;
  }
}
