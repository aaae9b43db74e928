package org.liaison.policy;

import java.util.List;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;

/** What a decision maker may see of the world: the mission's own picture, read-only. */
public interface WorldView {
  Scenario scenario();

  /** Current hour since the start. */
  long tick();

  /**
   * The run's seed. A policy that draws at random derives its own stream from it and never draws
   * from the model's stream, so its draws cannot shift the model's.
   */
  long seed();

  /**
   * A variable of the scenario condition grammar: an indicator by key, {@code day} (from 1) or
   * {@code hour} (0 to 23), as of the end of the last tick.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  double variable(String name);

  /** The actor the trainees (or the policy) act for. */
  String missionActor();

  /** Staff-hours of coordination left today. */
  double budgetLeft();

  /** Staff-hours per day already committed to standing actions. */
  double standingCostPerDay();

  boolean hasLiaisonOfficer(String actor);

  boolean hasAlertNetwork(String actor);

  boolean hasDeconfliction(String actor);

  boolean hasInterpreters(String language);

  /** Whether the mission itself speaks the language. */
  boolean missionSpeaks(String language);

  /** Expected trust of an actor in the mission actor. */
  double trustInMission(String actor);

  /**
   * Expected trust of one actor in another through an intermediary (opinion discounting), as
   * the mission's picture of the relationships around it.
   */
  double trustVia(String from, String via, String to);

  /** Current hostility of an actor towards the mission, 0 to 1. */
  double hostility(String actor);

  /** Zones inside the area of a faction whose hostility is above zero, in map order. */
  List<String> threatenedZones();

  /** Whether the action's preconditions hold now, leaving the budget aside. */
  boolean applicable(CoordinationAction action);

  /** Requests made to the mission and not yet answered, oldest first. */
  List<PendingRequest> pendingRequests();

  /** Whether a medium works in a zone now: no outage the mission has been told of covers it there. */
  boolean mediumWorks(Medium medium, String zone);

  /**
   * The medium an alert network with a community group would run on (the first of mobile, radio,
   * satellite, courier and face to face it uses), or null if it uses none.
   */
  Medium alertMedium(String community);

  /** Whether the way by road from one zone to another is open now (a convoy or a unit gets through). */
  boolean roadOpen(String fromZone, String toZone);

  /**
   * Warnings and sightings of attacks on a zone that reached the mission since the start, false
   * alarms included: the mission cannot tell them apart before the hour.
   */
  int warningsReceived(String zone);

  /** Attacks carried out in a zone that the mission knows of, since the start. */
  int attacksKnown(String zone);

  /** Messages an actor sent that reached the mission since the start, answered or not. */
  int messagesFrom(String actor);

  /** The mission's protecting units (troops and police) and where they are. */
  List<UnitPosition> protectingUnits();
}
