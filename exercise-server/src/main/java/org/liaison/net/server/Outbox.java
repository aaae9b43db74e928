package org.liaison.net.server;

import io.javalin.websocket.WsContext;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the server has to send one connection, sent off the engine's thread so a slow client
 * never holds the exercise up. Replies and errors go out in order, before any picture; of the
 * seat's pictures only the latest waiting is sent (a client that falls behind skips pictures,
 * never acts' replies), written as what changed since the picture this connection got last.
 */
final class Outbox {
  /** Where a connection's text goes: a WebSocket session, or a warm-up's stand-in for one. */
  interface Socket {
    void send(String text);

    void close(int code, String reason);

    static Socket of(WsContext ctx) {
      return new Socket() {
        @Override
        public void send(String text) {
          ctx.send(text);
        }

        @Override
        public void close(int code, String reason) {
          ctx.closeSession(code, reason);
        }
      };
    }
  }

  private final Socket socket;
  private final ExecutorService senders;
  private final ConcurrentLinkedQueue<String> messages = new ConcurrentLinkedQueue<>();
  private final AtomicReference<UpdateWriter.Parts> latestUpdate = new AtomicReference<>();
  /** The last picture sent and the updates sent so far; touched by the one draining thread alone. */
  private UpdateWriter.Parts sent;
  private long serial;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile boolean closed;
  /** Set by {@link #last}: the close code and reason to end the connection with once all is sent. */
  private volatile int closeCode;
  private volatile String closeReason;

  Outbox(Socket socket, ExecutorService senders) {
    this.socket = socket;
    this.senders = senders;
  }

  void message(String text) {
    messages.add(text);
    schedule();
  }

  void update(UpdateWriter.Parts picture) {
    latestUpdate.set(picture);
    schedule();
  }

  void close() {
    closed = true;
  }

  /** Sends a last message, then closes the connection with a code and reason; nothing is sent after it. */
  void last(String text, int code, String reason) {
    closeReason = reason;
    closeCode = code;
    message(text);
  }

  private void schedule() {
    if (!closed && scheduled.compareAndSet(false, true)) {
      try {
        senders.execute(this::drain);
      } catch (RejectedExecutionException e) {
        // The server is stopping: nothing more goes out.
        closed = true;
      }
    }
  }

  private void drain() {
    try {
      while (!closed) {
        String m = messages.poll();
        if (m == null && closeCode == 0) {
          UpdateWriter.Parts picture = latestUpdate.getAndSet(null);
          if (picture != null) {
            m = UpdateWriter.text(++serial, picture, sent);
            sent = picture;
          }
        }
        if (m == null) {
          break;
        }
        socket.send(m);
      }
      if (closeCode != 0 && !closed) {
        closed = true;
        socket.close(closeCode, closeReason);
      }
    } catch (Exception e) {
      // Javalin's send rethrows Jetty's IOException unchecked: the connection is gone, and its
      // close handler frees the seat.
      closed = true;
    } finally {
      scheduled.set(false);
    }
    if (!closed && (!messages.isEmpty() || latestUpdate.get() != null)) {
      schedule();
    }
  }
}
