package org.liaison.policy;

import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;

/**
 * Who decides for the mission: a trainee through the user interface, a replayed log, or a policy.
 *
 * <p>The engine asks it to choose at each decision point and lets it take free actions once a day
 * (at hour 0). Everything it does goes through {@link Actions}, so every action is checked,
 * charged and recorded the same way whoever decides.
 */
public interface DecisionMaker {
  /** Short name used in outputs, such as {@code none} or {@code doctrine}. */
  String name();

  /**
   * The option chosen at a decision point, or null to leave the point pending: the choice is then
   * made between ticks through {@link Decisions#choose} (a trainee at the exercise, a replayed
   * log), and the exercise pauses until it is made.
   */
  DecisionOption choose(DecisionPoint point, WorldView view);

  /** Who the event log names as having decided a point this decision maker chose at once; its name by default. */
  default String decidedBy(DecisionPoint point) {
    return name();
  }

  /** Free actions at the start of each day. */
  void daily(WorldView view, Actions actions);

  /**
   * Called before every tick with the desk on which pending
   * decision points are chosen and free actions taken in the name of a role. Policies do nothing
   * here; a replayed log applies what trainees did between those ticks.
   *
   * @param completed ticks completed so far (0 before the first)
   */
  default void betweenTicks(WorldView view, Decisions decisions, long completed) {}

  /**
   * Called once when a run has stepped its last tick; a decision maker that finds the run
   * incomplete by its own measure (a replay with entries left over) throws here.
   */
  default void finished() {}
}
