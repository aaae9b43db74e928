package org.liaison.indicators;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The indicators of the model, by the names used in scenario files, conditions and outputs.
 *
 * <p>Every indicator is computed each tick from engine events. Trust indicators are expected
 * trust (0 to 1); counts are cumulative since the start of the run. A ratio whose denominator
 * is empty, or a mean with nothing to average, is NaN: not observed, never 0 or 1.
 */
public enum Indicator {
  TRUST_IN_MISSION("trustInMission", Category.TRUST, "Mean expected trust of all other actors in the mission"),
  TRUST_IN_MISSION_COMMUNITY("trustInMissionCommunity", Category.TRUST, "Mean trust of community groups in the mission"),
  TRUST_IN_MISSION_NGO("trustInMissionNgo", Category.TRUST, "Mean trust of NGOs in the mission"),
  TRUST_IN_MISSION_IO("trustInMissionIo", Category.TRUST, "Mean trust of international organisations in the mission"),
  TRUST_IN_MISSION_AUTHORITY("trustInMissionAuthority", Category.TRUST, "Mean trust of local authorities in the mission"),
  TRUST_IN_MISSION_FACTION("trustInMissionFaction", Category.TRUST, "Mean trust of armed factions in the mission"),
  TRUST_IN_MISSION_SECURITY_COMPANY("trustInMissionSecurityCompany", Category.TRUST, "Mean trust of private security companies in the mission"),
  MISSION_TRUST_IN_OTHERS("missionTrustInOthers", Category.TRUST, "Mean expected trust of the mission in all other actors"),
  TRUST_DENSITY("trustDensity", Category.TRUST, "Share of ordered actor pairs whose expected trust is above 0.5"),
  TRUST_UNCERTAINTY("trustUncertainty", Category.TRUST, "Mean uncertainty of the trust the mission gives and receives"),

  MESSAGES_SENT("messagesSent", Category.COMMUNICATION, "Messages sent"),
  MESSAGES_DELIVERED("messagesDelivered", Category.COMMUNICATION, "Messages delivered"),
  MESSAGES_LOST("messagesLost", Category.COMMUNICATION, "Messages lost on their channel"),
  MESSAGES_INTERCEPTED("messagesIntercepted", Category.COMMUNICATION, "Messages intercepted by a faction"),
  MESSAGES_MISUNDERSTOOD("messagesMisunderstood", Category.COMMUNICATION, "Messages delivered but misunderstood across a language barrier"),
  MEAN_LATENCY_HOURS("meanLatencyHours", Category.COMMUNICATION, "Mean hours from sending to delivery"),
  WARNING_COVERAGE("warningCoverage", Category.COMMUNICATION, "Share of ended attacks whose warning reached a responder before execution time; not observed while no attack has ended"),
  MEAN_WARNING_LEAD_HOURS("meanWarningLeadHours", Category.COMMUNICATION, "Mean hours between a warning reaching a responder and the planned attack time"),

  CIVILIAN_CASUALTIES("civilianCasualties", Category.OUTCOMES, "Civilians killed or injured"),
  ATTACKS_PREPARED("attacksPrepared", Category.OUTCOMES, "Attacks whose preparation began"),
  ATTACKS_DETERRED("attacksDeterred", Category.OUTCOMES, "Attacks called off because protection was present"),
  ATTACKS_EXECUTED("attacksExecuted", Category.OUTCOMES, "Attacks carried out"),
  MEAN_RESPONSE_HOURS("meanResponseHours", Category.OUTCOMES, "Mean hours from a warning to a protecting unit's arrival in the zone"),
  HUMANITARIAN_ACCESS("humanitarianAccess", Category.OUTCOMES, "Aid deliveries made divided by deliveries planned; not observed while none is planned"),
  PEOPLE_DISPLACED("peopleDisplaced", Category.OUTCOMES, "People displaced"),
  MISSION_INCIDENTS("missionIncidents", Category.OUTCOMES, "Attacks on the mission, attacks carried out while mission personnel were in the zone, and incidents between aid convoys and mission units"),
  MISSION_CASUALTIES("missionCasualties", Category.OUTCOMES, "Mission personnel killed or injured in attacks on the mission"),
  MANDATE_DEVIATIONS("mandateDeviations", Category.OUTCOMES, "Actions taken outside an actor's mandate"),
  COMPLIANCE_VIOLATIONS("complianceViolations", Category.OUTCOMES, "Abuses committed by partners of the mission"),
  INCLUSIVITY("inclusivity", Category.OUTCOMES, "Population share of zones whose community groups take part in coordination"),
  MARGINALISED_INCLUSION("marginalisedInclusion", Category.OUTCOMES, "Population share of marginalised zones whose community groups take part in coordination"),
  SCORE("score", Category.SCORE, "Composite score, 0 to 100: weighted mean of the observed components"),
  SCORE_CIVILIAN_HARM("scoreCivilianHarm", Category.SCORE, "Score component: casualty scale / (scale + civilian casualties)"),
  SCORE_DISPLACEMENT("scoreDisplacement", Category.SCORE, "Score component: displacement scale / (scale + people displaced)"),
  SCORE_HUMANITARIAN_ACCESS("scoreHumanitarianAccess", Category.SCORE, "Score component: humanitarian access; not observed while no delivery is planned"),
  SCORE_ATTACKS_PREVENTED("scoreAttacksPrevented", Category.SCORE, "Score component: share of ended attacks deterred; not observed while no attack has ended"),
  SCORE_MISSION_SAFETY("scoreMissionSafety", Category.SCORE, "Score component: incident scale / (scale + mission incidents + mission casualties); not observed while nothing has put the mission's people at risk"),
  SCORE_CONDUCT("scoreConduct", Category.SCORE, "Score component: breach scale / (scale + compliance violations + mandate deviations)"),
  SCORE_TRUST("scoreTrust", Category.SCORE, "Score component (process): trust in the mission"),
  SCORE_COMMUNICATION("scoreCommunication", Category.SCORE, "Score component (process): mean of delivery, understanding and warning coverage observed");

  /** The kinds of indicator, and the composite score with its components. */
  public enum Category { TRUST, COMMUNICATION, OUTCOMES, SCORE }

  private final String key;
  private final Category category;
  private final String description;

  Indicator(String key, Category category, String description) {
    this.key = key;
    this.category = category;
    this.description = description;
  }

  /** The name used in scenario files, conditions, CSV headers and JSON. */
  public String key() {
    return key;
  }

  public Category category() {
    return category;
  }

  public String description() {
    return description;
  }

  public static Optional<Indicator> byKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }

  /** Conditions look indicators up by key every hour of every run, so the lookup is a map, built once. */
  private static final Map<String, Indicator> BY_KEY =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Indicator::key, i -> i));
}
