package org.liaison.engine;

import java.util.ArrayList;
import java.util.List;
import org.liaison.comms.ChannelState;
import org.liaison.comms.CommsNetwork;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.ZoneState;
import org.liaison.engine.process.ArmedGroups;
import org.liaison.engine.process.AttacksOnMission;
import org.liaison.engine.process.CommunicationProcess;
import org.liaison.engine.process.DisplacementProcess;
import org.liaison.engine.process.ForcePosture;
import org.liaison.engine.process.HumanitarianProcess;
import org.liaison.engine.process.MessageHandling;
import org.liaison.engine.process.Partnerships;
import org.liaison.engine.process.PrivateSecurity;
import org.liaison.engine.process.ReportingProcess;
import org.liaison.engine.process.ResponseProcess;
import org.liaison.engine.process.StateForces;
import org.liaison.engine.process.ViolenceProcess;
import org.liaison.engine.process.WarningProcess;
import org.liaison.engine.space.Access;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.events.EventReason;
import org.liaison.indicators.IndicatorTracker;
import org.liaison.policy.ActionResult;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.Decisions;
import org.liaison.policy.PendingRequest;
import org.liaison.policy.WorldView;
import org.liaison.scenario.Channel;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Effect;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.TrustPrior;
import org.liaison.scenario.condition.Condition;
import org.liaison.trust.TrustStore;
import sim.engine.Sequence;
import sim.engine.SimState;

/**
 * The simulation: a MASON {@link SimState} holding the world of one scenario, advanced one
 * simulated hour per tick.
 *
 * <p>Each tick runs its processes in a fixed order (see {@link Phase}): the day's standing effects
 * and free decisions, the MSEL and decision points, factions, violence and early warning, routine
 * reporting, the force's own patrols, humanitarian planning, message delivery, the deliveries
 * arriving (after messages, so a movement notification sent in time is known when the convoy
 * arrives), unit movement, and the end of tick on which indicators are taken.
 *
 * <p>This class is the wiring: it sets up the scenario's world, trust priors, channels and hubs,
 * schedules the processes, runs the MSEL, decision points and the trainees' desk, and answers the
 * read-only view policies decide from. Each mechanism lives in one class of {@code engine.process}
 * with the state it owns. All randomness comes from the state's seeded {@code random}.
 */
public final class LiaisonSim extends SimState implements WorldView {
  private static final long serialVersionUID = 1L;

  /** Orderings of the processes within one tick. */
  public static final class Phase {
    public static final int DAY_START = 0;
    public static final int MSEL = 1;
    public static final int FACTIONS = 2;
    public static final int VIOLENCE = 3;
    public static final int REPORTING = 4;
    public static final int FORCE = 5;
    public static final int HUMANITARIAN = 6;
    public static final int COMMS = 7;
    public static final int DELIVERIES = 8;
    public static final int UNITS = 9;
    public static final int END = 10;

    private Phase() {}
  }

  private final Scenario scenario;
  /** What every run of the scenario sets up the same way, shared with its other runs. */
  private final transient PreparedScenario prepared;
  private Parameters p;
  private final transient EventBus bus;
  private final transient DecisionMaker decisionMaker;
  private final transient IndicatorTracker indicators;
  private final String policyName;
  private final transient WorldView view = new ReadOnlyView(this);
  private World world;
  private TrustStore trust;
  private CommsNetwork comms;
  private ActionExecutor actions;
  private WarningProcess warnings;
  private ForcePosture posture;
  private Partnerships partnerships;
  private DisplacementProcess displacement;
  private ArmedGroups armedGroups;
  private Access access;
  private MessageHandling handling;
  private ResponseProcess response;
  private ViolenceProcess violence;
  private HumanitarianProcess humanitarian;
  private CommunicationProcess communication;
  private ReportingProcess reporting;
  private AttacksOnMission attacksOnMission;
  private PrivateSecurity privateSecurity;
  private StateForces stateForces;
  private long tick;
  private boolean[] injectFired;
  /** Hours exercise control moved each MSEL entry later. */
  private long[] injectDelay;
  private boolean[] pointReached;
  /** Decision points reached whose choice was left to the desk, in the order reached. */
  private final List<DecisionPoint> pending = new ArrayList<>();
  private final List<DecisionLog.Entry> decisionLog = new ArrayList<>();
  /** Why each entry of the decision log was refused (null where it was taken), by its position. */
  private final List<org.liaison.policy.Refusal> refusals = new ArrayList<>();
  private transient java.util.function.Consumer<DecisionLog.Entry> decisionListener = e -> { };
  private final transient Desk desk = new Desk();
  private final transient ExerciseControl control = new ExerciseControl(this);
  /** Ticks completed so far. */
  private long completed;
  private final long runSeed;
  /** Verdicts on the responses the MSEL entries expect. */
  private org.liaison.indicators.ResponseJudge responses;

