package org.liaison.net.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.liaison.net.protocol.ClientMessage;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.CoordinationAction;

/**
 * A connection to an exercise server on the JDK's own WebSocket client: it sends the protocol's
 * messages and hands every message the server sends, read and checked, to a listener.
 *
 * <p>The listener is called on the client's own thread, one message at a time in the order they
 * arrived; it must not block for long.
 */
public final class ExerciseClient implements AutoCloseable {
  /** Told of what the server sends. */
  public interface Listener {
    void message(ServerMessage message);

    /** The server sent something this client cannot read (a newer server, a broken one). */
    default void unreadable(String problem) {}

    /** The connection closed, by either side or a fault. */
    default void closed(String reason) {}
  }

  private final WebSocket socket;
  private final AtomicLong nextId = new AtomicLong(1);
  private final Object sendLock = new Object();
  private CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);

  private ExerciseClient(WebSocket socket) {
    this.socket = socket;
  }

  /**
   * Connects to {@code ws://HOST:PORT/exercise} (or {@code wss://} with a TLS context).
   *
   * @param address HOST:PORT
   * @param tls the TLS context to use, or null for plain WebSocket
   * @throws java.io.IOException if no server answers within the timeout
   */
  public static ExerciseClient connect(String address, SSLContext tls, Listener listener, Duration timeout)
      throws java.io.IOException {
    URI uri = URI.create((tls == null ? "ws://" : "wss://") + address + Protocol.PATH);
    HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(timeout);
    if (tls != null) {
      http.sslContext(tls);
    }
    try {
      WebSocket ws = http.build().newWebSocketBuilder().connectTimeout(timeout)
          .buildAsync(uri, new Reader(listener)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new ExerciseClient(ws);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new java.io.IOException("cannot reach an exercise at " + address + ": " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new java.io.IOException("no exercise answered at " + address + " within " + timeout.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.IOException("interrupted while connecting to " + address, e);
    }
  }

  /** Asks for the seat a code opens, the scenario's texts in its own language. */
  public void join(String code, String participant) {
    join(code, participant, null);
  }

  /** Asks for the seat a code opens, the scenario's texts in {@code language} (a BCP 47 tag) where the file gives them. */
  public void join(String code, String participant, String language) {
    send(new ClientMessage.Join(code, participant, language));
  }

  /** Asks for a free action in a role's name; returns the id its reply will carry. */
  public long act(String role, CoordinationAction action) {
    long id = nextId.getAndIncrement();
    send(new ClientMessage.Act(id, role, action));
    return id;
  }

  /** Ends a standing arrangement the role made, named by the action that made it; returns the id its reply will carry. */
  public long end(String role, CoordinationAction arrangement) {
    long id = nextId.getAndIncrement();
    send(new ClientMessage.End(id, role, arrangement));
    return id;
  }

  /** Chooses an option at a decision point; returns the id its reply will carry. */
  public long choose(String role, String point, String option) {
    long id = nextId.getAndIncrement();
    send(new ClientMessage.Choose(id, role, point, option));
    return id;
  }

  /** Sends an act of exercise control; returns the id its reply will carry. */
  public long control(ControlAct act) {
    long id = nextId.getAndIncrement();
    send(new ClientMessage.Control(id, act));
    return id;
  }

  /**
   * Says the client has applied the update of this serial, so that the server sends the newest
   * picture next rather than every one made meanwhile (see {@link ClientMessage.Read}).
   */
  public void read(long serial) {
    send(new ClientMessage.Read(serial));
  }

  /** Sends any message, for tests of what the server refuses. */
  public void send(ClientMessage message) {
    sendText(Protocol.write(message));
  }

  /** Sends raw text, for tests of what the server refuses. */
  public void sendText(String text) {
    synchronized (sendLock) {
      // The JDK's WebSocket allows one outstanding send at a time: chain them.
      lastSend = lastSend.handle((w, e) -> null).thenCompose(x -> socket.sendText(text, true));
    }
  }

  /** Drops the connection at once, as a crashed client would. */
  public void abort() {
    socket.abort();
  }

  @Override
  public void close() {
    synchronized (sendLock) {
      lastSend = lastSend.handle((w, e) -> null).thenCompose(x -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
    }
    try {
      lastSend.get(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      socket.abort();
    } catch (ExecutionException | TimeoutException e) {
      socket.abort();
    }
  }

  /**
   * Joins the fragments of each text message and hands it on read, each update as the whole view
   * it stands for (the server sends only what changed since the update before).
   */
  private static final class Reader implements WebSocket.Listener {
    private final Listener listener;
    private final StringBuilder text = new StringBuilder();
    private SeatView view;

    Reader(Listener listener) {
      this.listener = listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      if (text.length() + data.length() > Protocol.MAX_SERVER_MESSAGE_CHARS) {
        listener.unreadable("a server message longer than " + Protocol.MAX_SERVER_MESSAGE_CHARS + " characters");
        webSocket.abort();
        return null;
      }
      if (!last) {
        text.append(data);
      } else {
        // A message that came in one piece is read as it came, not copied into the buffer and out
        // again first: a client reads an update for every picture, and the copies were a tenth of
        // what it allocated.
        String whole = text.length() == 0 ? data.toString() : text.append(data).toString();
        text.setLength(0);
        try {
          ServerMessage m = Protocol.readServer(whole);
          if (m instanceof ServerMessage.Update u) {
            view = u.after(view);
            m = new ServerMessage.Update(u.serial(), view);
          }
          listener.message(m);
        } catch (Protocol.InvalidMessageException e) {
          listener.unreadable(e.getMessage());
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      listener.closed(reason == null || reason.isEmpty() ? "closed (" + statusCode + ")" : reason);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      listener.closed(String.valueOf(error.getMessage()));
    }
  }
}
