package org.liaison.ui.exercise;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.liaison.engine.RunResult;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventListener;
import org.liaison.exercise.Exercise;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.exercise.IndicatorSeries;
import org.liaison.indicators.Indicator;
import org.liaison.policy.ActionResult;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ProblemCode;
import org.liaison.scenario.read.ProblemText;

/**
 * The trainer's handle on one {@link Exercise}: it advances the exercise on a {@link SimExecutor}
 * (never on the JavaFX thread) at a chosen speed, stops at decision points, takes the trainees'
 * choices and actions between ticks, and publishes an immutable {@link Snapshot} after each step.
 *
 * <p>Other threads only set flags and queue work; everything that touches the exercise runs on
 * the executor. The UI never draws on the model's random stream, so the same seed and the same
 * decision log give the same run as a headless replay.
 */
public final class ExerciseSession implements SeatSession {

  /** A decision point waiting for its role. */
  public record PendingDecision(DecisionPoint point, Role role, String participant, long tick) {}

  private static final int RECENT_EVENTS = 400;
  /** Who the log says took a note at this program's desk: the instructor, for exercise control. */
  public static final String NOTE_TAKER = "instructor";

  private final Scenario scenario;
  private final String scenarioFile;
  private final long seed;
  private final SimExecutor executor;
  private final Map<String, String> participants;
  private final Exercise exercise;
  private final ArrayDeque<EngineEvent> recent = new ArrayDeque<>();
  private final ConcurrentLinkedQueue<Runnable> desk = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean loopQueued = new AtomicBoolean();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> actorIndex = new HashMap<>();
  private volatile boolean playing;
  private volatile double hoursPerSecond = 12;
  private volatile long stopAt = -1;
  private volatile Snapshot latest;
  private volatile String actingRole;
  private boolean finishedTold;
  private final java.util.Set<String> autopilotRoles;
  private volatile ResumeException resumeFailure;

  /**
   * @param participants trainee name by role id (hot seat)
   * @param resume a saved exercise to replay before the trainees take over, or null
   */
  public ExerciseSession(Scenario scenario, String scenarioFile, long seed, SimExecutor executor,
      Map<String, String> participants, SaveFile resume) {
    this(scenario, scenarioFile, seed, executor, participants,
        resume == null ? java.util.Set.of() : java.util.Set.copyOf(resume.autopilotRoles()), resume);
  }

  /**
   * @param autopilotRoles roles no one plays: the doctrine decides their decision points at once
   */
  public ExerciseSession(Scenario scenario, String scenarioFile, long seed, SimExecutor executor,
      Map<String, String> participants, java.util.Set<String> autopilotRoles, SaveFile resume) {
    this.scenario = scenario;
    this.scenarioFile = scenarioFile;
    this.seed = seed;
    this.executor = executor;
    this.participants = Map.copyOf(participants);
    for (int i = 0; i < scenario.actors().size(); i++) {
      actorIndex.put(scenario.actors().get(i).id(), i);
    }
    this.actingRole = scenario.metadata().roles().isEmpty() ? null : scenario.metadata().roles().get(0).id();
    EventListener recorder = this::record;
    this.autopilotRoles = java.util.Set.copyOf(autopilotRoles);
    Map<String, org.liaison.policy.DecisionMaker> autopilots = new java.util.TreeMap<>();
    for (String role : this.autopilotRoles) {
      autopilots.put(role, org.liaison.policy.Policies.byName("doctrine"));
    }
    this.exercise = new Exercise(scenario, seed, null, List.of(recorder), autopilots);
    executor.execute(() -> {
      if (resume != null) {
        try {
          replay(resume);
        } catch (ResumeException e) {
          resumeFailure = e;
          return;
        }
      }
      publishSnapshot();
    });
  }

  /**
   * Tells why the saved exercise could not be replayed on its scenario, if it could not: called on
   * the simulation's thread once the replay is over, and not at all when it went well.
   */
  public void ifResumeFails(java.util.function.Consumer<ResumeException> failed) {
    executor.execute(() -> {
      if (resumeFailure != null) {
        failed.accept(resumeFailure);
      }
    });
  }

  // ------------------------------------------------------------------ commands (any thread)

  @Override
  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  /** Runs on at the current speed until paused, a decision point, or the end. */
  @Override
  public void play() {
    stopAt = -1;
    playing = true;
    queueLoop();
  }

  @Override
  public void pause() {
    playing = false;
    exercise.requestPause();
  }

  @Override
  public boolean isPlaying() {
    return playing;
  }

  /** Advances the given number of hours (fewer at a decision point or the end), then pauses. */
  @Override
  public void step(int hours) {
    executor.execute(() -> {
      stopAt = exercise.completed() + hours;
      playing = true;
      queueLoop();
    });
  }

