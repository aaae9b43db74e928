package org.liaison.net.server;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.liaison.engine.RunResult;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventListener;
import org.liaison.exercise.Exercise;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.net.protocol.ClientMessage;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatKind;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ActionResult;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Refusal;
import org.liaison.results.run.EventLogWriter;
import org.liaison.results.run.RunDirectory;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;

/**
 * The one authoritative exercise: its engine, clock and decision log, driven by one thread that
 * alone touches the engine.
 *
 * <p>Connections hand their messages to a queue, each numbered on arrival. Between two ticks the
 * thread takes every message waiting and applies them ordered by seat (roles in scenario order,
 * then control, then observers) and then arrival number, so acts that arrive in the same tick are
 * applied, and logged, in an order that does not depend on thread timing. After any act at once,
 * and after ticks as {@link PicturePacing} allows, it filters every seat's own picture (see
 * {@link SeatFilter}) and leaves serialising and sending it to a {@link PictureWriter}.
 *
 * <p>The clock starts paused; control resumes it. A role's decision point stops the clock until
 * the role chooses, unless control handed the empty seat to the doctrine.
 */
final class ExerciseHost {
  /** Wrong codes a connection may try before it is closed. */
  private static final int MAX_WRONG_CODES = 5;
  /** The name control acts carry when the server itself acts (an empty seat's default). */
  static final String CONTROL = "control";
  static final String OBSERVER = "observer";
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  private record Inbound(Connection connection, long arrival, ClientMessage message, boolean left) {}

  private final Scenario scenario;
  private final Path scenarioFile;
  private final long seed;
  private final Path out;
  private final Exercise exercise;
  private final ScenarioLanguages languages;
  private final List<Seat> seats = new ArrayList<>();
  private final Map<String, Seat> byCode = new HashMap<>();
  private final Map<String, String> codes;
  private final BlockingQueue<Inbound> queue = new LinkedBlockingQueue<>();
  private final AtomicLong arrivals = new AtomicLong();
  private final List<Connection> connections = new ArrayList<>();
  private final Map<String, Connection> holders = new HashMap<>();
  private final Map<String, String> participants = new HashMap<>();
  private final Map<Connection, Integer> wrongCodes = new HashMap<>();
  private final Set<Integer> fired = new TreeSet<>();
  private final Set<Integer> cancelled = new TreeSet<>();
  private final Map<Integer, Integer> delays = new HashMap<>();
  private final BufferedWriter eventsFile;
  private final EventLogWriter events;
  private final Journal journal;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread thread;
  private final PictureCost.Counter cost = new PictureCost.Counter();
  /** Serialises the pictures and sends them, off the engine's thread. */
  private final PictureWriter writer = new PictureWriter();
  /** Writes the saves, off the engine's thread. */
  private final Autosaver saver;
  private volatile boolean stopped;
  /** What stopped the engine's thread, or null while it runs or if it ended normally. */
  private volatile Throwable failure;
  private boolean paused = true;
  private double speed;
  private final PicturePacing pacing = new PicturePacing();
  private boolean finishWritten;

  /**
   * Builds the exercise (replaying a save's decision log if given) but does not start the clock.
   *
   * @param codes the join code by seat name, or null for fresh ones
   * @param resume a save to continue, or null
   */
  ExerciseHost(Scenario scenario, Path scenarioFile, long seed, Path out, double speed, Map<String, String> codes,
      ServerSave resume) throws IOException {
    this.scenario = scenario;
    this.scenarioFile = scenarioFile.toAbsolutePath().normalize();
    this.seed = seed;
    this.out = out;
    this.speed = speed;
    this.languages = new ScenarioLanguages(scenario, this.scenarioFile);
    List<String> names = new ArrayList<>();
    for (Role r : scenario.metadata().roles()) {
      names.add(r.id());
    }
    names.add(CONTROL);
    names.add(OBSERVER);
    this.codes = codes != null ? new LinkedHashMap<>(codes) : JoinCodes.forSeats(names);
    int order = 0;
    for (String name : names) {
      String code = this.codes.get(name);
      if (code == null) {
        throw new IOException("the save has no join code for seat " + name);
      }
      SeatKind kind = name.equals(CONTROL) ? SeatKind.CONTROL : name.equals(OBSERVER) ? SeatKind.OBSERVER : SeatKind.ROLE;
      Seat seat = new Seat(name, kind, kind == SeatKind.ROLE ? name : null, order++, code);
      seats.add(seat);
      byCode.put(code, seat);
    }
    Files.createDirectories(out);
    ExerciseDirectory.mark(out);
    eventsFile = Files.newBufferedWriter(out.resolve(RunDirectory.EVENTS), StandardCharsets.UTF_8);
    events = new EventLogWriter(eventsFile);
    journal = new Journal(out.resolve(Journal.FILE), resume != null);
    saver = new Autosaver(out, this.scenarioFile.toString(), seed, this.codes);
    EventListener mselState = this::trackMsel;
    exercise = new Exercise(scenario, seed, null, List.of(events, mselState));
    if (resume != null) {
      redo(resume);
    }
    thread = new Thread(this::run, "exercise-engine");
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler((t, e) -> {
      failure = e;
      t.getThreadGroup().uncaughtException(t, e);
    });
  }

