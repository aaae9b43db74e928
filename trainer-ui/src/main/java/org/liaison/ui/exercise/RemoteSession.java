package org.liaison.ui.exercise;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.liaison.engine.RunResult;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.Scenario;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.liaison.net.client.ExerciseClient;
import org.liaison.net.client.PinnedTls;
import org.liaison.net.protocol.SeatKind;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ActionResult;
import org.liaison.policy.ControlAct;
import org.liaison.policy.Refusal;
import org.liaison.scenario.CoordinationAction;

/**
 * A seat of an exercise that runs on an exercise server: commands go out as protocol messages,
 * and the seat's picture ({@link SeatView}, only what its role may see) comes back after every
 * change. The clock belongs to the control cell: {@link #play}, {@link #pause} and
 * {@link #setSpeed} are control acts, refused by the server for any other seat.
 */
public final class RemoteSession implements SeatSession, AutoCloseable {
  /** Told of what the server sends, on the connection's thread. */
  public interface Listener {
    default void welcome(ServerMessage.Welcome welcome) {}

    default void update(SeatView view) {}

    /**
     * The server refused a message of this seat, or an act's outcome arrived refused: an engine's
     * refusal as its code and arguments, a server's own error or a problem reading as
     * {@link Refusal.Code#OTHER} with its text.
     */
    default void refused(Refusal refusal) {}

    default void closed(String reason) {}
  }

  private final Listener listener;
  private final Map<Long, Consumer<ActionResult>> waiting = new ConcurrentHashMap<>();
  private final List<SeatSession.Listener> seatListeners = new CopyOnWriteArrayList<>();
  private volatile ExerciseClient client;
  private volatile ServerMessage.Welcome welcome;
  private volatile SeatView latest;
  private volatile Snapshot picture;
  private SeatPicture pictures;
  private boolean finishedTold;

  private RemoteSession(Listener listener) {
    this.listener = listener;
  }

  /** How long a participant waits for a server to answer before being told it did not. */
  public static final int CONNECT_TIMEOUT_SECONDS = 10;

  /**
   * Connects to a server; {@link #join} then asks for a seat.
   *
   * @param address HOST:PORT
   * @param fingerprint the SHA-256 fingerprint of the server's certificate for TLS, or null for plain WebSocket
   */
  public static RemoteSession connect(String address, String fingerprint, Listener listener)
      throws IOException, GeneralSecurityException {
    RemoteSession session = new RemoteSession(listener);
    session.client = ExerciseClient.connect(address, fingerprint == null || fingerprint.isBlank() ? null
        : PinnedTls.trusting(fingerprint), session.new Reader(), Duration.ofSeconds(CONNECT_TIMEOUT_SECONDS));
    return session;
  }

  /** Asks for the seat a code opens; the scenario's texts come in the language the trainer's are in. */
  public void join(String code, String participant) {
    client.join(code, participant, org.liaison.ui.I18n.locale().toLanguageTag());
  }

  /** The seat the server gave, or null before it answered. */
  public ServerMessage.Welcome welcome() {
    return welcome;
  }

  /** The latest picture as the server sent it, or null before the first. */
  public SeatView latestView() {
    return latest;
  }

  @Override
  public void addListener(SeatSession.Listener l) {
    seatListeners.add(l);
  }

  /** The scenario as the server briefed this seat, or null before it answered. */
  @Override
  public Scenario scenario() {
    ServerMessage.Welcome w = welcome;
    return w == null ? null : w.briefing();
  }

  @Override
  public Snapshot latest() {
    return picture;
  }

  @Override
  public boolean runsExercise() {
    return false;
  }

  @Override
  public boolean isPlaying() {
    SeatView v = latest;
    return v != null && v.status() == SeatView.Status.RUNNING;
  }

  /** The clock is the control cell's: a seat cannot step it. */
  @Override
  public void step(int hours) {
    throw new UnsupportedOperationException("the clock of a networked exercise belongs to exercise control");
  }

  /** A server's seat acts for its own role only, so the pictures always list that role's actions. */
  @Override
  public void setActingRole(String role) {
  }

  /** The log lines the server sent this seat: its role's entries (every entry for control and observers). */
  @Override
  public DecisionLog log() {
    SeatView v = latest;
    ServerMessage.Welcome w = welcome;
    List<DecisionLog.Entry> entries = new ArrayList<>();
    if (v != null) {
      for (SeatView.LogLine l : v.log()) {
        DecisionLog.Kind kind = kindOf(l.kind());
        if (kind == null) {
          // A kind of entry a later server writes and this seat cannot show: left out, not misread.
          continue;
        }
        entries.add(new DecisionLog.Entry(l.seq(), l.tick(), l.tick(), DecisionLog.Phase.DESK, l.role(), kind,
            l.point(), l.option(), l.by(), l.action(), l.taken(), l.reason(), l.control()));
      }
    }
    return new DecisionLog(new DecisionLog.Header(w == null ? "" : w.scenario(), 0, "exercise",
        w == null ? null : (int) (w.totalTicks() / 24)), entries);
  }

