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
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.server.ExerciseServer;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.ui.exercise.ActionCatalogue;
import org.liaison.ui.exercise.RemoteSession;
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
  void aTraineePlaysTheExerciseScreenOnWhatHerRoleMaySee(FxRobot robot) throws Exception {
    join(robot, server.codes().get("head-of-office"), "Petra");
    waitFor(() -> robot.lookup("#exercise").tryQuery().isPresent());
    Label status = robot.lookup("#seat-status").queryAs(Label.class);
    waitFor(() -> status.getText().equals("Paused by exercise control"));
    assertTrue(robot.lookup("#clock").queryAs(Label.class).getText().startsWith("Day 1 of "),
        robot.lookup("#clock").queryAs(Label.class).getText());
    assertTrue(robot.lookup("#play").tryQuery().isEmpty(), "the clock is exercise control's: no play button");
    waitFor(() -> robot.lookup("#side-tabs").tryQuery().isPresent() && robot.lookup("#action-list").tryQuery().isPresent());
    TabPane tabs = robot.lookup("#side-tabs").queryAs(TabPane.class);
    assertTrue(tabs.getTabs().stream().noneMatch(t -> t.getText().equals("Indicators")),
        "a role's seat gets no indicators, so it shows no charts");
    ComboBox<?> role = robot.lookup("#acting-role").queryAs(ComboBox.class);
    assertEquals("head-of-office", role.getValue());
    assertTrue(role.isDisabled(), "a seat acts for its own role only");

    // An action from the same action panel as at a hot seat goes to the server in the seat's role.
    ComboBox<ActionType> type = robot.lookup("#action-type").queryAs(ComboBox.class);
    robot.interact(() -> type.setValue(ActionType.SHARE_INFORMATION));
    ListView<ActionCatalogue.Entry> list = robot.lookup("#action-list").queryAs(ListView.class);
    waitFor(() -> list.getItems().stream().anyMatch(ActionCatalogue.Entry::available));
    ActionCatalogue.Entry entry = list.getItems().stream().filter(ActionCatalogue.Entry::available).findFirst().orElseThrow();
    robot.interact(() -> list.getSelectionModel().select(entry));
    robot.clickOn("#order");
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> "head-of-office".equals(e.role())
        && e.kind() == DecisionLog.Kind.ACTION && e.taken() && e.action().equals(entry.action())));
    waitFor(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Done: Share information"));

    // Control resumes; at noon the role's decision point opens the same modal step, and the choice goes to the server.
    try (RemoteSession control = RemoteSession.connect("127.0.0.1:" + server.port(), null, new RemoteSession.Listener() {})) {
      control.join(server.codes().get("control"), "Ines");
      waitFor(() -> control.welcome() != null);
      control.control(ControlAct.resume());
      waitFor(() -> robot.lookup("#decision").tryQuery().isPresent());
      waitFor(() -> robot.lookup("#option-both-languages").tryQuery().isPresent());
      assertEquals("Waiting for your decision", status.getText());
      // Chosen and confirmed through the controls themselves: pointer clicks on the modal step
      // missed it in some headless runs.
      javafx.scene.control.ToggleButton option = robot.lookup("#option-both-languages").queryAs(javafx.scene.control.ToggleButton.class);
      javafx.scene.control.Button confirm = robot.lookup("#decision-confirm").queryAs(javafx.scene.control.Button.class);
      robot.interact(() -> option.setSelected(true));
      waitFor(() -> !confirm.isDisabled());
      robot.interact(confirm::fire);
      waitFor(() -> server.exercise().decisionLog().choices().stream().anyMatch(e -> "dp-language".equals(e.point())
          && "both-languages".equals(e.option()) && "head-of-office".equals(e.role())));
      // The clock runs on once the choice is in, so the role's next decision point may already be
      // up: what must go is this one.
      waitFor(() -> robot.lookup("#option-both-languages").tryQuery().isEmpty());
    }
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

  @Test
  void theConsoleSendsANetworkOutageAndARoadClosureChosenByName(FxRobot robot) throws Exception {
    join(robot, server.codes().get("control"), "Ines");
    waitFor(() -> robot.lookup("#console-effect").tryQuery().isPresent());
    ComboBox<org.liaison.scenario.EffectKind> effect = robot.lookup("#console-effect").queryComboBox();
    ComboBox<org.liaison.scenario.Medium> medium = robot.lookup("#console-effect-medium").queryComboBox();
    ListView<InjectForm.Choice> area = robot.lookup("#console-effect-zones").queryListView();
    ListView<InjectForm.Choice> to = robot.lookup("#console-inject-to").queryListView();
    assertTrue(medium.isDisabled(), "no medium until an outage is chosen");
    robot.interact(() -> effect.setValue(org.liaison.scenario.EffectKind.MEDIUM_DOWN));
    assertTrue(!medium.isDisabled() && robot.lookup("#console-effect-zone").query().isDisabled());
    assertTrue(area.getItems().stream().anyMatch(c -> c.name().equals("Zarichne village (west, frontline)")),
        "zones by their names");
    String title = org.liaison.scenario.read.ScenarioReader.read(SCENARIO).metadata().roles().get(0).title();
    assertTrue(to.getItems().stream().anyMatch(c -> c.name().equals(title)), "roles by title");
    robot.interact(() -> {
      medium.setValue(org.liaison.scenario.Medium.MOBILE);
      area.getItems().stream().filter(c -> c.id().equals("zarichne") || c.id().equals("novopilske"))
          .forEach(c -> area.getSelectionModel().select(c));
      to.getItems().stream().filter(c -> c.id().equals("patrol-leader")).forEach(c -> to.getSelectionModel().select(c));
    });
    robot.clickOn("#console-inject-message").write("Mobile network down west of the line.");
    robot.clickOn("#console-effect-hours").write("18");
    robot.clickOn("#console-send");
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null && e.taken()
        && e.control().type() == ControlAct.Type.INJECT && e.control().effects().get(0).kind()
            == org.liaison.scenario.EffectKind.MEDIUM_DOWN
        && e.control().effects().get(0).medium() == org.liaison.scenario.Medium.MOBILE
        && e.control().effects().get(0).hours() == 18
        && java.util.Set.copyOf(e.control().effects().get(0).zones()).equals(java.util.Set.of("zarichne", "novopilske"))
        && e.control().to().equals(java.util.List.of("patrol-leader"))));

    ComboBox<InjectForm.Choice> roadFrom = robot.lookup("#console-effect-road-from").queryComboBox();
    ComboBox<InjectForm.Choice> roadTo = robot.lookup("#console-effect-road-to").queryComboBox();
    robot.interact(() -> {
      effect.setValue(org.liaison.scenario.EffectKind.ROAD_CLOSED);
      roadFrom.getItems().stream().filter(c -> c != null && c.id().equals("novopilske")).forEach(roadFrom::setValue);
      roadTo.getItems().stream().filter(c -> c != null && c.id().equals("zarichne")).forEach(roadTo::setValue);
    });
    robot.clickOn("#console-send");
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null && e.taken()
        && e.control().type() == ControlAct.Type.INJECT && e.control().effects().get(0).kind()
            == org.liaison.scenario.EffectKind.ROAD_CLOSED
        && e.control().effects().get(0).between().equals(java.util.List.of("novopilske", "zarichne"))
        && e.control().effects().get(0).zone() == null && e.control().effects().get(0).hours() == 18));
  }

  @Test
  void anObserverTakesNotesButCannotSteer(FxRobot robot) throws Exception {
    join(robot, server.codes().get("observer"), "Evaluator");
    waitFor(() -> robot.lookup("#console-note").tryQuery().isPresent());
    assertTrue(robot.lookup("#console-resume").query().isDisabled());
    assertTrue(robot.lookup("#console-send").query().isDisabled());
    robot.clickOn("#console-note-about").write("Petra");
    robot.clickOn("#console-note-text").write("checked the route with the volunteers");
    robot.clickOn("#console-note");
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null && e.taken()
        && e.control().type() == ControlAct.Type.NOTE && "Evaluator".equals(e.by())
        && e.control().text().equals("checked the route with the volunteers")));
  }
}