  void start() {
    thread.start();
  }

  /** The join code of each seat, in seat order. */
  Map<String, String> codes() {
    return java.util.Collections.unmodifiableMap(codes);
  }

  Exercise exercise() {
    return exercise;
  }

  /** What stopped the engine's thread on an error, or null if nothing did. */
  Throwable failure() {
    return failure;
  }

  /** Waits until the exercise has run to its end and its files are written. */
  boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
    return finished.await(timeout, unit);
  }

  /** Stops the engine's thread after saving. */
  void stop() throws InterruptedException {
    stopped = true;
    thread.interrupt();
    thread.join(10_000);
    writer.close();
    try {
      if (!finishWritten) {
        autosave();
      }
      saver.close();
      journal.close();
      eventsFile.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ from connections (any thread)

  /**
   * Checks a message on arrival, on the connection's own thread, before it reaches the engine: its
   * rate (at most {@link Protocol#MAX_MESSAGES_PER_SECOND} a second), its size and its form
   * ({@link Protocol#readClient}). One that fails gets an error to its sender alone. A client's
   * {@link ClientMessage.Read} goes to its connection's sender and no further.
   */
  void receive(Connection c, String text) {
    ClientMessage m = null;
    Protocol.InvalidMessageException invalid = null;
    try {
      m = Protocol.readClient(text);
    } catch (Protocol.InvalidMessageException e) {
      invalid = e;
    }
    // A client reads each update once at most, so these cannot flood: they do not count.
    if (m instanceof ClientMessage.Read r && c.outbox.read(r.serial())) {
      return;
    }
    switch (c.count(System.nanoTime(), Protocol.MAX_MESSAGES_PER_SECOND)) {
      case OVER -> {
        refuse(c, ServerMessage.ErrorCode.RATE_LIMITED, Refusal.Code.RATE_LIMITED.of(Protocol.MAX_MESSAGES_PER_SECOND),
            null);
        return;
      }
      case SILENT -> {
        return;
      }
      default -> { }
    }
    if (invalid != null) {
      refuse(c, invalid.code(), invalid.refusal(), null);
    } else if (m instanceof ClientMessage.Read r) {
      refuse(c, ServerMessage.ErrorCode.OUT_OF_ORDER,
          Refusal.Code.READ_UNSENT.of(r.serial(), c.outbox.lastSent()), null);
    } else {
      arrived(c, m);
    }
  }

  void arrived(Connection c, ClientMessage m) {
    queue.add(new Inbound(c, arrivals.incrementAndGet(), m, false));
  }

  void left(Connection c) {
    queue.add(new Inbound(c, arrivals.incrementAndGet(), null, true));
  }

  void refuse(Connection c, ServerMessage.ErrorCode code, Refusal why, Long id) {
    c.outbox.message(Protocol.write(new ServerMessage.Error(code, why, id)));
  }

  // ------------------------------------------------------------------ engine thread

  private void redo(ServerSave save) throws IOException {
    DecisionLog log = save.log();
    if (log.header().seed() != seed || !scenario.metadata().id().equals(log.header().scenario())) {
      throw new IOException("the save is of scenario " + log.header().scenario() + " seed " + log.header().seed()
          + ", not " + scenario.metadata().id() + " seed " + seed);
    }
    for (DecisionLog.Entry e : log.entries()) {
      if (e.phase() != DecisionLog.Phase.DESK) {
        continue;
      }
      advanceTo(e.completed());
      exercise.redo(e);
      if (e.kind() == DecisionLog.Kind.CONTROL && e.taken()) {
        remember(e.control());
      }
    }
    advanceTo(save.completed());
  }

  private void advanceTo(long completed) {
    while (exercise.completed() < completed && !exercise.finished()) {
      Exercise.Stop stop = exercise.advance((int) (completed - exercise.completed()), false);
      // A point reached at the target hour is one the save stopped on, or whose choice comes next.
      if (stop == Exercise.Stop.DECISION && exercise.completed() < completed) {
        throw new IllegalStateException("the save does not match the scenario: a decision point is pending at hour "
            + exercise.completed() + " with no choice saved");
      }
    }
  }

  private boolean ready() {
    return !paused && !exercise.finished() && exercise.pendingDecisions().isEmpty();
  }

  private void run() {
    long nextTick = System.nanoTime();
    broadcast();
    while (!stopped) {
      List<Inbound> batch = new ArrayList<>();
      try {
        long wait = ready() ? nextTick - System.nanoTime() : 200_000_000L;
        Inbound first = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch);
        }
      } catch (InterruptedException e) {
        break;
      }
      boolean changed = false;
      if (!batch.isEmpty()) {
        batch.sort(Comparator.comparingInt((Inbound i) -> i.connection().seat == null ? -1 : i.connection().seat.order())
            .thenComparingLong(Inbound::arrival));
        boolean wasReady = ready();
        for (Inbound i : batch) {
          try {
            handle(i);
          } catch (RuntimeException e) {
            // One message must not stop the exercise for everyone: its sender hears of it.
            System.err.println("exercise server: a message could not be handled: " + e);
            refuse(i.connection(), ServerMessage.ErrorCode.MALFORMED,
                Refusal.Code.SERVER_FAILED.of(e.getMessage()), null);
          }
        }
        if (!wasReady && ready()) {
          nextTick = System.nanoTime();
        }
        changed = true;
      }
      boolean ticked = false;
      long now = System.nanoTime();
      if (ready() && now >= nextTick) {
        exercise.advance(1, false);
        ticked = true;
        long period = speed > 0 ? (long) (1e9 / speed) : 0;
        nextTick = Math.max(nextTick + period, now - period);
        if (exercise.finished()) {
          finish();
        } else if (exercise.completed() % 24 == 0) {
          autosave();
        }
      }
      if (pacing.due(System.nanoTime(), changed, ticked, speed, !ready())) {
        broadcast();
      }
    }
  }

  private void handle(Inbound in) {
    Connection c = in.connection();
    if (in.left()) {
      connections.remove(c);
      wrongCodes.remove(c);
      c.outbox.close();
      if (c.seat != null && holders.get(c.seat.name()) == c) {
        holders.remove(c.seat.name());
      }
      if (c.seat != null) {
        journal.write(journal.line("left", c, exercise.completed()));
      }
      return;
    }
    ClientMessage m = in.message();
    if (m instanceof ClientMessage.Join j) {
      join(c, j, in.arrival());
      return;
    }
    Long id = idOf(m);
    if (c.seat == null) {
      refuse(c, ServerMessage.ErrorCode.OUT_OF_ORDER, Refusal.Code.JOIN_FIRST.of(), id);
      return;
    }
    if (exercise.finished()) {
      refuse(c, ServerMessage.ErrorCode.ENDED, Refusal.Code.EXERCISE_ENDED.of(), id);
      return;
    }
    int before = exercise.decisionLog().entries().size();
    ActionResult r;
    if (m instanceof ClientMessage.Act a) {
      if (!mayActFor(c, a.role(), id)) {
        return;
      }
      r = exercise.take(a.role(), a.action());
    } else if (m instanceof ClientMessage.End e) {
      if (!mayActFor(c, e.role(), id)) {
        return;
      }
      r = exercise.take(e.role(), e.action());
    } else if (m instanceof ClientMessage.Choose ch) {
      if (!mayActFor(c, ch.role(), id)) {
        return;
      }
      r = exercise.choose(ch.role(), ch.point(), ch.option());
    } else {
      ClientMessage.Control ctl = (ClientMessage.Control) m;
      Refusal forbidden = controlRefusal(c.seat, ctl.act());
      if (forbidden != null) {
        refuse(c, ServerMessage.ErrorCode.FORBIDDEN, forbidden, id);
        return;
      }
      r = exercise.control(c.participant, ctl.act());
      if (r.taken()) {
        remember(ctl.act());
      }
    }
    int after = exercise.decisionLog().entries().size();
    c.outbox.message(Protocol.write(new ServerMessage.Reply(id, r.taken(), r.reason(), r.refusal(),
        after > before ? after : 0)));
    var line = journal.line(m instanceof ClientMessage.Control ? "control" : m instanceof ClientMessage.Act ? "act"
        : m instanceof ClientMessage.End ? "end" : "choose",
        c, exercise.completed());
    line.put("arrival", in.arrival());
    line.put("accepted", r.taken());
    if (after > before) {
      line.put("logSeq", after);
    }
    if (r.reason() != null) {
      line.put("reason", r.reason());
    }
    journal.write(line);
    if (m instanceof ClientMessage.Control && r.taken()) {
      autosave();
    }
  }

  /**
   * Why the seat may not make the control act, or null if it may. The control cell steers; an
   * observer of the white cell may write notes on participants and nothing else; a role's seat no
   * control act at all, notes included, since a note is the control cell's record of the players.
   */
  static Refusal controlRefusal(Seat seat, ControlAct act) {
    return switch (seat.kind()) {
      case CONTROL -> null;
      case OBSERVER -> act.type() == ControlAct.Type.NOTE ? null : Refusal.Code.OBSERVER_NOTES_ONLY.of();
      case ROLE -> Refusal.Code.CONTROL_SEAT_ONLY.of();
    };
  }

  private static Long idOf(ClientMessage m) {
    if (m instanceof ClientMessage.Act a) {
      return a.id();
    }
    if (m instanceof ClientMessage.End e) {
      return e.id();
    }
    if (m instanceof ClientMessage.Choose c) {
      return c.id();
    }
    return m instanceof ClientMessage.Control c ? c.id() : null;
  }

  private boolean mayActFor(Connection c, String role, Long id) {
    if (c.seat.kind() != SeatKind.ROLE) {
      refuse(c, ServerMessage.ErrorCode.FORBIDDEN, Refusal.Code.SEAT_ACTS_FOR_NO_ROLE.of(c.seat.name()), id);
      return false;
    }
    if (!c.seat.role().equals(role)) {
      refuse(c, ServerMessage.ErrorCode.FORBIDDEN, Refusal.Code.SEAT_ACTS_FOR_OTHER_ROLE.of(c.seat.role(), role),
          id);
      return false;
    }
    return true;
  }

  private void join(Connection c, ClientMessage.Join j, long arrival) {
    if (c.seat != null) {
      refuse(c, ServerMessage.ErrorCode.OUT_OF_ORDER, Refusal.Code.ALREADY_JOINED.of(c.seat.name()), null);
      return;
    }
    Seat seat = byCode.get(JoinCodes.normalise(j.code()));
    if (seat == null) {
      int wrong = wrongCodes.merge(c, 1, Integer::sum);
      String error = Protocol.write(new ServerMessage.Error(ServerMessage.ErrorCode.WRONG_CODE,
          Refusal.Code.WRONG_CODE.of(), null));
      if (wrong >= MAX_WRONG_CODES) {
        c.outbox.last(error, 1008, "too many wrong codes");
      } else {
        c.outbox.message(error);
      }
      return;
    }
    if (!seat.shared()) {
      Connection old = holders.put(seat.name(), c);
      if (old != null && old != c) {
        connections.remove(old);
        old.outbox.last(Protocol.write(new ServerMessage.Error(ServerMessage.ErrorCode.OUT_OF_ORDER,
            Refusal.Code.SEAT_TAKEN.of(), null)), 1000, "seat taken by a new connection");
      }
    }
    c.seat = seat;
    c.participant = j.participant().strip();
    c.language = languages.key(j.language());
    connections.add(c);
    participants.put(seat.name(), c.participant);
    var line = journal.line("joined", c, exercise.completed());
    line.put("arrival", arrival);
    journal.write(line);
    Scenario read = languages.copy(c.language);
    Role role = seat.role() == null ? null
        : read.metadata().roles().stream().filter(r -> r.id().equals(seat.role())).findFirst().orElse(null);
    c.outbox.message(Protocol.write(new ServerMessage.Welcome(seat.name(), seat.kind(), seat.role(),
        role == null ? null : role.title(), c.participant, read.metadata().id(), read.metadata().title(),
        exercise.totalTicks(), languages.filter(c.language).briefing(seat))));
  }

  /** Keeps the host's side of a control act: the clock and the MSEL's state for control's view. */
  private void remember(ControlAct act) {
    switch (act.type()) {
      case PAUSE -> paused = true;
      case RESUME -> paused = false;
      case SPEED -> speed = act.value();
      case CANCEL -> cancelled.add(act.entry());
      case DELAY -> delays.merge(act.entry(), act.hours(), Integer::sum);
      default -> { }
    }
  }

  private void trackMsel(EngineEvent e) {
    if (e instanceof EngineEvent.InjectFired f && f.number() > 0) {
      fired.add(f.number());
    }
  }

  private SeatView.Status status() {
    if (exercise.finished()) {
      return SeatView.Status.FINISHED;
    }
    if (paused) {
      return SeatView.Status.PAUSED;
    }
    return exercise.pendingDecisions().isEmpty() ? SeatView.Status.RUNNING : SeatView.Status.DECISION;
  }

  private void broadcast() {
    pacing.sent(System.nanoTime());
    if (connections.isEmpty()) {
      return;
    }
    long cpuBefore = CPU.getCurrentThreadCpuTime();
    ExerciseSnapshot snapshot = exercise.snapshot();
    // One picture per language the seats read, each said in it; most exercises have one.
    Map<String, SeatFilter.Picture> pictures = new HashMap<>();
    for (Connection c : connections) {
      if (!pictures.containsKey(c.language)) {
        Scenario read = languages.copy(c.language);
        pictures.put(c.language, new SeatFilter.Picture(read == scenario ? snapshot : exercise.inTextsOf(snapshot, read),
            status(), speed, exercise.decisionLog().entries(), exercise.refusals(), exercise.channels(),
            seatStates(read), mselStates(read)));
      }
    }
    Map<Connection.View, SeatView> views = new HashMap<>();
    // What a role can do depends on its own actions and arrangements; the roles seated ask at once,
    // so that what is the same for all of them is worked out once.
    Set<String> roles = new java.util.LinkedHashSet<>();
    for (Connection c : connections) {
      if (c.seat.kind() == SeatKind.ROLE && !snapshot.finished()) {
        roles.add(c.seat.role());
      }
    }
    Map<String, List<org.liaison.exercise.AvailableAction>> available = exercise.availableActions(roles);
    for (Connection c : connections) {
      views.computeIfAbsent(c.view(), view -> languages.filter(view.language())
          .view(view.seat(), pictures.get(view.language()), available.get(view.seat().role())));
    }
    writer.write(new PictureWriter.Picture(List.copyOf(connections), views));
    cost.add(views.size(), Math.max(0, CPU.getCurrentThreadCpuTime() - cpuBefore));
  }

  /** What the pictures sent so far cost the engine's thread. */
  PictureCost pictureCost() {
    return cost.get();
  }

  private List<SeatView.Seat> seatStates(Scenario read) {
    Set<String> autopilot = exercise.autopilotRoles();
    List<SeatView.Seat> out = new ArrayList<>();
    for (Seat s : seats) {
      boolean connected = s.shared() ? connections.stream().anyMatch(c -> c.seat == s) : holders.containsKey(s.name());
      String title = s.kind() == SeatKind.CONTROL ? "Exercise control" : s.kind() == SeatKind.OBSERVER ? "Observers"
          : read.metadata().roles().stream().filter(r -> r.id().equals(s.role())).map(Role::title).findFirst()
              .orElse(s.name());
      out.add(new SeatView.Seat(s.name(), s.kind(), s.role(), title, participants.get(s.name()), connected,
          s.role() == null ? null : autopilot.contains(s.role()) ? ControlAct.SeatMode.DOCTRINE : ControlAct.SeatMode.WAIT));
    }
    return out;
  }

  private List<SeatView.MselEntry> mselStates(Scenario read) {
    List<SeatView.MselEntry> out = new ArrayList<>();
    for (Inject i : read.msel()) {
      int delay = delays.getOrDefault(i.number(), 0);
      Long due = i.at() == null ? null : i.at().tick() + delay;
      String state = fired.contains(i.number()) ? "fired" : cancelled.contains(i.number()) ? "cancelled" : "pending";
      out.add(new SeatView.MselEntry(i.number(), i.type().name(), due, i.condition(), i.from(), i.to(), i.message(),
          i.notes(), state));
    }
    return out;
  }

  /**
   * Saves: hands the decision log as it stands to the {@link Autosaver}, which writes the save and
   * the decisions file on its own thread, and writes out the journal's lines.
   */
  private void autosave() {
    saver.save(new Autosaver.Save(exercise.completed(), speed, exercise.decisionLog()));
    try {
      journal.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the exercise in " + out + ": " + e.getMessage(), e);
    }
  }

  private void finish() {
    RunResult result = exercise.result();
    events.finished(result);
    autosave();
    // Whoever waits for the end reads the files: they are written before it is told.
    saver.flush();
    try {
      eventsFile.flush();
      Files.writeString(out.resolve(Review.FILE), Review.markdown(scenario, exercise.decisionLog(),
          out.resolve(Journal.FILE), result), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    finishWritten = true;
    finished.countDown();
  }
}
