package org.liaison.exercise;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.comms.Message;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.RunResult;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.events.EventReason;
import org.liaison.events.EventListener;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.policy.ActionResult;
import org.liaison.policy.Refusal;
import org.liaison.policy.Actions;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.PendingRequest;
import org.liaison.policy.WorldView;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;

/**
 * A running exercise for trainees: it wraps one simulation, advances it by a tick, a day or until
 * something needs attention, pauses between ticks, and lets people decide in the name of a role
 * (several people can share it, each in a role: hot seat).
 *
 * <p><b>Threads.</b> A user interface runs {@code advance...} on a background thread and renders
 * {@link #snapshot()}s (immutable) on its own thread. Every method is safe to call from any
 * thread: each tick, each decision and each snapshot holds the exercise's lock, and a long
 * advance releases it between ticks, so a {@link #take} or {@link #requestPause} from the view
 * thread waits at most one tick. Event listeners ({@link #subscribe}) are called on the thread
 * that advances, inside the lock; they must not block.
 *
 * <p><b>Decisions.</b> A decision point pauses the exercise: the advance methods stop, and do not
 * step again until every pending point has been decided with {@link #choose}. Free actions
 * ({@link #take}) can be taken whenever the exercise is between ticks. Everything is checked by
 * the engine's action executor (a refused action changes nothing) and written to the decision
 * log, which replays the exercise exactly (see {@link org.liaison.policy.ReplayDecisions}).
 *
 * <p>The simulation is the same as a headless run's: the same seed and the same decisions give
 * the same events under the exercise and headless.
 */
public final class Exercise {
  /** How long (simulated hours) an incident stays in the snapshot's recent incidents. */
  public static final int RECENT_HOURS = 72;
  /** Name of the trainees' decision maker, as the event log records it. */
  public static final String TRAINEES = "trainees";

  /** Why an advance stopped. */
  public enum Stop {
    /** The requested ticks (a tick, a day) are done. */
    DONE,
    /** A decision point waits for a choice; advancing again does nothing until it is decided. */
    DECISION,
    /** An inject reached the trainees' inbox. */
    INJECT,
    /** {@link #requestPause()} was called. */
    PAUSED,
    /** The exercise has run to its end. */
    FINISHED
  }

  private final Scenario scenario;
  private final long seed;
  private final int totalTicks;
  private final EventBus bus = new EventBus();
  private final LiaisonSim sim;
  private final Trainees trainees;
  private final ObjectiveRater rater;
  /** Names in the trainees' language; the engine's world holds those of the file's own. */
  private final Map<String, String> zoneNames = new java.util.HashMap<>();
  private final Map<String, String> actorNames = new java.util.HashMap<>();
  /** The entry number of each scripted inject in the inbox, by inbox id, to say it in another language. */
  private final Map<Long, Integer> injectNumbers = new java.util.HashMap<>();
  private final IndicatorSeries series;
  private final Set<String> roleIds;
  private final List<ExerciseSnapshot.InboxItem> inbox = new ArrayList<>();
  private final ArrayDeque<ExerciseSnapshot.Incident> incidents = new ArrayDeque<>();
  private volatile boolean pauseRequested;
  private boolean injectArrived;
  private RunResult result;

  /** Starts an exercise of the scenario's full duration. */
  public Exercise(Scenario scenario, long seed) {
    this(scenario, seed, null, List.of());
  }

  /**
   * Starts an exercise; nothing has been stepped yet (the clock reads day 1, hour 0), so the
   * trainees can act before the first tick.
   *
   * @param days days to run, or null for the scenario's duration
   * @param listeners told of every event from the first ({@code RunStarted}) on
   */
  public Exercise(Scenario scenario, long seed, Integer days, List<? extends EventListener> listeners) {
    this(scenario, seed, days, listeners, Map.of());
  }

