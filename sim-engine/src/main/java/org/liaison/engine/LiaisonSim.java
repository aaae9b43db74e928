package org.liaison.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.liaison.comms.ChannelState;
import org.liaison.comms.CommsNetwork;
import org.liaison.comms.Message;
import org.liaison.comms.MessageKind;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.Delivery;
import org.liaison.policy.PendingRequest;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.engine.process.ArmedGroups;
import org.liaison.engine.process.DisplacementProcess;
import org.liaison.engine.process.ForcePosture;
import org.liaison.engine.process.MessageHandling;
import org.liaison.engine.process.Partnerships;
import org.liaison.engine.process.WarningProcess;
import org.liaison.engine.space.Access;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.indicators.IndicatorTracker;
import org.liaison.policy.ActionResult;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.Decisions;
import org.liaison.policy.WorldView;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Channel;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Effect;
import org.liaison.scenario.Inject;
import org.liaison.scenario.InjectType;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Principle;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Task;
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
 * arrives), unit movement, and the end of tick on which indicators are taken. Processes with
 * state of their own live in {@code engine.process}. All randomness comes from the state's seeded {@code random}.
 */
public final class LiaisonSim extends SimState implements WorldView, CommsNetwork.World {
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
  private long tick;
  private boolean[] injectFired;
  /** Hours exercise control moved each MSEL entry later. */
  private long[] injectDelay;
  private transient boolean[] threatened;
  private transient UnitAgent[] candidates = new UnitAgent[16];
  private transient double[] candidateHours = new double[16];
  private boolean[] pointReached;
  private List<Condition> injectConditions;
  private List<Condition> pointConditions;
  /** Decision points reached whose choice was left to the desk, in the order reached. */
  private final List<DecisionPoint> pending = new ArrayList<>();
  private final List<DecisionLog.Entry> decisionLog = new ArrayList<>();
  private transient java.util.function.Consumer<DecisionLog.Entry> decisionListener = e -> { };
  private final transient Desk desk = new Desk();
  private final transient ExerciseControl control = new ExerciseControl(this);
  /** Ticks completed so far. */
  private long completed;
  private final long runSeed;
  /** Verdicts on the responses the MSEL entries expect. */
  private org.liaison.indicators.ResponseJudge responses;

  public LiaisonSim(Scenario scenario, long seed, DecisionMaker decisionMaker, EventBus bus) {
    super(generator(seed), new sim.engine.Schedule());
    this.runSeed = seed;
    this.scenario = scenario;
    this.p = scenario.parameters();
    this.bus = bus;
    this.decisionMaker = decisionMaker;
    this.policyName = decisionMaker.name();
    this.indicators = new IndicatorTracker(scenario);
    bus.subscribe(indicators);
  }

