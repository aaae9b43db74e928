package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The response an inject expects, which the after-action review checks: an action of a type,
 * optionally aimed at a given actor and taken by a given role, within a window around the inject.
 */
public record ExpectedResponse(
    @JsonProperty(required = true) @JsonPropertyDescription("The expected response in words.") @Translatable String text,
    @JsonPropertyDescription("The coordination action that counts as the response.") ActionType action,
    @JsonPropertyDescription("Actor id the action must be aimed at; any target when absent.") String target,
    @JsonPropertyDescription("Role id that must take the action; any role when absent. Actions a policy takes on its own initiative count for every role.") String role,
    @JsonPropertyDescription("Start of the window in hours after the inject; negative when acting before the inject, in anticipation, counts; defaults to 0.") Integer fromHours,
    @JsonPropertyDescription("Hours after the inject within which the response counts as on time; defaults to 24.") Integer withinHours,
    @JsonPropertyDescription("Why the response is meant to be given under every policy, or under none; 'liaison check' shows this instead of flagging it.") String checkNote) {

  public ExpectedResponse {
    fromHours = fromHours == null ? 0 : fromHours;
    withinHours = withinHours == null ? 24 : withinHours;
  }
}
