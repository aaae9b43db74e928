package org.liaison.exercise;

import java.util.List;
import java.util.Set;
import org.liaison.policy.Refusal;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/**
 * One type of coordination action as a role can see it now: its cost, whether it can be taken,
 * and why not.
 *
 * @param type the action type
 * @param cost staff-hours it costs today
 * @param standing whether it keeps costing its price every day after
 * @param required the arguments it needs
 * @param refusal why no action of this type can be taken now (for example "needs 8.0 staff-hours,
 *     3.0 left today", or "no channel to village-elders"), or null if at least one can
 * @param candidates concrete actions of this type whose preconditions and budget hold now (for a
 *     forum: one suggestion with every actor that may attend); empty when reason is set
 */
public record AvailableAction(ActionType type, double cost, boolean standing,
    Set<ActionType.Argument> required, Refusal refusal, List<CoordinationAction> candidates) {
  public AvailableAction {
    required = Set.copyOf(required);
    candidates = List.copyOf(candidates);
  }

  /** Whether at least one action of this type can be taken now. */
  public boolean allowed() {
    return refusal == null;
  }

  /** Why not, in English, or null if it can. */
  public String reason() {
    return refusal == null ? null : refusal.text();
  }
}
