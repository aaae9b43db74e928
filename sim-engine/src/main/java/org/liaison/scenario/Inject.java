package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** One entry of the master scenario events list. */
public record Inject(
    @JsonProperty(required = true) @JsonPropertyDescription("Event number, unique in the list.") Integer number,
    @JsonProperty(required = true) InjectType type,
    @JsonPropertyDescription("When it fires; required unless a condition is given.") ScenarioTime at,
    @JsonPropertyDescription("Trigger condition over indicators, e.g. 'attacksExecuted >= 2 and day >= 3'; a contingency inject fires the first time it holds.") String condition,
    @JsonProperty(required = true) @JsonPropertyDescription("Sender: an actor id, or 'control' for exercise control.") String from,
    @JsonProperty(required = true) @JsonPropertyDescription("Recipients: role ids or actor ids.") List<String> to,
    @JsonProperty(required = true) @JsonPropertyDescription("The message as the recipients read it.") @Translatable String message,
    @JsonPropertyDescription("What the participants are expected to do in response.") ExpectedResponse expectedResponse,
    @JsonPropertyDescription("The learning objective this entry exercises.") String objective,
    @JsonPropertyDescription("Notes for exercise control, not shown to trainees.") @Translatable String notes,
    @JsonPropertyDescription("What the entry changes in the simulated world when it fires.") List<Effect> effects) {

  public Inject {
    to = Lists.orEmpty(to);
    effects = Lists.orEmpty(effects);
  }
}