  private static DecisionLog.Kind kindOf(String key) {
    for (DecisionLog.Kind kind : DecisionLog.Kind.values()) {
      if (key != null && kind.key().equals(key.toLowerCase(java.util.Locale.ROOT))) {
        return kind;
      }
    }
    return null;
  }

  @Override
  public List<String> othersPending() {
    SeatView v = latest;
    Scenario s = scenario();
    if (v == null || s == null) {
      return List.of();
    }
    return v.waiting().stream().map(w -> w.title() + " (" + s.metadata().roles().stream()
        .filter(r -> r.id().equals(w.role())).map(r -> r.title()).findFirst().orElse(w.role()) + ")").toList();
  }

  @Override
  public RunResult result() {
    return null;
  }

  @Override
  public Map<String, String> participants() {
    ServerMessage.Welcome w = welcome;
    return w == null || w.role() == null ? Map.of() : Map.of(w.role(), w.participant());
  }

  /** Sends an act of exercise control (the control cell's seat only). */
  public void control(ControlAct act) {
    client.control(act);
  }

  @Override
  public void play() {
    control(ControlAct.resume());
  }

  @Override
  public void pause() {
    control(ControlAct.pause());
  }

  @Override
  public void setSpeed(double hoursPerSecond) {
    control(ControlAct.speed(Math.max(0, hoursPerSecond)));
  }

  @Override
  public void choose(String pointId, String optionId) {
    ServerMessage.Welcome w = welcome;
    if (w != null && w.kind() == SeatKind.ROLE) {
      client.choose(w.role(), pointId, optionId);
    }
  }

  @Override
  public void take(String role, CoordinationAction action, Consumer<ActionResult> result) {
    waiting.put(client.act(role, action), result);
  }

  /** Ends the arrangement with the server's own command for it, which checks the seat's role first. */
  @Override
  public void end(String role, CoordinationAction arrangement, Consumer<ActionResult> result) {
    waiting.put(client.end(role, arrangement), result);
  }

  @Override
  public void close() {
    client.close();
  }

  /** Why the server refused an act: as it sent it, or its text alone from a server that sends none. */
  private static Refusal refusal(ServerMessage.Reply r) {
    return r.refusal() != null ? r.refusal() : Refusal.other(r.reason() == null ? "" : r.reason());
  }

  private final class Reader implements ExerciseClient.Listener {
    @Override
    public void message(ServerMessage message) {
      try {
        read(message);
      } catch (RuntimeException e) {
        // A picture this program cannot draw must not silence the connection: say so and read on.
        listener.refused(Refusal.other("a message from the server could not be shown: " + e));
      }
    }

    private void read(ServerMessage message) {
      if (message instanceof ServerMessage.Welcome w) {
        welcome = w;
        pictures = w.briefing() == null ? null
            : new SeatPicture(w.briefing(), w.role(), w.role() == null ? Map.of() : Map.of(w.role(), w.participant()));
        listener.welcome(w);
      } else if (message instanceof ServerMessage.Update u) {
        latest = u.view();
        if (pictures != null) {
          picture = pictures.of(u.view());
          seatListeners.forEach(l -> l.snapshot(picture));
          if (u.view().status() == SeatView.Status.FINISHED && !finishedTold) {
            finishedTold = true;
            seatListeners.forEach(l -> l.finished(null));
          }
        }
        listener.update(u.view());
        // Said once the picture is passed on, so that the server sends the newest one next.
        client.read(u.serial());
      } else if (message instanceof ServerMessage.Reply r) {
        Consumer<ActionResult> result = waiting.remove(r.id());
        if (result != null) {
          result.accept(r.accepted() ? ActionResult.TAKEN : ActionResult.refused(refusal(r)));
        } else if (!r.accepted()) {
          listener.refused(refusal(r));
        }
      } else if (message instanceof ServerMessage.Error e) {
        if (e.id() != null) {
          waiting.remove(e.id());
        }
        listener.refused(e.refusal() != null ? e.refusal() : Refusal.other(e.message()));
      }
    }

    @Override
    public void unreadable(String problem) {
      listener.refused(Refusal.other("the server sent something this program cannot read: " + problem));
    }

    @Override
    public void closed(String reason) {
      listener.closed(reason);
    }
  }
}
