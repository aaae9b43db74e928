package org.liaison.net.server;

import io.javalin.websocket.WsContext;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.net.protocol.ClientMessage;
import org.liaison.net.protocol.Protocol;

/**
 * What the server has to send one connection, sent off the engine's thread so a slow client
 * never holds the exercise up. Replies and errors go out in order, before any picture; of the
 * seat's pictures only the latest waiting is sent (a client that falls behind skips pictures,
 * never acts' replies), written as what changed since the picture this connection got last.
 *
 * <p>A socket's buffers take several updates, so a client that falls behind would read every one
 * already handed to them before the newest. Once the client says what it has read
 * ({@link ClientMessage.Read}), no more than {@link Protocol#UNREAD_UPDATES} of its updates are
 * unread at a time: the next waits, replaced by each newer picture, until it has read them.
 * Replies and errors never wait for it.
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
  /** The last picture sent; touched by the one draining thread alone. */
  private UpdateWriter.Parts sent;
  /** The serial of the last update sent; written by the draining thread alone. */
  private volatile long serial;
  /** The serial of the last update the client said it read, 0 before it said any. */
  private volatile long read;
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

  /**
   * Notes that the client has read the updates up to {@code upTo}, and sends the picture waiting
   * for it, if any. Called on the connection's own thread, one message at a time.
   *
   * @return false if no update of that serial was sent, or it was read already
   */
  boolean read(long upTo) {
    if (upTo <= read || upTo > serial) {
      return false;
    }
    read = upTo;
    schedule();
    return true;
  }

  /** The serial of the last update sent. */
  long lastSent() {
    return serial;
  }

  /** Whether an update may go now: the client never said what it read, or has read enough. */
  private boolean updateMayGo() {
    long r = read;
    return r == 0 || serial - r < Protocol.UNREAD_UPDATES;
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
        if (m == null && closeCode == 0 && updateMayGo()) {
          UpdateWriter.Parts picture = latestUpdate.getAndSet(null);
          if (picture != null) {
            m = UpdateWriter.text(serial + 1, picture, sent);
            serial++;
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
    if (!closed && (!messages.isEmpty() || latestUpdate.get() != null && updateMayGo())) {
      schedule();
    }
  }
}
