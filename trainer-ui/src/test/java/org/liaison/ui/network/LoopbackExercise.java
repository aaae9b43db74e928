package org.liaison.ui.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.liaison.net.server.ExerciseServer;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.ui.exercise.RemoteSession;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real exercise server on loopback, as {@code liaison serve} starts it, and the join screen of
 * {@code liaison ui --join} on a test's window: what the tests of the networked screens start from.
 */
public final class LoopbackExercise implements AutoCloseable {
  /** The scenario the network screens are tested with unless a test needs another. */
  public static final Path UKRAINE = Path.of("..", "scenarios", "ukraine-donbas-monitoring.yaml");

  private final ExerciseServer server;
  private final Stage stage;
  private final double width;
  private final double height;
  private NetworkViewModel vm;

  private LoopbackExercise(ExerciseServer server, Stage stage, double width, double height) {
    this.server = server;
    this.stage = stage;
    this.width = width;
    this.height = height;
  }

  /**
   * Starts a server for the scenario on a free loopback port, paused, and shows the join screen in
   * a window of the given size; call it on the JavaFX thread (a TestFX {@code @Start} method).
   */
  public static LoopbackExercise start(Stage stage, Path scenario, double width, double height) throws Exception {
    Path out = Files.createTempDirectory("liaison-network-ui");
    ExerciseServer server = ExerciseServer.start(new ExerciseServer.Options(ScenarioReader.read(scenario), scenario,
        4, "127.0.0.1", 0, out, 0, null, null));
    LoopbackExercise exercise = new LoopbackExercise(server, stage, width, height);
    exercise.showJoinScreen();
    stage.show();
    return exercise;
  }

  /**
   * Leaves the seat joined so far, if any, and shows a new join screen, as the application starts
   * it: after a change of language it is in the new language. On the JavaFX thread.
   */
  public void showJoinScreen() {
    if (vm != null) {
      vm.leave();
    }
    vm = new NetworkViewModel(r -> new Thread(r).start(), Platform::runLater);
    stage.setScene(new Scene(new JoinView(vm).root(), width, height));
  }

  public ExerciseServer server() {
    return server;
  }

  public NetworkViewModel vm() {
    return vm;
  }

  public Stage stage() {
    return stage;
  }

  public String address() {
    return "127.0.0.1:" + server.port();
  }

  /** The join code of a seat: a role's id, "control" or "observer". */
  public String code(String seat) {
    return server.codes().get(seat);
  }

  /** Joins through the join screen's fields, set as a whole. */
  public void join(FxRobot robot, String code, String participant) {
    robot.interact(() -> {
      vm.addressProperty().set(address());
      vm.codeProperty().set(code);
      vm.participantProperty().set(participant);
      vm.join();
    });
  }

  /** Joins as a participant does: typing the address, the code and the name, then clicking Join. */
  public void typeAndJoin(FxRobot robot, String code, String participant) {
    robot.clickOn("#join-address").write(address());
    robot.clickOn("#join-code").write(code);
    robot.clickOn("#join-participant").write(participant);
    robot.clickOn("#join-button");
  }

  /** Another participant at another machine, scripted: a session joined to the seat and welcomed. */
  public RemoteSession joinedSession(String seat, String participant) throws Exception {
    RemoteSession session = RemoteSession.connect(address(), null, new RemoteSession.Listener() {});
    session.join(code(seat), participant);
    waitFor(() -> session.welcome() != null);
    return session;
  }

  /** Waits up to 20 s for the condition, then for the JavaFX thread to settle. */
  public static void waitFor(Callable<Boolean> condition) throws Exception {
    // A lookup runs off the FX thread and can meet a window that is closing (its scene already
    // gone): that is "not yet", not a failure.
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
      try {
        return condition.call();
      } catch (NullPointerException closing) {
        return false;
      }
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Override
  public void close() throws Exception {
    vm.leave();
    server.close();
  }
}
