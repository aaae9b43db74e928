package org.liaison.ui.view;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.ScenarioEntry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the trainer through each screen a trainee meets, one walk for every test that checks all
 * screens (layout, contrast, the projector mode): the library
 * with a scenario selected, its briefing, the exercise as it starts, the first decision, the
 * exercise at its end (its notice, then closed) with each panel of the column beside the map in turn (a row selected in
 * the inbox and in the actions), then the review.
 */
final class ScreenWalk {
  /** What to do on each screen, called on the test thread with the screen laid out. */
  interface Visit {
    void at(String screen) throws Exception;
  }

  private ScreenWalk() {}

  static void walk(FxRobot robot, AppViewModel app, Stage stage, String scenario, Visit visit) throws Exception {
    ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(scenario)).findFirst()
        .orElseThrow();
    robot.interact(() -> app.library().select(entry));
    robot.interact(() -> {
      ListView<?> list = (ListView<?>) stage.getScene().lookup("#scenario-list");
      list.getSelectionModel().select(list.getItems().indexOf(entry));
    });
    settle(robot, stage);
    visit.at("library");
    robot.interact(() -> app.brief(entry));
    settle(robot, stage);
    visit.at("briefing");
    robot.interact(app::start);
    ExerciseViewModel vm = app.exerciseProperty().get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.snapshotProperty().get() != null);
    settle(robot, stage);
    visit.at("exercise");
    robot.interact(() -> vm.setSpeed(ExerciseViewModel.SPEEDS.length - 1));
    robot.interact(vm::play);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.decisionProperty().get() != null
        || vm.finishedProperty().get());
    if (vm.decisionProperty().get() != null) {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().lookup("#decision-options") != null);
      settle(robot, stage);
      visit.at("decision");
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
    settle(robot, stage);
    visit.at("exercise at its end");
    // The notice that the exercise has ended sets the screen behind it inert; the panels are walked without it.
    robot.interact(() -> {
      if (stage.getScene().lookup("#end-stay") instanceof javafx.scene.control.Button stay) {
        stay.fire();
      }
    });
    TabPane tabs = (TabPane) stage.getScene().lookup("#side-tabs");
    for (Tab tab : List.copyOf(tabs.getTabs())) {
      robot.interact(() -> tabs.getSelectionModel().select(tab));
      robot.interact(() -> {
        for (String list : new String[] {"#inbox", "#action-list"}) {
          if (stage.getScene().lookup(list) instanceof ListView<?> l && !l.getItems().isEmpty()
              && l.getSelectionModel().isEmpty()) {
            l.getSelectionModel().select(0);
          }
        }
      });
      settle(robot, stage);
      visit.at("exercise, tab " + (tab.getText() == null || tab.getText().isEmpty() ? tab.getId() : tab.getText()));
    }
    robot.interact(app::openReview);
    settle(robot, stage);
    visit.at("review");
  }

  private static void settle(FxRobot robot, Stage stage) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {
      for (int pass = 0; pass < 2; pass++) {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
      }
    });
    WaitForAsyncUtils.waitForFxEvents();
  }
}
