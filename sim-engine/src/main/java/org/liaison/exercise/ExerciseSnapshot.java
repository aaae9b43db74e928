package org.liaison.exercise;

import java.util.List;
import java.util.Map;
import org.liaison.events.EventReason;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.CoordinationAction;

/**
 * Everything a user interface shows of a running exercise at one moment, immutable, so a view
 * can render it on its own thread while the simulation goes on.
 *
 * <p>Built by {@link Exercise#snapshot()} between ticks. Its cost grows with zones, actors, units,
 * messages in flight and the trust edges actually stored (never with all pairs of actors).
 *
 * @param clock the simulated time
 * @param finished whether the exercise has run to its end
 * @param zones every zone in scenario order
 * @param actors every actor in scenario order
 * @param units every unit, with its position in km
 * @param attacks attacks in preparation (with whether the mission knows of them)
 * @param incidents recent incidents, newest last (see {@link Exercise#RECENT_HOURS})
 * @param messages messages in flight along channels
 * @param trust stored trust edges (the sparse store), in (from, to) order
 * @param indicators every indicator's value by {@link org.liaison.indicators.Indicator} key, in enum order
 * @param capacity the mission's coordination capacity today
 * @param inbox injects and messages addressed to the trainees' side, oldest first
 * @param pending decision points waiting for a choice, in the order reached
 */
