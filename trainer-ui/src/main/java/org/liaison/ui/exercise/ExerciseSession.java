package org.liaison.ui.exercise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.liaison.comms.ChannelState;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.RunResult;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.events.EventListener;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.policy.ActionResult;
import org.liaison.policy.Actions;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.WorldView;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;

/**
 * A running exercise: the same {@link LiaisonSim} the headless runner steps, advanced hour by hour
 * on a {@link SimExecutor}, with the trainee as its decision maker.
 *
 * <p>All simulation work happens on the executor; other threads only set flags, queue orders and
 * read the latest immutable {@link Snapshot}. The UI never draws on the model's random stream, so a
 * run with the same seed and the same {@link DecisionLog} is the run a headless replay makes.
 * Free actions ordered during a day are carried out at hour 0 of the next day, which is when the
 * engine lets a decision maker act outside decision points.
 */
public final class ExerciseSession {
  /** Asks the trainee for an option at a decision point; may block the simulation thread. */
  public interface DecisionHandler {
    String decide(PendingDecision decision);
  }

  /** Told about progress; called on the simulation thread. */
  public interface Listener {
    default void snapshot(Snapshot snapshot) {}

    default void finished(RunResult result) {}
  }

  /** A decision point waiting for the trainee. */
  public record PendingDecision(DecisionPoint point, Role role, String participant, long tick) {}

  private static final int RECENT_EVENTS = 400;

  private final Scenario scenario;
  private final String scenarioFile;
  private final long seed;
  private final SimExecutor executor;
  private final Map<String, String> participants;
  private final EventBus bus = new EventBus();
  private final LiaisonSim sim;
  private final ObjectiveRater rater;
  private final LogReplay prefix;
  private final long prefixTicks;
  private final int totalTicks;
  private final ConcurrentLinkedQueue<CoordinationAction> orders = new ConcurrentLinkedQueue<>();
  private final List<DecisionLog.Decision> decisions = new ArrayList<>();
  private final List<DecisionLog.FreeAction> actionsTaken = new ArrayList<>();
  private final ArrayDeque<EngineEvent> recent = new ArrayDeque<>();
  private final Map<Long, EngineEvent.MessageSent> inFlight = new LinkedHashMap<>();
  private final List<float[]> history = new ArrayList<>();
  private final AtomicBoolean loopQueued = new AtomicBoolean();
  private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile DecisionHandler handler;
  private volatile boolean playing;
  private volatile double hoursPerSecond = 24;
  private volatile long stopAt = -1;
  private volatile Snapshot latest;
  private volatile RunResult result;
  private long ticksDone;
  private List<ActionCatalogue.Entry> catalogue = List.of();

  /**
   * @param participants trainee name by role id (hot seat); missing roles show the role only
   * @param resumeFrom a saved log to replay silently before the trainee takes over, or null
   */
  public ExerciseSession(Scenario scenario, String scenarioFile, long seed, SimExecutor executor,
      Map<String, String> participants, DecisionHandler handler, DecisionLog resumeFrom) {
    this.scenario = scenario;
    this.scenarioFile = scenarioFile;
    this.seed = seed;
    this.executor = executor;
    this.participants = Map.copyOf(participants);
    this.handler = handler;
    this.prefix = resumeFrom == null ? null : new LogReplay(resumeFrom);
    this.prefixTicks = resumeFrom == null ? 0 : resumeFrom.ticksPlayed();
    this.totalTicks = scenario.durationHours();
    this.sim = new LiaisonSim(scenario, seed, new Trainee(), bus);
    this.rater = new ObjectiveRater(scenario);
    bus.subscribe(rater);
    bus.subscribe(new Recorder());
    if (resumeFrom != null) {
      decisions.addAll(resumeFrom.decisions());
      actionsTaken.addAll(resumeFrom.actions());
    }
    executor.execute(() -> {
      sim.start();
      while (ticksDone < prefixTicks && result == null) {
        stepOnce();
      }
      publishSnapshot();
    });
  }

  // ------------------------------------------------------------------ commands (any thread)

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  public void setDecisionHandler(DecisionHandler handler) {
    this.handler = handler;
  }

  /** Runs on at the current speed until paused, a decision point holds it, or the end. */
  public void play() {
    stopAt = -1;
    playing = true;
    queueLoop();
  }

  public void pause() {
    playing = false;
  }

  public boolean isPlaying() {
    return playing;
  }

  /** Advances the given number of hours (unless already at the end), then pauses. */
  public void step(int hours) {
    playing = true;
    stopAt = ticksDone + hours;
    queueLoop();
  }

  /** Simulated hours per real second while playing; 0 or less means as fast as possible. */
  public void setSpeed(double hoursPerSecond) {
    this.hoursPerSecond = hoursPerSecond;
  }

  /** Orders a free action; it is carried out at hour 0 of the next day. */
  public void order(CoordinationAction action) {
    orders.add(action);
  }

  public List<CoordinationAction> pendingOrders() {
    return List.copyOf(orders);
  }

  public void cancelOrders() {
    orders.clear();
  }