  /** Simulated hours per real second while playing; 0 or less means as fast as possible. */
  @Override
  public void setSpeed(double hoursPerSecond) {
    this.hoursPerSecond = hoursPerSecond;
  }

  /** The role whose available actions the snapshots list. */
  @Override
  public void setActingRole(String role) {
    this.actingRole = role;
    atDesk(() -> { });
  }

  /** Chooses an option at the pending decision point; the exercise goes on if it was playing. */
  @Override
  public void choose(String pointId, String optionId) {
    atDesk(() -> {
      DecisionPoint point = point(pointId);
      if (point != null) {
        exercise.choose(point.role(), pointId, optionId);
      }
    });
  }

  /** Takes a free action in the name of a role, between ticks. */
  @Override
  public void take(String role, CoordinationAction action, java.util.function.Consumer<ActionResult> result) {
    atDesk(() -> result.accept(exercise.take(role, action)));
  }

  /**
   * Records an observer's note on a participant at the current hour, as exercise control's act in
   * the decision log, so the review shows it and a resumed exercise keeps it.
   */
  public void note(String participant, String text) {
    atDesk(() -> exercise.control(NOTE_TAKER, org.liaison.policy.ControlAct.note(participant, text)));
  }

    // ------------------------------------------------------------------ queries (any thread)

  @Override
  public boolean runsExercise() {
    return true;
  }

  @Override
  public Scenario scenario() {
    return scenario;
  }

  public long seed() {
    return seed;
  }

  @Override
  public Snapshot latest() {
    return latest;
  }

  /** The result once the exercise has reached its end, else null. */
  @Override
  public RunResult result() {
    return exercise.result();
  }

  /** Roles the doctrine plays. */
  public java.util.Set<String> autopilotRoles() {
    return autopilotRoles;
  }

  /** Who sits in each role, by role id. */
  @Override
  public Map<String, String> participants() {
    return participants;
  }

  /** The decision log so far. */
  @Override
  public DecisionLog log() {
    return exercise.decisionLog();
  }

  /** What to write to resume this exercise later. */
  public SaveFile save() {
    return SaveFile.of(scenarioFile, exercise.completed(), exercise.decisionLog(), autopilotRoles, participants);
  }

  // ------------------------------------------------------------------ simulation thread

  private void atDesk(Runnable work) {
    desk.add(work);
    executor.execute(() -> {
      drainDesk();
      publishSnapshot();
      if (playing && exercise.pendingDecisions().isEmpty()) {
        queueLoop();
      }
    });
  }

  private void drainDesk() {
    Runnable r;
    while ((r = desk.poll()) != null) {
      r.run();
    }
  }

  private void queueLoop() {
    if (loopQueued.compareAndSet(false, true)) {
      executor.execute(this::loop);
    }
  }

