package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Text on the canvases follows the screen's text size: on the briefing's map and trust network and
 * on the exercise's charts, with the text at its default and at 150%, each canvas writes at 0.85 em
 * (the map's labels, the chart's legend and axes, the network's names), its texts measure that
 * size, lie inside the canvas and, on a chart and the network, cover no other.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasTextTest {
  private static final String SCENARIO = "somalia-lower-shabelle.yaml";
  private AppViewModel app;
  private MainView view;

  @Start
  void start(Stage stage) {
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize()));
    view = new MainView(app);
    stage.setScene(view.scene(1280, 720));
    stage.show();
  }

  @Test
  void atTheDefaultTextSize(FxRobot robot) throws Exception {
    assertEquals(List.of(), check(robot, 13));
  }

  @Test
  void withTextAtOneAndAHalfTimes(FxRobot robot) throws Exception {
    assertEquals(List.of(), check(robot, 19.5));
  }

  private List<String> check(FxRobot robot, double em) throws Exception {
    List<String> problems = new ArrayList<>();
    double label = Math.max(11, 0.85 * em);
    robot.interact(() -> view.fontSizeProperty().set(em));
    ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    robot.interact(() -> app.brief(entry));
    settle(robot);
    robot.interact(() -> {
      MapView map = (MapView) view.lookup("#map");
      assertEquals(label, map.renderer().fonts().label().getSize(), 1e-4, "the map's labels at " + em);
      assertFalse(map.renderer().labels().isEmpty(), "the map names its zones");
      TrustNetworkView network = (TrustNetworkView) view.lookup("#trust-network");
      canvas("trust network", network, label, true, problems);
    });
    robot.interact(app::start);
    ExerciseViewModel vm = app.exerciseProperty().get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshotProperty().get() != null);
    robot.interact(() -> vm.stepDay());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.snapshotProperty().get().tick() >= 20
        || vm.decisionProperty().get() != null);
    settle(robot);
    robot.interact(() -> {
      List<ChartView> charts = view.lookupAll(".chart").stream().filter(n -> n instanceof ChartView)
          .map(n -> (ChartView) n).filter(c -> c.getWidth() > 0).toList();
      assertTrue(charts.size() >= 4, "the exercise's charts are shown: " + charts.size());
      for (ChartView c : charts) {
        canvas("chart", c, label, true, problems);
        assertTrue(c.texts().size() >= 8, "a chart writes its title, legend, axis and days: " + c.texts());
      }
    });
    return problems;
  }

  /** Checks a canvas's font, and that the texts of its last frame lie in it and, if asked, apart. */
  private static void canvas(String what, CanvasPane c, double label, boolean apart, List<String> problems) {
    if (Math.abs(c.fonts().label().getSize() - label) > 1e-4) {
      problems.add(what + ": labels at " + c.fonts().label().getSize() + " px, " + label + " wanted");
    }
    javafx.scene.text.Text probe = new javafx.scene.text.Text("Ág");
    probe.setFont(c.fonts().label());
    double lineHeight = probe.getLayoutBounds().getHeight();
    List<MapRenderer.PlacedLabel> texts = c.texts();
    if (texts.isEmpty()) {
      problems.add(what + ": nothing written");
    }
    for (int i = 0; i < texts.size(); i++) {
      MapRenderer.PlacedLabel t = texts.get(i);
      if (t.height() < lineHeight - 0.5) {
        problems.add(String.format(Locale.ROOT, "%s: '%s' is %.1f px high, a line of %.1f px wanted", what, t.text(),
            t.height(), lineHeight));
      }
      if (t.x() < -0.5 || t.y() < -0.5 || t.x() + t.width() > c.getWidth() + 0.5
          || t.y() + t.height() > c.getHeight() + 0.5) {
        problems.add(String.format(Locale.ROOT, "%s: '%s' at [%.0f,%.0f %.0fx%.0f] leaves the canvas of %.0f x %.0f",
            what, t.text(), t.x(), t.y(), t.width(), t.height(), c.getWidth(), c.getHeight()));
      }
      for (int j = i + 1; apart && j < texts.size(); j++) {
        MapRenderer.PlacedLabel u = texts.get(j);
        if (t.overlaps(u.x(), u.y(), u.width(), u.height())) {
          problems.add(what + ": '" + t.text() + "' and '" + u.text() + "' overlap");
        }
      }
    }
  }

  private void settle(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {
      view.getScene().getRoot().applyCss();
      view.getScene().getRoot().layout();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }
}
