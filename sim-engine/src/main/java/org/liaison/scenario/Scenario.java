package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * An exercise as a trainer authors it: the root of the immutable tree read from a scenario file.
 *
 * <p>Optional sections default to empty lists or documented defaults, so a file states only what
 * differs; {@link org.liaison.scenario.read.ScenarioReader} is the one way to obtain an instance.
 */
public record Scenario(
    @JsonProperty("$schema")
    @JsonPropertyDescription("Optional location of the JSON schema, for editors; ignored by Liaison.")
    String schema,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Version of the scenario format; this release reads 1.")
    Integer formatVersion,
    @JsonProperty(required = true) Metadata metadata,
    @JsonProperty(required = true) MapArea map,
    @JsonPropertyDescription("Seasons that change the ground with time: slower terrain, closed roads.")
    List<Season> seasons,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Every actor of the exercise; at least one must be the mission.")
    List<Actor> actors,
    @JsonPropertyDescription("Coordination hubs that channels can join: a civil-military coordination cell, a community alert network, a forum.")
    List<Hub> hubs,
    @JsonPropertyDescription("Initial trust between actors, as priors for the evidential trust model.")
    List<TrustPrior> trust,
    @JsonPropertyDescription("Communication channels between actors or hubs.")
    List<Channel> channels,
    @JsonPropertyDescription("How good each medium is in this area, where it differs from the usual profile: the quality of channels opened during the exercise and of fallbacks.")
    java.util.Map<Medium, MediumQuality> media,
    @JsonPropertyDescription("The master scenario events list: injects, contingency injects and expected actions.")
    List<Inject> msel,
    @JsonPropertyDescription("Decision points that pause the exercise and pose a dilemma to a role.")
    List<DecisionPoint> decisionPoints,
    @JsonPropertyDescription("Coordination capacity and the cost of each coordination action.")
    Coordination coordination,
    @JsonPropertyDescription("How the composite score weighs its components.")
    Scoring scoring,
    @JsonPropertyDescription("Model parameters; each has a documented default.")
    Parameters parameters,
    @JsonIgnore
    Scenario source) {

  /** A copy in medium order without empty entries, so iteration never depends on the file. */
  private static java.util.Map<Medium, MediumQuality> mediaOrEmpty(java.util.Map<Medium, MediumQuality> media) {
    java.util.EnumMap<Medium, MediumQuality> copy = new java.util.EnumMap<>(Medium.class);
    if (media != null) {
      media.forEach((medium, quality) -> {
        if (medium != null && quality != null) {
          copy.put(medium, quality);
        }
      });
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  /** The same scenario with other model parameters (a batch's sensitivity arm). */
  public Scenario withParameters(Parameters other) {
    return new Scenario(schema, formatVersion, metadata, map, seasons, actors, hubs, trust, channels, media, msel,
        decisionPoints, coordination, scoring, other, source == null ? null : source.withParameters(other));
  }

  /**
   * This scenario with every text in its own language ({@code metadata.language}). A copy read in
   * another language keeps it, so that the engine, which writes texts into events and summaries,
   * runs on it and writes the same files whatever language the reader chose.
   */
  public Scenario inOwnLanguage() {
    return source == null ? this : source;
  }

  /** This scenario's texts in a reader's language, over the same scenario in its own language. */
  public Scenario translating(Scenario own) {
    return new Scenario(schema, formatVersion, metadata, map, seasons, actors, hubs, trust, channels, media, msel,
        decisionPoints, coordination, scoring, parameters, own == this ? null : own.inOwnLanguage());
  }

  /** The format version this release reads and writes. */
  public static final int FORMAT_VERSION = 1;

  public Scenario {
    hubs = Lists.orEmpty(hubs);
    trust = Lists.orEmpty(trust);
    channels = Lists.orEmpty(channels);
    media = mediaOrEmpty(media);
    msel = Lists.orEmpty(msel);
    decisionPoints = Lists.orEmpty(decisionPoints);
    actors = Lists.orEmpty(actors);
    seasons = Lists.orEmpty(seasons);
    coordination = coordination == null ? new Coordination(null, null) : coordination;
    scoring = scoring == null ? new Scoring(null, null) : scoring;
    parameters = parameters == null ? Parameters.defaults() : parameters;
  }

  /** The actors that make up the mission, the side the trainees play. */
  public List<Actor> missionActors() {
    return actors.stream().filter(Actor::isMission).toList();
  }

  /** Number of simulated hours (ticks) the exercise lasts. */
  public int durationHours() {
    return metadata.durationDays() * 24;
  }
}
