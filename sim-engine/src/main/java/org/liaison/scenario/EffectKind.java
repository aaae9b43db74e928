package org.liaison.scenario;

/** What an inject can change in the world. */
public enum EffectKind {
  /** Adds amount (may be negative) to a zone's need. */
  CHANGE_NEED,
  /** Adds amount to an actor's hostility. */
  CHANGE_HOSTILITY,
  /** Adds amount to an actor's grievance. */
  CHANGE_GRIEVANCE,
  /** A faction (actor) starts preparing an attack on a zone. */
  PREPARE_ATTACK,
  /** Civilian harm in a zone caused by an actor: amount casualties. */
  CIVILIAN_HARM,
  /** amount people leave a zone. */
  DISPLACEMENT,
  /** A channel stops carrying messages for hours. */
  CHANNEL_DOWN,
  /**
   * A medium fails across an area for hours (a network outage, a flood): every channel of that
   * medium with an end based in the zone or zones, or everywhere without a zone, stops carrying
   * messages, including channels opened while the outage lasts.
   */
  MEDIUM_DOWN,
  /**
   * A road is closed or slowed for hours: a zone (nothing enters, leaves or crosses it) or the link
   * between two zones; amount is the share of the usual speed left (0, the default, closes it).
   */
  ROAD_CLOSED,
  /** A rumour about an actor spreads in a zone: negative trust evidence of amount. */
  RUMOUR,
  /** An actor asks the mission for a task outside the mission's mandate. */
  REQUEST
}
