package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** One answer to a dilemma: a set of coordination actions taken together. */
public record DecisionOption(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @JsonPropertyDescription("Short label shown on the option's button.") @Translatable String label,
    @JsonPropertyDescription("What the option means, shown under the label.") @Translatable String description,
    @JsonPropertyDescription("The actions taken if this option is chosen; empty means doing nothing.") List<CoordinationAction> actions) {

  public DecisionOption {
    actions = Lists.orEmpty(actions);
  }
}