  public LiaisonSim(Scenario scenario, long seed, DecisionMaker decisionMaker, EventBus bus) {
    this(scenario, PreparedScenario.of(scenario), seed, decisionMaker, bus);
  }

  /**
   * A run that shares the scenario's prepared tables with its other runs (a batch's, on any
   * thread).
   *
   * @param prepared made from this scenario or from one that differs from it in its parameters alone
   */
  public LiaisonSim(Scenario scenario, PreparedScenario prepared, long seed, DecisionMaker decisionMaker,
      EventBus bus) {
    super(generator(seed), new sim.engine.Schedule());
    // The texts it writes into events are the file's own, whatever language the reader chose.
    scenario = scenario.inOwnLanguage();
    if (!prepared.fits(scenario)) {
      throw new IllegalArgumentException("the prepared scenario was made from another scenario than "
          + scenario.metadata().id() + "'s run");
    }
    this.prepared = prepared;
    this.runSeed = seed;
    this.scenario = scenario;
    this.p = scenario.parameters();
    this.bus = bus;
    this.decisionMaker = decisionMaker;
    this.policyName = decisionMaker.name();
    this.indicators = new IndicatorTracker(scenario, prepared.trackerFacts);
    bus.subscribe(indicators);
  }

  @Override
  public void start() {
    super.start();
    tick = 0;
    world = new World(scenario, prepared);
    threatenedZones = null;
    trust = new TrustStore(p.trustForgettingPerDay());
    communication = new CommunicationProcess(this);
    comms = new CommsNetwork(communication, random, bus, world.actors.length + world.hubs.length,
        p.languageBarrierDelayHours(), p.misunderstandingProbability(), prepared.media);
    warnings = new WarningProcess(this);
    posture = new ForcePosture(this);
    partnerships = new Partnerships(this);
    displacement = new DisplacementProcess(this);
    armedGroups = new ArmedGroups(this);
    response = new ResponseProcess(this);
    violence = new ViolenceProcess(this);
    humanitarian = new HumanitarianProcess(this);
    reporting = new ReportingProcess(this);
    attacksOnMission = new AttacksOnMission(this);
    privateSecurity = new PrivateSecurity(this);
    access = new Access(scenario, world, this::publish);
    handling = new MessageHandling(this);
    stateForces = new StateForces(this);
    actions = new ActionExecutor(this);
    publish(new EngineEvent.RunStarted(0, scenario.metadata().id(), seed(), policyName,
        world.actors.length, world.units.length));
    setPriors();
    openChannels();
    joinHubs();
    injectFired = new boolean[scenario.msel().size()];
    responses = new org.liaison.indicators.ResponseJudge(prepared.responses);
    injectDelay = new long[scenario.msel().size()];
    pointReached = new boolean[scenario.decisionPoints().size()];
    scheduleProcesses();
  }

  private void setPriors() {
    for (PreparedScenario.ResolvedPrior r : prepared.priors) {
      TrustPrior prior = r.prior();
      trust.setPrior(r.from(), r.to(), prior.value(), prior.confidence(), 0);
      publish(new EngineEvent.TrustPriorSet(0, prior.from(), prior.to(),
          trust.r(r.from(), r.to(), 0), trust.s(r.from(), r.to(), 0)));
    }
  }

  private void openChannels() {
    for (PreparedScenario.ResolvedChannel r : prepared.channels) {
      Channel c = r.channel();
      comms.add(c.id(), r.from(), r.to(), c.medium(), r.latencyHours(), r.reliability(), c.capacityPerHour(),
          r.interception(), c.bidirectional());
    }
  }

  /** Actors named as members of a hub take part in its forum from the start. */
  private void joinHubs() {
    for (int a : prepared.hubJoiners) {
      world.actors[a].hubMember = true;
      actions.include(world.actors[a], true);
    }
  }

