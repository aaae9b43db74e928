package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.engine.RunSpec;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Policies;
import org.liaison.results.run.RunDirectory;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

class FaultsTest {
  private static final CoordinationAction INTERPRETERS = new CoordinationAction(ActionType.HIRE_INTERPRETERS, null,
      null, null, null, null, "ru", null, null);

  @Test
  void aClientThatDropsTakesItsSeatBackWithItsState(@TempDir Path dir) throws Exception {
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, 3, dir.resolve("exercise"), 0)) {
      String code = server.codes().get("head-of-office");
      ScriptedClient first = new ScriptedClient(server.port());
      first.client.join(code, "Olena");
      first.await(m -> m instanceof ServerMessage.Welcome, 10);
      long id = first.client.act("head-of-office", INTERPRETERS);
      first.await(m -> m instanceof ServerMessage.Reply r && r.id() == id && r.accepted(), 10);
      first.client.abort();

      try (ScriptedClient again = new ScriptedClient(server.port())) {
        again.client.join(code, "Olena");
        ServerMessage.Welcome w = (ServerMessage.Welcome) again.await(m -> m instanceof ServerMessage.Welcome, 10);
        assertEquals("head-of-office", w.role());
        ServerMessage.Update u = (ServerMessage.Update) again.await(m -> m instanceof ServerMessage.Update up
            && !up.view().log().isEmpty(), 10);
        assertEquals("HIRE_INTERPRETERS", u.view().log().get(0).what().split(" ")[0], "the seat's own log is back");
        long next = again.client.act("head-of-office", CoordinationAction.on(ActionType.SHARE_INFORMATION, "wsf"));
        again.await(m -> m instanceof ServerMessage.Reply r && r.id() == next, 10);
      }
    }
  }

  @Test
  void aSecondConnectionWithTheSameCodeTakesTheSeatAndTheFirstIsClosed(@TempDir Path dir) throws Exception {
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, 3, dir.resolve("exercise"), 0)) {
      String code = server.codes().get("patrol-leader");
      try (ScriptedClient first = new ScriptedClient(server.port()); ScriptedClient second = new ScriptedClient(server.port())) {
        first.client.join(code, "Petra");
        first.await(m -> m instanceof ServerMessage.Welcome, 10);
        second.client.join(code, "Petra");
        second.await(m -> m instanceof ServerMessage.Welcome, 10);
        first.await(m -> m instanceof ServerMessage.Error e && e.code() == ServerMessage.ErrorCode.OUT_OF_ORDER, 10);
      }
    }
  }

  @Test
  void emptySeatsHandedToTheDoctrineLetTheExerciseRunToItsEnd(@TempDir Path dir) throws Exception {
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, 5, dir.resolve("exercise"), 0);
        ScriptedClient control = new ScriptedClient(server.port())) {
      control.client.join(server.codes().get("control"), "Ines");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
      for (String role : NetworkedExerciseTest.ROLES) {
        control.client.control(ControlAct.seat(role, ControlAct.SeatMode.DOCTRINE));
      }
      control.client.control(ControlAct.resume());
      assertTrue(server.awaitFinished(240, TimeUnit.SECONDS));
      DecisionLog log = server.exercise().decisionLog();
      assertTrue(log.choices().stream().allMatch(c -> "doctrine".equals(c.by())), "the doctrine decided every point");
      assertTrue(!log.choices().isEmpty());
    }
  }

  @Test
  void aServerStoppedAndResumedFromItsSaveFinishesWithTheSameCodesAndAReplayableLog(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("exercise");
    Map<String, String> codes;
    long stoppedAt;
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, 11, out, 0);
        ScriptedClient control = new ScriptedClient(server.port());
        ScriptedClient trainee = new ScriptedClient(server.port())) {
      codes = server.codes();
      trainee.client.join(codes.get("head-of-office"), "Olena");
      trainee.await(m -> m instanceof ServerMessage.Welcome, 10);
      trainee.client.act("head-of-office", INTERPRETERS);
      control.client.join(codes.get("control"), "Ines");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
      for (String role : NetworkedExerciseTest.ROLES) {
        control.client.control(ControlAct.seat(role, ControlAct.SeatMode.DOCTRINE));
      }
      AtomicBoolean paused = new AtomicBoolean();
      control.script((c, m) -> {
        if (m instanceof ServerMessage.Update u && u.view().clock().completed() >= 60 && paused.compareAndSet(false, true)) {
          c.client.control(ControlAct.pause());
        }
      });
      // A set speed makes a picture every hour, so the pause lands near hour 60; at the fastest speed
      // pictures are paced and the clock can reach the end before the pause arrives.
      control.client.control(ControlAct.speed(50));
      control.client.control(ControlAct.resume());
      control.await(m -> m instanceof ServerMessage.Update u && u.view().status() == SeatView.Status.PAUSED
          && u.view().clock().completed() >= 60, 60);
      stoppedAt = server.exercise().completed();
    }
    ServerSave save = ServerSave.read(out.resolve(ServerSave.FILE));
    assertEquals(stoppedAt, save.completed());
    try (ExerciseServer resumed = Exercises.resume(Exercises.UKRAINE, out, save);
        ScriptedClient control = new ScriptedClient(resumed.port())) {
      assertEquals(codes, resumed.codes(), "the same codes open the same seats");
      assertEquals(stoppedAt, resumed.exercise().completed());
      control.client.join(codes.get("control"), "Ines");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
      control.client.control(ControlAct.note("Olena", "resumed after a server restart"));
      control.client.control(ControlAct.resume());
      assertTrue(resumed.awaitFinished(240, TimeUnit.SECONDS));
    }
    DecisionLog log = DecisionLog.read(out.resolve(RunDirectory.DECISIONS));
    assertEquals(List.of(ControlAct.Type.SEAT, ControlAct.Type.SEAT, ControlAct.Type.SEAT, ControlAct.Type.SPEED,
        ControlAct.Type.RESUME, ControlAct.Type.PAUSE, ControlAct.Type.NOTE, ControlAct.Type.RESUME),
        log.entries().stream().filter(e -> e.kind() == DecisionLog.Kind.CONTROL).map(e -> e.control().type()).toList());
    Path replay = dir.resolve("replay");
    RunDirectory.write(new RunSpec(Exercises.read(Exercises.UKRAINE), 11, Policies.REPLAY + out.resolve(RunDirectory.DECISIONS),
        null), null, replay, false, t -> { });
    assertArrayEquals(Files.readAllBytes(out.resolve(RunDirectory.EVENTS)), Files.readAllBytes(replay.resolve(RunDirectory.EVENTS)));
  }
}
