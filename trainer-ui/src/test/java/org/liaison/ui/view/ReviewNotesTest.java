package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.Role;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.ReviewViewModel;
import org.liaison.ui.app.ScenarioEntry;
import org.liaison.ui.exercise.WhatIf;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review names the participants and shows the instructor's notes with their time and the
 * participant they are about; the what-if shows each objective in both runs; the HTML export
 * carries all three.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewNotesTest {
  private static final String SCENARIO = "ukraine-donbas-monitoring.yaml";
  private AppViewModel app;

  @Start
  void start(Stage stage) {
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize()));
    stage.setScene(new MainView(app).scene(1400, 860));
    stage.show();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static List<String> texts(FxRobot robot, String box) {
    return robot.lookup(box).queryAs(VBox.class).getChildren().stream().filter(n -> n instanceof Label)
        .map(n -> ((Label) n).getText()).toList();
  }

  @Test
  void notesParticipantsAndTheWhatIfReachTheReviewAndItsExport(FxRobot robot) throws Exception {
    ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    List<Role> roles = entry.scenario().metadata().roles();
    robot.interact(() -> {
      app.brief(entry);
      app.setParticipant(roles.get(0).id(), "Ana");
      app.setParticipant(roles.get(1).id(), "Bogdan");
      app.start();
    });
    ExerciseViewModel vm = app.exerciseProperty().get();
    waitFor(() -> vm.snapshotProperty().get() != null);

    robot.clickOn("#note");
    robot.clickOn("#note-about").write("Bogdan");
    robot.clickOn("#note-text").write("asked the volunteers before the formations");
    robot.clickOn("#note-save");
    waitFor(() -> vm.log().entries().stream().anyMatch(e -> e.kind() == DecisionLog.Kind.CONTROL));
    DecisionLog.Entry logged = vm.log().entries().stream().filter(e -> e.kind() == DecisionLog.Kind.CONTROL)
        .findFirst().orElseThrow();
    assertEquals(ControlAct.note("Bogdan", "asked the volunteers before the formations"), logged.control());

    robot.interact(() -> vm.setSpeed(ExerciseViewModel.SPEEDS.length - 1));
    while (!vm.finishedProperty().get()) {
      robot.interact(() -> {
        var d = vm.decisionProperty().get();
        if (d != null) {
          vm.decide(d.point().options().stream().filter(o -> vm.optionRefusal(o) == null).findFirst()
              .orElseThrow().id());
        }
        vm.play();
      });
      waitFor(() -> vm.decisionProperty().get() != null || vm.finishedProperty().get());
    }
    robot.interact(app::openReview);
    waitFor(() -> robot.lookup("#review-notes").tryQuery().isPresent());

    List<String> seated = new java.util.ArrayList<>(List.of("Participants", roles.get(0).title() + ": Ana",
        roles.get(1).title() + ": Bogdan"));
    roles.stream().skip(2).forEach(r -> seated.add(r.title() + ": played by the doctrine or no one named"));
    assertEquals(seated, texts(robot, "#review-participants"));
    assertEquals(List.of("Exercise control’s notes",
        "Day 1, 00:00 · about Bogdan: asked the volunteers before the formations (instructor)"),
        texts(robot, "#review-notes"));

    ReviewViewModel review = app.reviewProperty().get();
    DecisionLog.Entry first = review.log().choices().get(0);
    String other = entry.scenario().decisionPoints().stream().filter(p -> p.id().equals(first.point())).findFirst()
        .orElseThrow().options().stream().filter(o -> !o.id().equals(first.option())).findFirst().orElseThrow().id();
    robot.interact(() -> review.whatIf(0, other));
    waitFor(() -> review.whatIfRunProperty().get() != null);
    WhatIf w = review.whatIfRunProperty().get();
    assertEquals(review.result().score(), w.loggedScore(), 1e-9, "the logged run replays to the trainee's score");
    List<String> lines = texts(robot, "#whatif-objectives");
    assertEquals(1 + review.result().objectives().size(), lines.size(), String.join("\n", lines));
    WhatIf.ObjectiveDifference d0 = w.objectives().get(0);
    assertEquals(String.format(Locale.ROOT, "%s: yours %s (%d of %d met), what if %s (%d of %d)", d0.objective(),
        d0.logged(), d0.loggedMet(), d0.total(), d0.branch(), d0.branchMet(), d0.total()), lines.get(1));
    Node chart = robot.lookup("#whatif-chart").query();
    assertTrue(chart.isVisible(), "the what-if's score is drawn");

    Path html = Files.createTempFile("review", ".html");
    robot.interact(() -> {
      try {
        review.export(html);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    String page = Files.readString(html);
    assertTrue(page.contains("<li>" + roles.get(1).title() + ": Bogdan</li>"), "participants in the export");
    assertTrue(page.contains("<td>Day 1, 00:00</td><td>Bogdan</td><td>asked the volunteers before the formations</td>"
        + "<td>instructor</td>"), "the note in the export");
    assertTrue(page.contains(String.format(Locale.ROOT, "score %.1f (yours %.1f, %+.1f)", w.branchScore(),
        w.loggedScore(), w.branchScore() - w.loggedScore())), "the what-if's own score in the export");
    assertTrue(page.contains("<tr><td>" + d0.objective() + "</td><td><span class=\"r " + d0.logged() + "\">"),
        "each objective in both runs in the export");
    assertTrue(page.contains("stroke-dasharray=\"6 3\""), "the what-if's score line in the export");
  }
}