  private void scheduleProcesses() {
    schedule.scheduleRepeating(0.0, Phase.DAY_START, s -> dayStart(), 1.0);
    schedule.scheduleRepeating(0.0, Phase.MSEL, s -> msel(), 1.0);
    for (int f : world.factions) {
      final ActorState faction = world.actors[f];
      schedule.scheduleRepeating(0.0, Phase.FACTIONS, s -> {
        violence.prepare(faction);
        attacksOnMission.consider(faction);
      }, 1.0);
    }
    schedule.scheduleRepeating(0.0, Phase.VIOLENCE, s -> violence.step(), 1.0);
    schedule.scheduleRepeating(0.0, Phase.REPORTING, s -> reporting.step(), 1.0);
    schedule.scheduleRepeating(0.0, Phase.FORCE, s -> {
      attacksOnMission.reinforce();
      posture.step();
      stateForces.step();
    }, 1.0);
    for (int h : world.humanitarians) {
      final ActorState ngo = world.actors[h];
      schedule.scheduleRepeating(0.0, Phase.HUMANITARIAN, s -> humanitarian.plan(ngo), 1.0);
    }
    schedule.scheduleRepeating(0.0, Phase.COMMS, s -> {
      comms.deliver(tick);
      handling.release(tick, response::warned);
    }, 1.0);
    schedule.scheduleRepeating(0.0, Phase.DELIVERIES, s -> humanitarian.arrivals(), 1.0);
    // One schedule entry steps every unit in order: units do not interact within the phase, and
    // one entry instead of one per unit keeps the schedule's heap small at tens of thousands.
    schedule.scheduleRepeating(0.0, Phase.UNITS, new Sequence(world.units), 1.0);
    schedule.scheduleRepeating(0.0, Phase.END, s -> endTick(), 1.0);
  }

  // ---------------------------------------------------------------- accessors

  public World world() {
    return world;
  }

  public TrustStore trust() {
    return trust;
  }

  public CommsNetwork comms() {
    return comms;
  }

  public ActionExecutor actions() {
    return actions;
  }

  public WarningProcess warnings() {
    return warnings;
  }

  public ForcePosture posture() {
    return posture;
  }

  public Partnerships partnerships() {
    return partnerships;
  }

  public ResponseProcess response() {
    return response;
  }

  public ViolenceProcess violence() {
    return violence;
  }

  public DisplacementProcess displacement() {
    return displacement;
  }

  public ArmedGroups armedGroups() {
    return armedGroups;
  }

  public AttacksOnMission attacksOnMission() {
    return attacksOnMission;
  }

  public HumanitarianProcess humanitarian() {
    return humanitarian;
  }

  /** What hubs and receivers do with a message beyond carrying it. */
  public MessageHandling handling() {
    return handling;
  }

  /** The ground this hour: terrain, seasons and closed roads. */
  public Access access() {
    return access;
  }

  public PrivateSecurity privateSecurity() {
    return privateSecurity;
  }

  public StateForces stateForces() {
    return stateForces;
  }

  public IndicatorTracker indicators() {
    return indicators;
  }

  public Parameters parameters() {
    return p;
  }

  public DecisionMaker decisionMaker() {
    return decisionMaker;
  }

  /** Ticks completed so far (0 before the first {@link #stepTick()}). */
  public long completed() {
    return completed;
  }

  /**
   * Runs one tick: the decision maker's between-ticks turn first (a replayed desk), then every
   * process of the tick. The runner and the exercise both advance the simulation only this way.
   */
  public void stepTick() {
    decisionMaker.betweenTicks(view, desk, completed);
    schedule.step(this);
    completed++;
  }

  /** The trainees' desk: pending decision points, choices and free actions in a role's name. */
  public Decisions desk() {
    return desk;
  }

  /** Decision points waiting for a choice at the desk, in the order they were reached. */
  public List<DecisionPoint> pendingDecisions() {
    return List.copyOf(pending);
  }

  /** The decision log so far. */
  public List<DecisionLog.Entry> decisionLog() {
    return java.util.Collections.unmodifiableList(decisionLog);
  }

  /**
   * Why the decision log's entry with this number was refused, as code and arguments (its
   * {@code reason} is the English text of it), or null if it was taken.
   */
  public org.liaison.policy.Refusal refusalOf(int seq) {
    return seq < 1 || seq > refusals.size() ? null : refusals.get(seq - 1);
  }

  /** Told of every decision log entry as it is made, on the simulation's thread. */
  public void onDecision(java.util.function.Consumer<DecisionLog.Entry> listener) {
    decisionListener = listener == null ? e -> { } : listener;
  }

  /** Appends an entry to the decision log and tells the listener. */
  void logDecision(DecisionLog.Phase phase, String role, DecisionLog.Kind kind, String point,
      String option, String by, CoordinationAction action, boolean taken, org.liaison.policy.Refusal reason) {
    logDecision(phase, role, kind, point, option, by, action, taken, reason, null);
  }

  private void logDecision(DecisionLog.Phase phase, String role, DecisionLog.Kind kind, String point,
      String option, String by, CoordinationAction action, boolean taken, org.liaison.policy.Refusal reason,
      ControlAct control) {
    DecisionLog.Entry e = new DecisionLog.Entry(decisionLog.size() + 1, completed, tick, phase, role,
        kind, point, option, by, action, taken, reason == null ? null : reason.text(), control);
    decisionLog.add(e);
    refusals.add(reason);
    decisionListener.accept(e);
  }

