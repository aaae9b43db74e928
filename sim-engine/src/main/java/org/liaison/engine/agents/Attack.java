package org.liaison.engine.agents;

/**
 * An attack being prepared by a faction on a zone (its people, or the mission's post there), until
 * it is deterred or called off, or executed.
 */
public final class Attack {
  public final long id;
  public final int faction;
  public final int zone;
  public final long preparedAt;
  public final long executeAt;
  /** Actors (by index) that have seen the preparation. */
  public final java.util.BitSet observedBy = new java.util.BitSet();
  public boolean seenByMission;
  /** Tick at which a warning first reached a responder, or -1. */
  public long warnedAt = -1;
  /** Actor whose warning reached the responder first, or -1. */
  public int warner = -1;
  /** Soldier-equivalents of responding units on their way to the zone. */
  public double enRoute;
  /**
   * Units that arrived to respond to this attack, in arrival order (a unit sent elsewhere since
   * stays listed; {@link UnitAgent#attackEnded} ignores it). Lets the end of the attack reach its
   * responders without a pass over every unit of the mission.
   */
  public final java.util.List<UnitAgent> arrived = new java.util.ArrayList<>();

  /**
   * The actor whose guarded site the attack aims at (a compound, a warehouse), or -1 for the
   * zone's people at large: only an attack on a site meets the guards protecting it.
   */
  public int site = -1;

  /** Whether the attack aims at the mission's post in the zone rather than the zone's people. */
  public boolean onMission;
  /** For an attack on the mission: the attackers' advantage over the post when they chose it. */
  public double plannedAdvantage;
  /** For an attack on the mission: the mission's personnel at the post when the attackers chose it. */
  public int plannedPersonnel;

  /** A false alarm: a warning raised for an attack no group prepares; it can never be executed. */
  public final boolean phantom;

  public Attack(long id, int faction, int zone, long preparedAt, long executeAt) {
    this(id, faction, zone, preparedAt, executeAt, false);
  }

  public Attack(long id, int faction, int zone, long preparedAt, long executeAt, boolean phantom) {
    this.phantom = phantom;
    this.id = id;
    this.faction = faction;
    this.zone = zone;
    this.preparedAt = preparedAt;
    this.executeAt = executeAt;
  }
}
