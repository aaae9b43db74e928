package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.engine.RunSpec;
import org.liaison.exercise.AvailableAction;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Policies;
import org.liaison.results.run.RunDirectory;
import org.liaison.scenario.Effect;
import org.liaison.scenario.EffectKind;
import org.liaison.scenario.Scenario;

/**
 * A shipped scenario played to its end over loopback by three scripted trainees and a scripted
 * control cell, then replayed headless from the server's decision log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkedExerciseTest {
  static final List<String> ROLES = List.of("head-of-office", "patrol-leader", "humanitarian-liaison");
  static final long SEED = 20_260_301L;
  static final String AD_HOC = "Residents of Zarichne report shelling near the filter station.";

  Path dir;
  Path out;
  Scenario scenario;
  final Map<String, ScriptedClient> trainees = new ConcurrentHashMap<>();
  ScriptedClient control;

  /** A trainee who chooses each of its role's points as they come and takes one action a day. */
  static BiConsumer<ScriptedClient, ServerMessage> trainee(String role) {
    Set<String> chosen = ConcurrentHashMap.newKeySet();
    AtomicLong actedOnDay = new AtomicLong();
    return (c, m) -> {
      if (!(m instanceof ServerMessage.Update u) || u.view().status() == SeatView.Status.FINISHED) {
        return;
      }
      SeatView v = u.view();
      for (ExerciseSnapshot.PendingDecision p : v.pending()) {
        if (chosen.add(p.id())) {
          c.client.choose(role, p.id(), p.options().get(p.options().size() - 1).id());
        }
      }
      if (v.clock().day() > actedOnDay.get() && v.available() != null) {
        actedOnDay.set(v.clock().day());
        v.available().stream().filter(AvailableAction::allowed).skip(v.clock().day() % 3).findFirst()
            .ifPresent(a -> c.client.act(role, a.candidates().get(0)));
      }
    };
  }

  /** The control cell: an ad-hoc inject with an attack on day 3, an MSEL entry fired early on day 5, a note. */
  static BiConsumer<ScriptedClient, ServerMessage> controlCell() {
    AtomicBoolean injected = new AtomicBoolean();
    AtomicBoolean fired = new AtomicBoolean();
    return (c, m) -> {
      if (!(m instanceof ServerMessage.Update u) || u.view().status() == SeatView.Status.FINISHED) {
        return;
      }
      long done = u.view().clock().completed();
      if (done >= 48 && injected.compareAndSet(false, true)) {
        c.client.control(ControlAct.inject("zarichne-volunteers", List.of("patrol-leader"), AD_HOC,
            List.of(new Effect(EffectKind.PREPARE_ATTACK, "zarichne", "eaf", null, null, null, null, null))));
        c.client.control(ControlAct.note("Petra", "did not pass the volunteers' report on"));
      }
      if (done >= 96 && fired.compareAndSet(false, true)) {
        // The pending entry due last, so that it cannot fire by itself before the act arrives.
        u.view().msel().stream().filter(e -> e.state().equals("pending") && e.dueAt() != null)
            .max(java.util.Comparator.comparingLong(SeatView.MselEntry::dueAt))
            .ifPresent(e -> c.client.control(ControlAct.fire(e.number())));
      }
    };
  }

  @BeforeAll
  void playTheExerciseToItsEnd(@TempDir Path dir) throws Exception {
    this.dir = dir;
    out = dir.resolve("exercise");
    scenario = Exercises.read(Exercises.UKRAINE);
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, SEED, out, 0)) {
      Map<String, String> codes = server.codes();
      control = new ScriptedClient(server.port());
      control.client.join(codes.get("control"), "Ines (white cell)");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
      String[] names = {"Olena", "Petra", "Hamid"};
      for (int i = 0; i < ROLES.size(); i++) {
        ScriptedClient c = new ScriptedClient(server.port()).script(trainee(ROLES.get(i)));
        c.client.join(codes.get(ROLES.get(i)), names[i]);
        c.await(m -> m instanceof ServerMessage.Welcome, 10);
        trainees.put(ROLES.get(i), c);
      }
      control.script(controlCell());
      control.client.control(ControlAct.speed(0));
      control.client.control(ControlAct.resume());
      assertTrue(server.awaitFinished(240, TimeUnit.SECONDS), "the exercise ran to its end");
      for (ScriptedClient c : trainees.values()) {
        c.await(m -> m instanceof ServerMessage.Update u && u.view().status() == SeatView.Status.FINISHED, 10);
        c.close();
      }
      control.await(m -> m instanceof ServerMessage.Update u && u.view().status() == SeatView.Status.FINISHED, 10);
      control.close();
    }
  }

  @Test
  void theServersLogReplayedHeadlessGivesTheSameEventsByteForByte() throws Exception {
    Path replay = dir.resolve("replay");
    RunDirectory.write(new RunSpec(scenario, SEED, Policies.REPLAY + out.resolve(RunDirectory.DECISIONS), null),
        null, replay, false, t -> { });
    assertArrayEquals(Files.readAllBytes(out.resolve(RunDirectory.EVENTS)), Files.readAllBytes(replay.resolve(RunDirectory.EVENTS)));
  }

  @Test
  void theTraineesActedAndChoseAndControlInjectedTwice() throws Exception {
    DecisionLog log = DecisionLog.read(out.resolve(RunDirectory.DECISIONS));
    for (String role : ROLES) {
      assertTrue(log.entries().stream().anyMatch(e -> role.equals(e.role()) && e.kind() == DecisionLog.Kind.ACTION
          && e.phase() == DecisionLog.Phase.DESK && e.taken()), role + " took an action");
    }
    assertTrue(log.entries().stream().anyMatch(e -> e.kind() == DecisionLog.Kind.CHOICE
        && e.phase() == DecisionLog.Phase.DESK && e.taken()), "a trainee chose at a decision point");
    List<ControlAct.Type> injects = log.entries().stream().filter(e -> e.kind() == DecisionLog.Kind.CONTROL && e.taken())
        .map(e -> e.control().type()).filter(t -> t == ControlAct.Type.INJECT || t == ControlAct.Type.FIRE).toList();
    assertEquals(List.of(ControlAct.Type.INJECT, ControlAct.Type.FIRE), injects);
  }

  @Test
  void theReviewNamesWhoDidWhatAndTheControlCellsInjectsAndNotes() throws Exception {
    String review = Files.readString(out.resolve(Review.FILE));
    assertTrue(review.contains("| Petra | patrol-leader |"), review);
    assertTrue(review.contains("INJECT"), review);
    assertTrue(review.contains("did not pass the volunteers' report on"), review);
    assertTrue(review.contains("Ines (white cell)"), review);
  }

  @Nested
  class FogOfWar {
    private List<SeatView> views(String role) {
      return trainees.get(role).all(ServerMessage.Update.class).stream().map(ServerMessage.Update::view).toList();
    }

    @Test
    void aRoleSeatNeverReceivesHostilityIndicatorsSeatsOrTheMsel() {
      for (String role : ROLES) {
        for (SeatView v : views(role)) {
          assertNull(v.indicators());
          assertNull(v.seats());
          assertNull(v.msel());
          assertTrue(v.actors().stream().allMatch(a -> a.hostility() == null && a.dispositions() == null));
          assertTrue(v.zones().stream().allMatch(z -> z.threat() == null));
        }
      }
    }

    /** What the control cell adjusts comes with its picture: every actor's dispositions in force. */
    @Test
    void controlReceivesEveryActorsDispositionsInForce() {
      List<SeatView> controlViews = control.all(ServerMessage.Update.class).stream().map(ServerMessage.Update::view).toList();
      assertFalse(controlViews.isEmpty());
      for (SeatView v : controlViews) {
        for (SeatView.Actor a : v.actors()) {
          assertEquals(ControlAct.DISPOSITIONS, List.copyOf(a.dispositions().keySet()), a.id());
          assertTrue(a.dispositions().values().stream().allMatch(d -> d >= 0 && d <= 1), a.id() + " " + a.dispositions());
        }
      }
    }

    @Test
    void aRoleSeatSeesOnlyItsSidesUnitsAndAttacksItKnowsOf() {
      Set<String> mission = Set.of("imm");
      for (String role : ROLES) {
        for (SeatView v : views(role)) {
          assertTrue(v.units().stream().allMatch(u -> mission.contains(u.actor())), "units of another side");
          assertTrue(v.attacks().stream().allMatch(ExerciseSnapshot.AttackView::knownToMission), "an attack unknown to the mission");
          assertTrue(v.messages().stream().allMatch(m -> mission.contains(m.from()) || mission.contains(m.to())));
        }
      }
      assertTrue(control.all(ServerMessage.Update.class).stream().anyMatch(u -> u.view().attacks().stream()
          .anyMatch(a -> !a.knownToMission())), "control sees attacks the mission does not know of");
    }

    /**
     * The mission's seats know the channels at the mission and those at the ceasefire group it sits
     * in (told of there), and no other: not the humanitarian platform's, not the residents' own.
     */
    @Test
    void aRoleSeatGetsEveryChannelItsSideKnowsOfAndNoOther() {
      Set<String> known = Set.of("imm", "hub-ceasefire-group");
      List<SeatView> controlViews = control.all(ServerMessage.Update.class).stream().map(ServerMessage.Update::view).toList();
      SeatView controlLast = controlViews.get(controlViews.size() - 1);
      Set<String> expectedAtEnd = controlLast.channels().stream()
          .filter(c -> known.contains(c.from()) || known.contains(c.to())).map(c -> c.id())
          .collect(java.util.stream.Collectors.toSet());
      assertTrue(expectedAtEnd.containsAll(Set.of("ch-imm-wsf", "ch-wsf-ceasefire", "ch-eaf-ceasefire")), expectedAtEnd.toString());
      Set<String> inScenario = scenario.channels().stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet());
      assertTrue(expectedAtEnd.stream().anyMatch(id -> !inScenario.contains(id)),
          "an arrangement of the mission opened a channel during the exercise: " + expectedAtEnd);
      for (String role : ROLES) {
        List<SeatView> views = views(role);
        for (SeatView v : views) {
          assertTrue(v.channels().stream().allMatch(c -> known.contains(c.from()) || known.contains(c.to())),
              role + " received a channel its side does not know of");
        }
        SeatView last = views.get(views.size() - 1);
        assertEquals(SeatView.Status.FINISHED, last.status());
        assertEquals(expectedAtEnd, last.channels().stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()),
            role + " at the end gets every channel its side knows of, those its arrangements opened included");
        org.liaison.scenario.Scenario briefing = trainees.get(role).all(ServerMessage.Welcome.class).get(0).briefing();
        assertEquals(scenario.channels().stream().filter(c -> known.contains(c.from()) || known.contains(c.to()))
            .map(c -> c.id()).toList(), briefing.channels().stream().map(c -> c.id()).toList(),
            role + "'s briefing names the scenario's channels its side knows of, and no other");
      }
      assertTrue(controlViews.stream().allMatch(v -> v.channels().stream()
          .anyMatch(c -> c.id().equals("ch-pravo-zarichne"))), "control sees the residents' own channels");
      assertTrue(controlViews.stream().flatMap(v -> v.channels().stream())
          .anyMatch(c -> c.condition() != org.liaison.comms.ChannelCondition.WORKING),
          "a channel's condition other than working reaches the seats");
    }

    @Test
    void aRoleSeatSeesItsOwnPointsAndLogAndOnlyThatOthersArePending() {
      for (String role : ROLES) {
        for (SeatView v : views(role)) {
          assertTrue(v.pending().stream().allMatch(p -> p.role().equals(role)));
          assertTrue(v.waiting().stream().noneMatch(w -> w.role().equals(role)));
          assertTrue(v.log().stream().allMatch(l -> role.equals(l.role())));
        }
      }
    }

    @Test
    void anInjectToOneRoleReachesThatRolesInboxAlone() {
      assertTrue(views("patrol-leader").stream().anyMatch(v -> v.inbox().stream().anyMatch(i -> i.text().equals(AD_HOC))));
      for (String role : List.of("head-of-office", "humanitarian-liaison")) {
        assertFalse(views(role).stream().anyMatch(v -> v.inbox().stream().anyMatch(i -> i.text().equals(AD_HOC))), role);
        for (SeatView v : views(role)) {
          assertTrue(v.inbox().stream().allMatch(i -> i.to().contains(role) || i.to().contains("imm") || i.to().contains("all")),
              "an inbox item for another role reached " + role);
        }
      }
    }
  }
}
