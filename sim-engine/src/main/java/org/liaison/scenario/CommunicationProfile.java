package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The languages an actor speaks and the media it can use. */
public record CommunicationProfile(
    @JsonProperty(required = true) @JsonPropertyDescription("Languages as short codes, such as so, en, fr, sg, uk, ru.") List<String> languages,
    @JsonProperty(required = true) List<Medium> media) {

  public CommunicationProfile {
    languages = Lists.orEmpty(languages);
    media = Lists.orEmpty(media);
  }
}
