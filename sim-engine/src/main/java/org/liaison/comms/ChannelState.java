package org.liaison.comms;

import org.liaison.scenario.Medium;

/** A channel during a run: its endpoints (actor or hub indices) and current load and outages. */
public final class ChannelState {
  public final int index;
  public final String id;
  public final int from;
  public final int to;
  public final Medium medium;
  public final double latencyHours;
  public final double reliability;
  public final int capacityPerHour;
  public final double interception;
  public final boolean bidirectional;
  /**
   * Whether a message on this channel travels by road (a courier, someone going to meet), so that
   * closed and muddy roads slow it; a liaison officer who lives with the actor does not travel.
   */
  public boolean travels;
  /** The hour the channel was opened during the run, or -1 for a channel of the scenario. */
  public long openedAt = -1;
  long downUntil = -1;
  long closedAt = -1;
  long loadTick = -1;
  int load;

  public ChannelState(int index, String id, int from, int to, Medium medium, double latencyHours,
      double reliability, int capacityPerHour, double interception, boolean bidirectional) {
    this.index = index;
    this.id = id;
    this.from = from;
    this.to = to;
    this.medium = medium;
    this.latencyHours = latencyHours;
    this.reliability = reliability;
    this.capacityPerHour = Math.max(1, capacityPerHour);
    this.interception = interception;
    this.bidirectional = bidirectional;
    this.travels = medium == Medium.COURIER || medium == Medium.FACE_TO_FACE;
  }

  /** Whether a message can leave endpoint a on this channel towards endpoint b. */
  public boolean joins(int a, int b) {
    return (from == a && to == b) || (bidirectional && from == b && to == a);
  }

  /** The other endpoint seen from a, or -1 if the channel cannot carry a message from a. */
  public int otherEnd(int a) {
    if (from == a) {
      return to;
    }
    return bidirectional && to == a ? from : -1;
  }

  public boolean downAt(long tick) {
    return tick < downUntil;
  }

  /**
   * Whether the arrangement that opened the channel has ended: no message leaves on it any more.
   * A closed channel stays in the list so that events and pictures keep naming it.
   */
  public boolean closed() {
    return closedAt >= 0;
  }

  /** The tick it was closed at, or -1 while it is open. */
  public long closedAt() {
    return closedAt;
  }
}
