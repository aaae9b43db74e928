package org.liaison.ui.exercise;

import java.util.function.Consumer;
import org.liaison.policy.ActionResult;
import org.liaison.scenario.CoordinationAction;

/**
 * What a seat at an exercise can ask of it, whether the exercise runs in this program (hot seat,
 * {@link ExerciseSession}) or on an exercise server ({@link RemoteSession}): the same commands,
 * two transports.
 */
public interface SeatSession {
  /** Runs the clock on (on a server, only the control cell's seat may). */
  void play();

  /** Stops the clock (on a server, only the control cell's seat may). */
  void pause();

  /** Simulated hours per real second; 0 or less means as fast as possible. */
  void setSpeed(double hoursPerSecond);

  /** Chooses an option at a decision point waiting for the seat's role. */
  void choose(String pointId, String optionId);

  /** Takes a free action in the name of a role; the result arrives later, on another thread. */
  void take(String role, CoordinationAction action, Consumer<ActionResult> result);
}