  /** An action was taken in the name of a source: the MSEL entries it answers are judged. */
  void responded(CoordinationAction action, String source) {
    publishVerdicts(responses.actionTaken(tick, action.type().name(), action.target(), source));
  }

  private void publishVerdicts(List<org.liaison.indicators.ResponseJudge.Verdict> verdicts) {
    for (org.liaison.indicators.ResponseJudge.Verdict v : verdicts) {
      publish(new EngineEvent.ExpectedResponseChecked(tick, v.inject(), v.expectedAction(),
          v.outcome().name().toLowerCase(java.util.Locale.ROOT), v.hoursAfterInject()));
    }
  }

  /** The desk: choices and free actions between ticks, in the name of a role. */
  private final class Desk implements Decisions {
    @Override
    public List<DecisionPoint> pending() {
      return pendingDecisions();
    }

    @Override
    public ActionResult choose(String role, String decisionPointId, String optionId, String decidedBy) {
      DecisionPoint point = pending.stream().filter(d -> d.id().equals(decisionPointId)).findFirst().orElse(null);
      org.liaison.policy.Refusal reason = null;
      DecisionOption option = null;
      if (point == null) {
        reason = org.liaison.policy.Refusal.Code.NO_DECISION_WAITING.of(decisionPointId);
      } else if (!point.role().equals(role)) {
        reason = org.liaison.policy.Refusal.Code.DECISION_OF_OTHER_ROLE.of(point.id(), point.role(), role);
      } else {
        option = point.options().stream().filter(o -> o.id().equals(optionId)).findFirst().orElse(null);
        if (option == null) {
          reason = org.liaison.policy.Refusal.Code.NO_SUCH_OPTION.of(optionId, point.id(),
              String.join(", ", point.options().stream().map(DecisionOption::id).toList()));
        }
      }
      if (reason != null) {
        logDecision(DecisionLog.Phase.DESK, role, DecisionLog.Kind.CHOICE, decisionPointId, optionId,
            decidedBy, null, false, reason);
        return ActionResult.refused(reason);
      }
      pending.remove(point);
      decide(point, option, decidedBy, DecisionLog.Phase.DESK);
      return ActionResult.TAKEN;
    }

    @Override
    public ActionResult take(String role, CoordinationAction action) {
      if (action == null || action.type() == null) {
        return ActionResult.refused(org.liaison.policy.Refusal.Code.NO_ACTION_TYPE.of());
      }
      if (!isRole(role)) {
        org.liaison.policy.Refusal reason = org.liaison.policy.Refusal.Code.UNKNOWN_ROLE_OF.of(role, String.join(", ",
            scenario.metadata().roles().stream().map(org.liaison.scenario.Role::id).toList()));
        logDecision(DecisionLog.Phase.DESK, role, DecisionLog.Kind.ACTION, null, null, null, action, false, reason);
        return ActionResult.refused(reason);
      }
      org.liaison.policy.Refusal barred = roleRefusal(role, action.type());
      if (barred != null) {
        logDecision(DecisionLog.Phase.DESK, role, DecisionLog.Kind.ACTION, null, null, null, action, false, barred);
        return ActionResult.refused(barred);
      }
      return actions.asActions(role, DecisionLog.Phase.DESK, role, null).take(action);
    }

    @Override
    public ActionResult control(String by, ControlAct act) {
      org.liaison.policy.Refusal refusal = act == null ? org.liaison.policy.Refusal.Code.NO_CONTROL_ACT.of()
          : control.refusal(act);
      if (refusal == null) {
        control.apply(act, by);
      }
      logDecision(DecisionLog.Phase.DESK, ExerciseControl.ROLE, DecisionLog.Kind.CONTROL, null, null, by, null,
          refusal == null, refusal, act);
      return refusal == null ? ActionResult.TAKEN : ActionResult.refused(refusal);
    }
  }

  /**
   * The actions a trainee role may take at the desk (see {@link org.liaison.scenario.Role#allowedActions});
   * empty for an unknown role. A decision point's options are the scenario's own and are not limited by it.
   */
  public java.util.Set<org.liaison.scenario.ActionType> allowedActions(String role) {
    org.liaison.scenario.Role r = scenario.metadata().roles().stream().filter(x -> x.id().equals(role))
        .findFirst().orElse(null);
    if (r == null) {
      return java.util.Set.of();
    }
    String actor = r.actor() != null ? r.actor() : missionActor();
    org.liaison.scenario.ActorKind kind = scenario.actors().stream().filter(a -> a.id().equals(actor))
        .map(org.liaison.scenario.Actor::kind).findFirst().orElse(org.liaison.scenario.ActorKind.PEACEKEEPING_UNIT);
    return r.allowedActions(kind);
  }