  /**
   * Starts an exercise in which some roles have no one in their seat: their decision points are
   * decided at once by a policy (an "autopilot", such as the doctrine), the others wait for the
   * trainees. Autopilots only choose at decision points; they take no free actions.
   *
   * @param autopilots a decision maker for each role no trainee plays
   */
  public Exercise(Scenario scenario, long seed, Integer days, List<? extends EventListener> listeners,
      Map<String, ? extends DecisionMaker> autopilots) {
    this.scenario = scenario;
    this.seed = seed;
    this.totalTicks = (days != null ? days : scenario.metadata().durationDays()) * 24;
    this.roleIds = new java.util.LinkedHashSet<>();
    for (Role r : scenario.metadata().roles()) {
      roleIds.add(r.id());
    }
    for (String role : autopilots.keySet()) {
      if (!roleIds.contains(role)) {
        throw new IllegalArgumentException("unknown role '" + role + "'; roles: " + String.join(", ", roleIds));
      }
    }
    scenario.map().zones().forEach(z -> zoneNames.put(z.id(), z.name()));
    scenario.actors().forEach(a -> actorNames.put(a.id(), a.name()));
    trainees = new Trainees(new java.util.HashMap<>(autopilots));
    sim = new LiaisonSim(scenario, seed, trainees, bus);
    rater = new ObjectiveRater(scenario);
    bus.subscribe(rater);
    bus.subscribe(this::record);
    series = new IndicatorSeries(sim.indicators(), totalTicks);
    bus.subscribe(series);
    for (EventListener l : listeners) {
      bus.subscribe(l);
    }
    sim.start();
  }

  /**
   * The decision maker of an exercise: every decision point waits for the trainees, except those
   * of roles on autopilot.
   */
  private static final class Trainees implements DecisionMaker {
    private final Map<String, DecisionMaker> autopilots;

    Trainees(Map<String, DecisionMaker> autopilots) {
      this.autopilots = autopilots;
    }

    @Override
    public String name() {
      return TRAINEES;
    }

    @Override
    public DecisionOption choose(DecisionPoint point, WorldView view) {
      DecisionMaker autopilot = autopilots.get(point.role());
      return autopilot == null ? null : autopilot.choose(point, view);
    }

    @Override
    public String decidedBy(DecisionPoint point) {
      DecisionMaker autopilot = autopilots.get(point.role());
      return autopilot == null ? TRAINEES : autopilot.name();
    }

    @Override
    public void daily(WorldView view, Actions actions) {
      // trainees act at the desk
    }
  }

  // ---------------------------------------------------------------- reading

  public Scenario scenario() {
    return scenario;
  }

  public long seed() {
    return seed;
  }

  /** The scenario's trainee roles. */
  public List<Role> roles() {
    return scenario.metadata().roles();
  }

  /** Ticks (hours) of the whole exercise. */
  public int totalTicks() {
    return totalTicks;
  }

  public synchronized long completed() {
    return sim.completed();
  }

  public synchronized boolean finished() {
    return sim.completed() >= totalTicks;
  }

  /**
   * Subscribes a listener to the engine's events (for live charts); it hears events from now on,
   * on the advancing thread. To hear every event from the start, pass it to the constructor.
   */
  public synchronized void subscribe(EventListener listener) {
    bus.subscribe(listener);
  }

  /** The value of each indicator at the end of every completed tick, for charts and reviews. */
  public synchronized IndicatorSeries.Table indicatorSeries() {
    return series.table();
  }

  /** Decision points waiting for a choice. */
  public synchronized List<ExerciseSnapshot.PendingDecision> pendingDecisions() {
    return pendingViews();
  }

  /** The decision log so far; its header names the trainees as policy. */
  public synchronized DecisionLog decisionLog() {
    return new DecisionLog(new DecisionLog.Header(scenario.metadata().id(), seed, TRAINEES, totalTicks / 24), sim.decisionLog());
  }

