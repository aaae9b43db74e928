package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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
import org.liaison.scenario.Medium;

/**
 * The same exercise played twice over loopback with the same acts at the same simulated hours:
 * once without a break, once with the server stopped mid-way (no pause first, as after a crash)
 * and started again from its autosave. Both must write the same events, byte for byte.
 *
 * <p>Every act is made while a decision point holds the clock, so it lands at the same hour in
 * both runs whatever the threads' timing: at each point the deciding role takes an action, control
 * injects at the first three, and then the role chooses.
 */
class ResumedExerciseTest {
  private static final long SEED = 20_261_202L;
  /** The decision point (counted from 1) at which the second run's server is stopped. */
  private static final int STOP_AT = 2;

  /** The clients of one run: control and the three trainees, by role. */
  private static final class Table implements AutoCloseable {
    final ScriptedClient control;
    final Map<String, ScriptedClient> trainees = new LinkedHashMap<>();

    Table(ExerciseServer server, Map<String, String> codes) throws Exception {
      control = new ScriptedClient(server.port());
      control.client.join(codes.get("control"), "Ines");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
      String[] names = {"Olena", "Petra", "Hamid"};
      for (int i = 0; i < NetworkedExerciseTest.ROLES.size(); i++) {
        String role = NetworkedExerciseTest.ROLES.get(i);
        ScriptedClient c = new ScriptedClient(server.port());
        c.client.join(codes.get(role), names[i]);
        ServerMessage.Welcome w = (ServerMessage.Welcome) c.await(m -> m instanceof ServerMessage.Welcome, 10);
        assertEquals(role, w.role(), "the code opens the same seat");
        trainees.put(role, c);
      }
    }

    @Override
    public void close() {
      control.close();
      trainees.values().forEach(ScriptedClient::close);
    }
  }

  /** Control's acts at the first decision points: a message with an attack, an outage, a road closure. */
  private static ControlAct inject(int decision) {
    return switch (decision) {
      case 1 -> ControlAct.inject("zarichne-volunteers", List.of("patrol-leader"), NetworkedExerciseTest.AD_HOC,
          List.of(new Effect(EffectKind.PREPARE_ATTACK, "zarichne", "eaf", null, null, null, null, null)));
      case 2 -> ControlAct.inject("control", List.of("head-of-office"), "Mobile network down west of the line.",
          List.of(new Effect(EffectKind.MEDIUM_DOWN, null, null, null, null, null, 18, Medium.MOBILE,
              List.of("novopilske", "zarichne"), null)));
      case 3 -> ControlAct.inject(null, null, null, List.of(new Effect(EffectKind.ROAD_CLOSED, null, null, null, null,
          null, 12, null, null, List.of("novopilske", "zarichne"))));
      default -> null;
    };
  }

  /**
   * Plays from where the exercise stands until it ends or the given decision point has had its
   * acts (then returns that point's id, unchosen).
   */
  private static String play(Table t, Set<String> handled, int[] decisions, int stopAt)
      throws Exception {
    while (true) {
      ServerMessage.Update u = (ServerMessage.Update) t.control.await(m -> m instanceof ServerMessage.Update up
          && (up.view().status() == SeatView.Status.FINISHED || up.view().pending().stream()
              .anyMatch(p -> !handled.contains(p.id()))), 120);
      if (u.view().status() == SeatView.Status.FINISHED) {
        return null;
      }
      for (ExerciseSnapshot.PendingDecision p : u.view().pending()) {
        if (handled.contains(p.id())) {
          continue;
        }
        int n = ++decisions[0];
        ScriptedClient trainee = t.trainees.get(p.role());
        SeatView seen = ((ServerMessage.Update) trainee.await(m -> m instanceof ServerMessage.Update up
            && up.view().pending().stream().anyMatch(q -> q.id().equals(p.id())), 30)).view();
        AvailableAction a = seen.available().stream().filter(AvailableAction::allowed).skip(n % 3).findFirst()
            .orElseThrow();
        long act = trainee.client.act(p.role(), a.candidates().get(0));
        trainee.await(m -> m instanceof ServerMessage.Reply r && r.id() == act, 30);
        ControlAct inject = inject(n);
        if (inject != null) {
          long id = t.control.client.control(inject);
          t.control.await(m -> m instanceof ServerMessage.Reply r && r.id() == id && r.accepted(), 30);
        }
        if (n == stopAt) {
          return p.id();
        }
        choose(trainee, p);
        handled.add(p.id());
      }
    }
  }

