package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** One coordination action with its arguments; which arguments it needs depends on its type. */
public record CoordinationAction(
    @JsonProperty(required = true) ActionType type,
    @JsonPropertyDescription("The actor the action is aimed at.") String target,
    @JsonPropertyDescription("An intermediary actor (MEDIATION through a community leader, for example).") String via,
    @JsonPropertyDescription("The zone the action takes place in.") String zone,
    @JsonPropertyDescription("Members of a forum.") List<String> members,
    @JsonPropertyDescription("Medium of a channel to open.") Medium medium,
    @JsonPropertyDescription("Language for interpreters.") String language,
    @JsonPropertyDescription("Task of a request accepted or declined.") Task task,
    @JsonPropertyDescription("Number of units to deploy.") Integer units,
    @JsonPropertyDescription("The type of standing arrangement an END_ARRANGEMENT ends; with its target or language.") ActionType ends) {

  public CoordinationAction {
    members = Lists.orEmpty(members);
  }

  /** An action that ends no arrangement: every type but END_ARRANGEMENT. */
  public CoordinationAction(ActionType type, String target, String via, String zone, List<String> members,
      Medium medium, String language, Task task, Integer units) {
    this(type, target, via, zone, members, medium, language, task, units, null);
  }

  /** The action that ends the standing arrangement an earlier action made. */
  public static CoordinationAction ending(CoordinationAction arrangement) {
    return new CoordinationAction(ActionType.END_ARRANGEMENT, arrangement.target(), null, null, null, null,
        arrangement.language(), null, null, arrangement.type());
  }

  /** For an END_ARRANGEMENT, the arrangement it ends as the action that made it; null otherwise. */
  public CoordinationAction ended() {
    return ends == null ? null
        : new CoordinationAction(ends, target, null, null, null, null, language, null, null);
  }

  /** An action of the given type aimed at a target, with no other argument. */
  public static CoordinationAction on(ActionType type, String target) {
    return new CoordinationAction(type, target, null, null, null, null, null, null, null);
  }
}
