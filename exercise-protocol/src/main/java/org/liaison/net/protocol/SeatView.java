package org.liaison.net.protocol;

import java.util.List;
import java.util.Map;
import org.liaison.exercise.AvailableAction;
import org.liaison.exercise.ChannelView;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.policy.ControlAct;
import org.liaison.policy.Refusal;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.CoordinationAction;

/**
 * What one seat may see of the exercise at one moment: the server builds it from the engine's
 * snapshot and leaves out what the seat's role does not know. A field the seat may not see is
 * null (a role seat gets no indicators, no seats, no MSEL and no notes); lists hold only what it
 * may see.
 *
 * @param clock the exercise clock
 * @param status whether the clock runs, and if not why
 * @param speed simulated hours per real second, 0 for as fast as possible
 * @param logSize entries in the exercise's decision log so far (an act's reply names its entry)
 * @param zones every zone, with what the seat's side knows of it
 * @param actors every actor, with what the seat's side knows of it
 * @param units the units of the seat's side (every unit for control and observers)
 * @param attacks attacks in preparation the seat's side observed or was warned of
 * @param incidents recent incidents the seat's side would learn of
 * @param messages messages in flight from or to the seat's side
 * @param trust trust edges from or to the seat's side
 * @param channels the channels the seat's side knows of, with how each works now (working, new,
 *     degraded, closed, down): those with an end at one of its actors (its own lines, its arrangements'
 *     included) or at a hub one of its actors sits in (told of there); every channel for control and
 *     observers
 * @param indicators every indicator (control and observers only)
 * @param capacity the staff-hours of the seat's side, or null if its actor has no budget
 * @param inbox injects and messages addressed to the seat's role or actor
 * @param pending decision points waiting for the seat's role (every one for control and observers)
 * @param waiting decision points waiting for another role: the seat sees that they are pending
 * @param log what the seat's role did (everything for control and observers), at most the latest
 *     {@link #LOG_LINES} entries
 * @param available what the seat's role can do now (role seats only)
 * @param seats every seat and who sits in it (control and observers only)
 * @param msel the master scenario events list and each entry's state (control only)
 */
public record SeatView(ExerciseSnapshot.Clock clock, Status status, double speed, int logSize,
    List<Zone> zones, List<Actor> actors, List<ExerciseSnapshot.UnitView> units,
    List<ExerciseSnapshot.AttackView> attacks, List<ExerciseSnapshot.Incident> incidents,
    List<ExerciseSnapshot.MessageView> messages, List<ExerciseSnapshot.TrustEdge> trust,
    List<ChannelView> channels, Map<String, Double> indicators, ExerciseSnapshot.Capacity capacity,
    List<ExerciseSnapshot.InboxItem> inbox, List<ExerciseSnapshot.PendingDecision> pending,
    List<Waiting> waiting, List<LogLine> log, List<AvailableAction> available,
    List<Seat> seats, List<MselEntry> msel) {
  /** Most log lines a view holds: the latest. */
  public static final int LOG_LINES = 200;

  /** Whether the clock runs. */
  public enum Status {
    RUNNING,
    /** Control paused the exercise. */
    PAUSED,
    /** A decision point waits for its role. */
    DECISION,
    FINISHED
  }

  /**
   * A zone; the fields the seat's side does not know are null.
   *
   * @param protection personnel of the mission's protecting units there (mission side)
   * @param threat the highest hostility of the factions that can strike it (control and observers)
   * @param knownThreats attacks on it the mission knows of (mission side)
   * @param trustInMission mean trust of its communities in the mission (mission side)
   */
  public record Zone(String id, String name, int population, int displaced, double need,
      Integer protection, Integer missionUnits, Double threat, Integer knownThreats, Double trustInMission) {}

  /**
   * An actor; the fields the seat's side does not know are null.
   *
   * @param trustInMission its trust in the mission (mission side)
   * @param hostility its hostility (control and observers)
   * @param arrangements the mission's arrangements with it: liaison officer, alert network,
   *     deconfliction, escorted, partnered, in forum (mission side)
   * @param dispositions what a control act may set of it, by the act's names ({@link
   *     ControlAct#DISPOSITIONS}), each the value in force: for hostility the standing one, towards
   *     which its hostility moves (control only)
   */
  public record Actor(String id, String name, ActorKind kind, String homeZone, boolean mission,
      Double trustInMission, Double hostility, List<String> arrangements, Map<String, Double> dispositions) {}

  /** A decision point that waits for another role. */
  public record Waiting(String id, String title, String role, long reachedAt) {}

  /**
   * One entry of the decision log as a seat reads it.
   *
   * @param kind action, choice or control
   * @param what the action type, the point and option chosen, or the control act
   * @param by who decided or acted
   * @param action the action asked for (an action only)
   * @param point the decision point (a choice, or an option's action)
   * @param option the option chosen (a choice only)
   * @param reason why it was refused, in English as the decision log keeps it
   * @param refusal the same as a code and its arguments, for a client to say in its own language
   */
  public record LogLine(int seq, long tick, String role, String kind, String what, String by, boolean taken,
      String reason, Refusal refusal, ControlAct control, CoordinationAction action, String point, String option) {}

  /**
   * A seat of the exercise.
   *
   * @param title what a person reads: the role's title, or the control cell or observers
   * @param participant who sits in it, or null if no one has joined
   * @param connected whether that participant is connected now
   * @param mode what its decision points do while it is empty
   */
  public record Seat(String seat, SeatKind kind, String role, String title, String participant, boolean connected,
      ControlAct.SeatMode mode) {}

  /**
   * An MSEL entry as control sees it.
   *
   * @param dueAt the tick it fires at (after delays), or null for a contingency without a time
   * @param state pending, fired or cancelled
   */
  public record MselEntry(int number, String type, Long dueAt, String condition, String from, List<String> to,
      String message, String notes, String state) {}
}
