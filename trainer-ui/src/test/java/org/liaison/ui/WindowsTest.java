package org.liaison.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.ui.view.MainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first window and dialogs on a screen smaller than asked for: cut to the screen's visual
 * bounds and placed inside them, never larger than the screen or off its top-left corner.
 */
@ExtendWith(ApplicationExtension.class)
class WindowsTest {
  private Stage stage;

  @Start
  void start(Stage primary) {
    // A window of its own: the tests size and bound it, which the primary stage the other test
    // classes share must not keep.
    stage = new Stage();
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(stage::close);
  }

  private static void assertInside(Window w, Rectangle2D area, String what) {
    assertTrue(w.getX() >= area.getMinX() && w.getY() >= area.getMinY(), what + " starts inside the screen: "
        + w.getX() + ", " + w.getY());
    assertTrue(w.getX() + w.getWidth() <= area.getMaxX() + 0.5 && w.getY() + w.getHeight() <= area.getMaxY() + 0.5,
        what + " ends inside the screen: " + w.getWidth() + " x " + w.getHeight() + " at " + w.getX() + ", "
            + w.getY() + " in " + area);
  }

  @Test
  void theFirstWindowAskedLargerThanTheScreenIsCutToItAndPlacedInside(FxRobot robot) {
    Rectangle2D area = Windows.area();
    double[] size = Windows.fit(area.getWidth() + 500, area.getHeight() + 300, area);
    assertEquals(area.getWidth(), size[0]);
    assertEquals(area.getHeight(), size[1]);
    robot.interact(() -> {
      MainView view = new MainView(LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios"))));
      stage.setScene(view.scene(size[0], size[1]));
      stage.setX(-200);
      stage.setY(-150);
      stage.show();
      Windows.place(stage, area);
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertInside(stage, area, "the first window");
    assertEquals(Math.min(Windows.MIN_WIDTH, area.getWidth()), stage.getMinWidth());
    assertEquals(Math.min(Windows.MIN_HEIGHT, area.getHeight()), stage.getMinHeight());
  }

  @Test
  void onASmallScreenTheWindowTakesTheWholeAreaAndItsMinimumShrinksToIt(FxRobot robot) {
    Rectangle2D small = new Rectangle2D(0, 24, 1024, 676);
    double[] size = Windows.fit(1440, 900, small);
    assertEquals(1024, size[0]);
    assertEquals(676, size[1]);
    robot.interact(() -> {
      stage.setScene(new javafx.scene.Scene(new Label("x"), 1440, 900));
      stage.show();
      Windows.place(stage, small);
    });
    assertInside(stage, small, "the window on a 1024 x 700 screen with a 24 px bar");
    assertEquals(1024, stage.getMinWidth());
    assertEquals(676, stage.getMinHeight());
  }

  @Test
  void aDialogWithALongTextStaysOnTheScreen(FxRobot robot) {
    robot.interact(() -> {
      stage.setScene(new javafx.scene.Scene(new Label("owner"), 400, 300));
      stage.show();
      Windows.error(stage, "Cannot save: " + "a very long reason ".repeat(400));
    });
    WaitForAsyncUtils.waitForFxEvents();
    Window dialog = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
    assertInside(dialog, Windows.area(), "the error dialog");
    robot.interact(() -> ((Stage) dialog).close());
  }
}
