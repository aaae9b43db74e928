package org.liaison.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaison.engine.RunResult;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.DecisionOption;
import org.liaison.ui.I18n;
import org.liaison.ui.Names;
import org.liaison.scenario.Scenario;
import org.liaison.ui.exercise.ActionCatalogue;
import org.liaison.policy.DecisionLog;
import org.liaison.ui.exercise.ExerciseSession;
import org.liaison.ui.exercise.SeatSession;
import org.liaison.ui.exercise.Snapshot;
import org.liaison.ui.view.MapRenderer;

/**
 * The exercise screen's state and commands. The session runs the simulation elsewhere; this view
 * model takes its latest snapshot onto the JavaFX thread at most once per pulse, so the UI renders
 * at its own pace whatever the simulation speed.
 */
public final class ExerciseViewModel {
  /** Speeds offered, in simulated hours per real second; 0 is as fast as possible. */
  public static final double[] SPEEDS = {1, 4, 12, 48, 0};

  private final SeatSession session;
  private final Consumer<Runnable> fx;
  private final AtomicBoolean posted = new AtomicBoolean();
  private final Set<String> read = new HashSet<>();
  private boolean endAnnounced;
  private String answered;

  // ---------------------------------------------------------------- properties
  private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<ExerciseSession.PendingDecision> decision = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<String> selectedActor = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<String> selectedZone = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<MapRenderer.Layer> layer = new ReadOnlyObjectWrapper<>(MapRenderer.Layer.SECURITY);
  private final ReadOnlyIntegerWrapper speedIndex = new ReadOnlyIntegerWrapper(2);
  private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ObservableList<InboxItem> inbox = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper actingRole = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper seatStatus = new ReadOnlyStringWrapper("");

  /**
   * @param session this program's exercise (hot seat) or a seat of an exercise server, whose clock
   *     belongs to exercise control and which acts for its own role only
   */
  public ExerciseViewModel(SeatSession session, Consumer<Runnable> fx) {
    this.session = session;
    this.fx = fx;
    if (session.runsExercise()) {
      session.setSpeed(SPEEDS[speedIndex.get()]);
    }
    String own = session.latest() == null ? null : session.latest().actingRole();
    actingRole.set(!session.runsExercise() ? own : session.scenario().metadata().roles().isEmpty() ? null
        : session.scenario().metadata().roles().get(0).id());
    Snapshot first = session.latest();
    if (first != null && java.util.Arrays.stream(first.zoneSecurity()).allMatch(Double::isNaN)) {
      // A role's seat is not told the factions' hostility, so security would be blank everywhere.
      layer.set(MapRenderer.Layer.NEED);
    }
    session.addListener(new SeatSession.Listener() {
      @Override
      public void snapshot(Snapshot s) {
        if (posted.compareAndSet(false, true)) {
          fx.accept(ExerciseViewModel.this::pull);
        }
      }

      @Override
      public void finished(RunResult result) {
        fx.accept(ExerciseViewModel.this::pull);
      }
    });
    if (session.latest() != null) {
      pull();
    }
  }

  public SeatSession session() {
    return session;
  }

  /** Whether this program runs the exercise: it steers the clock, saves and reviews; false for a server's seat. */
  public boolean runsExercise() {
    return session.runsExercise();
  }

  public Scenario scenario() {
    return session.scenario();
  }

  /** The engine's refusals in the trainer's language, with this scenario's names. */
  public org.liaison.ui.Refusals refusals() {
    return new org.liaison.ui.Refusals(new Names(scenario()));
  }

