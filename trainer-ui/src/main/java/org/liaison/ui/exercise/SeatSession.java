package org.liaison.ui.exercise;

import java.util.Map;
import java.util.function.Consumer;
import org.liaison.engine.RunResult;
import org.liaison.policy.ActionResult;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Scenario;

/**
 * What the exercise screen plays on, whether the exercise runs in this program (hot seat,
 * {@link ExerciseSession}) or on an exercise server ({@link RemoteSession}): the same pictures and
 * commands, two transports. A server's seat sees only what its role may see, and the clock
 * belongs to the control cell.
 */
public interface SeatSession {
  /** Told about progress, on the thread that made the picture (never the JavaFX thread). */
  interface Listener {
    default void snapshot(Snapshot snapshot) {}

    /** The exercise reached its end; the result is null for a server's seat, which holds no engine. */
    default void finished(RunResult result) {}
  }

  void addListener(Listener listener);

  /** The scenario as this seat knows it (for a server's seat, what its role may know). */
  Scenario scenario();

  /** The latest picture, or null before the first. */
  Snapshot latest();

  /** Whether this seat runs the exercise itself and so steers its clock, saves it and reviews it. */
  boolean runsExercise();

  boolean isPlaying();

  /** Runs the clock on (on a server, only the control cell's seat may). */
  void play();

  /** Stops the clock (on a server, only the control cell's seat may). */
  void pause();

  /** Advances the given number of hours, then pauses (this program's exercise only). */
  void step(int hours);

  /** Simulated hours per real second; 0 or less means as fast as possible. */
  void setSpeed(double hoursPerSecond);

  /** The role whose available actions the pictures list (a server's seat has its own role only). */
  void setActingRole(String role);

  /** Chooses an option at a decision point waiting for the seat's role. */
  void choose(String pointId, String optionId);

  /** Takes a free action in the name of a role; the result arrives later, on another thread. */
  void take(String role, CoordinationAction action, Consumer<ActionResult> result);

  /**
   * Ends a standing arrangement the role made, named by the action that made it; the result
   * arrives later, on another thread.
   */
  default void end(String role, CoordinationAction arrangement, Consumer<ActionResult> result) {
    take(role, CoordinationAction.ending(arrangement), result);
  }

  /** The decision log as far as this seat may read it. */
  DecisionLog log();

  /** The result once this program's exercise has ended, else null (always null on a server's seat). */
  RunResult result();

  /**
   * Decision points of other roles the exercise waits for, each as its title and the role's title
   * (a server's seat sees that they are pending, not what they offer); empty in this program,
   * where every decision comes to the one screen.
   */
  default java.util.List<String> othersPending() {
    return java.util.List.of();
  }

  /** Who sits in each role this seat knows of, by role id. */
  Map<String, String> participants();
}
