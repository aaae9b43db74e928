package org.liaison.events;

/**
 * Something meaningful that happened in the simulated world, stamped with the tick (hour) at
 * which it happened.
 *
 * <p>Events are immutable records. The engine publishes them on one {@link EventBus}; indicators,
 * the event log and the user interface listen and never reach into the agents. Record component
 * order is the field order of the event log, so it is part of the log format.
 */
public sealed interface EngineEvent
    permits EngineEvent.RunStarted, EngineEvent.TickEnded,
        EngineEvent.TrustPriorSet, EngineEvent.TrustEvidence,
        EngineEvent.MessageSent, EngineEvent.MessageDelivered, EngineEvent.MessageLost,
        EngineEvent.MessageIntercepted, EngineEvent.MessageMisunderstood,
        EngineEvent.AttackPrepared, EngineEvent.AttackDetected, EngineEvent.AttackWarned,
        EngineEvent.AttackDeterred, EngineEvent.AttackExecuted, EngineEvent.ResponseDispatched,
        EngineEvent.ResponseArrived, EngineEvent.CivilianHarm, EngineEvent.Displacement,
        EngineEvent.AidPlanned, EngineEvent.AidDelivered, EngineEvent.AidBlocked,
        EngineEvent.MandateDeviation, EngineEvent.ComplianceViolation,
        EngineEvent.InjectFired, EngineEvent.ExpectedResponseChecked,
        EngineEvent.DecisionPointReached, EngineEvent.DecisionTaken, EngineEvent.ActionTaken,
        EngineEvent.ActionRefused, EngineEvent.InclusionChanged, EngineEvent.HostilityChanged,
        EngineEvent.ControlApplied, EngineEvent.FalseAlarm, EngineEvent.InformantTargeted,
        EngineEvent.PatrolStarted, EngineEvent.EscortAssigned, EngineEvent.Sheltered, EngineEvent.Recruited,
        EngineEvent.MissionAttacked, EngineEvent.GuardsEngaged, EngineEvent.Abuse,
        EngineEvent.StateForcesResponded, EngineEvent.Clash, EngineEvent.FightersLost,
        EngineEvent.MissionAttackPrepared, EngineEvent.MissionAttackWarned, EngineEvent.MissionAttackCalledOff,
        EngineEvent.SeasonChanged, EngineEvent.RoadAccessChanged, EngineEvent.MediumOutage,
        EngineEvent.WarningVerified, EngineEvent.ArrangementEnded {

  /** Hour since the start of the run at which the event happened. */
  long tick();

  /** The run begins: the population of each zone is known from here. */
  record RunStarted(long tick, String scenarioId, long seed, String policy, int actors, int units)
      implements EngineEvent {}

  /** All processes of the tick have run; listeners may snapshot indicators. */
  record TickEnded(long tick) implements EngineEvent {}

  /** Initial trust of one actor in another as prior evidence (r0 = t*w, s0 = (1-t)*w). */
  record TrustPriorSet(long tick, String from, String to, double r, double s) implements EngineEvent {}

  /**
   * New evidence changed the trust of one actor in another; r and s are the evidence after the
   * update (forgetting applied up to this tick).
   */
  record TrustEvidence(long tick, String from, String to, double positive, double negative,
      String reason, double r, double s) implements EngineEvent {}

  /** A message left its sender on a channel. */
  record MessageSent(long tick, long message, String kind, String from, String to, String channel,
      boolean languageBarrier) implements EngineEvent {}

  /** A message reached its receiver. */
  record MessageDelivered(long tick, long message, String kind, String from, String to,
      double latencyHours) implements EngineEvent {}

  /** A message was lost on an unreliable or broken channel. */
  record MessageLost(long tick, long message, String kind, String from, String to, String reason)
      implements EngineEvent {}

  /** A faction intercepted a message; the sender is exposed. */
  record MessageIntercepted(long tick, long message, String kind, String from, String to,
      String interceptor) implements EngineEvent {}

  /** A message was delivered but misunderstood across a language barrier. */
  record MessageMisunderstood(long tick, long message, String kind, String from, String to)
      implements EngineEvent {}

  /** A faction began preparing an attack on a zone, planned for executeAt. */
  record AttackPrepared(long tick, long attack, String faction, String zone, long executeAt)
      implements EngineEvent {}

  /** An actor present in the zone saw an attack being prepared. */
  record AttackDetected(long tick, long attack, String observer, String zone) implements EngineEvent {}

  /** A warning of the attack reached a responder (a unit of the mission) before execution. */
  record AttackWarned(long tick, long attack, String warner, String responder, long leadHours)
      implements EngineEvent {}

  /** The attack was called off because enough protection was present. */
  record AttackDeterred(long tick, long attack, String faction, String zone, int protection)
      implements EngineEvent {}

  /** The attack was carried out. */
  record AttackExecuted(long tick, long attack, String faction, String zone, int protection,
      int casualties) implements EngineEvent {}

  /** A protecting unit was sent towards a zone in response to a warning or order. */
  record ResponseDispatched(long tick, String unit, String zone, long attack, double etaHours)
      implements EngineEvent {}

  /** A protecting unit reached the zone it was sent to. */
  record ResponseArrived(long tick, String unit, String zone, long attack, long responseHours)
      implements EngineEvent {}

  /** Civilians were killed or injured in a zone by an actor. */
  record CivilianHarm(long tick, String zone, String perpetrator, int casualties, String cause)
      implements EngineEvent {}

  /** People left a zone. */
  record Displacement(long tick, String zone, int people, int remainingPopulation) implements EngineEvent {}

  /** A humanitarian actor planned a delivery to a zone. */
  record AidPlanned(long tick, long delivery, String actor, String zone, boolean escorted,
      boolean deconflicted) implements EngineEvent {}

  /** A delivery reached the zone. */
  record AidDelivered(long tick, long delivery, String actor, String zone, double needAfter)
      implements EngineEvent {}

  /** A delivery was blocked. */
  record AidBlocked(long tick, long delivery, String actor, String zone, String reason)
      implements EngineEvent {}

  /** An actor acted outside its mandate. */
  record MandateDeviation(long tick, String actor, String task, String zone, String cause)
      implements EngineEvent {}

  /** A partner of the mission committed an abuse. */
  record ComplianceViolation(long tick, String partner, String zone, String partnerOf)
      implements EngineEvent {}

  /** An MSEL entry fired and was delivered to its recipients. */
  record InjectFired(long tick, int number, String injectType, String from, String to,
      String message, String objective) implements EngineEvent {}

  /**
   * The participants' response expected by an MSEL entry was checked: {@code met} (the expected
   * action in the entry's window), {@code late} (after it), or {@code missed} (published when
   * the window closed; a later {@code late} may follow). hoursAfterInject counts from the entry's
   * firing and is negative for an action taken before it, in a window that opens before it.
   */
  record ExpectedResponseChecked(long tick, int inject, String expectedAction, String outcome,
      long hoursAfterInject) implements EngineEvent {}

  /** A decision point was reached; its role must choose (at once for a policy, at the desk for trainees). */
  record DecisionPointReached(long tick, String decisionPoint, String role) implements EngineEvent {}

  /** A decision point was reached and an option chosen. */
  record DecisionTaken(long tick, String decisionPoint, String option, String decidedBy)
      implements EngineEvent {}

  /** A coordination action took effect; cost is in staff-hours. */
  record ActionTaken(long tick, String action, String actor, String target, String zone,
      String detail, double cost, String source) implements EngineEvent {}

  /**
   * A standing arrangement ended: its daily cost stops and the channels it opened closed.
   *
   * @param arrangement the action type that made it
   * @param language the language of interpreters, or null
   * @param channels the channels closed, comma-separated ("" if it opened none)
   * @param perDay staff-hours a day it no longer costs
   * @param since the tick it was made
   * @param role the role that made it and ended it
   */
  record ArrangementEnded(long tick, String arrangement, String actor, String target, String language,
      String channels, double perDay, long since, String role) implements EngineEvent {}

  /** A coordination action was refused before it changed anything. */
  record ActionRefused(long tick, String action, String actor, String target, String reason,
      String source) implements EngineEvent {}

  /**
   * A community group's participation in coordination changed; population and marginalised say
   * what its home zone weighs in the inclusivity indicators.
   */
  record InclusionChanged(long tick, String actor, String zone, int population, boolean marginalised,
      boolean included) implements EngineEvent {}

  /** An actor's hostility changed. */
  record HostilityChanged(long tick, String actor, double hostility, String reason) implements EngineEvent {}

  /**
   * Exercise control acted: {@code control} is the act's type (PAUSE, RESUME, SPEED, FIRE, DELAY,
   * CANCEL, INJECT, DISPOSITION, PARAMETER, NOTE, SEAT), {@code by} who in the control cell.
   */
  record ControlApplied(long tick, String control, String by, String detail) implements EngineEvent {}

  /** A community raised an alarm about an attack nobody prepares; responders may be sent for nothing. */
  record FalseAlarm(long tick, long alarm, String community, String zone) implements EngineEvent {}

  /** An armed group that learnt who informs the mission (an intercepted warning) targets the informant's community. */
  record InformantTargeted(long tick, String faction, String community, String zone, int casualties)
      implements EngineEvent {}

  /** A unit of the mission, or of the host state's forces, set out on a patrol of its own under its mandate's tasks. */
  record PatrolStarted(long tick, String unit, String zone, double etaHours) implements EngineEvent {}

  /** A unit of the mission leaves protection to escort a convoy for the hours of the trip. */
  record EscortAssigned(long tick, long delivery, String unit, String zone, long hours) implements EngineEvent {}

  /** People displaced from a zone reached the nearest camp or protection site, whose needs grow. */
  record Sheltered(long tick, String from, String camp, int people, int campPopulation, double campNeed)
      implements EngineEvent {}

  /** An armed group recruited among aggrieved communities where it operates: its strength grew. */
  record Recruited(long tick, String faction, double strength) implements EngineEvent {}

  /**
   * An armed group attacked the mission's units in a zone: its fighters against the mission's
   * soldier-equivalents present, the mission's personnel there and how many of them were killed
   * or injured, the attackers' own losses, and whether the post had been forewarned (it stood to).
   */
  record MissionAttacked(long tick, String faction, String zone, double fighters, double presence,
      int personnel, int casualties, int fightersLost, boolean forewarned) implements EngineEvent {}

  /**
   * Guards of a security company returned fire when an attack hit the site they guard; when the
   * exchange escalated, {@code casualties} more people were harmed.
   */
  record GuardsEngaged(long tick, long attack, String company, String zone, int posts, boolean escalated,
      int casualties) implements EngineEvent {}

  /**
   * State forces abused civilians in a zone; {@code supportedByMission} when the mission supports
   * them, {@code record} the abuses they committed so far in the run.
   */
  record Abuse(long tick, String actor, String zone, int casualties, boolean supportedByMission, int record)
      implements EngineEvent {}

  /**
   * A unit of the host state's forces set out for a zone where it learnt an attack is being
   * prepared (its own sighting or a warning that reached its force).
   */
  record StateForcesResponded(long tick, String actor, String unit, String zone, long attack, double etaHours)
      implements EngineEvent {}

  /**
   * State forces present where an attack was carried out met the attackers: {@code soldiers} and
   * {@code fighters} the strength of each side, {@code engaged} whether the force fought, the
   * losses of each side and the civilians harmed in the crossfire (harm by the force).
   */
  record Clash(long tick, long attack, String actor, String faction, String zone, double soldiers,
      double fighters, boolean engaged, int fightersLost, int soldiersLost, int civilians)
      implements EngineEvent {}

  /**
   * An armed group lost fighters in a fight (a clash with state forces, an attack on the mission):
   * {@code fighters} are those it has left and {@code strength} its strength relative to the
   * start, which scales what it can do; recruitment is the way back.
   */
  record FightersLost(long tick, String faction, String zone, int lost, double fighters, double strength,
      String cause) implements EngineEvent {}

  /** An armed group began preparing an attack on the mission's post in a zone, planned for executeAt. */
  record MissionAttackPrepared(long tick, long attack, String faction, String zone, long executeAt)
      implements EngineEvent {}

  /**
   * A warning of an attack being prepared on the mission's post (or the post's own sighting)
   * reached the mission: the post stands to and is reinforced.
   */
  record MissionAttackWarned(long tick, long attack, String warner, String responder, long leadHours)
      implements EngineEvent {}

  /**
   * A prepared attack on the mission was not carried out: the post it aimed at was gone, or it had
   * been reinforced and the attackers' advantage had fallen; {@code presence} is the mission's
   * soldier-equivalents there at the planned hour.
   */
  record MissionAttackCalledOff(long tick, long attack, String faction, String zone, double presence,
      String reason) implements EngineEvent {}

  /** A season began (started true) or ended: the terrain of its zones and its roads change. */
  record SeasonChanged(long tick, String season, String name, boolean started) implements EngineEvent {}

  /**
   * A road closure began or ended: a zone's roads, or the link between zone and otherZone (empty
   * for a zone). speedFactor is the share of the usual speed left (0 closed), 1 when it reopens.
   */
  record RoadAccessChanged(long tick, String zone, String otherZone, double speedFactor, String cause)
      implements EngineEvent {}

  /** A medium failed across an area until untilTick: zones is a comma list, empty for everywhere. */
  record MediumOutage(long tick, String medium, String zones, long untilTick) implements EngineEvent {}

  /**
   * A formal receiver finished checking an informal warning and acts on it now, hours after it
   * arrived.
   */
  record WarningVerified(long tick, long attack, String warner, String receiver, double hours)
      implements EngineEvent {}
}
