package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.scenario.ActionType;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.ScenarioEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the exercise screen shares a window: the map's share of a small window and of a large one, and
 * an action's description that stays readable and reachable from the keyboard in a small window,
 * also with text at 150%.
 */
@ExtendWith(ApplicationExtension.class)
class ExerciseLayoutTest {
  private static final String SCENARIO = "somalia-lower-shabelle.yaml";
  /** The lines of an action's description that stay in sight, however small the window. */
  private static final int DESCRIPTION_LINES = 5;
  private AppViewModel app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize()));
    stage.setScene(new MainView(app).scene(1024, 700));
    stage.show();
  }

  /** Opens the exercise (once) in a new window content of that size and text size. */
  private MainView window(FxRobot robot, double width, double height, double fontSize) throws Exception {
    if (app.exerciseProperty().get() == null) {
      ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
          .orElseThrow();
      robot.interact(() -> app.brief(entry));
      robot.interact(app::start);
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.exerciseProperty().get().snapshotProperty().get() != null);
    }
    MainView[] view = new MainView[1];
    robot.interact(() -> {
      view[0] = new MainView(app);
      view[0].fontSizeProperty().set(fontSize);
      stage.setScene(view[0].scene(width, height));
      // On the screen, as the application keeps its windows: grown in place past the headless
      // screen's edge, Monocle's clipped upload left the pixel buffer short (BufferOverflowException).
      org.liaison.ui.Windows.keepInside(stage, org.liaison.ui.Windows.area());
    });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {
      stage.getScene().getRoot().applyCss();
      stage.getScene().getRoot().layout();
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(width, stage.getScene().getWidth(), "the window's width");
    assertEquals(height, stage.getScene().getHeight(), "the window's height");
    return view[0];
  }

  /** The area of the node that lies inside the window, in square pixels. */
  private double visibleArea(Node node) {
    Bounds b = node.localToScene(node.getLayoutBounds());
    double w = Math.min(b.getMaxX(), stage.getScene().getWidth()) - Math.max(b.getMinX(), 0);
    double h = Math.min(b.getMaxY(), stage.getScene().getHeight()) - Math.max(b.getMinY(), 0);
    return Math.max(0, w) * Math.max(0, h);
  }

  /**
   * The map is the exercise's main picture. In a 1024 x 700 window the wide arrangement left it a
   * strip under 20% of the window (about 600 x 190 px beneath its key, beside the side tabs and above
   * the inbox); it must now have at least 40% of the window, so it is more than twice as large, and
   * still 30% with text at 150%. A 1920 x 1080 window gives it more than twice its area at 1024 x 700.
   */
  @Test
  void theMapHasAFairShareOfASmallWindowAndUsesALargeOne(FxRobot robot) throws Exception {
    window(robot, 1024, 700, 13);
    double small = visibleArea(robot.lookup("#map").query());
    assertTrue(small >= 0.40 * 1024 * 700, String.format(Locale.ROOT, "the map has %.1f%% of 1024 x 700",
        100 * small / (1024 * 700)));
    assertTrue(robot.lookup("#side-switcher").query().isVisible(), "the compact arrangement's column");

    window(robot, 1024, 700, 19.5);
    double large = visibleArea(robot.lookup("#map").query());
    assertTrue(large >= 0.30 * 1024 * 700, String.format(Locale.ROOT,
        "the map has %.1f%% of 1024 x 700 with text at 150%%", 100 * large / (1024 * 700)));

    window(robot, 1920, 1080, 13);
    double big = visibleArea(robot.lookup("#map").query());
    assertTrue(big >= 2 * small, String.format(Locale.ROOT, "the map has %.0f px² at 1920 x 1080, %.0f at 1024 x 700",
        big, small));
    // The wide arrangement: the inbox and the actions in sight at once, below the map, with no switcher.
    assertTrue(robot.lookup("#inbox").query().isVisible() && robot.lookup("#action-list").query().isVisible());
    assertTrue(robot.lookup("#side-switcher").tryQuery().map(n -> n.getScene() == null || !n.isVisible()
        || n.getParent() == null).orElse(true), "no switcher in the wide arrangement");
    assertTrue(robot.lookup("#layer-legend").query().isVisible());
    assertTrue(robot.lookup("#map-key").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
        "the whole map key shows when there is room");
  }

  @Test
  void anActionsDescriptionKeepsFiveLinesInSightAndIsReachedByTab(FxRobot robot) throws Exception {
    checkDescription(robot, 13);
  }

  @Test
  void anActionsDescriptionKeepsFiveLinesInSightWithTextAtOneAndAHalfTimes(FxRobot robot) throws Exception {
    checkDescription(robot, 19.5);
  }

  private void checkDescription(FxRobot robot, double fontSize) throws Exception {
    window(robot, 1024, 700, fontSize);
    // In the compact column the actions are a tab of their own, shown by its button.
    robot.clickOn("#show-actions-tab");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#action-list").query().isVisible(), "the actions are shown");
    ComboBox<ActionType> type = robot.lookup("#action-type").queryComboBox();
    robot.interact(() -> type.setValue(ActionType.SET_UP_ALERT_NETWORK));
    robot.interact(() -> stage.getScene().getRoot().layout());
    WaitForAsyncUtils.waitForFxEvents();
    ScrollPane scroll = robot.lookup("#action-description-scroll").queryAs(ScrollPane.class);
    Label description = robot.lookup("#action-description").queryAs(Label.class);
    assertTrue(description.getText().length() > 200, description.getText());
    Text probe = new Text("Ag");
    probe.setFont(description.getFont());
    double line = probe.getLayoutBounds().getHeight();
    Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
    double w = stage.getScene().getWidth();
    double h = stage.getScene().getHeight();
    assertTrue(viewport.getMinX() >= 0 && viewport.getMinY() >= 0 && viewport.getMaxX() <= w + 0.5
        && viewport.getMaxY() <= h + 0.5, "the description lies inside the window: " + viewport);
    assertTrue(scroll.getViewportBounds().getHeight() >= DESCRIPTION_LINES * line, String.format(Locale.ROOT,
        "the description shows %.0f px, %d lines of %.1f px wanted", scroll.getViewportBounds().getHeight(),
        DESCRIPTION_LINES, line));
    Node targets = robot.lookup("#action-list").query();
    assertTrue(targets.getLayoutBounds().getHeight() >= 2.5 * line, "the targets keep rows beside it");

    // From the action type, Tab reaches the description (the order button is disabled until a target
    // is chosen); the arrows then scroll it.
    robot.interact(type::requestFocus);
    for (int i = 0; i < 4 && stage.getScene().getFocusOwner() != scroll; i++) {
      robot.type(KeyCode.TAB);
    }
    assertSame(scroll, stage.getScene().getFocusOwner(), "Tab reaches the description");
    if (description.getHeight() > scroll.getViewportBounds().getHeight() + 1) {
      double before = scroll.getVvalue();
      robot.type(KeyCode.DOWN);
      WaitForAsyncUtils.waitForFxEvents();
      assertTrue(scroll.getVvalue() > before, "the arrow scrolls the rest of the description into sight");
    }
    assertFalse(app.exerciseProperty().get().playingProperty().get(), "no key started the exercise");
  }
}
