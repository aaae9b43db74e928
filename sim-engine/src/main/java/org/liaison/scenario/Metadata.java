package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** What a trainee reads before the exercise starts, and how long it lasts. */
public record Metadata(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Stable identifier: lower case letters, digits and hyphens.")
    String id,
    @JsonProperty(required = true) @Translatable String title,
    @JsonProperty(required = true) @JsonPropertyDescription("One or two sentences for the scenario library.") @Translatable String summary,
    @JsonProperty(required = true) @JsonPropertyDescription("The situation briefing; paragraphs separated by blank lines.") @Translatable String briefing,
    @JsonProperty(required = true) String author,
    @JsonProperty(required = true) @JsonPropertyDescription("The scenario's own version, such as 1.2.") String version,
    @JsonPropertyDescription("Language of the scenario's texts, as a BCP 47 tag such as en, fr or fr-CF: a text written"
        + " plainly is in this language, and a text given in several languages must include it; readers in a"
        + " language the file lacks read it. Defaults to en.")
    String language,
    @JsonProperty(required = true) @JsonPropertyDescription("Length of the exercise in days (1 to 365); one tick is one hour.") Integer durationDays,
    @JsonPropertyDescription("Calendar date of day 1 (ISO 8601, e.g. 2026-03-01), shown in the exercise clock.") String startDate,
    @JsonProperty(required = true) @JsonPropertyDescription("The trainee roles; decision points belong to one of them.") List<Role> roles,
    @JsonProperty(required = true) @JsonPropertyDescription("Learning objectives, each rated P/S/M/U in the after-action review.") List<Objective> objectives) {

  /** The longest exercise the format allows, in days; runs and replays are bounded by it too. */
  public static final int MAX_DURATION_DAYS = 365;

  /** The language of a scenario that does not name one. */
  public static final String DEFAULT_LANGUAGE = "en";

  public Metadata {
    language = language == null ? DEFAULT_LANGUAGE : language;
    roles = Lists.orEmpty(roles);
    objectives = Lists.orEmpty(objectives);
  }
}