  /**
   * Why the decision log's entries were refused, as codes and arguments, in log order (null for an
   * entry taken); each entry's {@code reason} is the English text of its refusal.
   */
  public synchronized List<Refusal> refusals() {
    List<Refusal> out = new ArrayList<>();
    for (int seq = 1; seq <= sim.decisionLog().size(); seq++) {
      out.add(sim.refusalOf(seq));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** The run's result (final indicators, score, objective ratings) once finished, else null. */
  public synchronized RunResult result() {
    return result;
  }

  // ---------------------------------------------------------------- advancing

  /** Asks a running advance to stop before its next tick; safe from any thread. */
  public void requestPause() {
    pauseRequested = true;
  }

  /** Advances one tick (one simulated hour). */
  public Stop advanceTick() {
    return advance(1, false);
  }

  /** Advances to the start of the next day (up to 24 ticks). */
  public Stop advanceDay() {
    long done;
    synchronized (this) {
      done = sim.completed();
    }
    int ticks = (int) (24 - done % 24);
    return advance(ticks, true);
  }

  /**
   * Advances until something needs the trainees' attention: a decision point, an inject in the
   * inbox, a pause request, or the end.
   */
  public Stop advanceUntilAttention() {
    return advance(Integer.MAX_VALUE, true);
  }

  /**
   * Advances up to the given ticks.
   *
   * @param stopAtInject whether an inject reaching the inbox stops the advance
   */
  public Stop advance(int ticks, boolean stopAtInject) {
    pauseRequested = false;
    for (int i = 0; i < ticks; i++) {
      synchronized (this) {
        if (finished()) {
          return Stop.FINISHED;
        }
        if (!sim.pendingDecisions().isEmpty()) {
          return Stop.DECISION;
        }
        if (pauseRequested) {
          pauseRequested = false;
          return Stop.PAUSED;
        }
        injectArrived = false;
        sim.stepTick();
        if (finished()) {
          finish();
          return Stop.FINISHED;
        }
        if (!sim.pendingDecisions().isEmpty()) {
          return Stop.DECISION;
        }
        if (stopAtInject && injectArrived) {
          return Stop.INJECT;
        }
      }
    }
    return Stop.DONE;
  }

  private void finish() {
    sim.finish();
    Map<String, Double> finals = new LinkedHashMap<>();
    for (Indicator i : Indicator.values()) {
      finals.put(i.key(), sim.indicators().value(i));
    }
    result = new RunResult(scenario.metadata().id(), seed, TRAINEES, totalTicks, finals,
        sim.indicators().value(Indicator.SCORE), rater.rate(sim.indicators()));
  }

  // ---------------------------------------------------------------- deciding

  /**
   * Chooses an option at a pending decision point in the name of a role. Refused, changing
   * nothing, if the point is not pending, belongs to another role, or has no such option.
   */
  public synchronized ActionResult choose(String role, String decisionPointId, String optionId) {
    if (finished()) {
      return ActionResult.refused(Refusal.Code.EXERCISE_ENDED.of());
    }
    return sim.desk().choose(role, decisionPointId, optionId, role);
  }

  /**
   * Takes a free coordination action in the name of a role. Refused with a reason, changing
   * nothing in the world, if the role is unknown, the exercise has ended, or the action's
   * preconditions or the day's budget do not hold (the refusal is recorded as an
   * {@code ActionRefused} event and in the decision log).
   */
  public synchronized ActionResult take(String role, CoordinationAction action) {
    if (finished()) {
      return ActionResult.refused(Refusal.Code.EXERCISE_ENDED.of());
    }
    return sim.desk().take(role, action);
  }

  /**
   * Applies an act of exercise control between ticks (see {@link ControlAct}); refused with a
   * reason, changing nothing, if it cannot be applied. Every act, applied or refused, goes into
   * the decision log, so a replay reproduces it. A seat handed to the doctrine has its pending
   * decision points decided at once, and its later ones when they are reached.
   *
   * @param by who in the control cell acted
   */
  public synchronized ActionResult control(String by, ControlAct act) {
    if (finished()) {
      return ActionResult.refused(Refusal.Code.EXERCISE_ENDED.of());
    }
    ActionResult r = sim.desk().control(by, act);
    if (r.taken() && act.type() == ControlAct.Type.SEAT) {
      if (act.mode() == ControlAct.SeatMode.DOCTRINE) {
        DecisionMaker doctrine = org.liaison.policy.Policies.byName("doctrine");
        trainees.autopilots.put(act.role(), doctrine);
        for (DecisionPoint point : sim.pendingDecisions()) {
          if (point.role().equals(act.role())) {
            sim.desk().choose(point.role(), point.id(), doctrine.choose(point, sim).id(), doctrine.name());
          }
        }
      } else {
        trainees.autopilots.remove(act.role());
      }
    }
    return r;
  }

  /**
   * Makes a desk entry of an earlier decision log again, as it was made (resuming a saved
   * exercise): an action, a choice with who decided it, or a control act. A seat handed to the
   * doctrine decides its pending points through the log's own later entries, not again here.
   * Entries of other phases follow from the run itself and are ignored.
   */
  public synchronized ActionResult redo(DecisionLog.Entry e) {
    if (e.phase() != DecisionLog.Phase.DESK) {
      return ActionResult.TAKEN;
    }
    return switch (e.kind()) {
      case ACTION -> sim.desk().take(e.role(), e.action());
      case CHOICE -> sim.desk().choose(e.role(), e.point(), e.option(), e.by());
      case CONTROL -> {
        ActionResult r = sim.desk().control(e.by(), e.control());
        if (r.taken() && e.control().type() == ControlAct.Type.SEAT) {
          if (e.control().mode() == ControlAct.SeatMode.DOCTRINE) {
            trainees.autopilots.put(e.control().role(), org.liaison.policy.Policies.byName("doctrine"));
          } else {
            trainees.autopilots.remove(e.control().role());
          }
        }
        yield r;
      }
    };
  }

  /** Roles whose decision points the doctrine decides because no one sits in their seat. */
  public synchronized Set<String> autopilotRoles() {
    return Set.copyOf(trainees.autopilots.keySet());
  }

  /** Why the action would be refused now, or null if it would be taken; changes nothing. */
  public synchronized Refusal check(String role, CoordinationAction action) {
    if (!sim.isRole(role)) {
      return Refusal.Code.UNKNOWN_ROLE_OF.of(role, String.join(", ", roleIds));
    }
    if (finished()) {
      return Refusal.Code.EXERCISE_ENDED.of();
    }
    if (action == null || action.type() == null) {
      return Refusal.Code.NO_ACTION_TYPE.of();
    }
    Refusal barred = sim.roleRefusal(role, action.type());
    return barred != null ? barred : sim.actions().refusal(action, role);
  }

  /**
   * Every action type with its cost, whether it can be taken now and, if not, why; with the
   * concrete actions (targets, zones, media, languages, requests) that can be taken now.
   */
  public synchronized List<AvailableAction> availableActions(String role) {
    return availableActions(java.util.Collections.singletonList(role)).get(role);
  }

  /**
   * {@link #availableActions(String)} of several roles at once, by role in the order given. What
   * no role changes (an action type's candidates, their preconditions, the day's budget) is worked
   * out once for all of them; what is a role's own (the types it may order, and which standing
   * arrangements it may end, being the role that made them) is worked out for each.
   */
  public synchronized Map<String, List<AvailableAction>> availableActions(java.util.Collection<String> roles) {
    Map<ActionType, AvailableAction> shared = new java.util.EnumMap<>(ActionType.class);
    Map<String, List<AvailableAction>> out = new LinkedHashMap<>();
    for (String role : roles) {
      out.computeIfAbsent(role, r -> availableTo(r, shared));
    }
    return out;
  }

  /** One role's actions; {@code shared} keeps the types whose answer is the same for every role. */
  private List<AvailableAction> availableTo(String role, Map<ActionType, AvailableAction> shared) {
    List<AvailableAction> out = new ArrayList<>();
    Refusal roleProblem = null;
    if (!sim.isRole(role)) {
      roleProblem = Refusal.Code.UNKNOWN_ROLE.of(role);
    } else if (finished()) {
      roleProblem = Refusal.Code.EXERCISE_ENDED.of();
    }
    Set<ActionType> allowed = sim.allowedActions(role);
    for (ActionType type : ActionType.values()) {
      if (roleProblem != null) {
        out.add(new AvailableAction(type, scenario.coordination().costOf(type), type.standing(), type.required(),
            roleProblem, List.of()));
      } else if (allowed.contains(type)) {
        // Only the role that made an arrangement may end it, so each role's list of those is its own.
        out.add(type == ActionType.END_ARRANGEMENT ? available(type, role)
            : shared.computeIfAbsent(type, t -> available(t, null)));
      }
      // Actions the role does not take are not offered at all: the desk refuses them.
    }
    return out;
  }

  /** Actions of one type, for a role (null: for any role, whose preconditions do not depend on it). */
  private AvailableAction available(ActionType type, String role) {
    double cost = scenario.coordination().costOf(type);
    double left = sim.budgetLeft();
    List<CoordinationAction> ok = new ArrayList<>();
    Refusal firstRefusal = null;
    for (CoordinationAction a : Candidates.of(type, sim)) {
      Refusal r = sim.actions().preconditionRefusal(a, role);
      if (r == null) {
        ok.add(a);
      } else if (firstRefusal == null) {
        firstRefusal = r;
      }
    }
    Refusal reason;
    if (cost > left + 1e-9) {
      reason = Refusal.Code.OVER_BUDGET.of(cost, Math.max(0, left));
      ok.clear();
    } else if (ok.isEmpty()) {
      reason = firstRefusal != null ? firstRefusal : Refusal.Code.NOTHING_TO_APPLY.of();
    } else {
      reason = null;
    }
    return new AvailableAction(type, cost, type.standing(), type.required(), reason, ok);
  }

  /** The mission's standing arrangements in force, in the order they were made. */
  public synchronized List<org.liaison.engine.Arrangement> arrangements() {
    return List.copyOf(sim.world().arrangements);
  }

  /** Marks an inbox item read (for everyone at the exercise). */
  public synchronized void markRead(long inboxId) {
    for (int i = 0; i < inbox.size(); i++) {
      ExerciseSnapshot.InboxItem item = inbox.get(i);
      if (item.id() == inboxId && !item.read()) {
        inbox.set(i, new ExerciseSnapshot.InboxItem(item.id(), item.tick(), item.kind(), item.from(),
            item.to(), item.text(), true));
      }
    }
  }

  // ---------------------------------------------------------------- snapshot

  /**
   * Every channel of the exercise now (between ticks), in the order opened, with its condition;
   * channels of an ended arrangement are gone.
   */
  public synchronized List<ChannelView> channels() {
    World w = sim.world();
    long now = sim.tick();
    List<ChannelView> out = new ArrayList<>();
    for (org.liaison.comms.ChannelState c : sim.comms().channels()) {
      if (c.closed()) {
        continue;
      }
      out.add(new ChannelView(c.id, w.endpointId(c.from), w.endpointId(c.to), c.medium,
          sim.comms().condition(c, now)));
    }
    return out;
  }

  /** An immutable picture of the exercise now (between ticks). */
  public synchronized ExerciseSnapshot snapshot() {
    World w = sim.world();
    long completed = sim.completed();
    long now = sim.tick();
    String date = null;
    long day = completed / 24 + 1;
    if (scenario.metadata().startDate() != null) {
      try {
        date = LocalDate.parse(scenario.metadata().startDate()).plusDays(day - 1).toString();
      } catch (java.time.format.DateTimeParseException e) {
        date = null;
      }
    }
    ExerciseSnapshot.Clock clock = new ExerciseSnapshot.Clock(completed, day, (int) (completed % 24),
        totalTicks, date);
    int m = w.primaryMission();

    List<ExerciseSnapshot.ZoneView> zones = new ArrayList<>();
    for (ZoneState z : w.zones) {
      double threat = 0;
      for (int f : w.factions) {
        if (w.actors[f].spec.mandate().coversZone(z.id())) {
          threat = Math.max(threat, w.actors[f].hostility);
        }
      }
      int known = 0;
      for (Attack a : w.attacks) {
        if (a.zone == z.index && (a.warnedAt >= 0 || a.seenByMission)) {
          known++;
        }
      }
      double trustSum = 0;
      int[] communities = w.communitiesByZone[z.index];
      for (int c : communities) {
        trustSum += trustInMission(c, now);
      }
      zones.add(new ExerciseSnapshot.ZoneView(z.id(), zoneNames.getOrDefault(z.id(), z.id()),
          z.population, z.spec.population() - z.population, z.need, z.protection, z.missionUnits,
          threat, known, communities.length == 0 ? Double.NaN : trustSum / communities.length));
    }

    List<ExerciseSnapshot.ActorView> actors = new ArrayList<>();
    for (ActorState a : w.actors) {
      actors.add(new ExerciseSnapshot.ActorView(a.id(), actorNames.getOrDefault(a.id(), a.id()),
          a.kind(), w.zones[a.homeZone].id(), a.isMission(), a.isMission() ? 1.0 : trustInMission(a.index, now),
          a.hostility, a.liaisonOfficer, a.alertNetwork, a.deconfliction, a.escorted, a.partnered, a.inForum,
          dispositions(a)));
    }

    List<ExerciseSnapshot.UnitView> units = new ArrayList<>();
    for (UnitAgent u : w.units) {
      units.add(new ExerciseSnapshot.UnitView(u.id, u.actor.id(), u.actor.kind(), u.role.name(), u.strength,
          u.x(), u.y(), u.zone() >= 0 ? w.zones[u.zone()].id() : null,
          u.destination() >= 0 ? w.zones[u.destination()].id() : null));
    }

    List<ExerciseSnapshot.AttackView> attacks = new ArrayList<>();
    for (Attack a : w.attacks) {
      // A false alarm is no attack in preparation: nobody prepares it, so there is nothing to show.
      if (a.phantom) {
        continue;
      }
      attacks.add(new ExerciseSnapshot.AttackView(a.id, w.actors[a.faction].id(), w.zones[a.zone].id(),
          a.preparedAt, a.executeAt, a.warnedAt >= 0 || a.seenByMission));
    }

    while (!incidents.isEmpty() && incidents.peekFirst().tick() < now - RECENT_HOURS) {
      incidents.pollFirst();
    }

    List<ExerciseSnapshot.MessageView> messages = new ArrayList<>();
    for (Message msg : sim.comms().inFlight()) {
      double span = Math.max(1, msg.dueAt() - msg.sentAt());
      double progress = Math.max(0, Math.min(1, (completed - msg.sentAt()) / span));
      messages.add(new ExerciseSnapshot.MessageView(msg.id(), msg.kind().name(), w.endpointId(msg.from()),
          w.endpointId(msg.to()), sim.comms().channels().get(msg.channel()).id, msg.sentAt(), msg.dueAt(), progress));
    }

    List<ExerciseSnapshot.TrustEdge> trust = new ArrayList<>();
    sim.trust().forEachPair(now, (from, to, r, s) -> trust.add(new ExerciseSnapshot.TrustEdge(
        w.actors[from].id(), w.actors[to].id(), (r + 1) / (r + s + 2), 2 / (r + s + 2))));

    Map<String, Double> indicators = new LinkedHashMap<>();
    for (Indicator i : Indicator.values()) {
      indicators.put(i.key(), sim.indicators().value(i));
    }
    List<ExerciseSnapshot.Commitment> standing = new ArrayList<>();
    for (org.liaison.engine.Arrangement a : w.arrangements) {
      standing.add(new ExerciseSnapshot.Commitment(a.action(), a.role(), a.since(), a.perDay()));
    }
    ExerciseSnapshot.Capacity capacity = new ExerciseSnapshot.Capacity(
        scenario.coordination().staffHoursPerDay(), sim.standingCostPerDay(), sim.budgetLeft(), standing);
    return new ExerciseSnapshot(clock, finished(), zones, actors, units, attacks, new ArrayList<>(incidents),
        messages, trust, indicators, capacity, inbox, pendingViews());
  }

  /**
   * A snapshot of this exercise said with the texts of another copy of its scenario, read in
   * another language (a seat of a server whose participant reads French, say): zone and actor
   * names, scripted injects in the inbox and the pending decision points. What is not in the copy
   * stays as it was.
   */
  public synchronized ExerciseSnapshot inTextsOf(ExerciseSnapshot s, Scenario copy) {
    Map<String, String> zoneName = new java.util.HashMap<>();
    copy.map().zones().forEach(z -> zoneName.put(z.id(), z.name()));
    Map<String, String> actorName = new java.util.HashMap<>();
    copy.actors().forEach(a -> actorName.put(a.id(), a.name()));
    Map<Integer, String> messages = new java.util.HashMap<>();
    copy.msel().forEach(i -> messages.put(i.number(), i.message()));
    Map<String, DecisionPoint> points = new java.util.HashMap<>();
    copy.decisionPoints().forEach(d -> points.put(d.id(), d));
    List<ExerciseSnapshot.ZoneView> zones = s.zones().stream().map(z -> new ExerciseSnapshot.ZoneView(z.id(),
        zoneName.getOrDefault(z.id(), z.name()), z.population(), z.displaced(), z.need(), z.protection(),
        z.missionUnits(), z.threat(), z.knownThreats(), z.trustInMission())).toList();
    List<ExerciseSnapshot.ActorView> actors = s.actors().stream().map(a -> new ExerciseSnapshot.ActorView(a.id(),
        actorName.getOrDefault(a.id(), a.name()), a.kind(), a.homeZone(), a.mission(), a.trustInMission(),
        a.hostility(), a.liaisonOfficer(), a.alertNetwork(), a.deconfliction(), a.escorted(), a.partnered(),
        a.inForum(), a.dispositions())).toList();
    List<ExerciseSnapshot.InboxItem> items = s.inbox().stream().map(i -> {
      Integer number = injectNumbers.get(i.id());
      String text = number == null ? null : messages.get(number);
      return text == null ? i : new ExerciseSnapshot.InboxItem(i.id(), i.tick(), i.kind(), i.from(), i.to(), text, i.read());
    }).toList();
    List<ExerciseSnapshot.PendingDecision> pending = s.pending().stream().map(d -> {
      DecisionPoint p = points.get(d.id());
      return p == null ? d : new ExerciseSnapshot.PendingDecision(d.id(), p.title(), d.role(), p.dilemma(),
          d.reachedAt(), d.defaultOption(), d.options().stream().map(o -> p.options().stream()
              .filter(x -> x.id().equals(o.id())).findFirst()
              .map(x -> new ExerciseSnapshot.OptionView(o.id(), x.label(), x.description(), o.actions())).orElse(o))
              .toList());
    }).toList();
    return new ExerciseSnapshot(s.clock(), s.finished(), zones, actors, s.units(), s.attacks(), s.incidents(),
        s.messages(), s.trust(), s.indicators(), s.capacity(), items, pending);
  }

  private double trustInMission(int actor, long tick) {
    double best = 0;
    for (int m : sim.world().mission) {
      best = Math.max(best, sim.trust().peekExpected(actor, m, tick));
    }
    return best;
  }

  /**
   * An inject's message in the trainees' language: the event carries the file's own text, which
   * a scripted entry's number finds again in the scenario as the trainees read it.
   */
  private String shown(EngineEvent.InjectFired e) {
    if (e.number() > 0) {
      for (org.liaison.scenario.Inject inject : scenario.msel()) {
        if (inject.number() == e.number()) {
          return inject.message();
        }
      }
    }
    return e.message();
  }

  private List<ExerciseSnapshot.PendingDecision> pendingViews() {
    List<ExerciseSnapshot.PendingDecision> out = new ArrayList<>();
    for (DecisionPoint running : sim.pendingDecisions()) {
      // The engine runs on the texts of the file's own language; the trainees read their own.
      DecisionPoint p = scenario.decisionPoints().stream().filter(d -> d.id().equals(running.id())).findFirst()
          .orElse(running);
      List<ExerciseSnapshot.OptionView> options = p.options().stream()
          .map(o -> new ExerciseSnapshot.OptionView(o.id(), o.label(), o.description(), o.actions())).toList();
      out.add(new ExerciseSnapshot.PendingDecision(p.id(), p.title(), p.role(), p.dilemma(),
          reachedAt.getOrDefault(p.id(), sim.tick()), p.defaultOption(), options));
    }
    return out;
  }

  // ---------------------------------------------------------------- events kept for the picture

  private final Map<String, Long> reachedAt = new java.util.HashMap<>();
  private static final Set<MessageKindForInbox> INBOX_KINDS = EnumSet.allOf(MessageKindForInbox.class);

  /** Kinds of messages to the mission that go to the inbox (routine reports and notifications do not). */
  private enum MessageKindForInbox { EARLY_WARNING, REQUEST }

  private void record(EngineEvent event) {
    if (event instanceof EngineEvent.InjectFired e) {
      List<String> to = List.of(e.to().split(","));
      if (to.stream().anyMatch(this::trainees)) {
        if (e.number() > 0) {
          injectNumbers.put((long) inbox.size() + 1, e.number());
        }
        inbox.add(new ExerciseSnapshot.InboxItem(inbox.size() + 1, e.tick(), "inject", e.from(), to, shown(e), false));
        injectArrived = true;
      }
    } else if (event instanceof EngineEvent.MessageDelivered e) {
      if (INBOX_KINDS.stream().anyMatch(k -> k.name().equals(e.kind())) && trainees(e.to())) {
        inbox.add(new ExerciseSnapshot.InboxItem(inbox.size() + 1, e.tick(), e.kind(), e.from(), List.of(e.to()),
            describe(e.kind(), e.from()), false));
      }
    } else if (event instanceof EngineEvent.DecisionPointReached e) {
      reachedAt.put(e.decisionPoint(), e.tick());
    } else if (event instanceof EngineEvent.AttackExecuted e) {
      incident(e.tick(), "AttackExecuted", e.zone(), e.faction(), e.casualties() + " casualties",
          List.of(String.valueOf(e.casualties())), null);
    } else if (event instanceof EngineEvent.AttackDeterred e) {
      incident(e.tick(), "AttackDeterred", e.zone(), e.faction(), "protection " + e.protection(),
          List.of(String.valueOf(e.protection())), null);
    } else if (event instanceof EngineEvent.MissionAttacked e) {
      incident(e.tick(), "MissionAttacked", e.zone(), e.faction(),
          e.casualties() + " of " + e.personnel() + " mission personnel killed or injured",
          List.of(String.valueOf(e.casualties()), String.valueOf(e.personnel())), null);
    } else if (event instanceof EngineEvent.CivilianHarm e) {
      incident(e.tick(), "CivilianHarm", e.zone(), e.perpetrator(), e.casualties() + " casualties (" + e.cause() + ")",
          List.of(String.valueOf(e.casualties())), EventReason.parse(e.cause()));
    } else if (event instanceof EngineEvent.Displacement e) {
      incident(e.tick(), "Displacement", e.zone(), null, e.people() + " people left",
          List.of(String.valueOf(e.people())), null);
    } else if (event instanceof EngineEvent.AidBlocked e) {
      incident(e.tick(), "AidBlocked", e.zone(), e.actor(), e.reason(), List.of(), EventReason.parse(e.reason()));
    } else if (event instanceof EngineEvent.MandateDeviation e) {
      incident(e.tick(), "MandateDeviation", e.zone(), e.actor(), e.cause(), List.of(e.task()),
          EventReason.parse(e.cause()));
    } else if (event instanceof EngineEvent.ComplianceViolation e) {
      incident(e.tick(), "ComplianceViolation", e.zone(), e.partner(), "abuse by a partner of " + e.partnerOf(),
          List.of(e.partnerOf()), null);
    } else if (event instanceof EngineEvent.MessageIntercepted e) {
      incident(e.tick(), "MessageIntercepted", null, e.interceptor(), e.kind() + " from " + e.from() + " to " + e.to(),
          List.of(e.kind(), e.from(), e.to()), null);
    }
  }

  /**
   * Keeps an incident for the snapshot with its numbers and names apart; a reason is read back from
   * the event's text, which the engine made from the reason's own template in this same run.
   */
  private void incident(long tick, String kind, String zone, String actor, String detail, List<String> facts,
      EventReason reason) {
    incidents.addLast(new ExerciseSnapshot.Incident(tick, kind, zone, actor, detail, facts, reason));
  }

  /** Whether a recipient id is on the trainees' side: a role, a mission actor, or everyone. */
  private boolean trainees(String id) {
    if (roleIds.contains(id) || "all".equals(id)) {
      return true;
    }
    int a = sim.world() == null ? -1 : sim.world().actor(id);
    return a >= 0 && sim.world().actors[a].isMission();
  }

  /** The actor's dispositions the control cell may set, in the control act's order. */
  private static Map<String, Double> dispositions(ActorState a) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String name : ControlAct.DISPOSITIONS) {
      out.put(name, a.disposition(name));
    }
    return out;
  }

