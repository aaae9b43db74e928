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
    @JsonPropertyDescription("Negative evidence for every community that hears of civilian harm caused by an actor, times the square root of the casualties.")
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
    @JsonPropertyDescription("Share of the daily coordination budget the doctrine policy spends on its own initiative, keeping the rest for decision points, whose commitments do not count against it: its own standing commitments stay within the share less the daily average of its routine of forums and dialogues, and a day's own spending within the share plus one forum or dialogue.")
    Double doctrineInitiativeShare,
    @JsonPropertyDescription("Days between inclusive coordination forums held by the doctrine policy.")
    Integer doctrineForumIntervalDays,
    @JsonPropertyDescription("Hours units sent in response stay in a zone after the attack they came for ends, before returning to their station.")
    Integer responseHoldHours,
    @JsonPropertyDescription("Slope of the community's warning probability in its trust in the mission around warningTrustThreshold (logistic); larger is steeper.")
    Double warningTrustSlope,
    @JsonPropertyDescription("Weight of a community's memory of answered and ignored warnings in its willingness to warn (logit units at full memory).")
    Double warningMemoryWeight,
    @JsonPropertyDescription("Fear of reprisal a community gains when one of its informants is targeted; it scales its warnings down and fades like trust evidence.")
    Double reprisalFear,
    @JsonPropertyDescription("Expected false alarms per day a community raises, scaled by its willingness to warn; responders are sent for nothing.")
    Double falseAlarmRatePerDay,
    @JsonPropertyDescription("Expected trust of an armed group in the mission below which it refuses partnering, training or joint patrols.")
    Double consentTrustThreshold,
    @JsonPropertyDescription("Share by which partnering (arming, paying) an armed group raises its fighting strength.")
    Double partnerStrengthGain,
    @JsonPropertyDescription("Hostility towards the mission an armed group loses when the mission partners it (its incentive), not its predation on civilians.")
    Double partnerHostilityReduction,
    @JsonPropertyDescription("Negative evidence per day in the mission from each community in a zone where a partner of the mission operates.")
    Double associationEvidence,
    @JsonPropertyDescription("Probability per hour that an idle unit of the mission starts a patrol of its own under the mandate's tasks.")
    Double patrolProbabilityPerHour,
    @JsonPropertyDescription("Hours a unit stays in the zone it patrols before returning to its station.")
    Integer patrolHours,
    @JsonPropertyDescription("Deterrent weight of one police officer relative to one soldier.")
    Double policeProtectionWeight,
    @JsonPropertyDescription("Deterrent weight of one unarmed observer relative to one soldier.")
    Double observerProtectionWeight,
    @JsonPropertyDescription("Zone population at which deterrenceStrength soldiers deter an attack by a fully predatory group with probability 1 - 1/e; the need scales with the square root of population.")
    Integer referencePopulation,
    @JsonPropertyDescription("Factor on the loss of acceptance of an agency holding neutrality, impartiality or independence when it is seen with the force.")
    Double principledAssociationFactor,
    @JsonPropertyDescription("Probability of deterring the attack that the mission aims for when it sends responders to a warned zone.")
    Double responseDeterrenceGoal,
    @JsonPropertyDescription("Share by which an armed group's strength grows per day for each fully aggrieved community where it operates (recruitment).")
    Double recruitmentPerGrievancePerDay,
    @JsonPropertyDescription("Expected attacks on the mission per day by a fully hostile armed group with full advantage over the presence where it strikes; scaled by its hostility and its advantage F / (F + D).")
    Double missionAttackRatePerDay,
    @JsonPropertyDescription("Share of the mission's personnel present hurt (killed or injured) in an attack on the mission, at full advantage of the attackers; scaled by their advantage.")
    Double missionCasualtyRate,
    @JsonPropertyDescription("Deterrent weight of a private security guard at the site he guards, relative to a soldier of the mission.")
    Double guardProtectionWeight,
    @JsonPropertyDescription("Chance that guards answering an attack on their site with fire escalate it, times (1 - the company's IHL compliance).")
    Double guardEscalationProbability,
    @JsonPropertyDescription("Extra casualties of an escalated attack, as a share of the attack's own casualties.")
    Double guardEscalationHarm,
    @JsonPropertyDescription("Deterrent weight of a soldier or police officer of the host state's forces, relative to one of the mission (before the police weight).")
    Double stateForceProtectionWeight,
    @JsonPropertyDescription("Probability per day that a state force commits an abuse against civilians where its units are, times the larger of its predation and (1 - its IHL compliance), times its strength.")
    Double stateAbuseRatePerDay,
    @JsonPropertyDescription("Expected civilians harmed by one abuse by state forces (arrests, beatings, killings).")
    Double stateAbuseCasualties,
    @JsonPropertyDescription("Regular contacts per day between the mission and a community it links by an alert network (the operations centre's check calls to the network's focal points).")
    Double alertNetworkContactsPerDay,
    @JsonPropertyDescription("Hours a fully formal receiver takes to verify a warning from a fully informal sender before acting on it; scaled by the difference in formality, none through an alert network or a coordination cell.")
    Double verificationHours,
    @JsonPropertyDescription("Hours a civil-military coordination cell adds to a message it passes on (logging, checking, forwarding).")
    Double cimicRelayHours,
    @JsonPropertyDescription("Hours a forum adds to a message it passes on: it is raised at the next meeting.")
    Double forumRelayHours,
    @JsonPropertyDescription("Hours a data platform adds to a message it passes on: posted, then read at the next look.")
    Double dataPlatformRelayHours,
    @JsonPropertyDescription("Positive contact evidence between sender and receiver, both ways, for each message passed on at a forum.")
    Double forumRelayEvidence,
    @JsonPropertyDescription("Share of a side's personnel hit in a clash between state forces and attackers, times the other side's share of the strength in the fight.")
    Double stateClashLossRate,
    @JsonPropertyDescription("Civilians harmed in the crossfire of a clash, as a share of the attack's casualties (at least one), times (1 - the state force's IHL compliance).")
    Double stateClashHarm,
    @JsonPropertyDescription("Share of the attacks on a zone with a guarded site (a security company's client present with its guards) that aim at the site rather than the zone's people.")
    Double siteAttackShare,
    @JsonPropertyDescription("Share of the gap between an armed group's hostility (and predation) and its standing disposition in the scenario that closes each day: mediation, partnering and backlash wear off unless renewed.")
    Double dispositionRecoveryPerDay,
    @JsonPropertyDescription("Hours an armed group takes to prepare an attack on a mission post (reconnaissance, gathering its fighters), while the communities of the zone, informants and the post itself may see it coming.")
    Integer missionAttackPreparationHours,
    @JsonPropertyDescription("Share of the harm of an attack on a mission post that standing to avoids when the mission was warned of it in time (alert state, manned positions, movements held back).")
    Double forewarnedHarmReduction,
    @JsonPropertyDescription("Days a community group, authority or agency counts as taking part in a coordination forum after the last forum it attended; a forum not convened again within them has lapsed. Members of a coordination hub of the scenario stay included.")
    Integer forumLapseDays,
    @JsonPropertyDescription("Days over which the doctrine policy judges its own commitments and the threat picture: an alert network in a zone with no threat, warning or attack for that long, or a liaison officer with an actor that sent the mission nothing for that long, is ended; warnings and attacks in that window draw its units forward.")
    Integer doctrineReviewDays) {

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
    warningTrustSlope = orDefault(warningTrustSlope, 8.0);
    warningMemoryWeight = orDefault(warningMemoryWeight, 2.0);
    reprisalFear = orDefault(reprisalFear, 0.1);
    falseAlarmRatePerDay = orDefault(falseAlarmRatePerDay, 0.01);
    consentTrustThreshold = orDefault(consentTrustThreshold, 0.4);
    partnerStrengthGain = orDefault(partnerStrengthGain, 0.25);
    partnerHostilityReduction = orDefault(partnerHostilityReduction, 0.1);
    associationEvidence = orDefault(associationEvidence, 0.2);
    patrolProbabilityPerHour = orDefault(patrolProbabilityPerHour, 0.04);
    patrolHours = patrolHours == null ? 12 : patrolHours;
    policeProtectionWeight = orDefault(policeProtectionWeight, 0.5);
    observerProtectionWeight = orDefault(observerProtectionWeight, 0.1);
    referencePopulation = referencePopulation == null ? 5000 : referencePopulation;
    principledAssociationFactor = orDefault(principledAssociationFactor, 2.0);
    responseDeterrenceGoal = orDefault(responseDeterrenceGoal, 0.9);
    recruitmentPerGrievancePerDay = orDefault(recruitmentPerGrievancePerDay, 0.003);
    missionAttackRatePerDay = orDefault(missionAttackRatePerDay, 0.1);
    missionCasualtyRate = orDefault(missionCasualtyRate, 0.03);
    guardProtectionWeight = orDefault(guardProtectionWeight, 0.3);
    guardEscalationProbability = orDefault(guardEscalationProbability, 0.3);
    guardEscalationHarm = orDefault(guardEscalationHarm, 0.5);
    stateForceProtectionWeight = orDefault(stateForceProtectionWeight, 0.6);
    stateAbuseRatePerDay = orDefault(stateAbuseRatePerDay, 0.15);
    stateAbuseCasualties = orDefault(stateAbuseCasualties, 2.0);
    alertNetworkContactsPerDay = orDefault(alertNetworkContactsPerDay, 1.0);
    verificationHours = orDefault(verificationHours, 6.0);
    cimicRelayHours = orDefault(cimicRelayHours, 1.0);
    forumRelayHours = orDefault(forumRelayHours, 12.0);
    dataPlatformRelayHours = orDefault(dataPlatformRelayHours, 2.0);
    forumRelayEvidence = orDefault(forumRelayEvidence, 0.1);
    stateClashLossRate = orDefault(stateClashLossRate, 0.1);
    stateClashHarm = orDefault(stateClashHarm, 0.5);
    siteAttackShare = orDefault(siteAttackShare, 0.25);
    dispositionRecoveryPerDay = orDefault(dispositionRecoveryPerDay, 0.05);
    missionAttackPreparationHours = missionAttackPreparationHours == null ? 24 : missionAttackPreparationHours;
    forewarnedHarmReduction = orDefault(forewarnedHarmReduction, 0.5);
    forumLapseDays = forumLapseDays == null ? 14 : forumLapseDays;
    doctrineReviewDays = doctrineReviewDays == null ? 7 : doctrineReviewDays;
  }

  /** Every parameter at its default. */
  public static Parameters defaults() {
    return new Parameters(
        null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  private static Double orDefault(Double value, double fallback) {
    return value == null ? fallback : value;
  }
}
