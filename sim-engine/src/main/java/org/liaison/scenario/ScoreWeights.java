package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Relative weights of the components of the composite score, each 0 or more. Outcomes weigh
 * most; trust and communication are process measures and weigh less. Components that are not
 * observed in a run are left out and the remaining weights renormalised.
 *
 * <p>Conduct is not weighted by default: neither baseline can breach (no coordination takes no
 * action, the doctrine keeps to the mandate and screens partners), so it would add the same
 * points to both and score what the mission did rather than what happened. Breaches are rated by
 * the mandate objective of a scenario, and their consequences reach the score through the model
 * (communities lose trust in a mission whose partners abuse them, and warn it less).
 */
public record ScoreWeights(
    @JsonPropertyDescription("Civilians harmed, against the casualty scale; defaults to 0.3.") Double civilianHarm,
    @JsonPropertyDescription("People displaced, against the displacement scale; defaults to 0.2.") Double displacement,
    @JsonPropertyDescription("Share of planned aid deliveries made; defaults to 0.15.") Double humanitarianAccess,
    @JsonPropertyDescription("Share of ended attacks that were deterred; defaults to 0.1.") Double attacksPrevented,
    @JsonPropertyDescription("Incidents endangering the mission's own people and its partners' staff, against their scale; defaults to 0.1.") Double missionSafety,
    @JsonPropertyDescription("Partners' abuses and actions outside a mandate, against their scale; defaults to 0 (reported, rated by the mandate objective, not weighted).") Double conduct,
    @JsonPropertyDescription("Trust of the other actors in the mission (a process measure); defaults to 0.1.") Double trust,
    @JsonPropertyDescription("Messages delivered and understood, warnings in time (a process measure); defaults to 0.05.") Double communication) {

  public ScoreWeights {
    civilianHarm = civilianHarm == null ? 0.3 : civilianHarm;
    displacement = displacement == null ? 0.2 : displacement;
    humanitarianAccess = humanitarianAccess == null ? 0.15 : humanitarianAccess;
    attacksPrevented = attacksPrevented == null ? 0.1 : attacksPrevented;
    missionSafety = missionSafety == null ? 0.1 : missionSafety;
    conduct = conduct == null ? 0 : conduct;
    trust = trust == null ? 0.1 : trust;
    communication = communication == null ? 0.05 : communication;
  }

  /** The weights by the keys written in scenario files, in declaration order. */
  public java.util.Map<String, Double> byKey() {
    java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
    m.put("civilianHarm", civilianHarm);
    m.put("displacement", displacement);
    m.put("humanitarianAccess", humanitarianAccess);
    m.put("attacksPrevented", attacksPrevented);
    m.put("missionSafety", missionSafety);
    m.put("conduct", conduct);
    m.put("trust", trust);
    m.put("communication", communication);
    return m;
  }

  /** Every weight at its default. */
  public static ScoreWeights defaults() {
    return new ScoreWeights(null, null, null, null, null, null, null, null);
  }
}