  private static String describe(String kind, String from) {
    return switch (kind) {
      case "EARLY_WARNING" -> "Early warning from " + from;
      case "REQUEST" -> "Request from " + from;
      default -> kind + " from " + from;
    };
  }

  /** Concrete actions of a type worth offering: every plausible target, zone, medium, language and request. */
  static final class Candidates {
    private Candidates() {}

    static List<CoordinationAction> of(ActionType type, LiaisonSim sim) {
      World w = sim.world();
      List<CoordinationAction> out = new ArrayList<>();
      switch (type) {
        case HIRE_INTERPRETERS -> {
          java.util.TreeSet<String> languages = new java.util.TreeSet<>();
          for (ActorState a : w.actors) {
            languages.addAll(a.spec.communication().languages());
          }
          for (String l : languages) {
            out.add(new CoordinationAction(type, null, null, null, null, null, l, null, null));
          }
        }
        case HOLD_COORDINATION_FORUM -> {
          List<String> members = new ArrayList<>();
          for (ActorState a : w.actors) {
            if (!a.isMission() && a.kind() != ActorKind.ARMED_FACTION) {
              members.add(a.id());
            }
          }
          if (!members.isEmpty()) {
            out.add(new CoordinationAction(type, null, null, null, members, null, null, null, null));
          }
        }
        case DISPUTE_RESOLUTION, DEPLOY_UNITS -> {
          for (ZoneState z : w.zones) {
            out.add(new CoordinationAction(type, null, null, z.id(), null, null, null, null, null));
          }
        }
        case JOINT_PATROL -> {
          for (ActorState a : w.actors) {
            if (!a.isMission()) {
              for (ZoneState z : w.zones) {
                if (a.homeZone == z.index) {
                  out.add(new CoordinationAction(type, a.id(), null, z.id(), null, null, null, null, null));
                }
              }
            }
          }
        }
        case OPEN_CHANNEL -> {
          for (ActorState a : w.actors) {
            if (!a.isMission()) {
              for (Medium md : a.spec.communication().media()) {
                out.add(new CoordinationAction(type, a.id(), null, null, null, md, null, null, null));
              }
            }
          }
        }
        case ACCEPT_REQUEST, DECLINE_REQUEST -> {
          for (PendingRequest r : sim.pendingRequests()) {
            out.add(new CoordinationAction(type, r.actor(), null, null, null, null, null, r.task(), null));
          }
        }
        case END_ARRANGEMENT -> {
          for (org.liaison.engine.Arrangement x : w.arrangements) {
            out.add(CoordinationAction.ending(x.action()));
          }
        }
        default -> {
          for (ActorState a : w.actors) {
            if (!a.isMission()) {
              out.add(CoordinationAction.on(type, a.id()));
            }
          }
        }
      }
      return out;
    }
  }

  /** The inject entries of the scenario, for reviews. */
  public List<Inject> msel() {
    return scenario.msel();
  }
}