  // ------------------------------------------------------------------ queries (any thread)

  public Scenario scenario() {
    return scenario;
  }

  public long seed() {
    return seed;
  }

  public Snapshot latest() {
    return latest;
  }

  /** The result once the exercise has reached its end, else null. */
  public RunResult result() {
    return result;
  }

  public String participant(String roleId) {
    return participants.get(roleId);
  }

  /** The decisions and actions so far, ready to save or replay. */
  public synchronized DecisionLog log() {
    return new DecisionLog(1, scenario.metadata().id(), scenarioFile, seed, ticksDone,
        decisions, actionsTaken);
  }

  // ------------------------------------------------------------------ simulation thread

  private void queueLoop() {
    if (loopQueued.compareAndSet(false, true)) {
      executor.execute(this::loop);
    }
  }

  private void loop() {
    loopQueued.set(false);
    long started = System.nanoTime();
    long stepsThisRun = 0;
    long lastSnapshot = 0;
    while (playing && result == null) {
      if (stopAt >= 0 && ticksDone >= stopAt) {
        playing = false;
        break;
      }
      stepOnce();
      stepsThisRun++;
      double speed = hoursPerSecond;
      boolean stepping = stopAt >= 0;
      if (!stepping && speed > 0) {
        long due = started + (long) (stepsThisRun * 1e9 / speed);
        long wait = due - System.nanoTime();
        publishSnapshot();
        lastSnapshot = System.nanoTime();
        if (wait > 0) {
          sleep(wait);
        }
      } else if (System.nanoTime() - lastSnapshot > 30_000_000L) {
        publishSnapshot();
        lastSnapshot = System.nanoTime();
      }
    }
    if (stopAt >= 0 && ticksDone >= stopAt) {
      playing = false;
    }
    publishSnapshot();
  }

  private static void sleep(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void stepOnce() {
    sim.schedule.step(sim);
    ticksDone++;
    double[] v = sim.indicators().values();
    float[] row = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      row[i] = (float) v[i];
    }
    synchronized (history) {
      history.add(row);
    }
    if (ticksDone >= totalTicks) {
      finish();
    }
  }

  private void finish() {
    sim.finish();
    Map<String, Double> finals = new LinkedHashMap<>();
    for (Indicator i : Indicator.values()) {
      finals.put(i.key(), sim.indicators().value(i));
    }
    playing = false;
    result = new RunResult(scenario.metadata().id(), seed, "trainee", totalTicks, finals,
        sim.indicators().value(Indicator.SCORE), rater.rate(sim.indicators()));
    publishSnapshot();
    for (Listener l : listeners) {
      l.finished(result);
    }
  }

  private void publishSnapshot() {
    latest = buildSnapshot();
    for (Listener l : listeners) {
      l.snapshot(latest);
    }
  }