  /** Why a role may not take actions of a type at the desk, or null if it may. */
  public org.liaison.policy.Refusal roleRefusal(String role, org.liaison.scenario.ActionType type) {
    if (allowedActions(role).contains(type)) {
      return null;
    }
    String title = scenario.metadata().roles().stream().filter(x -> x.id().equals(role))
        .map(org.liaison.scenario.Role::title).findFirst().orElse(role);
    return org.liaison.policy.Refusal.Code.ROLE_DOES_NOT_ORDER.of(title, type);
  }

  /** Whether the id is one of the scenario's trainee roles. */
  public boolean isRole(String role) {
    return role != null && scenario.metadata().roles().stream().anyMatch(r -> r.id().equals(role));
  }

  private void decide(DecisionPoint point, DecisionOption option, String decidedBy, DecisionLog.Phase phase) {
    publish(new EngineEvent.DecisionTaken(tick, point.id(), option.id(), decidedBy));
    logDecision(phase, point.role(), DecisionLog.Kind.CHOICE, point.id(), option.id(), decidedBy, null, true, null);
    ActionExecutor.Source source = actions.asActions("decision:" + point.id(), DecisionLog.Phase.OPTION,
        point.role(), point.id());
    for (var action : option.actions()) {
      source.take(action);
    }
  }

  /** The current hour since the start of the run. */
  @Override
  public long tick() {
    return tick;
  }

  public void publish(EngineEvent event) {
    bus.publish(event);
  }

  /** Adds trust evidence from one actor about another and publishes it. */
  public void evidence(int from, int to, double positive, double negative, String reason) {
    if (from == to || from < 0 || to < 0) {
      return;
    }
    trust.addEvidence(from, to, positive, negative, tick);
    publish(new EngineEvent.TrustEvidence(tick, world.actors[from].id(), world.actors[to].id(),
        positive, negative, reason, trust.r(from, to, tick), trust.s(from, to, tick)));
  }

  /** Expected trust of an actor in the mission: the best over mission actors. */
  public double trustInMission(int actor) {
    double best = 0;
    for (int m : world.mission) {
      best = Math.max(best, trust.expected(actor, m, tick));
    }
    return best;
  }

  public void setHostility(ActorState actor, double value, String reason) {
    double v = Math.max(0, Math.min(1, value));
    if (v != actor.hostility) {
      actor.hostility = v;
      threatenedZones = null;
      publish(new EngineEvent.HostilityChanged(tick, actor.id(), v, reason));
    }
  }

  // ---------------------------------------------------------------- day start

  private void dayStart() {
    tick = (long) schedule.getTime();
    if (tick % 24 != 0) {
      return;
    }
    // Before the first tick the desk may already have spent part of day 1.
    world.spentToday = tick == 0 ? Math.max(world.spentToday, world.standingPerDay) : world.standingPerDay;
    int m = world.primaryMission();
    for (ActorState a : world.actors) {
      if (a.liaisonOfficer && m >= 0) {
        evidence(a.index, m, p.contactEvidence(), 0, "liaison contact");
        evidence(m, a.index, p.contactEvidence(), 0, "liaison contact");
      }
    }
    actions.lapseForums();
    partnerships.daily();
    stateForces.daily();
    armedGroups.daily();
    warnings.daily();
    decisionMaker.daily(view, actions.asActions("policy", DecisionLog.Phase.DAILY, "policy", null));
  }

  // ---------------------------------------------------------------- MSEL and decisions

  @Override
  public double variable(String name) {
    return switch (name) {
      case "day" -> tick / 24 + 1;
      case "hour" -> tick % 24;
      default -> indicators.value(name);
    };
  }

  private void msel() {
    access.update(tick);
    List<Inject> msel = scenario.msel();
    for (int i = 0; i < msel.size(); i++) {
      if (injectFired[i]) {
        continue;
      }
      Inject inject = msel.get(i);
      Condition c = prepared.injectConditions.get(i);
      long at = (inject.at() == null ? 0 : inject.at().tick()) + injectDelay[i];
      boolean due = c == null
          ? inject.at() != null && at == tick
          : at <= tick && c.holds(this::variable);
      if (due) {
        fireEntry(i);
      }
    }
    publishVerdicts(responses.hourEnded(tick));
    List<DecisionPoint> points = scenario.decisionPoints();
    for (int i = 0; i < points.size(); i++) {
      if (pointReached[i]) {
        continue;
      }
      DecisionPoint point = points.get(i);
      Condition c = prepared.pointConditions.get(i);
      boolean due = point.at() != null
          ? point.at().tick() <= tick && (c == null || c.holds(this::variable))
          : c != null && c.holds(this::variable);
      if (due) {
        pointReached[i] = true;
        publish(new EngineEvent.DecisionPointReached(tick, point.id(), point.role()));
        DecisionOption option = decisionMaker.choose(point, view);
        if (option == null) {
          pending.add(point);
        } else {
          decide(point, option, decisionMaker.decidedBy(point), DecisionLog.Phase.POINT);
        }
      }
    }
  }

