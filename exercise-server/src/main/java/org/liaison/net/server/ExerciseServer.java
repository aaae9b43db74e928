package org.liaison.net.server;

import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.liaison.exercise.Exercise;
import org.liaison.net.protocol.Protocol;
import org.liaison.scenario.Scenario;

/**
 * A networked exercise: an {@link ExerciseHost} behind a WebSocket endpoint ({@code /exercise})
 * on an embedded Javalin (Jetty) server.
 *
 * <p>Every message is checked on arrival, on the connection's own thread, before it reaches the
 * engine: its rate (at most {@link Protocol#MAX_MESSAGES_PER_SECOND} a second), its size, and its
 * form ({@link Protocol#readClient}). A message that fails gets an error to its sender alone; the
 * exercise goes on for everyone else.
 */
public final class ExerciseServer implements AutoCloseable {
  /**
   * How to start a server.
   *
   * @param scenarioFile the file the scenario was read from (the save names it)
   * @param host the address to listen on ({@code 127.0.0.1} for this machine only, {@code 0.0.0.0} for every interface)
   * @param port the port, 0 for any free one
   * @param out the exercise directory (events, decisions, journal, save, review)
   * @param speed simulated hours per real second, 0 for as fast as possible
   * @param resume a save to continue (its seed and codes are used), or null
   * @param tls a certificate to serve over TLS, or null for plain WebSocket
   * @param warmUp how long to play a throwaway copy of the exercise before listening (see
   *     {@link WarmUp}), or null to listen at once
   */
  public record Options(Scenario scenario, Path scenarioFile, long seed, String host, int port, Path out,
      double speed, ServerSave resume, SelfSignedCertificate tls, WarmUp.Limits warmUp) {
    /** Options without a warm-up. */
    public Options(Scenario scenario, Path scenarioFile, long seed, String host, int port, Path out, double speed,
        ServerSave resume, SelfSignedCertificate tls) {
      this(scenario, scenarioFile, seed, host, port, out, speed, resume, tls, null);
    }
  }

  private final ExerciseHost host;
  private final Javalin app;
  private final ExecutorService senders;
  private final Map<String, Connection> connections = new ConcurrentHashMap<>();
  private final WarmUp.Played warmedUp;

  private ExerciseServer(ExerciseHost host, Javalin app, ExecutorService senders, WarmUp.Played warmedUp) {
    this.host = host;
    this.app = app;
    this.senders = senders;
    this.warmedUp = warmedUp;
  }

  /**
   * Warms up if asked to, builds the exercise, starts listening, and starts the engine's thread
   * (the clock paused). A warm-up that fails does not stop it: {@link #warmedUp()} says why.
   *
   * @throws IOException if the exercise directory cannot be written or the save does not fit
   */
  public static ExerciseServer start(Options o) throws IOException {
    return start(o, WarmUp.copiesOf(o.scenario(), o.scenarioFile()));
  }

  /** Starts as {@link #start(Options)}, warming up on the throwaway exercises given. */
  static ExerciseServer start(Options o, WarmUp.Throwaway throwaway) throws IOException {
    ServerSave save = o.resume();
    WarmUp.Played warmedUp = o.warmUp() == null ? null
        : WarmUp.play(throwaway, save != null ? save.seed() : o.seed(), o.warmUp());
    ExerciseHost host = new ExerciseHost(o.scenario(), o.scenarioFile(), save != null ? save.seed() : o.seed(), o.out(),
        save != null ? save.speed() : o.speed(), save != null ? save.codes() : null, save);
    ExecutorService senders = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "exercise-sender");
      t.setDaemon(true);
      return t;
    });
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.jetty.modifyWebSocketServletFactory(factory -> {
        // Frames far beyond a valid message close the connection in Jetty itself; anything up to
        // this reaches the protocol's own size check, which answers with an error instead.
        factory.setMaxTextMessageSize(Protocol.MAX_MESSAGE_CHARS * 4L);
        factory.setIdleTimeout(Duration.ofMinutes(5));
      });
      if (o.tls() != null) {
        config.jetty.addConnector((server, http) -> o.tls().connector(server, http, o.host(), o.port()));
      }
    });
    ExerciseServer server = new ExerciseServer(host, app, senders, warmedUp);
    app.ws(Protocol.PATH, ws -> {
      ws.onConnect(ctx -> server.connected(ctx));
      ws.onMessage(ctx -> server.received(ctx, ctx.message()));
      ws.onClose(ctx -> server.closed(ctx));
      ws.onError(ctx -> server.closed(ctx));
    });
    if (o.tls() != null) {
      app.start();
    } else {
      app.start(o.host(), o.port());
    }
    host.start();
    return server;
  }

  private void connected(WsContext ctx) {
    ctx.enableAutomaticPings(30, TimeUnit.SECONDS);
    connections.put(ctx.sessionId(), new Connection(new Outbox(Outbox.Socket.of(ctx), senders)));
  }

  private void received(WsContext ctx, String text) {
    Connection c = connections.get(ctx.sessionId());
    if (c != null) {
      host.receive(c, text);
    }
  }

  private void closed(WsContext ctx) {
    Connection c = connections.remove(ctx.sessionId());
    if (c != null) {
      host.left(c);
    }
  }

  /** What the warm-up before it played, or null if it listened at once. */
  public WarmUp.Played warmedUp() {
    return warmedUp;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The join code of each seat (roles in scenario order, then {@code control}, then {@code observer}). */
  public Map<String, String> codes() {
    return host.codes();
  }

  /** The exercise, for reading only (tests, the benchmark). */
  public Exercise exercise() {
    return host.exercise();
  }

  /** What the pictures sent so far cost the server's engine thread (the benchmark reports it). */
  public PictureCost pictureCost() {
    return host.pictureCost();
  }

  /** Waits until the exercise has run to its end and its files are written. */
  public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
    return host.awaitFinished(timeout, unit);
  }

  /** Saves, stops the engine and closes every connection. */
  @Override
  public void close() throws InterruptedException {
    host.stop();
    app.stop();
    senders.shutdownNow();
  }
}