  private static void choose(ScriptedClient trainee, ExerciseSnapshot.PendingDecision p) throws Exception {
    long id = trainee.client.choose(p.role(), p.id(), p.options().get(p.options().size() - 1).id());
    trainee.await(m -> m instanceof ServerMessage.Reply r && r.id() == id && r.accepted(), 30);
  }

  private static void start(Table t) {
    t.control.client.control(ControlAct.speed(0));
    t.control.client.control(ControlAct.resume());
  }

  @Test
  void aServerStoppedMidWayAndResumedWritesTheSameEventsAsAnUninterruptedOne(@TempDir Path dir) throws Exception {
    Path whole = dir.resolve("uninterrupted");
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, SEED, whole, 0);
        Table t = new Table(server, server.codes())) {
      start(t);
      assertEquals(null, play(t, new HashSet<>(), new int[1], -1));
      assertTrue(server.awaitFinished(60, TimeUnit.SECONDS));
    }

    Path broken = dir.resolve("resumed");
    Map<String, String> codes;
    Set<String> handled = new HashSet<>();
    int[] decisions = new int[1];
    String open;
    long stoppedAt;
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, SEED, broken, 0);
        Table t = new Table(server, server.codes())) {
      codes = server.codes();
      start(t);
      open = play(t, handled, decisions, STOP_AT);
      stoppedAt = server.exercise().completed();
    }
    ServerSave save = ServerSave.read(broken.resolve(ServerSave.FILE));
    assertEquals(stoppedAt, save.completed());
    try (ExerciseServer server = Exercises.resume(Exercises.UKRAINE, broken, save);
        Table t = new Table(server, codes)) {
      assertEquals(codes, server.codes(), "the same codes open the same seats");
      ExerciseSnapshot.PendingDecision p = ((ServerMessage.Update) t.control.await(m -> m instanceof ServerMessage.Update u
          && u.view().pending().stream().anyMatch(q -> q.id().equals(open)), 30)).view().pending().stream()
          .filter(q -> q.id().equals(open)).findFirst().orElseThrow();
      ScriptedClient trainee = t.trainees.get(p.role());
      SeatView back = ((ServerMessage.Update) trainee.await(m -> m instanceof ServerMessage.Update u
          && !u.view().log().isEmpty(), 30)).view();
      assertTrue(back.log().stream().allMatch(l -> p.role().equals(l.role())) && back.log().stream()
          .anyMatch(l -> "action".equals(l.kind())), "the seat's own acts are back after the restart");
      choose(trainee, p);
      handled.add(p.id());
      assertEquals(null, play(t, handled, decisions, -1));
      assertTrue(server.awaitFinished(60, TimeUnit.SECONDS));
    }

    DecisionLog log = DecisionLog.read(broken.resolve(RunDirectory.DECISIONS));
    assertEquals(List.of(ControlAct.Type.SPEED, ControlAct.Type.RESUME, ControlAct.Type.INJECT, ControlAct.Type.INJECT,
        ControlAct.Type.INJECT), log.entries().stream().filter(e -> e.kind() == DecisionLog.Kind.CONTROL && e.taken())
        .map(e -> e.control().type()).toList(), "every control act, once, and no other");
    assertTrue(decisions[0] > STOP_AT + 1, "points were decided after the restart: " + decisions[0]);
    assertArrayEquals(Files.readAllBytes(whole.resolve(RunDirectory.EVENTS)),
        Files.readAllBytes(broken.resolve(RunDirectory.EVENTS)), "resumed and uninterrupted events differ");
    assertArrayEquals(Files.readAllBytes(whole.resolve(RunDirectory.DECISIONS)),
        Files.readAllBytes(broken.resolve(RunDirectory.DECISIONS)));

    Path replay = dir.resolve("replay");
    RunDirectory.write(new RunSpec(Exercises.read(Exercises.UKRAINE), SEED,
        Policies.REPLAY + broken.resolve(RunDirectory.DECISIONS), null), null, replay, false, x -> { });
    assertArrayEquals(Files.readAllBytes(broken.resolve(RunDirectory.EVENTS)),
        Files.readAllBytes(replay.resolve(RunDirectory.EVENTS)), "the headless replay differs");
  }
}
