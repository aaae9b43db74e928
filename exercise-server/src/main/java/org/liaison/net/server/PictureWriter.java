package org.liaison.net.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.net.protocol.SeatView;

/**
 * Serialises the engine's pictures and hands each connection its update, on a thread of its own,
 * so that the engine's thread goes back to the clock and the seats' acts as soon as the views are
 * filtered. When it falls behind it skips to the newest picture: each connection's next update is
 * the change since what it got last, so a skipped picture loses nothing.
 */
final class PictureWriter implements AutoCloseable {
  /** The filtered views of one picture, by seat and language, and the connections to send them to. */
  record Picture(List<Connection> connections, Map<Connection.View, SeatView> views) {}

  private final UpdateWriter writer = new UpdateWriter();
  private final AtomicReference<Picture> latest = new AtomicReference<>();
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "exercise-writer");
    t.setDaemon(true);
    return t;
  });

  /** Queues a picture in place of any not yet written. */
  void write(Picture picture) {
    latest.set(picture);
    thread.execute(this::writeLatest);
  }

  private void writeLatest() {
    Picture p = latest.getAndSet(null);
    if (p == null) {
      return;
    }
    writer.next();
    Map<Connection.View, UpdateWriter.Parts> parts = new HashMap<>();
    for (Connection c : p.connections()) {
      Connection.View key = c.view();
      SeatView view = p.views().get(key);
      if (view != null) {
        c.outbox.update(parts.computeIfAbsent(key, s -> writer.parts(view)));
      }
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