  /**
   * A message from an actor reached a mission actor: the mission owes it an answer, which a
   * reply gives. A message between two mission actors or from elsewhere owes nothing.
   */
  public void messageToMission(int from, int to) {
    if (from >= 0 && from < world.actors.length && !world.actors[from].isMission() && world.isMission(to)) {
      world.unanswered[from]++;
      world.received[from]++;
    }
  }

  /** An inject from an actor reached the trainees: the mission owes it an answer. */
  void injectFrom(String from, String to) {
    int a = from == null ? -1 : world.actor(from);
    if (a >= 0 && !world.actors[a].isMission() && to != null && !to.isBlank()) {
      world.unanswered[a]++;
    }
  }

  /** Fires MSEL entry i (by position): publishes it, opens its expected response, applies its effects. */
  void fireEntry(int i) {
    Inject inject = scenario.msel().get(i);
    injectFired[i] = true;
    publish(new EngineEvent.InjectFired(tick, inject.number(), inject.type().name(),
        inject.from(), String.join(",", inject.to()), inject.message(), inject.objective()));
    injectFrom(inject.from(), String.join(",", inject.to()));
    publishVerdicts(responses.fired(inject.number(), tick));
    for (Effect e : inject.effects()) {
      apply(e);
    }
  }

  /** Whether MSEL entry i (by position) has fired or was cancelled. */
  boolean entryDone(int i) {
    return injectFired[i];
  }

  /** Cancels MSEL entry i (by position): it will not fire. */
  void cancelEntry(int i) {
    injectFired[i] = true;
  }

  /**
   * Moves MSEL entry i (by position) later: a timed entry fires hours after its time (or, if that
   * has passed, after the next tick), a contingency is not checked before then.
   */
  void delayEntry(int i, int hours) {
    Inject inject = scenario.msel().get(i);
    long at = (inject.at() == null ? 0 : inject.at().tick()) + injectDelay[i];
    injectDelay[i] += Math.max(0, completed - at) + hours;
  }

  /** Replaces the model's parameters (exercise control); processes read them from the next use on. */
  void replaceParameters(Parameters parameters) {
    this.p = parameters;
  }

  /** Applies one effect of an inject to the world. */
  void apply(Effect e) {
    int zone = e.zone() == null ? -1 : world.zone(e.zone());
    int actor = e.actor() == null ? -1 : world.actor(e.actor());
    double amount = e.amount() == null ? 0 : e.amount();
    switch (e.kind()) {
      case CHANGE_NEED -> {
        if (zone >= 0) {
          ZoneState z = world.zones[zone];
          z.need = Math.max(0, Math.min(1, z.need + amount));
        }
      }
      case CHANGE_HOSTILITY -> {
        if (actor >= 0) {
          ActorState a = world.actors[actor];
          a.standingHostility = Math.max(0, Math.min(1, a.standingHostility + amount));
          setHostility(a, a.hostility + amount, EventReason.Code.INJECT.text());
        }
      }
      case CHANGE_GRIEVANCE -> {
        if (actor >= 0) {
          ActorState a = world.actors[actor];
          a.grievance = Math.max(0, Math.min(1, a.grievance + amount));
        }
      }
      case PREPARE_ATTACK -> {
        if (actor >= 0 && zone >= 0) {
          violence.prepareAttack(world.actors[actor], zone);
        }
      }
      case CIVILIAN_HARM -> {
        if (zone >= 0) {
          violence.harm(zone, actor, (int) Math.round(amount), EventReason.Code.INJECT.text());
        }
      }
      case DISPLACEMENT -> {
        if (zone >= 0) {
          displacement.flee(zone, (int) Math.round(amount));
        }
      }
      case CHANNEL_DOWN -> {
        ChannelState c = e.channel() == null ? null : comms.byId(e.channel());
        if (c != null) {
          comms.takeDown(c, tick + (e.hours() == null ? 24 : e.hours()));
        }
      }
      case MEDIUM_DOWN -> {
        long until = tick + (e.hours() == null ? 24 : e.hours());
        boolean[] area = null;
        if (zone >= 0 || !e.zones().isEmpty()) {
          area = new boolean[world.zones.length];
          for (String id : e.zones()) {
            int z = world.zone(id);
            if (z >= 0) {
              area[z] = true;
            }
          }
          if (zone >= 0) {
            area[zone] = true;
          }
        }
        comms.mediumDown(e.medium(), area, tick, until);
        publish(new EngineEvent.MediumOutage(tick, e.medium().name(),
            e.zone() != null ? e.zone() : String.join(",", e.zones()), until));
      }
      case ROAD_CLOSED -> {
        int a = e.between().size() == 2 ? world.zone(e.between().get(0)) : -1;
        int b = e.between().size() == 2 ? world.zone(e.between().get(1)) : -1;
        if (zone >= 0 || (a >= 0 && b >= 0)) {
          access.close(zone, a, b, amount, tick, e.hours() == null ? 24 : e.hours(), "inject");
        }
      }
      case RUMOUR -> {
        if (actor >= 0) {
          int[] hearers = zone >= 0 ? world.communitiesByZone[zone] : world.communities;
          for (int c : hearers) {
            evidence(c, actor, 0, amount, "rumour");
          }
        }
      }
      case REQUEST -> {
        if (actor >= 0 && e.task() != null) {
          world.requests.add(new PendingRequest(world.actors[actor].id(), e.task(), tick));
        }
      }
    }
  }

