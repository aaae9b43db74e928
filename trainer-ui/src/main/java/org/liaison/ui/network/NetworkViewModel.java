package org.liaison.ui.network;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaison.net.protocol.SeatKind;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.policy.Refusal;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Effect;
import org.liaison.ui.I18n;
import org.liaison.ui.Names;
import org.liaison.ui.Refusals;
import org.liaison.ui.exercise.RemoteSession;

/**
 * A seat at a networked exercise: the join form, then the seat's picture and its commands (a
 * trainee's choices and actions, or the control cell's acts). Properties change on the thread the
 * {@code ui} executor runs on (the JavaFX thread in the application).
 */
public final class NetworkViewModel {
  /** In the trainer's language ({@code --lang}), never the machine's, as for every other screen. */
  private final ResourceBundle text = I18n.network();
  private final Executor background;
  private final Consumer<Runnable> ui;

  // ------------------------------------------------------------------ properties
  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty code = new SimpleStringProperty("");
  private final StringProperty participant = new SimpleStringProperty("");
  private final StringProperty fingerprint = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ServerMessage.Welcome> welcome = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<SeatView> view = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private RemoteSession session;

  /**
   * @param background where connecting (which waits on the network) runs
   * @param ui where property changes run
   */
  public NetworkViewModel(Executor background, Consumer<Runnable> ui) {
    this.background = background;
    this.ui = ui;
  }

  public StringProperty addressProperty() {
    return address;
  }

  public StringProperty codeProperty() {
    return code;
  }

  public StringProperty participantProperty() {
    return participant;
  }

  public StringProperty fingerprintProperty() {
    return fingerprint;
  }

  /** What the join or the last act came to, in the reader's language. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The seat taken, or null. */
  public ReadOnlyObjectProperty<ServerMessage.Welcome> welcomeProperty() {
    return welcome.getReadOnlyProperty();
  }

  /** The seat's latest picture, or null. */
  public ReadOnlyObjectProperty<SeatView> viewProperty() {
    return view.getReadOnlyProperty();
  }

  /** The connection to the server once connecting worked, else null. */
  public RemoteSession session() {
    return session;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ResourceBundle text() {
    return text;
  }

  /** A text of the bundle with its arguments filled in. */
  public String format(String key, Object... args) {
    return new MessageFormat(text.getString(key), I18n.locale()).format(args);
  }

  /** Whether the seat is the control cell's. */
  public boolean isControl() {
    return welcome.get() != null && welcome.get().kind() == SeatKind.CONTROL;
  }

  // ------------------------------------------------------------------ commands

  /** Connects and asks for the seat the code opens. */
  public void join() {
    String where = address.get().strip();
    String c = code.get().strip();
    String name = participant.get().strip();
    if (where.isEmpty() || c.isEmpty() || name.isEmpty()) {
      status.set(text.getString("join.missing"));
      return;
    }
    busy.set(true);
    status.set(format("join.connecting", where));
    String pin = fingerprint.get().strip();
    background.execute(() -> {
      try {
        RemoteSession s = RemoteSession.connect(where, pin.isEmpty() ? null : pin, new Listener());
        // Posted before the join is sent, so the seat is known here before its welcome arrives.
        ui.accept(() -> session = s);
        s.join(c, name);
      } catch (Exception e) {
        ui.accept(() -> {
          busy.set(false);
          status.set(format(JoinFailure.of(e).key(), where, RemoteSession.CONNECT_TIMEOUT_SECONDS));
        });
      }
    });
  }

  public void choose(String point, String option) {
    withSession(s -> s.choose(point, option));
  }

  public void take(CoordinationAction action) {
    ServerMessage.Welcome w = welcome.get();
    if (w == null || w.role() == null) {
      return;
    }
    withSession(s -> s.take(w.role(), action, r -> {
      if (!r.taken()) {
        ui.accept(() -> status.set(format("seat.refused", say(r.refusal()))));
      }
    }));
  }

  public void pause() {
    control(ControlAct.pause());
  }

  public void resume() {
    control(ControlAct.resume());
  }

  public void speed(double hoursPerSecond) {
    control(ControlAct.speed(hoursPerSecond));
  }

  public void fire(int entry) {
    control(ControlAct.fire(entry));
  }

  public void delay(int entry, int hours) {
    control(ControlAct.delay(entry, hours));
  }

  public void cancel(int entry) {
    control(ControlAct.cancel(entry));
  }

  public void seat(String role, ControlAct.SeatMode mode) {
    control(ControlAct.seat(role, mode));
  }

  /**
   * An ad-hoc inject: a message (if given) to the recipients, and a scripted event (if given).
   *
   * @param to role and actor ids
   */
  public void inject(String from, List<String> to, String message, Effect effect) {
    control(ControlAct.inject(blankToNull(from), to.isEmpty() ? null : List.copyOf(to), blankToNull(message),
        effect == null ? null : List.of(effect)));
  }

  public void disposition(String actor, String name, double value) {
    control(ControlAct.disposition(actor, name, value));
  }

  public void parameter(String name, double value) {
    control(ControlAct.parameter(name, value));
  }

  public void note(String about, String note) {
    control(ControlAct.note(about, note));
  }

  /** Leaves the exercise. */
  public void leave() {
    if (session != null) {
      session.close();
    }
  }

  private void control(ControlAct act) {
    withSession(s -> s.control(act));
  }

  private void withSession(Consumer<RemoteSession> command) {
    if (session != null) {
      command.accept(session);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A refusal in the trainer's language, with the names of the scenario the seat was briefed on. */
  private String say(Refusal refusal) {
    ServerMessage.Welcome w = welcome.get();
    return (w == null || w.briefing() == null ? Refusals.withoutScenario() : new Refusals(new Names(w.briefing())))
        .say(refusal);
  }

  private final class Listener implements RemoteSession.Listener {
    @Override
    public void welcome(ServerMessage.Welcome w) {
      ui.accept(() -> {
        busy.set(false);
        welcome.set(w);
        status.set(format("join.seated", w.roleTitle() != null ? w.roleTitle()
            : text.getString("seat.kind." + w.kind().name()), w.participant()));
      });
    }

    @Override
    public void update(SeatView v) {
      ui.accept(() -> view.set(v));
    }

    @Override
    public void refused(Refusal refusal) {
      ui.accept(() -> {
        busy.set(false);
        status.set(format(welcome.get() == null ? "join.failed" : "seat.refused", say(refusal)));
      });
    }

    @Override
    public void closed(String reason) {
      ui.accept(() -> {
        busy.set(false);
        status.set(format("join.closed", reason));
      });
    }
  }
}