  /** Builds the picture of the world now; simulation thread only. */
  private Snapshot buildSnapshot() {
    World w = sim.world();
    long tick = ticksDone;
    int nz = w.zones.length;
    int na = w.actors.length;
    double[] security = new double[nz];
    double[] need = new double[nz];
    double[] zoneTrust = new double[nz];
    boolean[] attacked = new boolean[nz];
    for (Attack a : w.attacks) {
      attacked[a.zone] = true;
    }
    for (ZoneState z : w.zones) {
      double hostile = 0;
      for (int f : w.factions) {
        ActorState faction = w.actors[f];
        if (!faction.partnered && faction.spec.mandate().coversZone(z.id())) {
          hostile = Math.max(hostile, faction.hostility);
        }
      }
      security[z.index] = attacked[z.index] ? 0 : 1 - hostile / (1.0 + z.protection);
      need[z.index] = z.need;
      double sum = 0;
      int n = 0;
      for (int c : w.communitiesByZone[z.index]) {
        double best = 0;
        for (int m : w.mission) {
          best = Math.max(best, sim.trust().peekExpected(c, m, sim.tick()));
        }
        sum += best;
        n++;
      }
      zoneTrust[z.index] = n == 0 ? Double.NaN : sum / n;
    }
    double[] hostility = new double[na];
    boolean[][] flags = new boolean[na][];
    double[][] trust = new double[na][na];
    double[][] uncertainty = new double[na][na];
    for (ActorState a : w.actors) {
      hostility[a.index] = a.hostility;
      flags[a.index] = new boolean[] {a.liaisonOfficer, a.alertNetwork, a.deconfliction,
          a.escorted, a.partnered, a.inForum};
      for (int b = 0; b < na; b++) {
        if (b != a.index) {
          trust[a.index][b] = sim.trust().peekExpected(a.index, b, sim.tick());
          uncertainty[a.index][b] = sim.trust().peekUncertainty(a.index, b, sim.tick());
        }
      }
    }
    int nu = w.units.length;
    float[] ux = new float[nu];
    float[] uy = new float[nu];
    byte[] kind = new byte[nu];
    boolean[] moving = new boolean[nu];
    for (UnitAgent u : w.units) {
      ux[u.index] = (float) u.x();
      uy[u.index] = (float) u.y();
      kind[u.index] = (byte) u.actor.kind().ordinal();
      moving[u.index] = u.moving();
    }
    Map<String, Double> latency = new HashMap<>();
    List<Snapshot.ChannelLine> channels = new ArrayList<>();
    for (ChannelState c : sim.comms().channels()) {
      latency.put(c.id, c.latencyHours);
      channels.add(new Snapshot.ChannelLine(c.id, w.endpointId(c.from), w.endpointId(c.to),
          c.medium.name(), c.downAt(sim.tick())));
    }
    List<Snapshot.Flight> flights = new ArrayList<>();
    for (EngineEvent.MessageSent m : inFlight.values()) {
      double hours = latency.getOrDefault(m.channel(), 1.0);
      double progress = Math.min(1, (tick - m.tick()) / Math.max(1.0, hours));
      flights.add(new Snapshot.Flight(m.message(), m.kind(), m.from(), m.to(), progress));
    }
    float[][] hist;
    synchronized (history) {
      hist = history.toArray(new float[0][]);
    }
    double tomorrow = scenario.coordination().staffHoursPerDay() - w.standingPerDay();
    for (CoordinationAction o : orders) {
      tomorrow -= scenario.coordination().costOf(o.type());
    }
    catalogue = ActionCatalogue.entries(scenario, List.copyOf(w.requests));
    Map<String, String> refusals = new LinkedHashMap<>();
    for (ActionCatalogue.Entry e : catalogue) {
      String reason = sim.actions().preconditionRefusal(e.action());
      double cost = scenario.coordination().costOf(e.type());
      if (reason == null && cost > tomorrow + 1e-9) {
        reason = String.format(java.util.Locale.ROOT,
            "not enough coordination capacity: %.1f staff-hours needed, %.1f left for tomorrow", cost,
            Math.max(0, tomorrow));
      }
      refusals.put(e.key(), reason == null ? "" : reason);
    }
    return new Snapshot(tick, totalTicks, result != null, security, need, zoneTrust, attacked,
        hostility, flags, trust, uncertainty, ux, uy, kind, moving, List.copyOf(flights),
        List.copyOf(channels), List.copyOf(recent), sim.indicators().values().clone(), hist,
        sim.budgetLeft(), w.standingPerDay(), tomorrow, refusals, List.copyOf(w.requests));
  }

  /** The catalogue of the latest snapshot (it includes pending requests). */
  public List<ActionCatalogue.Entry> catalogue() {
    return ActionCatalogue.entries(scenario, latest == null ? List.of() : latest.requests());
  }

  /** Keeps the last events and the messages in flight, for snapshots. */
  private final class Recorder implements EventListener {
    @Override
    public void on(EngineEvent event) {
      if (event instanceof EngineEvent.TickEnded || event instanceof EngineEvent.TrustEvidence) {
        return;
      }
      recent.addFirst(event);
      if (recent.size() > RECENT_EVENTS) {
        recent.removeLast();
      }
      if (event instanceof EngineEvent.MessageSent m) {
        inFlight.put(m.message(), m);
      } else if (event instanceof EngineEvent.MessageDelivered m) {
        inFlight.remove(m.message());
      } else if (event instanceof EngineEvent.MessageLost m) {
        inFlight.remove(m.message());
      } else if (event instanceof EngineEvent.MessageIntercepted m) {
        inFlight.remove(m.message());
      }
    }
  }

  /** The trainee as the engine's decision maker. */
  private final class Trainee implements DecisionMaker {
    @Override
    public String name() {
      return "trainee";
    }

    @Override
    public DecisionOption choose(DecisionPoint point, WorldView view) {
      if (prefix != null && view.tick() < prefixTicks) {
        return prefix.choose(point, view);
      }
      Role role = scenario.metadata().roles().stream().filter(r -> r.id().equals(point.role()))
          .findFirst().orElse(new Role(point.role(), point.role(), null, null));
      boolean wasPlaying = playing;
      publishSnapshot();
      String chosen = handler == null ? null
          : handler.decide(new PendingDecision(point, role, participants.get(role.id()), view.tick()));
      DecisionOption option = point.options().stream().filter(o -> o.id().equals(chosen)).findFirst()
          .orElse(org.liaison.policy.Policies.defaultOption(point));
      synchronized (ExerciseSession.this) {
        decisions.add(new DecisionLog.Decision(view.tick(), point.id(), option.id(), role.id(),
            participants.get(role.id())));
      }
      playing = wasPlaying && playing;
      return option;
    }

    @Override
    public void daily(WorldView view, Actions actions) {
      if (prefix != null && view.tick() < prefixTicks) {
        prefix.daily(view, actions);
        return;
      }
      CoordinationAction a;
      while ((a = orders.poll()) != null) {
        ActionResult r = actions.take(a);
        synchronized (ExerciseSession.this) {
          actionsTaken.add(new DecisionLog.FreeAction(view.tick(), a, r.taken(), r.reason()));
        }
      }
    }
  }

}
