package org.liaison.scenario;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The coordination actions a trainee or a policy can take. */
public enum ActionType {
  /** Posts a liaison officer with an actor: regular contact and a face-to-face channel. Needs target. */
  ASSIGN_LIAISON_OFFICER(true, Argument.TARGET),
  /** Opens a channel to an actor on a medium. Needs target and medium. */
  OPEN_CHANNEL(false, Argument.TARGET, Argument.MEDIUM),
  /** Hands out phones to a community group and links it to the mission. Needs target (a community group). */
  SET_UP_ALERT_NETWORK(true, Argument.TARGET),
  /** Hires interpreters for a language, removing that language barrier. Needs language. */
  HIRE_INTERPRETERS(true, Argument.LANGUAGE),
  /** Holds a coordination forum with the members named. Needs members. */
  HOLD_COORDINATION_FORUM(false, Argument.MEMBERS),
  /** Joint training or capacity building with an actor. Needs target. */
  JOINT_TRAINING(false, Argument.TARGET),
  /** Patrols a zone jointly with a partner actor. Needs target and zone. */
  JOINT_PATROL(false, Argument.TARGET, Argument.ZONE),
  /** Shares the situational picture with an actor. Needs target. */
  SHARE_INFORMATION(false, Argument.TARGET),
  /** A deconfliction mechanism (movement notifications) with a humanitarian actor. Needs target. */
  DECONFLICTION_MECHANISM(true, Argument.TARGET),
  /** Dialogue or mediation with a faction, directly or via an intermediary. Needs target; via optional. */
  MEDIATION(false, Argument.TARGET),
  /** Accepts an actor's request outside the mission's mandate. Needs target and task. */
  ACCEPT_REQUEST(false, Argument.TARGET, Argument.TASK),
  /** Declines an actor's request outside the mission's mandate. Needs target and task. */
  DECLINE_REQUEST(false, Argument.TARGET, Argument.TASK),
  /** Sets up a dispute-resolution mechanism in a zone. Needs zone. */
  DISPUTE_RESOLUTION(false, Argument.ZONE),
  /** Sends mission units to a zone. Needs zone; units optional (defaults to 1). */
  DEPLOY_UNITS(false, Argument.ZONE),
  /** Provides an armed escort to a humanitarian actor's deliveries. Needs target. */
  ARMED_ESCORT(true, Argument.TARGET),
  /** Partners operationally with an armed actor (support, joint operations). Needs target. */
  PARTNER_WITH(true, Argument.TARGET),
  /**
   * Ends one of the mission's standing arrangements (see {@link #standing()}): names the type it
   * ends and its target or language. Only the role that made it can end it.
   */
  END_ARRANGEMENT(false, Argument.ENDS),
  /** Answers a message an actor sent the mission, by a message back to it. Needs target. */
  REPLY(false, Argument.TARGET);

  /** Arguments an action can carry. */
  public enum Argument { TARGET, ZONE, MEMBERS, MEDIUM, LANGUAGE, TASK, ENDS }

  private final boolean standing;
  private final Set<Argument> required;

  ActionType(boolean standing, Argument first, Argument... rest) {
    this.standing = standing;
    this.required = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /** True for actions that keep costing capacity every day once taken (a posted officer, hired interpreters). */
  public boolean standing() {
    return standing;
  }

  /**
   * Whether the action coordinates with the world on its own (the first sixteen), as opposed to
   * managing what the desk already did: ending an arrangement, replying to a message. Policies
   * draw and plan among these only.
   */
  public boolean coordinates() {
    return this != END_ARRANGEMENT && this != REPLY;
  }

  /** The arguments this action cannot do without. */
  public Set<Argument> required() {
    return required;
  }
}
