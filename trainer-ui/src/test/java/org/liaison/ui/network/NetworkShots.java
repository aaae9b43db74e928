package org.liaison.ui.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.liaison.ui.I18n;
import org.liaison.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With {@code -Dliaison.screenshots=DIR}, takes the networked screen on the window at 1024 x 700
 * and at 1920 x 1080, into the same folders as the other screens' pictures ({@code DIR/1024x700/}
 * and {@code DIR/1920x1080/}, French ones under {@code DIR/fr/}); without it, does nothing.
 */
public final class NetworkShots {
  private static final int[][] SIZES = {{1024, 700}, {1920, 1080}};

  private NetworkShots() {
  }

  /** Takes the screen now on the stage as {@code network-NAME.png} at each size, then restores the window's size. */
  public static void take(FxRobot robot, Stage stage, String name) throws Exception {
    String shots = System.getProperty("liaison.screenshots");
    if (shots == null) {
      return;
    }
    double width = stage.getScene().getWidth();
    double height = stage.getScene().getHeight();
    for (int[] size : SIZES) {
      resize(robot, stage, size[0], size[1]);
      Path dir = Path.of(shots, I18n.locale().getLanguage().equals(Locale.FRENCH.getLanguage()) ? "fr" : "",
          size[0] + "x" + size[1]);
      Files.createDirectories(dir);
      Screenshots.shot(stage, dir.resolve("network-" + name + ".png"));
    }
    resize(robot, stage, width, height);
  }

  private static void resize(FxRobot robot, Stage stage, double width, double height) {
    robot.interact(() -> {
      Parent root = stage.getScene().getRoot();
      stage.getScene().setRoot(new Pane());
      stage.setScene(new Scene(root, width, height));
      // On the screen, as the application keeps its windows: grown in place past the headless
      // screen's edge, Monocle's clipped upload left the pixel buffer short (BufferOverflowException).
      org.liaison.ui.Windows.keepInside(stage, org.liaison.ui.Windows.area());
    });
    WaitForAsyncUtils.waitForFxEvents();
  }
}