  // ---------------------------------------------------------------- end of tick

  private void endTick() {
    publish(new EngineEvent.TickEnded(tick));
  }

  // ---------------------------------------------------------------- WorldView

  @Override
  public Scenario scenario() {
    return scenario;
  }

  /** The whole 64-bit seed: MASON's own {@code seed()} keeps only its low 32 bits. */
  @Override
  public long seed() {
    return runSeed;
  }

  /**
   * MASON seeds its generator from a long's low 32 bits only; seeding from both halves gives
   * every 64-bit seed its own stream.
   */
  private static ec.util.MersenneTwisterFast generator(long seed) {
    return new ec.util.MersenneTwisterFast(new int[] {(int) (seed >>> 32), (int) seed});
  }

  @Override
  public String missionActor() {
    int m = world.primaryMission();
    return m < 0 ? null : world.actors[m].id();
  }

  @Override
  public double budgetLeft() {
    return scenario.coordination().staffHoursPerDay() - world.spentToday;
  }

  @Override
  public double standingCostPerDay() {
    return world.standingPerDay;
  }

  @Override
  public boolean hasLiaisonOfficer(String actor) {
    int a = world.actor(actor);
    return a >= 0 && world.actors[a].liaisonOfficer;
  }

  @Override
  public boolean hasAlertNetwork(String actor) {
    int a = world.actor(actor);
    return a >= 0 && world.actors[a].alertNetwork;
  }

  @Override
  public boolean hasDeconfliction(String actor) {
    int a = world.actor(actor);
    return a >= 0 && world.actors[a].deconfliction;
  }

  @Override
  public boolean hasInterpreters(String language) {
    return world.interpreters.contains(language);
  }

  @Override
  public boolean missionSpeaks(String language) {
    return world.missionLanguages.contains(language);
  }

  @Override
  public double trustInMission(String actor) {
    int a = world.actor(actor);
    return a < 0 ? 0.5 : trustInMission(a);
  }

  @Override
  public double trustVia(String from, String via, String to) {
    int a = world.actor(from);
    int k = world.actor(via);
    int b = world.actor(to);
    return a < 0 || k < 0 || b < 0 ? 0.5 : trust.expectedVia(a, k, b, tick);
  }

  @Override
  public double hostility(String actor) {
    int a = world.actor(actor);
    return a < 0 ? 0 : world.actors[a].hostility;
  }

  /**
   * Threatened zones as last computed, or null once a hostility has changed: the list depends only
   * on hostilities (all set through {@link #setHostility}) and on fixed zones and mandates, and the
   * doctrine policy asks for it once per community every day.
   */
  private transient List<String> threatenedZones;

  @Override
  public List<String> threatenedZones() {
    if (threatenedZones == null) {
      threatenedZones = computeThreatenedZones();
    }
    return threatenedZones;
  }

  private List<String> computeThreatenedZones() {
    List<String> list = new ArrayList<>();
    for (ZoneState z : world.zones) {
      for (int f : world.factions) {
        ActorState faction = world.actors[f];
        if (faction.hostility > 0 && faction.spec.mandate().coversZone(z.id())) {
          list.add(z.id());
          break;
        }
      }
    }
    return List.copyOf(list);
  }

