package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.ScenarioEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exercise's map key shows the colours the map shades zones with: its scale, read back from its
 * pixels on the exercise screen, against a zone the map draws with the same value, and its "no
 * data" swatch against a zone with none, on a monitor (softened shades over the map's ground) and
 * in the projector mode (opaque shades).
 */
@ExtendWith(ApplicationExtension.class)
class ShadingScaleTest {
  private static final String SCENARIO = "somalia-lower-shabelle.yaml";
  private AppViewModel app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize()));
    stage.setScene(new MainView(app).scene(1280, 720));
    stage.show();
  }

  @Test
  void theMapKeyShowsTheZonesShadesOnAMonitorAndInTheProjectorMode(FxRobot robot) throws Exception {
    ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    robot.interact(() -> app.brief(entry));
    robot.interact(app::start);
    ExerciseViewModel vm = app.exerciseProperty().get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshotProperty().get() != null);
    check(robot, CanvasPalette.STANDARD);
    robot.interact(() -> app.projectorProperty().set(true));
    check(robot, CanvasPalette.PROJECTOR);
  }

  private void check(FxRobot robot, CanvasPalette palette) {
    settle(robot);
    Sample ramp = (Sample) stage.getScene().lookup("#shading-ramp");
    Sample none = (Sample) stage.getScene().lookup("#shading-no-data");
    assertEquals(palette, ramp.palette(), "the key draws in the screen's palette");
    AtomicReference<Image> key = new AtomicReference<>();
    robot.interact(() -> key.set(ramp.canvas.snapshot(null, null)));
    int columns = (int) Math.ceil(ramp.getWidth());
    assertTrue(columns > 50, "the scale is " + columns + " px wide");
    MapRenderer map = new MapRenderer(MapDrawingTest.TWO_VILLAGES);
    map.setLook(palette, CanvasFonts.of(CanvasFonts.DEFAULT_EM));
    for (int x : new int[] {0, columns / 4, columns / 2, 3 * columns / 4, columns - 1}) {
      double v = ShadingScale.value(x, columns);
      Color shown = key.get().getPixelReader().getColor(x, (int) (key.get().getHeight() / 2));
      Image zones = MapDrawingTest.draw(robot, map,
          MapDrawingTest.snapshot(MapDrawingTest.TWO_VILLAGES, new double[] {v, v, v}, new boolean[3]),
          MapRenderer.Layer.TRUST);
      MapDrawingTest.assertColour(shown, zones, 17, 2, palette.name() + ": a zone of trust " + v + " as the key shows it");
    }
    robot.interact(() -> key.set(none.canvas.snapshot(null, null)));
    Color grey = key.get().getPixelReader().getColor((int) (key.get().getWidth() / 2), (int) (key.get().getHeight() / 2));
    MapDrawingTest.assertColour(grey, MapDrawingTest.draw(robot, map, null, MapRenderer.Layer.TRUST), 17, 2,
        palette.name() + ": a zone with no data as the key shows it");
  }

  private void settle(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {
      stage.getScene().getRoot().applyCss();
      stage.getScene().getRoot().layout();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }
}
