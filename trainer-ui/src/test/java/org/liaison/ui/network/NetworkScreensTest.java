package org.liaison.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.server.ExerciseServer;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.read.ScenarioReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The join screen and the control console against a real server on loopback, headless through Monocle. */
@ExtendWith(ApplicationExtension.class)
class NetworkScreensTest {
  private static final Path SCENARIO = Path.of("..", "scenarios", "ukraine-donbas-monitoring.yaml");
  private ExerciseServer server;
  private NetworkViewModel vm;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Path out = Files.createTempDirectory("liaison-network-ui");
    server = ExerciseServer.start(new ExerciseServer.Options(ScenarioReader.read(SCENARIO), SCENARIO, 4, "127.0.0.1", 0,
        out, 0, null, null));
    vm = new NetworkViewModel(r -> new Thread(r).start(), Platform::runLater);
    stage.setScene(new Scene(new JoinView(vm).root(), 1400, 860));
    stage.show();
  }

  @AfterEach
  void stop() throws Exception {
    vm.leave();
    server.close();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
  }

  private void join(FxRobot robot, String code, String name) {
    robot.clickOn("#join-address").write("127.0.0.1:" + server.port());
    robot.clickOn("#join-code").write(code);
    robot.clickOn("#join-participant").write(name);
    robot.clickOn("#join-button");
  }

  @Test
  void aWrongCodeIsRefusedOnTheJoinScreen(FxRobot robot) throws Exception {
    join(robot, "AAAA-BBBB-CCCC", "Mallory");
    waitFor(() -> robot.lookup("#join-status").queryAs(Label.class).getText().contains("opens no seat"));
    assertTrue(robot.lookup("#join-button").tryQuery().isPresent(), "still on the join screen");
  }

  @Test
  void aTraineeJoinsHerSeatAndSeesHerInboxAndActions(FxRobot robot) throws Exception {
    join(robot, server.codes().get("patrol-leader"), "Petra");
    waitFor(() -> robot.lookup("#seat-actions").tryQuery().isPresent());
    ListView<?> actions = robot.lookup("#seat-actions").queryListView();
    waitFor(() -> !actions.getItems().isEmpty());
    robot.interact(() -> actions.getSelectionModel().select(0));
    robot.clickOn("#seat-take");
    waitFor(() -> server.exercise().decisionLog().entries().stream()
        .anyMatch(e -> "patrol-leader".equals(e.role()) && e.kind() == DecisionLog.Kind.ACTION));
  }

  @Test
  void theControlConsoleResumesTheClockAndFiresAnMselEntry(FxRobot robot) throws Exception {
    join(robot, server.codes().get("control"), "Ines");
    waitFor(() -> robot.lookup("#console-msel").tryQuery().isPresent());
    TableView<SeatView.MselEntry> msel = robot.lookup("#console-msel").queryTableView();
    waitFor(() -> !msel.getItems().isEmpty());
    TableView<SeatView.Seat> seats = robot.lookup("#console-seats").queryTableView();
    assertEquals(5, seats.getItems().size(), "three roles, control and observers");
    int last = msel.getItems().size() - 1;
    int number = msel.getItems().get(last).number();
    robot.interact(() -> msel.getSelectionModel().select(last));
    robot.clickOn("#console-fire");
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null
        && e.control().type() == ControlAct.Type.FIRE && e.control().entry() == number && e.taken()));
    waitFor(() -> msel.getItems().stream().anyMatch(e -> e.number() == number && e.state().equals("fired")));
    robot.clickOn("#console-note-about").write("Petra");
    robot.clickOn("#console-note-text").write("asked for the elders' view first");
    robot.clickOn("#console-note");
    robot.clickOn("#console-resume");
    waitFor(() -> server.exercise().completed() > 0);
    waitFor(() -> robot.lookup("#console-log").queryListView().getItems().stream()
        .anyMatch(l -> l.toString().contains("NOTE")));
    String shots = System.getProperty("liaison.screenshots");
    if (shots != null) {
      robot.clickOn("#console-pause");
      waitFor(() -> robot.lookup("#console-clock").queryAs(Label.class).getText().contains("paused"));
      org.liaison.ui.Screenshots.shot(stage, Path.of(shots, "control-console.png"));
    }
  }
}
