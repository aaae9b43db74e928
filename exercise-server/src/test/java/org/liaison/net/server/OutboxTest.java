package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.exercise.Exercise;
import org.liaison.net.protocol.ClientMessage;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatKind;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.Refusal;
import org.liaison.scenario.Scenario;

/**
 * A connection's sender: once its client says what it read, at most one update is unread at a time
 * and the next is the newest picture; replies never wait; a read of an update never sent is refused
 * and reads do not count against the rate limit.
 */
class OutboxTest {
  private final Scenario scenario = Exercises.read(Exercises.UKRAINE);
  private final Seat observer = new Seat("observer", SeatKind.OBSERVER, null, 0, "code");
  private final UpdateWriter writer = new UpdateWriter();
  private final Exercise exercise = new Exercise(scenario, 9);

  /** Runs every task at once on the calling thread, so that what is sent is known when a call returns. */
  private static final class AtOnce extends AbstractExecutorService {
    @Override
    public void execute(Runnable task) {
      task.run();
    }

    @Override
    public void shutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return false;
    }

    @Override
    public boolean isTerminated() {
      return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }

  private static final class Recorded implements Outbox.Socket {
    final List<String> texts = new CopyOnWriteArrayList<>();

    @Override
    public void send(String text) {
      texts.add(text);
    }

    @Override
    public void close(int code, String reason) {}

    List<ServerMessage.Update> updates() throws Protocol.InvalidMessageException {
      List<ServerMessage.Update> out = new ArrayList<>();
      SeatView view = null;
      for (String t : texts) {
        if (Protocol.readServer(t) instanceof ServerMessage.Update u) {
          view = u.after(view);
          out.add(new ServerMessage.Update(u.serial(), view));
        }
      }
      return out;
    }
  }

  /** The next picture of the observers' seat, an hour later. */
  private UpdateWriter.Parts nextPicture() {
    exercise.advance(1, false);
    writer.next();
    SeatFilter.Picture picture = new SeatFilter.Picture(exercise.snapshot(), SeatView.Status.RUNNING, 0,
        exercise.decisionLog().entries(), exercise.refusals(), exercise.channels(), List.of(), List.of());
    return writer.parts(new SeatFilter(scenario).view(observer, picture, null));
  }

  private static SeatView whole(UpdateWriter.Parts parts) throws Protocol.InvalidMessageException {
    return ((ServerMessage.Update) Protocol.readServer(UpdateWriter.text(1, parts, null))).view();
  }

  @Test
  void aClientThatSaysWhatItReadGetsTheNewestPictureNextNotABacklog() throws Exception {
    Recorded socket = new Recorded();
    Outbox outbox = new Outbox(socket, new AtOnce());
    outbox.update(nextPicture());
    assertTrue(outbox.read(1));
    outbox.update(nextPicture());
    UpdateWriter.Parts newest = null;
    for (int i = 0; i < 5; i++) {
      newest = nextPicture();
      outbox.update(newest);
    }
    assertEquals(2, socket.updates().size(), "nothing more goes out while update 2 is unread");
    outbox.message("{\"type\":\"reply\",\"id\":1,\"accepted\":true,\"logSeq\":0}");
    assertEquals(3, socket.texts.size(), "a reply does not wait for the client to read");
    assertTrue(outbox.read(2));
    List<ServerMessage.Update> updates = socket.updates();
    assertEquals(3, updates.size(), "the five pictures made meanwhile went out as one");
    assertEquals(whole(newest), updates.get(2).view(), "the client's last update is the newest picture");
    assertEquals(3, updates.get(2).serial());
  }

  @Test
  void aClientThatNeverSaysWhatItReadGetsEveryUpdateAsBefore() throws Exception {
    Recorded socket = new Recorded();
    Outbox outbox = new Outbox(socket, new AtOnce());
    for (int i = 0; i < 6; i++) {
      outbox.update(nextPicture());
    }
    assertEquals(6, socket.updates().size());
  }

  @Test
  void aReadOfAnUpdateNotSentOrReadAlreadyIsRefused() {
    Outbox outbox = new Outbox(new Recorded(), new AtOnce());
    assertFalse(outbox.read(1), "no update was sent");
    outbox.update(nextPicture());
    assertFalse(outbox.read(2), "update 2 was not sent");
    assertTrue(outbox.read(1));
    assertFalse(outbox.read(1), "update 1 was read already");
    assertFalse(outbox.read(0));
  }

  @Test
  void readsOfUpdatesSentDoNotCountAgainstTheRateLimitButAForgedOneGetsAnError(@TempDir Path dir)
      throws Exception {
    ExerciseHost host = new ExerciseHost(scenario, Exercises.UKRAINE, 9, dir.resolve("exercise"), 0, null, null);
    try {
      Recorded socket = new Recorded();
      Connection c = new Connection(new Outbox(socket, new AtOnce()));
      int many = 4 * Protocol.MAX_MESSAGES_PER_SECOND;
      for (long serial = 1; serial <= many; serial++) {
        c.outbox.update(nextPicture());
        host.receive(c, Protocol.write(new ClientMessage.Read(serial)));
      }
      assertEquals(many, socket.updates().size(), "every update went out as the one before was read");
      assertEquals(many, socket.texts.size(), "and no error: " + socket.texts.get(socket.texts.size() - 1));
      host.receive(c, Protocol.write(new ClientMessage.Read(many + 5)));
      ServerMessage.Error e = (ServerMessage.Error) Protocol.readServer(socket.texts.get(socket.texts.size() - 1));
      assertEquals(ServerMessage.ErrorCode.OUT_OF_ORDER, e.code());
      assertEquals(Refusal.Code.READ_UNSENT.of(many + 5, many), e.refusal());
    } finally {
      host.stop();
    }
  }
}
