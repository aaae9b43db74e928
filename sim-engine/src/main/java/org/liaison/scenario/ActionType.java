package org.liaison.scenario;

/** The coordination actions a trainee or a policy can take. */
public enum ActionType {
  /** Posts a liaison officer with an actor: regular contact and a face-to-face channel. Needs target. */
  ASSIGN_LIAISON_OFFICER,
  /** Opens a channel to an actor on a medium. Needs target and medium. */
  OPEN_CHANNEL,
  /** Hands out phones to a community group and links it to the mission. Needs target (a community group). */
  SET_UP_ALERT_NETWORK,
  /** Hires interpreters for a language, removing that language barrier. Needs language. */
  HIRE_INTERPRETERS,
  /** Holds a coordination forum with the members named. Needs members. */
  HOLD_COORDINATION_FORUM,
  /** Joint training or capacity building with an actor. Needs target. */
  JOINT_TRAINING,
  /** Patrols a zone jointly with a partner actor. Needs target and zone. */
  JOINT_PATROL,
  /** Shares the situational picture with an actor. Needs target. */
  SHARE_INFORMATION,
  /** A deconfliction mechanism (movement notifications) with a humanitarian actor. Needs target. */
  DECONFLICTION_MECHANISM,
  /** Dialogue or mediation with a faction, directly or via an intermediary. Needs target; via optional. */
  MEDIATION,
  /** Accepts an actor's request outside the mission's mandate. Needs target and task. */
  ACCEPT_REQUEST,
  /** Declines an actor's request outside the mission's mandate. Needs target and task. */
  DECLINE_REQUEST,
  /** Sets up a dispute-resolution mechanism in a zone. Needs zone. */
  DISPUTE_RESOLUTION,
  /** Sends mission units to a zone. Needs zone; units optional (defaults to 1). */
  DEPLOY_UNITS,
  /** Provides an armed escort to a humanitarian actor's deliveries. Needs target. */
  ARMED_ESCORT,
  /** Partners operationally with an armed actor (support, joint operations). Needs target. */
  PARTNER_WITH
}
