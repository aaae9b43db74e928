package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.engine.RunSpec;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.policy.Policies;
import org.liaison.results.run.RunDirectory;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/** A server that warmed up plays its exercise exactly as one that did not. */
class WarmUpTest {
  private static final long SEED = 41;
  private static final WarmUp.Limits SHORT = new WarmUp.Limits(Duration.ofSeconds(2), 300);

  /**
   * Plays the exercise with acts made while the clock is paused (so that they fall on the same hour
   * on every server), then runs it to its end with every seat handed to the doctrine.
   */
  private static void play(Path out, WarmUp.Limits warmUp) throws Exception {
    try (ExerciseServer server = ExerciseServer.start(new ExerciseServer.Options(Exercises.read(Exercises.UKRAINE),
        Exercises.UKRAINE, SEED, "127.0.0.1", 0, out, 0, null, null, warmUp));
        ScriptedClient control = new ScriptedClient(server.port());
        ScriptedClient head = new ScriptedClient(server.port())) {
      if (warmUp == null) {
        assertNull(server.warmedUp());
      } else {
        assertTrue(server.warmedUp().pictures() > 0, "the server warmed up before it listened");
      }
      control.client.join(server.codes().get("control"), "Ines");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
      head.client.join(server.codes().get("head-of-office"), "Olena");
      head.await(m -> m instanceof ServerMessage.Welcome, 10);
      long act = head.client.act("head-of-office", new CoordinationAction(ActionType.HIRE_INTERPRETERS, null, null,
          null, null, null, "ru", null, null));
      head.await(m -> m instanceof ServerMessage.Reply r && r.id() == act && r.accepted(), 10);
      long share = head.client.act("head-of-office", CoordinationAction.on(ActionType.SHARE_INFORMATION, "wsf"));
      head.await(m -> m instanceof ServerMessage.Reply r && r.id() == share, 10);
      for (var role : Exercises.read(Exercises.UKRAINE).metadata().roles()) {
        long id = control.client.control(ControlAct.seat(role.id(), ControlAct.SeatMode.DOCTRINE));
        control.await(m -> m instanceof ServerMessage.Reply r && r.id() == id, 10);
      }
      control.client.control(ControlAct.speed(0));
      control.client.control(ControlAct.resume());
      assertTrue(server.awaitFinished(240, TimeUnit.SECONDS), "the exercise ran to its end");
    }
  }

  @Test
  void aWarmedUpServersLogIsByteForByteThatOfOneThatDidNotWarmUpAndReplaysHeadless(@TempDir Path dir)
      throws Exception {
    Path cold = dir.resolve("cold");
    Path warm = dir.resolve("warm");
    play(cold, null);
    play(warm, SHORT);
    assertArrayEquals(Files.readAllBytes(cold.resolve(RunDirectory.DECISIONS)),
        Files.readAllBytes(warm.resolve(RunDirectory.DECISIONS)));
    assertArrayEquals(Files.readAllBytes(cold.resolve(RunDirectory.EVENTS)),
        Files.readAllBytes(warm.resolve(RunDirectory.EVENTS)));
    Path replay = dir.resolve("replay");
    RunDirectory.write(new RunSpec(Exercises.read(Exercises.UKRAINE), SEED,
        Policies.REPLAY + warm.resolve(RunDirectory.DECISIONS), null), null, replay, false, t -> { });
    assertArrayEquals(Files.readAllBytes(warm.resolve(RunDirectory.EVENTS)),
        Files.readAllBytes(replay.resolve(RunDirectory.EVENTS)));
  }

  @Test
  void theWarmUpActsForEveryRoleStopsAtItsLimitAndLeavesNoFilesBehind() throws Exception {
    List<Path> before = warmUpDirectories();
    WarmUp.Played played = WarmUp.play(Exercises.read(Exercises.UKRAINE), Exercises.UKRAINE, SEED,
        new WarmUp.Limits(Duration.ofMinutes(2), 150));
    assertTrue(played.pictures() >= 150, "it played to its limit of pictures: " + played);
    assertTrue(played.wall().compareTo(Duration.ofMinutes(2)) < 0, "it stopped at the pictures, not the time: " + played);
    assertTrue(played.acts() > 0, "the roles' seats acted: " + played);
    assertEquals(before, warmUpDirectories(), "the warm-up's directory is gone");
  }

  private static List<Path> warmUpDirectories() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("liaison-warm-up")).sorted().toList();
    }
  }
}