  @Override
  public boolean applicable(CoordinationAction action) {
    return actions.preconditionRefusal(action) == null;
  }

  @Override
  public List<PendingRequest> pendingRequests() {
    return List.copyOf(world.requests);
  }

  @Override
  public boolean mediumWorks(Medium medium, String zone) {
    return !comms.outageCovers(medium, world.zone(zone), tick);
  }

  @Override
  public Medium alertMedium(String community) {
    int a = world.actor(community);
    return a < 0 ? null : actions.alertMediumOf(world.actors[a]);
  }

  @Override
  public boolean roadOpen(String fromZone, String toZone) {
    int a = world.zone(fromZone);
    int b = world.zone(toZone);
    return a >= 0 && b >= 0 && (a == b || !Double.isInfinite(access.roadHours(a, b, 1)));
  }

  @Override
  public int warningsReceived(String zone) {
    int z = world.zone(zone);
    return z < 0 ? 0 : world.zones[z].warningsReceived;
  }

  @Override
  public int attacksKnown(String zone) {
    int z = world.zone(zone);
    return z < 0 ? 0 : world.zones[z].knownAttacks;
  }

  @Override
  public int messagesFrom(String actor) {
    int a = world.actor(actor);
    return a < 0 ? 0 : world.received[a];
  }

  @Override
  public List<org.liaison.policy.UnitPosition> protectingUnits() {
    List<org.liaison.policy.UnitPosition> list = new ArrayList<>();
    for (org.liaison.engine.agents.UnitAgent u : world.units) {
      if (u.protects() && world.isMission(u.actor.index)) {
        list.add(new org.liaison.policy.UnitPosition(u.id, zoneId(u.moving() ? -1 : u.zone()),
            zoneId(u.station), zoneId(u.destination())));
      }
    }
    return list;
  }

  private String zoneId(int zone) {
    return zone < 0 ? null : world.zones[zone].id();
  }

  /**
   * The view handed to decision makers: it delegates to the simulation but is not the simulation,
   * so a policy cannot reach the world through a cast.
   */
  private static final class ReadOnlyView implements WorldView {
    private final LiaisonSim sim;

    ReadOnlyView(LiaisonSim sim) {
      this.sim = sim;
    }

    @Override
    public Scenario scenario() {
      return sim.scenario();
    }

    @Override
    public long tick() {
      return sim.tick();
    }

    @Override
    public long seed() {
      return sim.seed();
    }

    @Override
    public double variable(String name) {
      return sim.variable(name);
    }

    @Override
    public String missionActor() {
      return sim.missionActor();
    }

    @Override
    public double budgetLeft() {
      return sim.budgetLeft();
    }

    @Override
    public double standingCostPerDay() {
      return sim.standingCostPerDay();
    }

    @Override
    public boolean hasLiaisonOfficer(String actor) {
      return sim.hasLiaisonOfficer(actor);
    }

    @Override
    public boolean hasAlertNetwork(String actor) {
      return sim.hasAlertNetwork(actor);
    }

    @Override
    public boolean hasDeconfliction(String actor) {
      return sim.hasDeconfliction(actor);
    }

    @Override
    public boolean hasInterpreters(String language) {
      return sim.hasInterpreters(language);
    }

    @Override
    public boolean missionSpeaks(String language) {
      return sim.missionSpeaks(language);
    }

    @Override
    public double trustInMission(String actor) {
      return sim.trustInMission(actor);
    }

    @Override
    public double trustVia(String from, String via, String to) {
      return sim.trustVia(from, via, to);
    }

    @Override
    public double hostility(String actor) {
      return sim.hostility(actor);
    }

    @Override
    public List<String> threatenedZones() {
      return sim.threatenedZones();
    }

    @Override
    public boolean applicable(CoordinationAction action) {
      return sim.applicable(action);
    }

    @Override
    public List<PendingRequest> pendingRequests() {
      return sim.pendingRequests();
    }

    @Override
    public boolean mediumWorks(Medium medium, String zone) {
      return sim.mediumWorks(medium, zone);
    }

    @Override
    public Medium alertMedium(String community) {
      return sim.alertMedium(community);
    }

    @Override
    public boolean roadOpen(String fromZone, String toZone) {
      return sim.roadOpen(fromZone, toZone);
    }

    @Override
    public int warningsReceived(String zone) {
      return sim.warningsReceived(zone);
    }

    @Override
    public int attacksKnown(String zone) {
      return sim.attacksKnown(zone);
    }

    @Override
    public int messagesFrom(String actor) {
      return sim.messagesFrom(actor);
    }

    @Override
    public List<org.liaison.policy.UnitPosition> protectingUnits() {
      return sim.protectingUnits();
    }
  }
}