public record ExerciseSnapshot(Clock clock, boolean finished, List<ZoneView> zones,
    List<ActorView> actors, List<UnitView> units, List<AttackView> attacks,
    List<Incident> incidents, List<MessageView> messages, List<TrustEdge> trust,
    Map<String, Double> indicators, Capacity capacity, List<InboxItem> inbox,
    List<PendingDecision> pending) {

  public ExerciseSnapshot {
    zones = List.copyOf(zones);
    actors = List.copyOf(actors);
    units = List.copyOf(units);
    attacks = List.copyOf(attacks);
    incidents = List.copyOf(incidents);
    messages = List.copyOf(messages);
    trust = List.copyOf(trust);
    indicators = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicators));
    inbox = List.copyOf(inbox);
    pending = List.copyOf(pending);
  }

  /**
   * The exercise clock.
   *
   * @param completed ticks (hours) completed since the start
   * @param day current day, from 1
   * @param hour hour of the day of the next tick, 0 to 23
   * @param totalTicks ticks of the whole exercise
   * @param date calendar date of the current day (ISO 8601) if the scenario has a start date, else null
   */
  public record Clock(long completed, long day, int hour, long totalTicks, String date) {}

  /**
   * A zone's state.
   *
   * @param population people living in the zone now
   * @param displaced people who have left the zone since the start
   * @param need need for aid, 0 to 1
   * @param protection personnel of the mission's protecting units in the zone
   * @param missionUnits units of the mission in the zone
   * @param threat the highest hostility (0 to 1) of the factions whose area covers the zone
   * @param knownThreats attacks being prepared on the zone that the mission knows of
   * @param trustInMission mean expected trust of the zone's community groups in the mission, or NaN if it has none
   */
  public record ZoneView(String id, String name, int population, int displaced, double need,
      int protection, int missionUnits, double threat, int knownThreats, double trustInMission) {}

  /**
   * An actor's state as the trainees see it.
   *
   * @param trustInMission its expected trust in the mission (the best over mission actors)
   * @param hostility its hostility, 0 to 1
   * @param dispositions what the control cell may set of it, by the control act's names
   *     ({@link org.liaison.policy.ControlAct#DISPOSITIONS}): the standing hostility, the grievance,
   *     the cooperativeness and the IHL compliance, each 0 to 1
   */
  public record ActorView(String id, String name, ActorKind kind, String homeZone, boolean mission,
      double trustInMission, double hostility, boolean liaisonOfficer, boolean alertNetwork,
      boolean deconfliction, boolean escorted, boolean partnered, boolean inForum, Map<String, Double> dispositions) {}

  /**
   * A unit on the map.
   *
   * @param x position in km from the map's left edge
   * @param y position in km from the map's top edge
   * @param zone the zone it is in, or null while it travels
   * @param destination the zone it travels to, or null
   */
  public record UnitView(String id, String actor, ActorKind kind, String role, int strength,
      double x, double y, String zone, String destination) {}

  /**
   * An attack in preparation.
   *
   * @param knownToMission whether a warning reached the mission or its units saw it (what a trainee may be shown)
   */
  public record AttackView(long id, String faction, String zone, long preparedAt, long executeAt,
      boolean knownToMission) {}

  /**
   * Something that happened recently: {@code kind} is the event type (AttackExecuted,
   * AttackDeterred, MissionAttacked, CivilianHarm, Displacement, AidBlocked, MandateDeviation,
   * ComplianceViolation, MessageIntercepted).
   *
   * @param actor who did it (the faction, the perpetrator, the agency blocked, the mission, the
   *     partner, the interceptor), or null
   * @param detail what happened, in English
   * @param facts the detail's numbers and names by kind, for a reader to say it in its own language:
   *     AttackExecuted [casualties]; AttackDeterred [protection]; MissionAttacked [casualties,
   *     personnel]; CivilianHarm [casualties]; Displacement [people]; AidBlocked []; MandateDeviation
   *     [task]; ComplianceViolation [the actor the partner works with]; MessageIntercepted [message
   *     kind, sender, receiver]
   * @param reason why, for CivilianHarm, AidBlocked and MandateDeviation, or null
   */
  public record Incident(long tick, String kind, String zone, String actor, String detail, List<String> facts,
      EventReason reason) {
    public Incident {
      facts = facts == null ? List.of() : List.copyOf(facts);
    }
  }

  /**
   * A message in flight.
   *
   * @param progress share of its way done, 0 to 1
   */
  public record MessageView(long id, String kind, String from, String to, String channel,
      long sentAt, long dueAt, double progress) {}

  /** A directed trust edge of the store: expected trust and uncertainty (beta reputation). */
  public record TrustEdge(String from, String to, double expected, double uncertainty) {}

  /**
   * Coordination capacity in staff-hours: one budget for the whole mission, which every role's
   * actions and standing arrangements draw on alike.
   *
   * @param perDay capacity per day
   * @param standingPerDay already committed every day to standing actions
   * @param left still available today
   * @param standing the standing arrangements in force that make up {@code standingPerDay}, oldest
   *     first, whichever role (or the doctrine) made them
   */
  public record Capacity(double perDay, double standingPerDay, double left, List<Commitment> standing) {
    public Capacity {
      standing = standing == null ? List.of() : List.copyOf(standing);
    }
  }

  /**
   * A standing arrangement in force, which costs the mission's staff-hours every day until ended.
   *
   * @param action the action that made it
   * @param role the role in whose name it was made ({@code policy} for the doctrine's own); only that
   *     role may end it
   * @param since the hour it was made
   * @param perDay staff-hours it costs each day
   */
  public record Commitment(CoordinationAction action, String role, long since, double perDay) {}

  /**
   * One item of the trainees' inbox.
   *
   * @param id stable number, for {@link Exercise#markRead}
   * @param kind {@code inject} (an MSEL entry) or the kind of a message delivered to the mission
   * @param to recipients (roles or actors)
   * @param text what the recipients read
   */
  public record InboxItem(long id, long tick, String kind, String from, List<String> to, String text,
      boolean read) {
    public InboxItem {
      to = List.copyOf(to);
    }
  }

  /** A decision point waiting for its role's choice. */
  public record PendingDecision(String id, String title, String role, String dilemma, long reachedAt,
      String defaultOption, List<OptionView> options) {
    public PendingDecision {
      options = List.copyOf(options);
    }
  }

  /** One option of a pending decision, with the actions it takes. */
  public record OptionView(String id, String label, String description, List<CoordinationAction> actions) {
    public OptionView {
      actions = List.copyOf(actions);
    }
  }
}
