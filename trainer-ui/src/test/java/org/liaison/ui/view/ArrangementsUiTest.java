package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.ActionType;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.InboxItem;
import org.liaison.ui.exercise.ActionCatalogue;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The budget, action and inbox parts of the exercise screen: ending a standing arrangement from the
 * budget panel by keyboard after a confirmation, actions per role, a forum's members chosen, a reply
 * to an inbox item.
 */
@ExtendWith(ApplicationExtension.class)
class ArrangementsUiTest {
  private AppViewModel app;

  @Start
  void start(Stage stage) {
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize()));
    stage.setScene(new MainView(app).scene(1400, 860));
    stage.show();
  }

  private static void waitFor(long seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Starts the monitoring scenario; the acting role is its first, the head of the monitoring team. */
  private ExerciseViewModel start(FxRobot robot) throws Exception {
    ListView<org.liaison.ui.app.ScenarioEntry> list = robot.lookup("#scenario-list").queryListView();
    robot.interact(() -> list.getSelectionModel().select(app.library().entries().stream()
        .filter(e -> e.fileName().equals("ukraine-donbas-monitoring.yaml")).findFirst().orElseThrow()));
    robot.clickOn("#brief");
    robot.clickOn("#start");
    ExerciseViewModel vm = app.exerciseProperty().get();
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    return vm;
  }

  private static List<DecisionLog.Entry> actions(ExerciseViewModel vm, ActionType type) {
    return vm.log().entries().stream().filter(e -> e.action() != null && e.action().type() == type).toList();
  }

  @Test
  void anArrangementIsEndedFromTheBudgetPanelByKeyboardAfterAConfirmation(FxRobot robot) throws Exception {
    ExerciseViewModel vm = start(robot);
    ActionCatalogue.Entry officer = vm.catalogue().stream()
        .filter(e -> e.available() && e.type() == ActionType.ASSIGN_LIAISON_OFFICER).findFirst().orElseThrow();
    robot.interact(() -> vm.order(officer));
    waitFor(10, () -> vm.snapshotProperty().get().standingPerDay() == officer.cost() && vm.commitments().size() == 1);
    robot.interact(() -> robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
    VBox commitments = robot.lookup("#commitments").queryAs(VBox.class);
    waitFor(10, () -> commitments.getChildren().get(0) instanceof HBox);
    Button end = (Button) ((HBox) commitments.getChildren().get(0)).getChildren().get(1);
    assertFalse(end.isDisabled(), "the role that posted the officer may end it");
    assertTrue(end.isFocusTraversable());

    robot.interact(end::requestFocus);
    robot.type(KeyCode.SPACE);
    assertTrue(robot.lookup("#end-dialog").tryQuery().isPresent(), "ending asks first");
    Button keep = robot.lookup("#end-keep").queryButton();
    assertTrue(keep.isFocused(), "keeping it is the answer a stray key gives");
    robot.type(KeyCode.SPACE);
    assertTrue(robot.lookup("#end-dialog").tryQuery().isEmpty());
    assertEquals(1, vm.commitments().size(), "kept");
    assertTrue(actions(vm, ActionType.END_ARRANGEMENT).isEmpty());

    robot.interact(end::requestFocus);
    robot.type(KeyCode.SPACE);
    robot.interact(() -> robot.lookup("#end-confirm").queryButton().requestFocus());
    robot.type(KeyCode.SPACE);
    waitFor(10, () -> vm.snapshotProperty().get().standingPerDay() == 0 && vm.commitments().isEmpty());
    DecisionLog.Entry ended = actions(vm, ActionType.END_ARRANGEMENT).get(0);
    assertTrue(ended.taken());
    assertEquals(ActionType.ASSIGN_LIAISON_OFFICER, ended.action().ends());
    assertEquals(officer.action().target(), ended.action().target());
    waitFor(10, () -> vm.statusProperty().get().startsWith("Ended: "));
    waitFor(10, () -> commitments.getChildren().size() == 1 && commitments.getChildren().get(0) instanceof Label);
  }

  @Test
  void anotherRolesArrangementCannotBeEndedAndEachRoleIsOfferedItsOwnActions(FxRobot robot) throws Exception {
    ExerciseViewModel vm = start(robot);
    ComboBox<ActionType> type = robot.lookup("#action-type").queryComboBox();
    assertTrue(type.getItems().contains(ActionType.HIRE_INTERPRETERS), "the head of the team hires interpreters");
    assertFalse(type.getItems().contains(ActionType.DECONFLICTION_MECHANISM));
    assertFalse(type.getItems().contains(ActionType.END_ARRANGEMENT), "ending is the budget panel's");
    assertFalse(type.getItems().contains(ActionType.REPLY), "replying is the inbox's");

    ActionCatalogue.Entry interpreters = vm.catalogue().stream()
        .filter(e -> e.available() && e.type() == ActionType.HIRE_INTERPRETERS).findFirst().orElseThrow();
    robot.interact(() -> vm.order(interpreters));
    waitFor(10, () -> vm.commitments().size() == 1);

    robot.interact(() -> vm.setActingRole("humanitarian-liaison"));
    waitFor(10, () -> type.getItems().contains(ActionType.DECONFLICTION_MECHANISM));
    assertFalse(type.getItems().contains(ActionType.HIRE_INTERPRETERS), "the liaison officer does not hire them");
    assertFalse(type.getItems().contains(ActionType.DEPLOY_UNITS), "nor deploys units");
    robot.interact(() -> robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
    VBox commitments = robot.lookup("#commitments").queryAs(VBox.class);
    waitFor(10, () -> ((HBox) commitments.getChildren().get(0)).getChildren().get(1).isDisabled());
    Button end = (Button) ((HBox) commitments.getChildren().get(0)).getChildren().get(1);
    assertTrue(end.getTooltip().getText().contains("Head of the monitoring team"), end.getTooltip().getText());
    java.util.concurrent.atomic.AtomicBoolean sent = new java.util.concurrent.atomic.AtomicBoolean(true);
    robot.interact(() -> sent.set(vm.end(vm.commitments().get(0))));
    assertFalse(sent.get(), "refused on the screen already");
    assertTrue(vm.statusProperty().get().startsWith("Not ended: "), vm.statusProperty().get());
    assertTrue(actions(vm, ActionType.END_ARRANGEMENT).isEmpty(), "nothing reached the exercise");
  }

  @Test
  void aForumIsConvenedWithTheMembersChosen(FxRobot robot) throws Exception {
    ExerciseViewModel vm = start(robot);
    robot.interact(() -> vm.setActingRole("humanitarian-liaison"));
    ComboBox<ActionType> type = robot.lookup("#action-type").queryComboBox();
    waitFor(10, () -> type.getItems().contains(ActionType.HOLD_COORDINATION_FORUM));
    robot.interact(() -> type.setValue(ActionType.HOLD_COORDINATION_FORUM));
    robot.clickOn("#forum-members");
    VBox boxes = robot.lookup("#forum-member-list").queryAs(VBox.class);
    List<CheckBox> checks = boxes.getChildren().stream().map(CheckBox.class::cast).toList();
    assertTrue(checks.stream().anyMatch(CheckBox::isSelected), "the usual members are ticked");
    robot.interact(() -> checks.forEach(c -> c.setSelected(false)));
    robot.interact(() -> checks.get(0).setSelected(true));
    robot.interact(() -> checks.get(1).setSelected(true));
    String first = (String) checks.get(0).getUserData();
    String second = (String) checks.get(1).getUserData();
    robot.clickOn("#forum-ok");
    ListView<ActionCatalogue.Entry> list = robot.lookup("#action-list").queryListView();
    ActionCatalogue.Entry chosen = list.getSelectionModel().getSelectedItem();
    assertEquals(List.of(first, second), chosen.action().members());
    robot.clickOn("#order");
    waitFor(10, () -> !actions(vm, ActionType.HOLD_COORDINATION_FORUM).isEmpty());
    DecisionLog.Entry forum = actions(vm, ActionType.HOLD_COORDINATION_FORUM).get(0);
    assertTrue(forum.taken(), forum.reason());
    assertEquals(List.of(first, second), forum.action().members(), "the engine convened those chosen");
  }

  @Test
  void aMessageFromAnActorIsAnsweredFromTheInbox(FxRobot robot) throws Exception {
    ExerciseViewModel vm = start(robot);
    // The water company writes to the head of the team on day 3 at 10:00.
    while (vm.inbox().stream().noneMatch(i -> "vodokanal".equals(i.sender()))) {
      if (vm.decisionProperty().get() != null) {
        var d = vm.decisionProperty().get();
        robot.interact(() -> vm.decide(d.point().defaultOption()));
      } else {
        robot.interact(vm::stepHour);
      }
      WaitForAsyncUtils.waitForFxEvents();
    }
    ListView<InboxItem> inbox = robot.lookup("#inbox").queryListView();
    Button reply = robot.lookup("#inbox-reply").queryButton();
    InboxItem operations = vm.inbox().stream().filter(i -> i.sender() == null).findFirst().orElse(null);
    if (operations != null) {
      robot.interact(() -> inbox.getSelectionModel().select(operations));
      assertTrue(reply.isDisabled(), "a report from our own staff has no one to answer");
    }
    InboxItem letter = vm.inbox().stream().filter(i -> "vodokanal".equals(i.sender())).findFirst().orElseThrow();
    robot.interact(() -> inbox.getSelectionModel().select(letter));
    assertFalse(reply.isDisabled());
    robot.clickOn("#inbox-reply");
    waitFor(10, () -> !actions(vm, ActionType.REPLY).isEmpty());
    DecisionLog.Entry sent = actions(vm, ActionType.REPLY).get(0);
    assertEquals("vodokanal", sent.action().target());
    assertEquals("head-of-office", sent.role());
    waitFor(10, () -> vm.statusProperty().get().startsWith(sent.taken() ? "Reply on its way" : "No reply sent"));
  }
}
