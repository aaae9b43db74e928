package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** Every screen at 1024 x 700, with normal and with 150% text: no button text cut, no control off screen. */
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
    assertEquals(List.of(), walkThrough(robot, 13));
  }

  @Test
  void everyScreenFitsASmallWindowWithTextAtOneAndAHalfTimes(FxRobot robot) throws Exception {
    assertEquals(List.of(), walkThrough(robot, 19.5));
  }

  private List<String> walkThrough(FxRobot robot, double fontSize) throws Exception {
    List<String> problems = new ArrayList<>();
    robot.interact(() -> view.fontSizeProperty().set(fontSize));
    ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    robot.interact(() -> app.library().select(entry));
    check(robot, "library", problems);
    robot.interact(() -> app.brief(entry));
    check(robot, "briefing", problems);
    robot.interact(app::start);
    ExerciseViewModel vm = app.exerciseProperty().get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshotProperty().get() != null);
    check(robot, "exercise", problems);
    robot.interact(() -> vm.setSpeed(ExerciseViewModel.SPEEDS.length - 1));
    robot.interact(vm::play);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.decisionProperty().get() != null
        || vm.finishedProperty().get());
    if (vm.decisionProperty().get() != null) {
      check(robot, "decision", problems);
    }
    while (!vm.finishedProperty().get()) {
      robot.interact(() -> {
        var d = vm.decisionProperty().get();
        if (d != null) {
          vm.decide(d.point().options().stream().filter(o -> vm.optionRefusal(o) == null).findFirst()
              .orElseThrow().id());
        }
        vm.play();
      });
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.decisionProperty().get() != null
          || vm.finishedProperty().get());
    }
    check(robot, "exercise at its end", problems);
    robot.interact(app::openReview);
    check(robot, "review", problems);
    return problems;
  }

  private void check(FxRobot robot, String screen, List<String> problems) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {
      stage.getScene().getRoot().applyCss();
      stage.getScene().getRoot().layout();
      for (String p : LayoutCheck.problems(stage.getScene())) {
        problems.add(screen + ": " + p);
      }
    });
  }
}
