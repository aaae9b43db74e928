package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen at 1024 x 700 and at 1920 x 1080, with normal and with 150% text: no button text cut,
 * no control off screen.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutTest {
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

  @Test
  void everyScreenFitsASmallWindow(FxRobot robot) throws Exception {
    assertEquals(List.of(), walkThrough(robot, 13, 5));
  }

  @Test
  void everyScreenFitsASmallWindowWithTextAtOneAndAHalfTimes(FxRobot robot) throws Exception {
    assertEquals(List.of(), walkThrough(robot, 19.5, 5));
  }

  @Test
  void everyScreenFitsALargeWindow(FxRobot robot) throws Exception {
    resize(robot, 1920, 1080);
    assertEquals(List.of(), walkThrough(robot, 13, 5));
  }

  @Test
  void everyScreenFitsALargeWindowWithTextAtOneAndAHalfTimes(FxRobot robot) throws Exception {
    resize(robot, 1920, 1080);
    assertEquals(List.of(), walkThrough(robot, 19.5, 5));
  }

  private void resize(FxRobot robot, double width, double height) {
    robot.interact(() -> {
      view = new MainView(app);
      stage.setScene(view.scene(width, height));
      // On the screen, as the application keeps its windows: grown in place past the headless
      // screen's edge, Monocle's clipped upload left the pixel buffer short (BufferOverflowException).
      org.liaison.ui.Windows.keepInside(stage, org.liaison.ui.Windows.area());
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(width, stage.getScene().getWidth());
    assertEquals(height, stage.getScene().getHeight());
  }

  /**
   * Checks each screen of the walk every other screen test takes; the inbox once it is in sight (at
   * once in the wide arrangement, on its tab in the compact one).
   *
   * @param inboxRows how many whole messages the inbox must show at once, with the exercise played
   */
  private List<String> walkThrough(FxRobot robot, double fontSize, int inboxRows) throws Exception {
    List<String> problems = new ArrayList<>();
    robot.interact(() -> view.fontSizeProperty().set(fontSize));
    boolean[] inboxChecked = {false};
    ScreenWalk.walk(robot, app, stage, SCENARIO, screen -> robot.interact(() -> {
      for (String p : LayoutCheck.problems(stage.getScene())) {
        problems.add(screen + ": " + p);
      }
      if (screen.startsWith("exercise, tab") && !inboxChecked[0] && inSight(stage.getScene().lookup("#inbox"))) {
        inboxChecked[0] = true;
        checkInbox(inboxRows, problems);
      }
    }));
    if (!inboxChecked[0]) {
      problems.add("inbox: never in sight");
    }
    return problems;
  }

  /** Whether the node and every node holding it are visible: a tab not chosen hides its content. */
  private static boolean inSight(Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible()) {
        return false;
      }
    }
    return n != null;
  }

  /**
   * The inbox shows whole rows, at least as many as asked, without scrolling sideways, and the
   * message read beside it at least 4 lines high and about 25 characters wide (14 em).
   */
  private void checkInbox(int rows, List<String> problems) {
    ListView<?> inbox = (ListView<?>) stage.getScene().lookup("#inbox");
    Bounds list = inbox.localToScene(inbox.getLayoutBounds());
    long whole = inbox.lookupAll(".list-cell").stream()
        .filter(n -> n.isVisible() && n instanceof ListCell<?> c && c.getItem() != null)
        .map(n -> n.localToScene(n.getLayoutBounds()))
        .filter(b -> b.getMinY() >= list.getMinY() - 0.5 && b.getMaxY() <= list.getMaxY() + 0.5).count();
    if (inbox.getItems().size() < rows) {
      problems.add("inbox: only " + inbox.getItems().size() + " messages to show");
    } else if (whole < rows) {
      problems.add("inbox: " + whole + " whole rows shown, " + rows + " wanted");
    }
    for (Node n : inbox.lookupAll(".scroll-bar")) {
      if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
        problems.add("inbox: scrolls sideways");
      }
    }
    Region reading = (Region) stage.getScene().lookup("#inbox-reading");
    double size = ((Label) stage.getScene().lookup("#inbox-body")).getFont().getSize();
    if (reading.getHeight() < 4 * 1.3 * size || reading.getWidth() < 14 * size) {
      problems.add(String.format(java.util.Locale.ROOT, "inbox: the reading pane is %.0f x %.0f", reading.getWidth(),
          reading.getHeight()));
    }
  }
}
