package org.liaison.policy;

import org.liaison.scenario.CoordinationAction;

/** Where a decision maker asks for actions; the engine's action executor behind it checks them. */
public interface Actions {
  /** Checks the action's preconditions and budget; takes it, or refuses it changing nothing. */
  ActionResult take(CoordinationAction action);

  /** The reason the action would be refused now, or null if it would be taken. */
  String wouldRefuse(CoordinationAction action);
}
