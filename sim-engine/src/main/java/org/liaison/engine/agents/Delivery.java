package org.liaison.engine.agents;

/** A humanitarian delivery on its way to a zone. */
public final class Delivery {
  public final long id;
  public final int actor;
  public final int zone;
  public long arrivesAt;
  public final boolean escorted;
  /** The unit of the mission escorting the convoy, or null. */
  public UnitAgent escort;
  /** Whether a movement notification reached the mission before arrival. */
  public boolean notified;

  public Delivery(long id, int actor, int zone, long arrivesAt, boolean escorted) {
    this.id = id;
    this.actor = actor;
    this.zone = zone;
    this.arrivesAt = arrivesAt;
    this.escorted = escorted;
  }
}
