package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A coordination hub that relays messages among its members. */
public record Hub(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @Translatable String name,
    @JsonProperty(required = true) HubKind kind,
    @JsonPropertyDescription("Actors that take part from the start.") List<String> members) {

  public Hub {
    members = Lists.orEmpty(members);
  }
}
