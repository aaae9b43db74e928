package org.liaison.policy.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A researcher's decision strategy written as rules, so strategies can be compared without code.
 *
 * <p>Each day at hour 0 the rules are read in order and the actions of every rule whose
 * condition holds are asked for (those whose preconditions or budget fail are skipped quietly).
 * At a decision point the first rule whose condition holds and which names the point in
 * {@code choose} decides; failing that, the first holding rule with a {@code prefer} list picks the
 * option whose actions rank best in it; failing that, the fallback decides.
 */
public record RuleFile(
    @JsonPropertyDescription("A short name shown in outputs (every output names the policy rules-NAME); defaults to the file name.") String name,
    @JsonPropertyDescription("What the strategy is, in words.") String description,
    @JsonPropertyDescription("Who chooses at a decision point no rule decides: DEFAULT (the scenario's default option; the default), NONE (the option with no actions) or DOCTRINE.") Fallback fallback,
    @JsonProperty(required = true) @JsonPropertyDescription("The rules, read in order.") List<Rule> rules) {

  public RuleFile {
    fallback = fallback == null ? Fallback.DEFAULT : fallback;
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** Who chooses where no rule does. */
  public enum Fallback { DEFAULT, NONE, DOCTRINE }
}
