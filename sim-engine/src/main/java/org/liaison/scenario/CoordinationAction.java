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
    @JsonPropertyDescription("Number of units to deploy.") Integer units) {

  public CoordinationAction {
    members = Lists.orEmpty(members);
  }

  /** An action of the given type aimed at a target, with no other argument. */
  public static CoordinationAction on(ActionType type, String target) {
    return new CoordinationAction(type, target, null, null, null, null, null, null, null);
  }
}
