package org.liaison.policy;

import java.util.List;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionPoint;

/**
 * The trainees' desk between two ticks: the decision points waiting for a choice, and the way to
 * choose an option or take a free action in the name of a role.
 *
 * <p>The engine offers it to {@link DecisionMaker#betweenTicks} before every tick; the exercise
 * API offers the same operations to people. Everything goes through the engine's action executor
 * and is written to the decision log.
 */
public interface Decisions {
  /** Decision points reached and not yet decided, in the order they were reached. */
  List<DecisionPoint> pending();

  /**
   * Chooses an option at a pending decision point in the name of a role; refused (changing
   * nothing) if the point is not pending, belongs to another role or has no such option.
   *
   * @param decidedBy who decided, as the event log records it (a person's role, a policy's name)
   */
  ActionResult choose(String role, String decisionPointId, String optionId, String decidedBy);

  /** Takes a free action in the name of a role; refused with a reason, changing nothing, if it cannot be taken. */
  ActionResult take(String role, CoordinationAction action);

  /**
   * Applies an act of exercise control; refused with a reason, changing nothing, if it cannot be
   * applied now (an entry already fired, an unknown actor, a value out of range).
   *
   * @param by who in the control cell acted, as the event and decision logs record it
   */
  ActionResult control(String by, ControlAct act);
}
