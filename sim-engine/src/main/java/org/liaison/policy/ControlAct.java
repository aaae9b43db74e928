package org.liaison.policy;

import java.util.List;
import java.util.Objects;
import org.liaison.scenario.Effect;

/**
 * One act of exercise control (the "white cell"): steering the clock, firing, delaying or
 * cancelling an MSEL entry, an ad-hoc inject, a live change to an actor's disposition or a model
 * parameter, an observer's note, or a decision about an empty seat.
 *
 * <p>Control acts go through the desk ({@link Decisions#control}) and into the decision log like
 * trainees' acts, so a replay of the log reproduces them. Which fields apply depends on the type;
 * the others are null.
 *
 * @param type what the act does
 * @param entry the MSEL entry's number (FIRE, DELAY, CANCEL)
 * @param hours hours to delay by (DELAY)
 * @param from the sender of an ad-hoc inject: an actor id or {@code control} (INJECT)
 * @param to the recipients of an ad-hoc inject: role or actor ids (INJECT)
 * @param message what the recipients of an ad-hoc inject read (INJECT)
 * @param effects what an ad-hoc inject changes in the world, as an MSEL entry's effects (INJECT)
 * @param actor the actor whose disposition changes (DISPOSITION)
 * @param name the disposition (DISPOSITION) or parameter (PARAMETER) to set
 * @param value the new value (DISPOSITION, PARAMETER) or simulated hours per second (SPEED, 0 for as fast as possible)
 * @param participant who a note is about (NOTE)
 * @param text the note (NOTE)
 * @param role the seat's role (SEAT)
 * @param mode what happens to the role's seat while no one sits in it (SEAT)
 */
public record ControlAct(Type type, Integer entry, Integer hours, String from, List<String> to,
    String message, List<Effect> effects, String actor, String name, Double value,
    String participant, String text, String role, SeatMode mode) {
  /** The dispositions of an actor a DISPOSITION act may set, each a share from 0 to 1. */
  public static final List<String> DISPOSITIONS = List.of("hostility", "grievance", "cooperativeness", "ihlCompliance");

  /** What a control act does. */
  public enum Type {
    /** Stops the clock for everyone. */
    PAUSE,
    /** Starts the clock again. */
    RESUME,
    /** Sets the clock's speed. */
    SPEED,
    /** Fires a pending MSEL entry now. */
    FIRE,
    /** Moves a pending MSEL entry later. */
    DELAY,
    /** Cancels a pending MSEL entry. */
    CANCEL,
    /** An inject written by control: a message, scripted effects, or both. */
    INJECT,
    /** Sets one disposition of an actor. */
    DISPOSITION,
    /** Sets one model parameter. */
    PARAMETER,
    /** An observer's note on a participant at the current time. */
    NOTE,
    /** Decides what happens to a role's decision points while its seat is empty. */
    SEAT
  }

  /** What a role's decision points do while no one sits in its seat. */
  public enum SeatMode {
    /** They wait, and the exercise pauses on them, until someone takes the seat. */
    WAIT,
    /** The doctrine decides them at once. */
    DOCTRINE
  }

  public ControlAct {
    Objects.requireNonNull(type, "type");
    to = to == null ? null : List.copyOf(to);
    effects = effects == null ? null : List.copyOf(effects);
  }

  public static ControlAct pause() {
    return new ControlAct(Type.PAUSE, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static ControlAct resume() {
    return new ControlAct(Type.RESUME, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static ControlAct speed(double hoursPerSecond) {
    return new ControlAct(Type.SPEED, null, null, null, null, null, null, null, null, hoursPerSecond, null, null, null, null);
  }

  public static ControlAct fire(int entry) {
    return new ControlAct(Type.FIRE, entry, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static ControlAct delay(int entry, int hours) {
    return new ControlAct(Type.DELAY, entry, hours, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static ControlAct cancel(int entry) {
    return new ControlAct(Type.CANCEL, entry, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static ControlAct inject(String from, List<String> to, String message, List<Effect> effects) {
    return new ControlAct(Type.INJECT, null, null, from, to, message, effects, null, null, null, null, null, null, null);
  }

  public static ControlAct disposition(String actor, String name, double value) {
    return new ControlAct(Type.DISPOSITION, null, null, null, null, null, null, actor, name, value, null, null, null, null);
  }

  public static ControlAct parameter(String name, double value) {
    return new ControlAct(Type.PARAMETER, null, null, null, null, null, null, null, name, value, null, null, null, null);
  }

  public static ControlAct note(String participant, String text) {
    return new ControlAct(Type.NOTE, null, null, null, null, null, null, null, null, null, participant, text, null, null);
  }

  public static ControlAct seat(String role, SeatMode mode) {
    return new ControlAct(Type.SEAT, null, null, null, null, null, null, null, null, null, null, null, role, mode);
  }

  /** Whether the act changes the simulated world (the others only steer the clock or record). */
  public boolean changesWorld() {
    return switch (type) {
      case FIRE, DELAY, CANCEL, INJECT, DISPOSITION, PARAMETER -> true;
      default -> false;
    };
  }
}