  @Override
  public void start() {
    super.start();
    tick = 0;
    world = new World(scenario);
    threatenedZones = null;
    trust = new TrustStore(p.trustForgettingPerDay());
    comms = new CommsNetwork(this, random, bus, world.actors.length + world.hubs.length,
        p.languageBarrierDelayHours(), p.misunderstandingProbability(),
        new org.liaison.comms.MediumProfile(scenario.media()));
    warnings = new WarningProcess(this);
    posture = new ForcePosture(this);
    partnerships = new Partnerships(this);
    displacement = new DisplacementProcess(this);
    armedGroups = new ArmedGroups(this);
    access = new Access(scenario, world, this::publish);
    handling = new MessageHandling(this);
    actions = new ActionExecutor(this);
    threatened = new boolean[world.zones.length];
    publish(new EngineEvent.RunStarted(0, scenario.metadata().id(), seed(), policyName,
        world.actors.length, world.units.length));
    for (TrustPrior prior : scenario.trust()) {
      int from = world.actor(prior.from());
      int to = world.actor(prior.to());
      if (from >= 0 && to >= 0) {
        trust.setPrior(from, to, prior.value(), prior.confidence(), 0);
        publish(new EngineEvent.TrustPriorSet(0, prior.from(), prior.to(),
            trust.r(from, to, 0), trust.s(from, to, 0)));
      }
    }
    for (Channel c : scenario.channels()) {
      int from = world.endpoint(c.from());
      int to = world.endpoint(c.to());
      if (from >= 0 && to >= 0) {
        comms.add(c.id(), from, to, c.medium(), c.latencyHours(), c.reliability(),
            c.capacityPerHour(), c.interception(), c.bidirectional());
      }
    }
    for (int h = 0; h < world.hubs.length; h++) {
      for (String m : world.hubs[h].members()) {
        int a = world.actor(m);
        if (a >= 0 && !world.actors[a].isMission()) {
          actions.include(world.actors[a], true);
        }
      }
    }
    injectFired = new boolean[scenario.msel().size()];
    responses = new org.liaison.indicators.ResponseJudge(scenario);
    injectDelay = new long[scenario.msel().size()];
    pointReached = new boolean[scenario.decisionPoints().size()];
    injectConditions = new ArrayList<>();
    for (Inject inject : scenario.msel()) {
      injectConditions.add(inject.condition() == null ? null : Condition.parse(inject.condition()));
    }
    pointConditions = new ArrayList<>();
    for (DecisionPoint point : scenario.decisionPoints()) {
      pointConditions.add(point.condition() == null ? null : Condition.parse(point.condition()));
    }
    schedule.scheduleRepeating(0.0, Phase.DAY_START, s -> dayStart(), 1.0);
    schedule.scheduleRepeating(0.0, Phase.MSEL, s -> msel(), 1.0);
    for (int f : world.factions) {
      final ActorState faction = world.actors[f];
      schedule.scheduleRepeating(0.0, Phase.FACTIONS, s -> factionStep(faction), 1.0);
    }
    schedule.scheduleRepeating(0.0, Phase.VIOLENCE, s -> violence(), 1.0);
    schedule.scheduleRepeating(0.0, Phase.REPORTING, s -> reporting(), 1.0);
    schedule.scheduleRepeating(0.0, Phase.FORCE, s -> posture.step(), 1.0);
    for (int h : world.humanitarians) {
      final ActorState ngo = world.actors[h];
      schedule.scheduleRepeating(0.0, Phase.HUMANITARIAN, s -> humanitarianStep(ngo), 1.0);
    }
    schedule.scheduleRepeating(0.0, Phase.COMMS, s -> {
      comms.deliver(tick);
      handling.release(tick, this::warningReceived);
    }, 1.0);
    schedule.scheduleRepeating(0.0, Phase.DELIVERIES, s -> resolveDeliveries(), 1.0);
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

  /** What hubs and receivers do with a message beyond carrying it. */
  public MessageHandling handling() {
    return handling;
  }

  /** The ground this hour: terrain, seasons and closed roads. */
  public Access access() {
    return access;
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

  /** Told of every decision log entry as it is made, on the simulation's thread. */
  public void onDecision(java.util.function.Consumer<DecisionLog.Entry> listener) {
    decisionListener = listener == null ? e -> { } : listener;
  }

  /** Appends an entry to the decision log and tells the listener. */
  void logDecision(DecisionLog.Phase phase, String role, DecisionLog.Kind kind, String point,
      String option, String by, CoordinationAction action, boolean taken, String reason) {
    logDecision(phase, role, kind, point, option, by, action, taken, reason, null);
  }

  private void logDecision(DecisionLog.Phase phase, String role, DecisionLog.Kind kind, String point,
      String option, String by, CoordinationAction action, boolean taken, String reason, ControlAct control) {
    DecisionLog.Entry e = new DecisionLog.Entry(decisionLog.size() + 1, completed, tick, phase, role,
        kind, point, option, by, action, taken, reason, control);
    decisionLog.add(e);
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
      String reason = null;
      DecisionOption option = null;
      if (point == null) {
        reason = "no decision point '" + decisionPointId + "' is waiting for a choice";
      } else if (!point.role().equals(role)) {
        reason = "decision point " + point.id() + " belongs to role " + point.role() + ", not " + role;
      } else {
        option = point.options().stream().filter(o -> o.id().equals(optionId)).findFirst().orElse(null);
        if (option == null) {
          reason = "no option '" + optionId + "' at " + point.id() + "; options: "
              + String.join(", ", point.options().stream().map(DecisionOption::id).toList());
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
        return ActionResult.refused("no action type");
      }
      if (!isRole(role)) {
        String reason = "unknown role '" + role + "'; roles: " + String.join(", ",
            scenario.metadata().roles().stream().map(org.liaison.scenario.Role::id).toList());
        logDecision(DecisionLog.Phase.DESK, role, DecisionLog.Kind.ACTION, null, null, null, action, false, reason);
        return ActionResult.refused(reason);
      }
      return actions.asActions(role, DecisionLog.Phase.DESK, role, null).take(action);
    }

    @Override
    public ActionResult control(String by, ControlAct act) {
      String reason = act == null ? "no control act" : control.refusal(act);
      if (reason == null) {
        control.apply(act, by);
      }
      logDecision(DecisionLog.Phase.DESK, ExerciseControl.ROLE, DecisionLog.Kind.CONTROL, null, null, by, null,
          reason == null, reason, act);
      return reason == null ? ActionResult.TAKEN : ActionResult.refused(reason);
    }
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
    partnerships.daily();
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
      Condition c = injectConditions.get(i);
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
      Condition c = pointConditions.get(i);
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

  /** Fires MSEL entry i (by position): publishes it, opens its expected response, applies its effects. */
  void fireEntry(int i) {
    Inject inject = scenario.msel().get(i);
    injectFired[i] = true;
    publish(new EngineEvent.InjectFired(tick, inject.number(), inject.type().name(),
        inject.from(), String.join(",", inject.to()), inject.message(), inject.objective()));
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
          setHostility(world.actors[actor], world.actors[actor].hostility + amount, "inject");
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
          prepareAttack(world.actors[actor], zone);
        }
      }
      case CIVILIAN_HARM -> {
        if (zone >= 0) {
          harm(zone, actor, (int) Math.round(amount), "inject");
        }
      }
      case DISPLACEMENT -> {
        if (zone >= 0) {
          displace(zone, (int) Math.round(amount));
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

  // ---------------------------------------------------------------- violence

  private void factionStep(ActorState faction) {
    if (faction.predation <= 0) {
      return;
    }
    double rate = p.attackRatePerDay() / 24.0 * faction.predation * (1 + faction.grievance);
    if (!random.nextBoolean(Math.min(1, rate))) {
      return;
    }
    double total = 0;
    double[] weights = new double[world.zones.length];
    for (ZoneState z : world.zones) {
      if (faction.spec.mandate().coversZone(z.id())) {
        weights[z.index] = z.population * z.spec.vulnerability()
            / (1.0 + z.deterrent / Math.max(1, p.deterrenceStrength()));
        total += weights[z.index];
      }
    }
    if (total <= 0) {
      return;
    }
    double pick = random.nextDouble() * total;
    for (int z = 0; z < weights.length; z++) {
      pick -= weights[z];
      if (pick < 0 || z == weights.length - 1) {
        if (weights[z] > 0) {
          prepareAttack(faction, z);
        }
        return;
      }
    }
  }

  void prepareAttack(ActorState faction, int zone) {
    Attack a = new Attack(world.nextAttackId++, faction.index, zone, tick,
        tick + Math.max(1, p.attackPreparationHours()));
    world.attacks.add(a);
    publish(new EngineEvent.AttackPrepared(tick, a.id, faction.id(), world.zones[zone].id(), a.executeAt));
  }

  private void violence() {
    Iterator<Attack> it = world.attacks.iterator();
    while (it.hasNext()) {
      Attack a = it.next();
      ZoneState zone = world.zones[a.zone];
      if (tick >= a.executeAt) {
        it.remove();
        if (a.phantom) {
          endFalseAlarm(a);
        } else {
          resolve(a, zone);
        }
        continue;
      }
      if (a.phantom) {
        continue;
      }
      for (int c : world.communitiesByZone[a.zone]) {
        if (!a.observedBy.get(c) && random.nextBoolean(p.observationProbabilityPerHour())) {
          a.observedBy.set(c);
          publish(new EngineEvent.AttackDetected(tick, a.id, world.actors[c].id(), zone.id()));
          warnings.observed(c, a);
        }
      }
      if (!a.seenByMission && zone.missionUnits > 0) {
        double pSee = 1 - Math.pow(1 - p.unitObservationProbabilityPerHour(), zone.missionUnits);
        if (random.nextBoolean(pSee)) {
          a.seenByMission = true;
          int m = world.primaryMission();
          publish(new EngineEvent.AttackDetected(tick, a.id, world.actors[m].id(), zone.id()));
          warningReceived(a, m, m);
        }
      }
    }
  }

  /** A warning of an attack reached a mission actor: responders are sent. */
  private void warningReceived(Attack attack, int warner, int responder) {
    if (!world.attacks.contains(attack)) {
      return;
    }
    if (attack.warnedAt < 0) {
      attack.warnedAt = tick;
      attack.warner = warner;
      if (!attack.phantom) {
        publish(new EngineEvent.AttackWarned(tick, attack.id, world.actors[warner].id(),
            world.actors[responder].id(), attack.executeAt - tick));
      }
    }
    dispatch(attack);
  }

  /**
   * Sends the nearest free protecting units allowed to protect in the zone until the presence
   * there or on the way reaches the mission's response goal (see {@link ForcePosture}). Units
   * guarding a zone under a known threat stay where they are. One pass over the mission's units
   * collects the candidates.
   */
  private void dispatch(Attack attack) {
    ZoneState zone = world.zones[attack.zone];
    double goal = posture.responseGoal(attack);
    double coming = zone.deterrent + attack.enRoute;
    if (coming >= goal) {
      return;
    }
    java.util.Arrays.fill(threatened, false);
    for (Attack a : world.attacks) {
      if (a.warnedAt >= 0) {
        threatened[a.zone] = true;
      }
    }
    int n = 0;
    for (int m : world.mission) {
      ActorState ms = world.actors[m];
      if (!ms.spec.mandate().allows(Task.PROTECT_CIVILIANS) || !ms.spec.mandate().coversZone(zone.id())) {
        continue;
      }
      for (UnitAgent u : ms.units) {
        if (u.protects() && !u.moving() && u.zone() != attack.zone && (u.zone() < 0 || !threatened[u.zone()])) {
          double hours = u.hoursTo(this, zone);
          if (Double.isInfinite(hours)) {
            continue;
          }
          if (n == candidates.length) {
            candidates = java.util.Arrays.copyOf(candidates, 2 * n);
            candidateHours = java.util.Arrays.copyOf(candidateHours, 2 * n);
          }
          candidates[n] = u;
          candidateHours[n] = hours;
          n++;
        }
      }
    }
    while (coming < goal) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (candidates[i] != null && (best < 0 || candidateHours[i] < candidateHours[best])) {
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      UnitAgent u = candidates[best];
      candidates[best] = null;
      u.sendTo(this, attack.zone, attack.id);
      attack.enRoute += world.deterrentOf(u);
      publish(new EngineEvent.ResponseDispatched(tick, u.id, zone.id(), attack.id, candidateHours[best]));
      coming += world.deterrentOf(u);
    }
    java.util.Arrays.fill(candidates, 0, n, null);
  }

  /**
   * Called when a unit sent in response to an attack arrives; returns whether the attack is
   * still being prepared.
   */
  public boolean responderArrived(UnitAgent unit, long attackId) {
    for (Attack a : world.attacks) {
      if (a.id == attackId) {
        a.enRoute -= world.deterrentOf(unit);
        a.arrived.add(unit);
        return true;
      }
    }
    return false;
  }

  /**
   * A unit sent to an attack could not get through (the road closed behind or ahead of it): it no
   * longer counts as coming, so others may be sent by a way that is open.
   */
  public void responderHeldUp(UnitAgent unit, long attackId) {
    for (Attack a : world.attacks) {
      if (a.id == attackId) {
        a.enRoute -= world.deterrentOf(unit);
        return;
      }
    }
  }

  /** Whether a warned attack is being prepared on the zone. */
  public boolean threatKnownIn(int zone) {
    for (Attack a : world.attacks) {
      if (a.zone == zone && a.warnedAt >= 0 && !a.phantom) {
        return true;
      }
    }
    return false;
  }

  /** Responders that came for an attack or an alarm head back after their hold. */
  private void releaseResponders(Attack a) {
    if (a.warnedAt >= 0) {
      // Only units that arrived for this attack can have it as the one they responded to.
      for (UnitAgent u : a.arrived) {
        if (world.isMission(u.actor.index)) {
          u.attackEnded(a.id, tick, p.responseHoldHours());
        }
      }
    }
  }

  /**
   * Raises a false alarm from a community about its home zone: an attack nobody prepares, which
   * responders cannot tell from a real one until its expected hour has passed.
   */
  public Attack raiseFalseAlarm(int community) {
    int zone = world.actors[community].homeZone;
    Attack a = new Attack(world.nextAttackId++, -1, zone, tick, tick + Math.max(1, p.attackPreparationHours()), true);
    world.attacks.add(a);
    return a;
  }

  /** A false alarm's hour passed with nothing happening: responders return, the mission notes it. */
  private void endFalseAlarm(Attack a) {
    releaseResponders(a);
    if (a.warner >= 0 && !world.isMission(a.warner) && !a.arrived.isEmpty()) {
      for (int m : world.mission) {
        evidence(m, a.warner, 0, p.contactEvidence(), "false alarm");
      }
    }
  }

  private void resolve(Attack a, ZoneState zone) {
    ActorState faction = world.actors[a.faction];
    releaseResponders(a);
    if (a.warnedAt >= 0 && a.warner >= 0 && !world.isMission(a.warner)) {
      boolean answered = !a.arrived.isEmpty();
      warnings.outcome(a, answered);
      for (int m : world.mission) {
        if (answered) {
          evidence(a.warner, m, p.commitmentEvidence(), 0, "warning acted on");
          evidence(m, a.warner, p.commitmentEvidence(), 0, "warning acted on");
        } else {
          evidence(a.warner, m, 0, p.commitmentEvidence(), "warning not acted on");
        }
      }
    }
    if (random.nextBoolean(posture.deterrence(a))) {
      publish(new EngineEvent.AttackDeterred(tick, a.id, faction.id(), zone.id(), zone.protection));
      return;
    }
    zone.knownAttacks++;
    double expected = zone.population * p.casualtyRate() * zone.spec.vulnerability()
        * faction.strengthFactor * posture.exposure(a);
    int casualties = poisson(expected);
    publish(new EngineEvent.AttackExecuted(tick, a.id, faction.id(), zone.id(), zone.protection, casualties));
    for (int c : world.communitiesByZone[a.zone]) {
      for (int m : world.mission) {
        ActorState ms = world.actors[m];
        if (ms.spec.mandate().allows(Task.PROTECT_CIVILIANS) && ms.spec.mandate().coversZone(zone.id())) {
          evidence(c, m, 0, p.commitmentEvidence(), "failure to protect");
        }
      }
    }
    if (casualties > 0) {
      harm(a.zone, a.faction, casualties, "attack " + a.id);
    }
  }

  /** Civilian harm in a zone by an actor (or -1 unknown): trust, hostility, displacement. */
  void harm(int zone, int perpetrator, int casualties, String cause) {
    if (casualties <= 0) {
      return;
    }
    ZoneState z = world.zones[zone];
    publish(new EngineEvent.CivilianHarm(tick, z.id(),
        perpetrator >= 0 ? world.actors[perpetrator].id() : "unknown", casualties, cause));
    if (perpetrator >= 0) {
      // A massacre weighs more than one death, but less than in proportion.
      double weight = p.harmEvidence() * Math.sqrt(casualties);
      for (int c : world.communities) {
        evidence(c, perpetrator, 0, weight, "civilian harm");
      }
      if (world.isMission(perpetrator)) {
        // Harm is felt where it happens: the groups operating in the zone and its communities.
        for (ActorState a : world.actors) {
          boolean local = a.kind() == ActorKind.ARMED_FACTION ? a.spec.mandate().coversZone(z.id())
              : a.kind() == ActorKind.COMMUNITY_GROUP && a.homeZone == zone;
          if (local) {
            setHostility(a, a.hostility + p.harmHostilityPerCasualty() * casualties,
                "civilian harm by the mission");
          }
        }
      }
    }
    for (int c : world.communitiesByZone[zone]) {
      ActorState a = world.actors[c];
      a.grievance = Math.min(1, a.grievance + p.harmHostilityPerCasualty() * casualties);
    }
    displace(zone, (int) Math.round(casualties * p.displacementPerCasualty()));
  }

  void displace(int zone, int people) {
    displacement.flee(zone, people);
  }

  /** A Poisson draw: Knuth's method for small means, a rounded normal for large ones. */
  private int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  // ---------------------------------------------------------------- routine reporting

  private void reporting() {
    double perHour = p.situationReportsPerDay() / 24.0;
    if (perHour <= 0 || world.mission.length == 0) {
      return;
    }
    int m = world.primaryMission();
    for (ActorState a : world.actors) {
      if (a.isMission() || a.kind() == ActorKind.ARMED_FACTION) {
        continue;
      }
      if (comms.route(a.index, m) != null
          && random.nextBoolean(Math.min(1, perHour * a.cooperativeness * warnings.willingness(a.index, m)))) {
        comms.send(MessageKind.SITUATION_REPORT, a.index, m, -1, tick);
      }
    }
  }

  // ---------------------------------------------------------------- humanitarian action

  private void humanitarianStep(ActorState ngo) {
    double perHour = ngo.spec.capacity().deliveriesPerWeek() / 168.0;
    if (perHour <= 0 || !random.nextBoolean(Math.min(1, perHour))) {
      return;
    }
    double total = 0;
    double[] weights = new double[world.zones.length];
    for (ZoneState z : world.zones) {
      if (ngo.spec.mandate().coversZone(z.id()) && z.need > 0) {
        weights[z.index] = z.need * Math.max(1, z.population);
        total += weights[z.index];
      }
    }
    if (total <= 0) {
      return;
    }
    double pick = random.nextDouble() * total;
    int zone = weights.length - 1;
    for (int z = 0; z < weights.length; z++) {
      pick -= weights[z];
      if (pick < 0) {
        zone = z;
        break;
      }
    }
    ZoneState to = world.zones[zone];
    double roadHours = access.roadHours(ngo.homeZone, zone, ngo.spec.speedKmh());
    if (Double.isInfinite(roadHours)) {
      // The convoy cannot get through: access denied by the physical environment, as the
      // humanitarian access monitoring frameworks count a cut road.
      long id = world.nextDeliveryId++;
      publish(new EngineEvent.AidPlanned(tick, id, ngo.id(), to.id(), false, ngo.deconfliction));
      publish(new EngineEvent.AidBlocked(tick, id, ngo.id(), to.id(), "road closed"));
      return;
    }
    long hours = Math.max(1, Math.round(roadHours));
    UnitAgent escort = ngo.escorted ? escortFor(zone) : null;
    Delivery d = new Delivery(world.nextDeliveryId++, ngo.index, zone, tick + hours, escort != null);
    d.escort = escort;
    if (escort != null) {
      // The escort travels with the convoy and back: away from protection for the whole trip.
      escort.sendFor(this, zone, (int) Math.min(Integer.MAX_VALUE, hours));
    }
    world.deliveries.add(d);
    publish(new EngineEvent.AidPlanned(tick, d.id, ngo.id(), to.id(), d.escorted, ngo.deconfliction));
    if (escort != null) {
      publish(new EngineEvent.EscortAssigned(tick, d.id, escort.id, to.id(), 2 * hours));
    }
    if (ngo.deconfliction && world.mission.length > 0) {
      comms.send(MessageKind.MOVEMENT_NOTIFICATION, ngo.index, world.primaryMission(), d.id, tick);
    }
  }

  /** The free protecting unit nearest to a zone, taken off protection to escort a convoy, or null. */
  private UnitAgent escortFor(int zone) {
    UnitAgent best = null;
    double bestHours = Double.MAX_VALUE;
    for (int m : world.mission) {
      for (UnitAgent u : world.actors[m].units) {
        if (u.protects() && !u.moving() && u.respondedTo() < 0 && (u.zone() < 0 || !threatKnownIn(u.zone()))) {
          double h = u.hoursTo(this, world.zones[zone]);
          if (h < bestHours) {
            best = u;
            bestHours = h;
          }
        }
      }
    }
    return best;
  }

  /**
   * Whether a humanitarian agency hears the mission's security picture: through a liaison officer
   * or the deconfliction mechanism, unless its principles keep it from taking part.
   */
  private boolean informed(ActorState ngo) {
    return (ngo.liaisonOfficer || ngo.deconfliction) && !ngo.hasPrinciple(Principle.INDEPENDENCE);
  }

  private boolean warnedAttackIn(int zone) {
    for (Attack a : world.attacks) {
      if (a.zone == zone && a.warnedAt >= 0 && !a.phantom) {
        return true;
      }
    }
    return false;
  }

  /**
   * Convoys arriving this hour. Access is negotiated with whoever controls the road: the chance
   * of being blocked grows with the insecurity of the zone (the predation of the groups operating
   * there, an attack being prepared) and falls with the acceptance of the agency by those groups
   * and by the zone's communities. An agency informed of a warned attack waits a day rather than
   * drive into it. Escorted convoys are blocked less often, but the groups of the zone see the
   * agency with the force: its acceptance falls, more so for an agency whose principles say to
   * keep distance.
   */
  private void resolveDeliveries() {
    Iterator<Delivery> it = world.deliveries.iterator();
    while (it.hasNext()) {
      Delivery d = it.next();
      if (d.arrivesAt > tick) {
        continue;
      }
      ActorState ngo = world.actors[d.actor];
      ZoneState zone = world.zones[d.zone];
      if (!d.escorted && informed(ngo) && warnedAttackIn(d.zone)) {
        d.arrivesAt = tick + 24;
        continue;
      }
      it.remove();
      double insecurity = 0;
      double factionAcceptance = 0;
      int n = 0;
      for (int f : world.factions) {
        ActorState faction = world.actors[f];
        if (faction.spec.mandate().coversZone(zone.id())) {
          insecurity = Math.max(insecurity, Math.max(faction.predation, faction.hostility));
          factionAcceptance += trust.expected(f, ngo.index, tick);
          n++;
        }
      }
      for (Attack a : world.attacks) {
        if (a.zone == d.zone && !a.phantom) {
          insecurity = 1;
        }
      }
      double communityAcceptance = 0;
      int k = 0;
      for (int c : world.communitiesByZone[d.zone]) {
        communityAcceptance += trust.expected(c, ngo.index, tick);
        k++;
      }
      double acceptance = n == 0 ? 1 : factionAcceptance / n;
      if (k > 0) {
        acceptance = (acceptance + communityAcceptance / k) / 2;
      }
      double block = p.aidBlockProbability() * insecurity * Math.min(1, 2 * (1 - acceptance));
      if (d.escorted) {
        block *= p.escortBlockFactor();
        seenWithTheForce(ngo, d.zone);
      }
      if (random.nextBoolean(Math.min(1, block))) {
        publish(new EngineEvent.AidBlocked(tick, d.id, ngo.id(), zone.id(), "access denied"));
        continue;
      }
      if (!d.notified && zone.missionUnits > 0
          && random.nextBoolean(p.deconflictionIncidentProbability())) {
        publish(new EngineEvent.AidBlocked(tick, d.id, ngo.id(), zone.id(), "incident with mission units"));
        for (int m : world.mission) {
          evidence(ngo.index, m, 0, p.commitmentEvidence(), "incident with mission units");
        }
        continue;
      }
      zone.need = Math.max(0, zone.need - p.needReliefPerDelivery());
      publish(new EngineEvent.AidDelivered(tick, d.id, ngo.id(), zone.id(), zone.need));
      for (int c : world.communitiesByZone[d.zone]) {
        evidence(c, ngo.index, p.contactEvidence(), 0, "aid delivered");
      }
      if (d.notified) {
        for (int m : world.mission) {
          evidence(ngo.index, m, p.commitmentEvidence(), 0, "delivered as deconflicted");
        }
      }
    }
  }

  /**
   * An agency's convoy arrived under the force's escort: the groups operating in the zone see it.
   * Whether that costs acceptance is the scenario's hypothesis; an agency holding neutrality,
   * impartiality or independence is judged harder.
   */
  private void seenWithTheForce(ActorState ngo, int zone) {
    if (!p.associationHurtsAcceptance()) {
      return;
    }
    boolean principled = ngo.hasPrinciple(Principle.NEUTRALITY) || ngo.hasPrinciple(Principle.IMPARTIALITY)
        || ngo.hasPrinciple(Principle.INDEPENDENCE);
    double weight = principled ? p.principledAssociationFactor() : 1;
    String zoneId = world.zones[zone].id();
    for (int f : world.factions) {
      ActorState faction = world.actors[f];
      if (faction.spec.mandate().coversZone(zoneId)) {
        evidence(f, ngo.index, 0, p.partialityEvidence() * weight, "seen with the military");
        setHostility(faction, faction.hostility + p.associationHostilityPerDay(),
            "association of " + ngo.id() + " with the military");
      }
    }
  }

  // ---------------------------------------------------------------- CommsNetwork.World

  @Override
  public boolean languageBarrier(int from, int to) {
    ActorState a = world.actors[from];
    ActorState b = world.actors[to];
    for (String l : a.languages) {
      if (b.languages.contains(l)) {
        return false;
      }
    }
    ActorState other = a.isMission() ? b : b.isMission() ? a : null;
    if (other != null) {
      for (String l : other.languages) {
        if (world.interpreters.contains(l)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean hubHasMember(int hub, int actor) {
    return world.hubHasMember(hub, actor);
  }

  @Override
  public String endpointId(int endpoint) {
    return world.endpointId(endpoint);
  }

  @Override
  public boolean isActor(int endpoint) {
    return endpoint < world.actors.length;
  }

  @Override
  public int zoneOf(int endpoint) {
    return endpoint < world.actors.length ? world.actors[endpoint].homeZone : -1;
  }

  @Override
  public boolean uses(int actor, org.liaison.scenario.Medium medium) {
    return world.actors[actor].spec.communication().media().contains(medium);
  }

  @Override
  public double distanceKm(int fromActor, int toActor) {
    var a = world.zones[world.actors[fromActor].homeZone].centre;
    var b = world.zones[world.actors[toActor].homeZone].centre;
    return Math.hypot(a.x - b.x, a.y - b.y);
  }

  @Override
  public double travelFactor(int fromEndpoint, int toEndpoint) {
    int a = zoneOf(fromEndpoint);
    int b = zoneOf(toEndpoint);
    return a < 0 || b < 0 ? 1 : access.travelFactor(a, b);
  }

  @Override
  public double relayHours(int endpoint) {
    return handling.relayHours(endpoint);
  }

  @Override
  public int interceptor() {
    int best = -1;
    for (int f : world.factions) {
      if (best < 0 || world.actors[f].hostility > world.actors[best].hostility) {
        best = f;
      }
    }
    return best;
  }

  @Override
  public void delivered(Message m, long at) {
    int hub = comms.hubOf(m);
    handling.passedOn(m, hub);
    if (m.misunderstood()) {
      return;
    }
    switch (m.kind()) {
      case EARLY_WARNING -> {
        if (!world.isMission(m.to())) {
          if (world.attacks.stream().anyMatch(a -> a.id == m.subject())) {
            warnings.relay(m);
          }
          return;
        }
        for (Attack a : world.attacks) {
          if (a.id == m.subject()) {
            if (!handling.hold(m, hub, a, tick)) {
              warningReceived(a, m.from(), m.to());
            }
            break;
          }
        }
      }
      case MOVEMENT_NOTIFICATION -> {
        for (Delivery d : world.deliveries) {
          if (d.id == m.subject()) {
            d.notified = true;
            break;
          }
        }
      }
      default -> { }
    }
  }

  @Override
  public void intercepted(Message m, int faction, long at) {
    ActorState f = world.actors[faction];
    setHostility(f, f.hostility + p.interceptionHostility(), "intercepted a message");
    evidence(m.from(), m.to(), 0, p.contactEvidence(), "message intercepted");
    ActorState sender = world.actors[m.from()];
    if (m.kind() == MessageKind.EARLY_WARNING && sender.kind() == ActorKind.COMMUNITY_GROUP
        && f.spec.mandate().coversZone(world.zones[sender.homeZone].id())) {
      retaliate(f, sender);
    }
  }

  /**
   * A group that learnt who informs the mission targets the informant's community: people are
   * harmed, and every community of the zone fears informing more.
   */
  private void retaliate(ActorState faction, ActorState informant) {
    int zone = informant.homeZone;
    int casualties = poisson(faction.predation * faction.strengthFactor);
    publish(new EngineEvent.InformantTargeted(tick, faction.id(), informant.id(), world.zones[zone].id(), casualties));
    warnings.reprisal(zone);
    harm(zone, faction.index, casualties, "reprisal against informants");
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
  }
}