  private void loop() {
    loopQueued.set(false);
    long started = System.nanoTime();
    long steps = 0;
    long lastSnapshot = 0;
    while (playing && !exercise.finished()) {
      drainDesk();
      if (stopAt >= 0 && exercise.completed() >= stopAt) {
        playing = false;
        break;
      }
      Exercise.Stop stop = exercise.advance(1, false);
      steps++;
      if (stop == Exercise.Stop.DECISION || stop == Exercise.Stop.PAUSED) {
        break;
      }
      double speed = hoursPerSecond;
      if (stopAt < 0 && speed > 0) {
        publishSnapshot();
        long wait = started + (long) (steps * 1e9 / speed) - System.nanoTime();
        if (wait > 0) {
          sleep(wait);
        }
      } else if (System.nanoTime() - lastSnapshot > 30_000_000L) {
        publishSnapshot();
        lastSnapshot = System.nanoTime();
      }
    }
    if (exercise.finished() || (stopAt >= 0 && exercise.completed() >= stopAt)) {
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

  /** Replays a saved exercise's desk entries at the hours they happened, then advances to where it was saved. */
  private void replay(SaveFile save) {
    DecisionLog log;
    try {
      log = save.log();
    } catch (java.io.IOException e) {
      throw new ResumeException(ProblemText.of(
          ProblemCode.SAVE_LOG_UNREADABLE, SaveFile.text(e)), e);
    }
    for (DecisionLog.Entry e : log.entries()) {
      if (e.phase() != DecisionLog.Phase.DESK) {
        continue;
      }
      advanceTo(e.completed());
      exercise.redo(e);
    }
    advanceTo(save.completed());
  }

  private void advanceTo(long completed) {
    while (exercise.completed() < completed && !exercise.finished()) {
      Exercise.Stop stop = exercise.advance((int) Math.min(exercise.totalTicks(), completed - exercise.completed()),
          false);
      if (stop == Exercise.Stop.DECISION && exercise.completed() < completed) {
        throw new ResumeException(ProblemText.of(
            ProblemCode.SAVE_DECISION_PENDING, exercise.completed()), null);
      }
    }
  }

  private void record(EngineEvent event) {
    if (event instanceof EngineEvent.TickEnded || event instanceof EngineEvent.TrustEvidence) {
      return;
    }
    recent.addFirst(event);
    if (recent.size() > RECENT_EVENTS) {
      recent.removeLast();
    }
  }

  private DecisionPoint point(String id) {
    return scenario.decisionPoints().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  private void publishSnapshot() {
    latest = build(exercise.snapshot());
    for (Listener l : listeners) {
      l.snapshot(latest);
    }
    RunResult result = exercise.result();
    if (result != null && !finishedTold) {
      finishedTold = true;
      playing = false;
      for (Listener l : listeners) {
        l.finished(result);
      }
    }
  }

  /** Turns the exercise's snapshot into the arrays the views draw; simulation thread only. */
  private Snapshot build(ExerciseSnapshot es) {
    int nz = scenario.map().zones().size();
    int na = scenario.actors().size();
    double[] security = new double[nz];
    double[] need = new double[nz];
    double[] zoneTrust = new double[nz];
    boolean[] attacked = new boolean[nz];
    Map<String, Integer> zoneIndex = new HashMap<>();
    for (int i = 0; i < nz; i++) {
      zoneIndex.put(scenario.map().zones().get(i).id(), i);
    }
    for (ExerciseSnapshot.AttackView a : es.attacks()) {
      Integer z = zoneIndex.get(a.zone());
      if (z != null && a.knownToMission()) {
        attacked[z] = true;
      }
    }
    for (ExerciseSnapshot.ZoneView z : es.zones()) {
      Integer i = zoneIndex.get(z.id());
      if (i == null) {
        continue;
      }
      security[i] = attacked[i] ? 0 : 1 - z.threat() / (1.0 + z.protection());
      need[i] = z.need();
      zoneTrust[i] = z.trustInMission();
    }
    double[] hostility = new double[na];
    boolean[][] flags = new boolean[na][6];
    for (ExerciseSnapshot.ActorView a : es.actors()) {
      Integer i = actorIndex.get(a.id());
      if (i != null) {
        hostility[i] = a.hostility();
        flags[i] = new boolean[] {a.liaisonOfficer(), a.alertNetwork(), a.deconfliction(), a.escorted(),
            a.partnered(), a.inForum()};
      }
    }
    SnapshotParts.Trust trust = SnapshotParts.trust(es.trust(), actorIndex, na);
    SnapshotParts.Units units = SnapshotParts.units(es.units());
    double[] indicators = new double[Indicator.values().length];
    for (Indicator i : Indicator.values()) {
      indicators[i.ordinal()] = es.indicators().getOrDefault(i.key(), Double.NaN);
    }
    IndicatorSeries.Table table = exercise.indicatorSeries();
    float[][] history = new float[table.ticks()][Indicator.values().length];
    for (Indicator i : Indicator.values()) {
      double[] series = table.byKey().get(i.key());
      if (series != null) {
        for (int t = 0; t < table.ticks() && t < series.length; t++) {
          history[t][i.ordinal()] = (float) series[t];
        }
      }
    }
    PendingDecision pending = null;
    if (!es.pending().isEmpty()) {
      ExerciseSnapshot.PendingDecision p = es.pending().get(0);
      DecisionPoint point = point(p.id());
      Role role = scenario.metadata().roles().stream().filter(r -> r.id().equals(p.role())).findFirst()
          .orElse(new Role(p.role(), p.role(), null, null));
      pending = new PendingDecision(point, role, participants.get(role.id()), p.reachedAt());
    }
    String role = actingRole;
    Snapshot previous = latest;
    boolean reuse = playing && stopAt < 0 && previous != null && es.clock().completed() % 24 != 0
        && java.util.Objects.equals(role, previous.actingRole());
    List<ActionCatalogue.Entry> actions = role == null || es.finished() ? List.of()
        : reuse ? previous.actions() : ActionCatalogue.of(exercise, role);
    ExerciseSnapshot.Capacity cap = es.capacity();
    return new Snapshot(es.clock().completed(), exercise.totalTicks(), es.finished(), security, need, zoneTrust,
        attacked, hostility, flags, trust.expected(), trust.uncertainty(), units.x(), units.y(), units.kind(),
        SnapshotParts.flights(es.messages()), SnapshotParts.channels(exercise.channels()),
        List.copyOf(recent), indicators, history, cap.left(), cap.standingPerDay(), cap.perDay(), role,
        actions, pending, es.inbox(), List.of(), cap.standing());
  }
}
