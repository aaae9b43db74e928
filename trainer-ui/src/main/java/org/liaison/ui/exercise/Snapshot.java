package org.liaison.ui.exercise;

import java.util.List;
import java.util.Map;
import org.liaison.events.EngineEvent;
import org.liaison.policy.PendingRequest;

/**
 * An immutable picture of a running exercise at the end of one hour, built on the simulation
 * thread and rendered by the UI at its own pace. Arrays are fresh copies and never change.
 *
 * @param zoneSecurity per zone, 0 (attack under way or hostile factions, unprotected) to 1
 * @param zoneTrust per zone, mean trust of its community groups in the mission (NaN if none)
 * @param trust expected trust, [from][to] over actors in scenario order
 * @param uncertainty uncertainty of that trust, 0 (certain) to 1
 * @param unitKind per unit, the {@link org.liaison.scenario.ActorKind} ordinal of its actor
 * @param refusals for each catalogued action key, why it cannot be ordered now ("" if it can)
 * @param history indicator values per played hour, [hour][indicator ordinal]
 */
public record Snapshot(long tick, int totalTicks, boolean finished,
    double[] zoneSecurity, double[] zoneNeed, double[] zoneTrust, boolean[] zoneAttacked,
    double[] actorHostility, boolean[][] actorFlags,
    double[][] trust, double[][] uncertainty,
    float[] unitX, float[] unitY, byte[] unitKind, boolean[] unitMoving,
    List<Flight> messages, List<ChannelLine> channels, List<EngineEvent> events,
    double[] indicators, float[][] history,
    double budgetLeft, double standingPerDay, double budgetTomorrow,
    Map<String, String> refusals, List<PendingRequest> requests) {

  /** Index of each flag in {@link #actorFlags()}. */
  public static final String[] FLAGS = {"liaison officer", "alert network", "deconfliction",
      "escorted", "partnered", "in forum"};

  /** A message on its way: endpoints by id and how far it has travelled, 0 to 1. */
  public record Flight(long id, String kind, String from, String to, double progress) {}

  /** A channel between two endpoints (actors or hubs) and whether it is down. */
  public record ChannelLine(String id, String from, String to, String medium, boolean down) {}

  /** Day of the exercise, from 1. */
  public long day() {
    return tick / 24 + 1;
  }

  public long hour() {
    return tick % 24;
  }
}
