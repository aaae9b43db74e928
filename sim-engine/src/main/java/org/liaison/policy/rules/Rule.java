package org.liaison.policy.rules;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/**
 * One rule: when its condition holds, take actions, choose options at decision points, or prefer
 * options by the types of action they take.
 */
public record Rule(
    @JsonPropertyDescription("Condition in the scenario grammar over indicator keys, day and hour, e.g. 'trustInMissionCommunity < 0.5 and day >= 2'; always holds if left out.") String when,
    @JsonPropertyDescription("Take the actions only the first day the condition holds (default false: every day it holds).") Boolean once,
    @JsonPropertyDescription("Actions asked for at the start of each day the condition holds, written as in scenario options.") List<CoordinationAction> take,
    @JsonPropertyDescription("Option to choose at each named decision point: decisionPointId: optionId.") Map<String, String> choose,
    @JsonPropertyDescription("Action types in order of preference; at a decision point, the option with the best-ranked action wins.") List<ActionType> prefer) {

  public Rule {
    once = once != null && once;
    take = take == null ? List.of() : List.copyOf(take);
    choose = choose == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choose));
    prefer = prefer == null ? List.of() : List.copyOf(prefer);
  }
}
