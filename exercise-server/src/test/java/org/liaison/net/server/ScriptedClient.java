package org.liaison.net.server;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.liaison.net.client.ExerciseClient;
import org.liaison.net.protocol.ServerMessage;

/**
 * A participant played by a script over a real WebSocket connection: it keeps every message the
 * server sent it and calls a script on each, on the client's thread.
 */
final class ScriptedClient implements AutoCloseable {
  final List<ServerMessage> received = new CopyOnWriteArrayList<>();
  /** Messages from the server this client could not read: a test expects none. */
  final List<String> unreadable = new CopyOnWriteArrayList<>();
  final ExerciseClient client;
  private volatile BiConsumer<ScriptedClient, ServerMessage> script = (c, m) -> { };
  private volatile Predicate<ServerMessage> kept = m -> true;
  /** Why the connection closed, or null while it is open. */
  volatile String closedBecause;

  ScriptedClient(int port) throws IOException {
    client = ExerciseClient.connect("127.0.0.1:" + port, null, new ExerciseClient.Listener() {
      @Override
      public void message(ServerMessage message) {
        if (kept.test(message)) {
          received.add(message);
        }
        script.accept(ScriptedClient.this, message);
      }

      @Override
      public void unreadable(String problem) {
        unreadable.add(problem);
      }

      @Override
      public void closed(String reason) {
        closedBecause = reason;
      }
    }, Duration.ofSeconds(10));
  }

  ScriptedClient script(BiConsumer<ScriptedClient, ServerMessage> script) {
    this.script = script;
    return this;
  }

  /**
   * Keeps only the messages that match, for a client that reads thousands of updates: a list that
   * kept them all would fill the heap of the process it measures, and its collector's pauses would
   * be measured as the server's latency.
   */
  ScriptedClient keeping(Predicate<ServerMessage> which) {
    this.kept = which;
    return this;
  }

  /** Waits until a received message matches, or fails the test after the timeout. */
  ServerMessage await(Predicate<ServerMessage> what, long seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      for (ServerMessage m : received) {
        if (what.test(m)) {
          return m;
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no such message within " + seconds + " s; unreadable " + unreadable + "; received " + received.size() + ": "
        + received.stream().map(m -> m.getClass().getSimpleName()).distinct().toList()
        + received.stream().filter(m -> m instanceof ServerMessage.Error).toList());
  }

  <T extends ServerMessage> List<T> all(Class<T> type) {
    return received.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public void close() {
    client.close();
  }
}