  public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty clockProperty() {
    return clock.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty finishedProperty() {
    return finished.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ExerciseSession.PendingDecision> decisionProperty() {
    return decision.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<String> selectedActorProperty() {
    return selectedActor.getReadOnlyProperty();
  }

  /** The zone inspected, or null: one actor or one zone is inspected at a time. */
  public ReadOnlyObjectProperty<String> selectedZoneProperty() {
    return selectedZone.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<MapRenderer.Layer> layerProperty() {
    return layer.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty speedIndexProperty() {
    return speedIndex.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty unreadProperty() {
    return unread.getReadOnlyProperty();
  }

  /**
   * For a server's seat, whose clock exercise control steers: whether it runs, and which other
   * roles' decisions it waits for; "" in this program.
   */
  public ReadOnlyStringProperty seatStatusProperty() {
    return seatStatus.getReadOnlyProperty();
  }

  /** One line about the last command (an order queued, a save). */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Inbox, newest first. */
  public ObservableList<InboxItem> inbox() {
    return FXCollections.unmodifiableObservableList(inbox);
  }

  public boolean isRead(InboxItem item) {
    return read.contains(item.key());
  }

  /** True the first time it is asked after the exercise ended: the end is announced once. */
  public boolean acknowledgeEnd() {
    if (!finished.get() || endAnnounced) {
      return false;
    }
    endAnnounced = true;
    return true;
  }

  // ---------------------------------------------------------------- commands
  public void togglePlay() {
    if (!session.runsExercise()) {
      return;
    }
    if (session.isPlaying()) {
      pause();
    } else {
      play();
    }
  }

  public void play() {
    if (session.runsExercise() && !finished.get() && decision.get() == null) {
      session.play();
      playing.set(true);
    }
  }

  public void pause() {
    if (!session.runsExercise()) {
      return;
    }
    session.pause();
    playing.set(false);
  }

  public void stepHour() {
    if (session.runsExercise() && !finished.get() && decision.get() == null) {
      session.step(1);
    }
  }

  public void stepDay() {
    if (session.runsExercise() && !finished.get() && decision.get() == null) {
      Snapshot s = snapshot.get();
      long tick = s == null ? 0 : s.tick();
      session.step((int) (24 - tick % 24));
    }
  }

  public void setSpeed(int index) {
    if (!session.runsExercise()) {
      return;
    }
    speedIndex.set(Math.max(0, Math.min(SPEEDS.length - 1, index)));
    session.setSpeed(SPEEDS[speedIndex.get()]);
  }

  public static String speedLabel(int index) {
    double v = SPEEDS[index];
    return v <= 0 ? I18n.t("exercise.fastest") : I18n.t("exercise.speed", v);
  }

  public void setLayer(MapRenderer.Layer value) {
    layer.set(value);
  }

  public void selectActor(String id) {
    if (id != null) {
      selectedZone.set(null);
    }
    selectedActor.set(id);
  }

  public void selectZone(String id) {
    if (id != null) {
      selectedActor.set(null);
    }
    selectedZone.set(id);
  }

  public void markRead(InboxItem item) {
    if (item != null && read.add(item.key())) {
      unread.set(unread.get() - 1);
    }
  }

  /**
   * Answers the decision on screen; the exercise goes on as it was (playing or paused). An option
   * the day's staff-hours cannot pay for is refused, with the reason in {@link #statusProperty()},
   * unless no option fits.
   *
   * @return whether the choice was sent
   */
  public boolean decide(String optionId) {
    ExerciseSession.PendingDecision d = decision.get();
    if (d == null) {
      return false;
    }
    DecisionOption option = d.point().options().stream().filter(o -> o.id().equals(optionId)).findFirst()
        .orElse(null);
    if (option == null) {
      return false;
    }
    String why = optionRefusal(option);
    if (why != null) {
      status.set(why);
      return false;
    }
    decision.set(null);
    answered = d.point().id();
    session.choose(d.point().id(), optionId);
    return true;
  }

  /** Staff-hours an option's actions cost today. */
  public double optionCost(DecisionOption option) {
    return option.actions().stream().mapToDouble(a -> scenario().coordination().costOf(a.type())).sum();
  }

  /** Staff-hours left today, as of the latest snapshot. */
  public double budgetLeft() {
    Snapshot s = snapshot.get();
    return s == null ? scenario().coordination().staffHoursPerDay() : s.budgetLeft();
  }

  /**
   * Why an option of the pending decision cannot be chosen now (its actions cost more than the
   * staff-hours left today while a cheaper option fits), or null if it can.
   */
  public String optionRefusal(DecisionOption option) {
    ExerciseSession.PendingDecision d = decision.get();
    double left = budgetLeft();
    if (d == null || optionCost(option) <= left + 1e-9 || !anyOptionFits(d)) {
      return null;
    }
    return I18n.t("decision.refused", option.label(), optionCost(option), Math.max(0, left));
  }

  /**
   * The standing arrangements in force, oldest first, as the engine charges them to the mission's
   * one budget: every role's, a decision point's and the doctrine's alike, so that the list adds up
   * to the standing part of the staff-hours (a server's seat of the mission gets them all too).
   */
  public List<Commitment> commitments() {
    Snapshot s = snapshot.get();
    if (s == null) {
      return List.of();
    }
    return s.commitments().stream().map(c -> new Commitment(c.action(), c.role(), c.since(), c.perDay())).toList();
  }

  /** Why the acting role cannot end an arrangement now, or null if it can: only the role that made it ends it. */
  public String endRefusal(Commitment c) {
    if (finished.get()) {
      return I18n.t("budget.endFinished");
    }
    if (!c.role().equals(actingRole.get())) {
      return I18n.t("budget.endOtherRole", "policy".equals(c.role()) ? I18n.t("budget.byDoctrine")
          : new Names(scenario()).role(c.role()));
    }
    return null;
  }

  /** Ends a standing arrangement in the acting role's name; the outcome goes to {@link #statusProperty()}. */
  public boolean end(Commitment c) {
    String why = endRefusal(c);
    String what = ActionCatalogue.typeName(c.action().type()) + " — " + ActionCatalogue.label(scenario(), c.action());
    if (why != null) {
      status.set(I18n.t("budget.endRefused", what, why));
      return false;
    }
    session.end(actingRole.get(), c.action(), r -> fx.accept(() -> status.set(r.taken()
        ? I18n.t("budget.ended", what, c.perDay()) : I18n.t("budget.endRefused", what, refusals().say(r.refusal())))));
    status.set(I18n.t("budget.ending", what));
    return true;
  }

  /**
   * The action types the acting role may order from the action panel now: those its scenario
   * role allows, without ending arrangements (the budget panel does) and replying (the inbox does).
   */
  public List<ActionType> offeredTypes() {
    return catalogue().stream().map(ActionCatalogue.Entry::type).filter(ActionType::coordinates).distinct()
        .sorted().toList();
  }

  /** Whether the acting role may reply to messages at all (its actions list it, as every role's do). */
  public boolean canReply(InboxItem item) {
    return item != null && item.sender() != null && !finished.get();
  }

  /** Replies to an inbox item's sender in the acting role's name; the outcome goes to {@link #statusProperty()}. */
  public boolean reply(InboxItem item) {
    if (!canReply(item)) {
      return false;
    }
    String who = actorName(item.sender());
    session.take(actingRole.get(), org.liaison.scenario.CoordinationAction.on(ActionType.REPLY, item.sender()),
        r -> fx.accept(() -> status.set(r.taken() ? I18n.t("inbox.replied", who, scenario().coordination().costOf(ActionType.REPLY))
            : I18n.t("inbox.replyRefused", who, refusals().say(r.refusal())))));
    status.set(I18n.t("inbox.replying", who));
    return true;
  }

  /**
   * A forum of the members chosen instead of those offered; its reason is the offered forum's
   * (the budget), and the engine checks the members when it is ordered.
   */
  public ActionCatalogue.Entry forumWith(ActionCatalogue.Entry offered, List<String> members) {
    var a = offered.action();
    var chosen = new org.liaison.scenario.CoordinationAction(a.type(), null, null, null, List.copyOf(members), null,
        null, null, null);
    return new ActionCatalogue.Entry(ActionCatalogue.key(chosen), a.type(), ActionCatalogue.label(scenario(), chosen),
        chosen, offered.cost(), members.isEmpty() ? org.liaison.policy.Refusal.Code.FORUM_NEEDS_MEMBERS.of() : offered.reason());
  }

  /** Whether at least one option of the decision fits today's staff-hours. */
  public boolean anyOptionFits(ExerciseSession.PendingDecision d) {
    double left = budgetLeft();
    return d.point().options().stream().anyMatch(o -> optionCost(o) <= left + 1e-9);
  }

  /** The role in whose name actions are taken. */
  public ReadOnlyStringProperty actingRoleProperty() {
    return actingRole.getReadOnlyProperty();
  }

  public void setActingRole(String role) {
    if (!session.runsExercise()) {
      return;
    }
    actingRole.set(role);
    session.setActingRole(role);
  }

  /** Actions the acting role can order now (or cannot, with the reason). */
  public List<ActionCatalogue.Entry> catalogue() {
    Snapshot s = snapshot.get();
    return s == null ? List.of() : s.actions();
  }

  /** Takes an action now, between two hours, in the acting role's name. */
  public boolean order(ActionCatalogue.Entry entry) {
    if (!entry.available()) {
      status.set(I18n.t("actions.cannotTake", ActionCatalogue.typeName(entry.type()), refusals().say(entry.reason())));
      return false;
    }
    String text = ActionCatalogue.typeName(entry.type()) + " — " + entry.label();
    session.take(actingRole.get(), entry.action(), r -> fx.accept(() -> status.set(r.taken()
        ? I18n.t("actions.done", text, entry.cost())
        : I18n.t("actions.refused", text, refusals().say(r.refusal())))));
    status.set(I18n.t("actions.taking", text));
    return true;
  }

  /**
   * Takes an observer's note on a participant now (this program's exercise only: at a server the
   * control console takes them).
   *
   * @return whether the note was taken
   */
  public boolean note(String participant, String text) {
    if (!(session instanceof ExerciseSession local) || participant == null || participant.isBlank()
        || text == null || text.isBlank()) {
      return false;
    }
    local.note(participant.strip(), text.strip());
    status.set(I18n.t("note.saved", participant.strip(), clock.get()));
    return true;
  }

    public DecisionLog log() {
    return session.log();
  }

  /**
   * Saves the exercise to resume it later, and its decision log beside it as
   * {@code NAME.decisions.jsonl}, which {@code liaison run --policy replay:FILE} replays headless.
   */
  public void save(Path file) throws IOException {
    if (!(session instanceof ExerciseSession local)) {
      throw new IOException("a networked exercise is saved by its server");
    }
    org.liaison.ui.exercise.SaveFile save = local.save();
    save.write(file);
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    save.log().write(file.resolveSibling(name + ".decisions.jsonl"));
    status.set(I18n.t("exercise.saved", file.getFileName()));
  }

  // ---------------------------------------------------------------- internals

  private void pull() {
    posted.set(false);
    Snapshot s = session.latest();
    if (s == null) {
      return;
    }
    snapshot.set(s);
    clock.set(clockText(scenario(), s.tick()));
    boolean done = session.runsExercise() ? session.result() != null : s.finished();
    if (actingRole.get() == null && !session.runsExercise()) {
      actingRole.set(s.actingRole());
    }
    finished.set(done);
    ExerciseSession.PendingDecision d = s.pending();
    if (d != null && d.point().id().equals(answered)) {
      // A server's picture can still list a point this screen answered, until the choice reaches it.
      d = null;
    } else {
      answered = null;
    }
    if (d == null || decision.get() == null || !decision.get().point().id().equals(d.point().id())) {
      decision.set(d);
    }
    playing.set(session.isPlaying() && d == null && !done);
    if (!session.runsExercise()) {
      List<String> others = session.othersPending();
      String clockState = done ? I18n.t("seat.finished") : d != null ? I18n.t("seat.yourDecision")
          : !others.isEmpty() ? I18n.t("seat.waiting", String.join("; ", others))
          : playing.get() ? I18n.t("seat.running") : I18n.t("seat.paused");
      seatStatus.set(clockState);
    }
    mergeInbox(s);
  }

  /** "Day 3 of 21, 14:00 (Wed 11 Feb 2026)". */
  public static String clockText(Scenario s, long tick) {
    long day = tick / 24 + 1;
    String base = I18n.t("exercise.clock", Math.min(day, s.metadata().durationDays()), s.metadata().durationDays(),
        String.format(Locale.ROOT, "%02d:00", tick >= s.durationHours() ? 24 : tick % 24));
    String start = s.metadata().startDate();
    if (start == null) {
      return base;
    }
    try {
      java.time.LocalDate date = java.time.LocalDate.parse(start).plusDays(Math.min(day, s.metadata().durationDays()) - 1);
      return base + "  ·  " + date.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", I18n.locale()));
    } catch (RuntimeException e) {
      return base;
    }
  }

  private void mergeInbox(Snapshot s) {
    List<InboxItem> fresh = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (InboxItem i : inbox) {
      present.add(i.key());
    }
    String mission = session.scenario().missionActors().stream().map(Actor::id).findFirst().orElse("");
    for (EngineEvent e : s.events()) {
      InboxItem item = toItem(e, mission);
      if (item != null && present.add(item.key())) {
        fresh.add(item);
      }
    }
    for (var incident : s.heard()) {
      InboxItem item = heard(incident);
      if (present.add(item.key())) {
        fresh.add(item);
      }
    }
    for (var m : s.inbox()) {
      String key = "inbox-" + m.id();
      if (present.add(key)) {
        String to = String.join(", ", m.to().stream().map(this::recipientName).toList());
        boolean inject = "inject".equals(m.kind());
        // A message of the model is said from its kind and sender; an inject's text is the scenario's.
        String kind = I18n.has("message." + m.kind()) ? I18n.t("message." + m.kind())
            : m.kind().toLowerCase(Locale.ROOT).replace('_', ' ');
        fresh.add(new InboxItem(key, m.tick(), actorName(m.from()), inject ? abbreviate(m.text(), 80) : kind,
            (to.isEmpty() ? "" : I18n.t("inbox.to", to) + "\n")
                + (inject ? m.text() : I18n.t("inbox.messageFrom", kind, actorName(m.from()))), answerable(m.from())));
      }
    }
    fresh.sort(java.util.Comparator.comparingLong(InboxItem::tick).reversed());
    if (!fresh.isEmpty()) {
      // Events come newest first; keep that order on top of the older items.
      inbox.addAll(0, fresh);
      unread.set(unread.get() + fresh.size());
      while (inbox.size() > 300) {
        InboxItem removed = inbox.remove(inbox.size() - 1);
        if (!read.contains(removed.key())) {
          unread.set(unread.get() - 1);
        }
      }
    }
  }

  private InboxItem toItem(EngineEvent e, String mission) {
    if (e == null) {
      return null;
    } else if (e instanceof EngineEvent.AttackExecuted a) {
      return new InboxItem("attack-" + a.attack(), a.tick(), I18n.t("inbox.operations"),
          I18n.t("inbox.attack", zoneName(a.zone())), I18n.t("inbox.attackBody", actorName(a.faction()), zoneName(a.zone())));
    } else if (e instanceof EngineEvent.MissionAttacked a) {
      return new InboxItem("mission-attacked-" + a.tick() + "-" + a.zone(), a.tick(), I18n.t("inbox.operations"),
          I18n.t("inbox.missionAttacked", zoneName(a.zone())),
          I18n.t("inbox.missionAttackedBody", actorName(a.faction()), zoneName(a.zone()), a.casualties(), a.personnel()));
    } else if (e instanceof EngineEvent.ActionRefused r) {
      String order = orderText(r.action(), r.target());
      return new InboxItem("refused-" + r.tick() + "-" + r.action() + "-" + r.target(), r.tick(), I18n.t("inbox.staff"),
          I18n.t("inbox.notCarriedOut", order), order + ": " + refusals().say(r.reason()));
    } else if (e instanceof EngineEvent.ActionTaken t && t.source() != null && !t.source().startsWith("decision")) {
      String order = orderText(t.action(), t.target());
      return new InboxItem("taken-" + t.tick() + "-" + t.action() + "-" + t.target() + "-" + t.zone(), t.tick(),
          I18n.t("inbox.staff"), I18n.t("inbox.carriedOut", order), I18n.t("inbox.carriedOutBody", order, t.cost()));
    }
    return null;
  }

  /** "Assign a liaison officer — Jareer committee": the order an inbox item is about. */
  private String orderText(String action, String target) {
    return ActionCatalogue.typeName(org.liaison.scenario.ActionType.valueOf(action))
        + (target == null ? "" : " — " + actorName(target));
  }

  /** An incident a server's seat heard of, as an inbox item from operations. */
  private InboxItem heard(org.liaison.exercise.ExerciseSnapshot.Incident i) {
    String zone = i.zone() == null ? "" : zoneName(i.zone());
    String title = "AttackExecuted".equals(i.kind()) ? I18n.t("inbox.attack", zone)
        : zone.isEmpty() ? Names.incident(i.kind()) : I18n.t("inbox.incident", Names.incident(i.kind()), zone);
    String detail = new org.liaison.ui.Incidents(new Names(scenario())).detail(i);
    return new InboxItem("heard-" + i.tick() + "-" + i.kind() + "-" + i.zone() + "-" + i.actor(), i.tick(),
        I18n.t("inbox.operations"), title, detail.isEmpty() ? title : title + ": " + detail);
  }

  /** The actor a message came from if the mission can answer it (an actor outside the mission), else null. */
  private String answerable(String from) {
    return scenario().actors().stream().filter(a -> a.id().equals(from) && !a.isMission()).map(Actor::id)
        .findFirst().orElse(null);
  }

  String actorName(String id) {
    if (id == null) {
      return null;
    }
    if ("control".equals(id)) {
      return I18n.t("name.control");
    }
    return scenario().actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse(id);
  }

  static String abbreviate(String text, int max) {
    String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  String recipientName(String id) {
    return scenario().metadata().roles().stream().filter(r -> r.id().equals(id)).map(r -> r.title()).findFirst()
        .orElseGet(() -> "all".equals(id) ? I18n.t("inbox.everyone") : actorName(id));
  }

  String zoneName(String id) {
    return scenario().map().zones().stream().filter(z -> z.id().equals(id)).map(z -> z.name()).findFirst().orElse(id);
  }
}
