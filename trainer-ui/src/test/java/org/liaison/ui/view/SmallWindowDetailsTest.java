package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.scenario.ActionType;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.InboxItem;
import org.liaison.ui.app.ScenarioEntry;
import org.liaison.ui.exercise.ActionCatalogue;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Details a trainee meets in a 1024 x 700 window: the decision's confirm in sight, a reading pane
 * for the inbox, an order's outcome said once and by name, and a selected row that can be read.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowDetailsTest {
  private static final String SCENARIO = "somalia-lower-shabelle.yaml";
  private AppViewModel app;
  private MainView view;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize()));
    view = new MainView(app);
    stage.setScene(view.scene(1024, 700));
    stage.show();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private ScenarioEntry entry() {
    return app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst().orElseThrow();
  }

  private ExerciseViewModel start(FxRobot robot) throws Exception {
    robot.interact(() -> app.brief(entry()));
    robot.interact(app::start);
    ExerciseViewModel vm = app.exerciseProperty().get();
    waitFor(() -> vm.snapshotProperty().get() != null && robot.lookup("#action-list").tryQuery().isPresent());
    return vm;
  }

  @Test
  void anOrderCarriedOutIsSaidByNameAndNotFollowedByAnUnavailableInRed(FxRobot robot) throws Exception {
    ExerciseViewModel vm = start(robot);
    // A small window shows the actions in a tab of the column beside the map.
    robot.clickOn("#show-actions-tab");
    ComboBox<ActionType> type = robot.lookup("#action-type").queryComboBox();
    robot.interact(() -> type.setValue(ActionType.ASSIGN_LIAISON_OFFICER));
    ListView<ActionCatalogue.Entry> actions = robot.lookup("#action-list").queryListView();
    ActionCatalogue.Entry entry = actions.getItems().stream().filter(ActionCatalogue.Entry::available).findFirst()
        .orElseThrow();
    robot.interact(() -> actions.getSelectionModel().select(entry));
    robot.clickOn("#order");
    waitFor(() -> vm.statusProperty().get().startsWith("Done"));
    waitFor(() -> actions.getItems().stream().anyMatch(e -> e.key().equals(entry.key()) && !e.available()));
    Label reason = robot.lookup("#action-reason").queryAs(Label.class);
    assertFalse(reason.getStyleClass().contains("error"), reason.getText());
    assertFalse(reason.getText().startsWith("Unavailable"), reason.getText());

    robot.interact(vm::stepHour);
    String order = "Order carried out: Assign a liaison officer — " + entry.label();
    waitFor(() -> vm.inbox().stream().anyMatch(i -> i.title().equals(order)));
    InboxItem item = vm.inbox().stream().filter(i -> i.title().equals(order)).findFirst().orElseThrow();
    assertTrue(item.body().startsWith("Assign a liaison officer — " + entry.label() + " ("), item.body());
  }

  @Test
  void theInboxReadingPaneHasRoomForAMessage(FxRobot robot) throws Exception {
    start(robot);
    ListView<?> list = robot.lookup("#inbox").queryListView();
    ScrollPane reading = robot.lookup("#inbox-reading").queryAs(ScrollPane.class);
    double line = Font.lineHeight(robot.lookup("#inbox-body").queryAs(Label.class));
    assertTrue(reading.getHeight() >= 4 * line, "reading pane " + reading.getHeight() + " px, a line " + line + " px");
    assertTrue(reading.getHeight() >= 0.8 * list.getHeight(),
        "reading pane " + reading.getHeight() + " px beside a list of " + list.getHeight() + " px");
  }

  @Test
  void aDecisionsConfirmIsInSightAtTheSmallestWindowWithLargeText(FxRobot robot) throws Exception {
    robot.interact(() -> view.fontSizeProperty().set(19.5));
    ExerciseViewModel vm = start(robot);
    robot.interact(() -> vm.setSpeed(ExerciseViewModel.SPEEDS.length - 1));
    robot.interact(vm::play);
    waitFor(() -> vm.decisionProperty().get() != null && robot.lookup("#decision-confirm").tryQuery().isPresent());
    robot.interact(() -> {
      stage.getScene().getRoot().applyCss();
      stage.getScene().getRoot().layout();
    });
    Node dialog = robot.lookup("#decision").query();
    Button confirm = robot.lookup("#decision-confirm").queryButton();
    Bounds d = dialog.localToScene(dialog.getLayoutBounds());
    Bounds c = confirm.localToScene(confirm.getLayoutBounds());
    double height = stage.getScene().getHeight();
    assertTrue(d.getMaxY() <= height + 0.5, "the dialog ends at " + d.getMaxY() + " in a window " + height + " high");
    assertTrue(c.getMinY() >= d.getMinY() && c.getMaxY() <= d.getMaxY() + 0.5,
        "confirm at " + c.getMinY() + "-" + c.getMaxY() + " inside the dialog " + d.getMinY() + "-" + d.getMaxY());
    ScrollPane options = robot.lookup("#decision-options").queryAs(ScrollPane.class);
    Node parent = confirm.getParent();
    while (parent != null && parent != options) {
      parent = parent.getParent();
    }
    assertEquals(null, parent, "confirm does not scroll away with the options");
  }

  @Test
  void textInASelectedLibraryRowHasTheContrastOfBodyText(FxRobot robot) throws Exception {
    robot.interact(() -> app.library().select(entry()));
    ListView<ScenarioEntry> list = robot.lookup("#scenario-list").queryListView();
    robot.interact(() -> list.getSelectionModel().select(entry()));
    Callable<ListCell<?>> selected = () -> robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> c.isSelected() && c.getItem() != null).findFirst().orElse(null);
    waitFor(() -> selected.call() != null);
    ListCell<?> cell = selected.call();
    Color background = (Color) ((Region) cell).getBackground().getFills().get(0).getFill();
    List<Label> labels = robot.from(cell).lookup(".label").queryAllAs(Label.class).stream()
        .filter(l -> !l.getText().isEmpty()).toList();
    assertFalse(labels.isEmpty(), "the row shows its scenario's title and facts");
    for (Label l : labels) {
      double ratio = Contrast.ratio((Color) l.getTextFill(), background);
      assertTrue(ratio >= Contrast.TEXT, "'" + l.getText() + "' at contrast " + ratio + " on the selected row");
    }
  }

  /** Text measures for the checks above. */
  private static final class Font {
    static double lineHeight(Label l) {
      return l.getFont().getSize() * 1.3;
    }
  }
}
