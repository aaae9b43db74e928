package org.liaison.ui.exercise;

import java.util.List;
import org.liaison.events.EngineEvent;

/**
 * What the trainer UI draws of a running exercise at one moment: the exercise API's snapshot
 * turned into arrays indexed like the scenario's zones, actors and units, plus the recent events
 * and the actions the acting role can take. Built on the simulation thread; never changes.
 *
 * @param zoneSecurity per zone, 1 minus the hostility of the factions that can strike it; 0 where
 *     the mission knows an attack is under way
 * @param zoneTrust per zone, mean trust of its community groups in the mission (NaN if none)
 * @param trust expected trust, [from][to] over actors in scenario order (0.5 without evidence)
 * @param uncertainty uncertainty of that trust, 0 (certain) to 1 (no evidence)
 * @param unitKind per unit, the {@link org.liaison.scenario.ActorKind} ordinal of its actor
 * @param actions what the acting role can order, each with why it cannot if so
 * @param history indicator values per played hour, [hour][indicator ordinal]
 * @param pending the decision point waiting for a choice, or null
 * @param inbox injects and messages addressed to the trainees' side, oldest first
 * @param heard incidents a server's seat heard of, which it gets instead of the engine's events
 *     (empty for this program's exercise, whose events say more)
 * @param commitments the standing arrangements that take the mission's staff-hours every day,
 *     whichever role made them (empty for a seat whose side has no budget)
 */
public record Snapshot(long tick, int totalTicks, boolean finished,
    double[] zoneSecurity, double[] zoneNeed, double[] zoneTrust, boolean[] zoneAttacked,
    double[] actorHostility, boolean[][] actorFlags,
    double[][] trust, double[][] uncertainty,
    float[] unitX, float[] unitY, byte[] unitKind,
    List<Flight> messages, List<ChannelLine> channels, List<EngineEvent> events,
    double[] indicators, float[][] history,
    double budgetLeft, double standingPerDay, double budgetPerDay,
    String actingRole, List<ActionCatalogue.Entry> actions, ExerciseSession.PendingDecision pending,
    List<org.liaison.exercise.ExerciseSnapshot.InboxItem> inbox,
    List<org.liaison.exercise.ExerciseSnapshot.Incident> heard,
    List<org.liaison.exercise.ExerciseSnapshot.Commitment> commitments) {

  /** Index of each flag in {@link #actorFlags()}. */
  public static final String[] FLAGS = {"liaison officer", "alert network", "deconfliction",
      "escorted", "partnered", "in forum"};

  /** A message on its way: endpoints by id and how far it has travelled, 0 to 1. */
  public record Flight(long id, String kind, String from, String to, double progress) {}

  /** A channel between two endpoints (actors or hubs), with how it works now. */
  public record ChannelLine(String from, String to, org.liaison.scenario.Medium medium,
      org.liaison.comms.ChannelCondition condition) {}

  /** Day of the exercise, from 1. */
  public long day() {
    return tick / 24 + 1;
  }
}
