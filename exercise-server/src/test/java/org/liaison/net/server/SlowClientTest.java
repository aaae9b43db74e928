package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/**
 * Over loopback: a client that says what it read but falls behind is sent the newest picture when
 * it has read the one before, not every picture made meanwhile, while the other seats go on.
 */
class SlowClientTest {
  @Test
  void aSlowClientReadsFarFewerUpdatesThanPicturesAndEndsOnTheFinalPictureWhileANormalSeatGoesOn(@TempDir Path dir)
      throws Exception {
    try (ExerciseServer server = Exercises.serve(Exercises.UKRAINE, 5, dir.resolve("exercise"), 0);
        ScriptedClient control = new ScriptedClient(server.port());
        ScriptedClient slow = new ScriptedClient(server.port());
        ScriptedClient normal = new ScriptedClient(server.port());
        ScriptedClient head = new ScriptedClient(server.port())) {
      // The slow observer reads its first update at once, then is held up until the exercise ends.
      CountDownLatch release = new CountDownLatch(1);
      slow.script((c, m) -> {
        if (m instanceof ServerMessage.Update u) {
          if (u.serial() > 1) {
            try {
              release.await(240, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          c.client.read(u.serial());
        }
      });
      normal.script((c, m) -> {
        if (m instanceof ServerMessage.Update u) {
          c.client.read(u.serial());
        }
      });
      control.client.join(server.codes().get("control"), "Ines");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
      slow.client.join(server.codes().get("observer"), "Slow");
      slow.await(m -> m instanceof ServerMessage.Update, 10);
      normal.client.join(server.codes().get("observer"), "Normal");
      normal.await(m -> m instanceof ServerMessage.Update, 10);
      head.client.join(server.codes().get("head-of-office"), "Olena");
      head.await(m -> m instanceof ServerMessage.Welcome, 10);
      for (var role : Exercises.read(Exercises.UKRAINE).metadata().roles()) {
        long id = control.client.control(ControlAct.seat(role.id(), ControlAct.SeatMode.DOCTRINE));
        control.await(m -> m instanceof ServerMessage.Reply r && r.id() == id, 10);
      }
      // A set speed makes a picture every hour: at the fastest, pictures of ticks alone are paced.
      control.client.control(ControlAct.speed(200));
      control.client.control(ControlAct.resume());
      normal.await(m -> m instanceof ServerMessage.Update u && u.view().status() == SeatView.Status.RUNNING, 30);
      long act = head.client.act("head-of-office", new CoordinationAction(ActionType.HIRE_INTERPRETERS, null, null,
          null, null, null, "ru", null, null));
      head.await(m -> m instanceof ServerMessage.Reply r && r.id() == act, 10);
      assertTrue(server.awaitFinished(240, TimeUnit.SECONDS), "the exercise ran to its end");
      normal.await(m -> m instanceof ServerMessage.Update u && u.view().status() == SeatView.Status.FINISHED, 30);

      release.countDown();
      slow.await(m -> m instanceof ServerMessage.Update u && u.view().status() == SeatView.Status.FINISHED, 30);
      long pictures = server.pictureCost().pictures();
      List<ServerMessage.Update> slowUpdates = slow.all(ServerMessage.Update.class);
      List<ServerMessage.Update> normalUpdates = normal.all(ServerMessage.Update.class);
      assertEquals(3, slowUpdates.size(), "the first, the one it was held on, then the newest of the "
          + pictures + " pictures");
      assertTrue(normalUpdates.size() > 5 * slowUpdates.size(), "the observer who read on got " + normalUpdates.size()
          + " updates of " + pictures + " pictures, not held up by the slow one");
      assertEquals(Protocol.write(normalUpdates.get(normalUpdates.size() - 1).view()),
          Protocol.write(slowUpdates.get(slowUpdates.size() - 1).view()), "the slow client ends on the final picture");
      assertTrue(slow.all(ServerMessage.Error.class).isEmpty() && normal.all(ServerMessage.Error.class).isEmpty(),
          "reading each update is never refused");
    }
  }
}
