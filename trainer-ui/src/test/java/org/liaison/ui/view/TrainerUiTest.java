package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.engine.RunResult;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.DecisionOption;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.ScenarioEntry;
import org.liaison.ui.exercise.ActionCatalogue;
import org.liaison.ui.exercise.Replay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The trainer UI driven like a trainee would, headless through Monocle. */
@ExtendWith(ApplicationExtension.class)
class TrainerUiTest {
  private static final String SCENARIO = "ukraine-donbas-monitoring.yaml";
  private AppViewModel app;

  @Start
  void start(Stage stage) throws Exception {
    Path broken = Files.createTempDirectory("liaison-ui-test");
    Files.writeString(broken.resolve("broken.yaml"), "formatVersion: 1\nmetadata:\n  id: broken\ncolour: blue\n");
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize(), broken));
    MainView view = new MainView(app);
    stage.setScene(view.scene(1400, 860));
    stage.show();
  }

  private ScenarioEntry entry(String file) {
    return app.library().entries().stream().filter(e -> e.fileName().equals(file)).findFirst().orElseThrow();
  }

  private void select(FxRobot robot, ScenarioEntry e) {
    ListView<ScenarioEntry> list = robot.lookup("#scenario-list").queryListView();
    robot.interact(() -> list.getSelectionModel().select(e));
  }

  private static void waitFor(long seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private ExerciseViewModel startExercise(FxRobot robot) {
    select(robot, entry(SCENARIO));
    robot.clickOn("#brief");
    assertTrue(robot.lookup("#briefing").tryQuery().isPresent());
    return startFromBriefing(robot);
  }

  private ExerciseViewModel startFromBriefing(FxRobot robot) {
    robot.clickOn("#start");
    WaitForAsyncUtils.waitForFxEvents();
    return app.exerciseProperty().get();
  }

  @Test
  void aTraineePlaysAShippedScenarioToTheReviewAndItsScoreEqualsAHeadlessReplay(FxRobot robot) throws Exception {
    select(robot, entry(SCENARIO));
    robot.clickOn("#brief");
    Label situation = robot.lookup(".briefing-text").queryAs(Label.class);
    assertFalse(situation.getText().isBlank(), "the briefing shows the situation");
    String role = entry(SCENARIO).scenario().metadata().roles().get(0).id();
    robot.clickOn("#participant-" + role).write("Ana");
    ExerciseViewModel vm = startFromBriefing(robot);

    // One free action, ordered from the action panel.
    ComboBox<ActionType> type = robot.lookup("#action-type").queryComboBox();
    robot.interact(() -> type.setValue(ActionType.ASSIGN_LIAISON_OFFICER));
    ListView<ActionCatalogue.Entry> actions = robot.lookup("#action-list").queryListView();
    ActionCatalogue.Entry available = actions.getItems().stream().filter(ActionCatalogue.Entry::available)
        .findFirst().orElseThrow();
    robot.interact(() -> actions.getSelectionModel().select(available));
    robot.clickOn("#order");
    waitFor(10, () -> vm.statusProperty().get().startsWith("Done"));

    robot.interact(() -> vm.setSpeed(ExerciseViewModel.SPEEDS.length - 1));
    robot.clickOn("#map");
    robot.type(KeyCode.SPACE);
    int decisions = 0;
    while (!vm.finishedProperty().get()) {
      waitFor(60, () -> vm.decisionProperty().get() != null || vm.finishedProperty().get());
      if (vm.decisionProperty().get() != null) {
        var d = vm.decisionProperty().get();
        Label who = robot.lookup("#decision-role").queryAs(Label.class);
        assertTrue(who.getText().contains(d.role().title()), who.getText());
        String last = d.point().options().stream().filter(o -> vm.optionRefusal(o) == null)
            .reduce((a, b) -> b).orElseThrow().id();
        // Chosen and confirmed through the controls themselves, as a keyboard user would: pointer
        // clicks on the modal step missed it in some headless runs after other windows' tests.
        javafx.scene.control.ToggleButton option = robot.lookup("#option-" + last)
            .queryAs(javafx.scene.control.ToggleButton.class);
        javafx.scene.control.Button confirm = robot.lookup("#decision-confirm").queryAs(javafx.scene.control.Button.class);
        robot.interact(() -> option.setSelected(true));
        waitFor(5, () -> !confirm.isDisabled());
        robot.interact(confirm::fire);
        decisions++;
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(10, () -> vm.decisionProperty().get() != d);
      }
    }
    assertTrue(decisions > 0, "the scenario has decision points");
    assertEquals(decisions, vm.log().choices().size(), "one logged choice per point reached");
    assertEquals(1, vm.log().entries().stream().filter(e -> e.phase() == org.liaison.policy.DecisionLog.Phase.DESK
        && e.kind() == org.liaison.policy.DecisionLog.Kind.ACTION && e.taken()).count(), "the free action is logged");

    Label ended = robot.lookup("#end-dialog .h2").queryAs(Label.class);
    assertEquals("The exercise has ended", ended.getText());
    robot.clickOn("#end-review");
    Label score = robot.lookup("#score").queryAs(Label.class);
    RunResult replay = Replay.of(entry(SCENARIO).scenario(), vm.log());
    assertEquals(vm.session().result().score(), replay.score(), 1e-12);
    assertEquals(String.format(Locale.ROOT, "Score %.1f / 100", replay.score()), score.getText());
    waitFor(90, () -> app.reviewProperty().get().progressProperty().get() >= 1
        && !app.reviewProperty().get().doctrineScoresProperty().get().isEmpty());

    // What if: another option at the first decision, computed in the background.
    ComboBox<?> point = robot.lookup("#whatif-point").queryComboBox();
    robot.interact(() -> point.getSelectionModel().select(0));
    Button whatIfRun = robot.lookup("#whatif-run").queryButton();
    robot.interact(whatIfRun::fire);
    Label answer = robot.lookup("#whatif-answer").queryAs(Label.class);
    waitFor(60, () -> answer.getText().contains("would have been"));

    Path html = Files.createTempFile("review", ".html");
    robot.interact(() -> {
      try {
        app.reviewProperty().get().export(html);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    robot.clickOn("← Exercise");
    assertTrue(robot.lookup("#end-dialog").tryQuery().isEmpty(), "the end is announced once");
    Label capacity = robot.lookup("#capacity").queryAs(Label.class);
    assertTrue(capacity.getText().matches("\\d+ of \\d+ staff-h left"), capacity.getText());
    String page = Files.readString(html);
    assertTrue(page.contains(String.format(Locale.ROOT, "Score: %.1f / 100", replay.score())), "the export has the score");
    assertTrue(page.contains(entry(SCENARIO).scenario().metadata().roles().get(0).title() + ": Ana"),
        "the export names who sat in each role");
    assertFalse(page.contains("<script") || page.contains("src=") || page.contains("href="),
        "the export is self-contained: no script and nothing loaded from elsewhere");
  }

  @Test
  void aSavedExerciseResumesAtTheSameHourWithItsParticipants(FxRobot robot) throws Exception {
    select(robot, entry(SCENARIO));
    robot.clickOn("#brief");
    String role = entry(SCENARIO).scenario().metadata().roles().get(0).id();
    robot.clickOn("#participant-" + role).write("Ana");
    ExerciseViewModel vm = startFromBriefing(robot);
    robot.interact(() -> vm.session().step(30));
    waitFor(20, () -> vm.decisionProperty().get() != null || (vm.snapshotProperty().get().tick() == 30
        && !vm.session().isPlaying()));
    while (vm.decisionProperty().get() != null) {
      var d = vm.decisionProperty().get();
      robot.clickOn("#option-" + d.point().options().stream().filter(o -> vm.optionRefusal(o) == null)
          .findFirst().orElseThrow().id());
      robot.clickOn("#decision-confirm");
      waitFor(20, () -> vm.decisionProperty().get() != null || !vm.session().isPlaying());
    }
    long tick = vm.snapshotProperty().get().tick();
    Path file = Files.createTempDirectory("liaison-save").resolve("exercise.json");
    robot.interact(() -> {
      try {
        vm.save(file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertTrue(Files.exists(file.resolveSibling("exercise.decisions.jsonl")), "the plain decision log is saved too");
    robot.interact(() -> app.resume(file));
    ExerciseViewModel resumed = app.exerciseProperty().get();
    assertTrue(resumed != vm);
    waitFor(20, () -> resumed.snapshotProperty().get() != null && resumed.snapshotProperty().get().tick() == tick);
    Label clock = robot.lookup("#clock").queryAs(Label.class);
    assertEquals(ExerciseViewModel.clockText(resumed.scenario(), tick), clock.getText());
    assertEquals(java.util.Map.of(role, "Ana"), resumed.session().participants(), "who sat where is saved too");
  }

  @Test
  void leavingARunningExerciseAsksFirstAndTheLibraryLeadsBack(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    robot.clickOn("#back-to-library");
    assertTrue(robot.lookup("#leave-dialog").tryQuery().isPresent(), "leaving asks first");
    assertEquals(AppViewModel.Screen.EXERCISE, app.screenProperty().get());
    robot.clickOn("#leave-stay");
    assertTrue(robot.lookup("#leave-dialog").tryQuery().isEmpty());
    assertEquals(AppViewModel.Screen.EXERCISE, app.screenProperty().get());
    robot.clickOn("#back-to-library");
    robot.clickOn("#leave-confirm");
    assertEquals(AppViewModel.Screen.LIBRARY, app.screenProperty().get());
    robot.clickOn("#return-to-exercise");
    assertEquals(AppViewModel.Screen.EXERCISE, app.screenProperty().get());
    assertTrue(app.exerciseProperty().get() == vm, "the same exercise, kept");
  }

  @Test
  void aRoleWithNeitherANameNorTheDoctrineIsPointedOut(FxRobot robot) {
    select(robot, entry(SCENARIO));
    robot.clickOn("#brief");
    Label unseated = robot.lookup("#unseated").queryAs(Label.class);
    var roles = entry(SCENARIO).scenario().metadata().roles();
    assertTrue(unseated.isVisible() && unseated.getText().contains(roles.get(0).title()), unseated.getText());
    for (var r : roles) {
      javafx.scene.control.CheckBox box = robot.lookup("#autopilot-" + r.id()).queryAs(javafx.scene.control.CheckBox.class);
      robot.interact(() -> box.setSelected(true));
    }
    assertFalse(unseated.isVisible(), unseated.getText());
  }

  @Test
  void keysStepTheClockAndSpaceStartsAndStopsTheExercise(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    robot.clickOn("#map");
    robot.type(KeyCode.H);
    waitFor(10, () -> vm.snapshotProperty().get().tick() == 1 && !vm.session().isPlaying());
    robot.type(KeyCode.D);
    waitFor(10, () -> vm.decisionProperty().get() != null || vm.snapshotProperty().get().tick() >= 24);
    assertEquals("dp-language", vm.decisionProperty().get().point().id(),
        "D stops at the decision point of day 1, 12:00, before the next day");
    assertEquals(12, vm.decisionProperty().get().tick());
    DecisionOption affordable = vm.decisionProperty().get().point().options().stream()
        .filter(o -> vm.optionRefusal(o) == null).findFirst().orElseThrow();
    robot.interact(() -> assertTrue(vm.decide(affordable.id())));
    // answered, the decision lets the day's step run on to its end
    waitFor(10, () -> vm.decisionProperty().get() == null && !vm.playingProperty().get()
        && vm.snapshotProperty().get().tick() >= 24);
    assertEquals(24, vm.snapshotProperty().get().tick(), "D runs to 00:00 of the next day and no further");
    robot.clickOn("#map");
    robot.type(KeyCode.D);
    waitFor(10, () -> !vm.playingProperty().get()
        && (vm.decisionProperty().get() != null || vm.snapshotProperty().get().tick() >= 48));
    assertNull(vm.decisionProperty().get(), "no decision point falls on day 2 of this exercise and seed");
    assertEquals(48, vm.snapshotProperty().get().tick(), "D from midnight runs one whole day");
    robot.type(KeyCode.SPACE);
    waitFor(10, () -> vm.playingProperty().get());
    robot.type(KeyCode.SPACE);
    waitFor(10, () -> !vm.playingProperty().get());
    long stoppedAt = vm.snapshotProperty().get().tick();
    Thread.sleep(300);
    assertEquals(stoppedAt, vm.snapshotProperty().get().tick(), "the second Space stops the clock");
  }

  @Test
  void aScenarioThatDoesNotValidateIsListedWithItsErrors(FxRobot robot) {
    select(robot, entry("broken.yaml"));
    VBox problems = robot.lookup("#problems").queryAs(VBox.class);
    assertFalse(problems.getChildren().isEmpty());
    String all = problems.getChildren().stream().map(n -> ((Label) n).getText()).reduce("", String::concat);
    assertTrue(all.contains("colour"), all);
    assertTrue(robot.lookup("#brief").tryQuery().isEmpty(), "an invalid scenario cannot be briefed");
  }

  @Test
  void anUnavailableActionSaysWhyAndCannotBeOrdered(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    ActionCatalogue.Entry blocked = vm.catalogue().stream().filter(e -> !e.available())
        .findFirst().orElseThrow();
    ComboBox<ActionType> type = robot.lookup("#action-type").queryComboBox();
    robot.interact(() -> type.setValue(blocked.type()));
    ListView<ActionCatalogue.Entry> actions = robot.lookup("#action-list").queryListView();
    robot.interact(() -> actions.getItems().stream().filter(e -> e.key().equals(blocked.key())).findFirst()
        .ifPresent(e -> actions.getSelectionModel().select(e)));
    Label reason = robot.lookup("#action-reason").queryAs(Label.class);
    // The engine's reason, said with the scenario's names: no ids, no codes of the model.
    assertEquals("Unavailable: " + vm.refusals().say(blocked.reason()) + ".", reason.getText());
    for (var actor : vm.scenario().actors()) {
      assertFalse(reason.getText().matches(".*\\b" + java.util.regex.Pattern.quote(actor.id()) + "\\b.*")
          && !actor.name().contains(actor.id()), "shows the id " + actor.id() + ": " + reason.getText());
    }
    assertFalse(reason.getText().matches(".*\\b[A-Z]+_[A-Z_]+\\b.*"), "shows a code: " + reason.getText());
    Node order = robot.lookup("#order").query();
    assertTrue(((Button) order).isDisabled());
    Label description = robot.lookup("#action-description").queryAs(Label.class);
    assertTrue(description.getText().startsWith("What it does: "
        + org.liaison.scenario.ActionDescriptions.of(blocked.type()).does()), description.getText());
  }

  @Test
  void zonesAreInspectedFromTheKeyboardAndByAClick(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    MapView map = robot.lookup("#map").queryAs(MapView.class);
    robot.interact(map::requestFocus);
    var zones = vm.scenario().map().zones();
    robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    waitFor(10, () -> zones.get(0).id().equals(vm.selectedZoneProperty().get()));
    Label name = robot.lookup("#inspector-name").queryAs(Label.class);
    assertEquals(zones.get(0).name(), name.getText(), "Shift+Right inspects the first zone, by its name");
    robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
    waitFor(10, () -> zones.get(zones.size() - 1).id().equals(vm.selectedZoneProperty().get()));

    robot.type(KeyCode.RIGHT);
    waitFor(10, () -> vm.selectedActorProperty().get() != null);
    assertNull(vm.selectedZoneProperty().get(), "one actor or one zone is inspected at a time");

    // A click on a zone away from every actor inspects the zone.
    MapRenderer renderer = map.renderer();
    double[] found = null;
    for (double fx = 0.02; fx < 1 && found == null; fx += 0.02) {
      for (double fy = 0.02; fy < 1 && found == null; fy += 0.02) {
        double x = map.getWidth() * fx;
        double y = map.getHeight() * fy;
        double[] km = map.toMap(x, y);
        if (renderer.zoneAt(km[0], km[1]) >= 0 && renderer.actorAt(km[0], km[1], 30 / map.pixelsPerKm()) == null) {
          found = new double[] {x, y, renderer.zoneAt(km[0], km[1])};
        }
      }
    }
    assertTrue(found != null, "some zone has room away from the actors");
    javafx.geometry.Point2D p = map.localToScreen(found[0], found[1]);
    robot.clickOn(p.getX(), p.getY());
    String clicked = zones.get((int) found[2]).id();
    waitFor(10, () -> clicked.equals(vm.selectedZoneProperty().get()));
    assertEquals(zones.get((int) found[2]).name(), robot.lookup("#inspector-name").queryAs(Label.class).getText());
  }

  @Test
  void theInspectorNamesZonesAndActorsAsTheScenarioDoes(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    var actor = vm.scenario().actors().stream().filter(a -> !a.isMission()).findFirst().orElseThrow();
    robot.interact(() -> vm.selectActor(actor.id()));
    VBox inspector = robot.lookup("#inspector").queryAs(VBox.class);
    String all = inspector.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
        .reduce("", (a, b) -> a + "\n" + b);
    String zone = vm.scenario().map().zones().stream().filter(z -> z.id().equals(actor.homeZone())).findFirst()
        .orElseThrow().name();
    assertTrue(all.contains("based in " + zone), all);
    assertFalse(all.contains("based in " + actor.homeZone() + "\n") && !zone.equals(actor.homeZone()), all);
  }

  private ExerciseViewModel startAtFirstDecision(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    robot.interact(() -> vm.session().step(48));
    waitFor(20, () -> vm.decisionProperty().get() != null);
    return vm;
  }

  @Test
  void spaceDuringADecisionNeitherAnswersItNorStartsTheExercise(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startAtFirstDecision(robot);
    javafx.scene.control.ToggleButton first = robot.lookup("#option-"
        + vm.decisionProperty().get().point().options().get(0).id()).queryAs(javafx.scene.control.ToggleButton.class);
    assertTrue(robot.lookup("#decision-options").query().isFocused(), "the dilemma has the focus as the dialog opens");
    long tick = vm.snapshotProperty().get().tick();
    robot.type(KeyCode.SPACE);
    robot.type(KeyCode.ENTER);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    Thread.sleep(300);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(vm.decisionProperty().get() != null, "the decision is still open");
    assertTrue(vm.log().choices().isEmpty(), "neither Space nor Enter pressed before moving to an option chose one");
    assertEquals(tick, vm.snapshotProperty().get().tick(), "Space did not start the exercise");

    robot.type(KeyCode.TAB);
    assertTrue(first.isFocused(), "Tab moves from the dilemma to the first option");
    robot.type(KeyCode.SPACE);
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    Thread.sleep(300);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(first.isSelected(), "Space does not choose the focused option");
    assertTrue(vm.log().choices().isEmpty(), "nothing was chosen");
    assertEquals(tick, vm.snapshotProperty().get().tick(), "Space did not start the exercise");

    robot.type(KeyCode.ENTER);
    assertTrue(first.isSelected(), "Enter chooses the focused option");
    assertTrue(vm.decisionProperty().get() != null, "choosing alone does not answer: a confirm follows");
    robot.type(KeyCode.ENTER);
    waitFor(10, () -> vm.log().choices().size() == 1);
    assertEquals(first.getId(), "#option-".substring(1) + vm.log().choices().get(0).option());
  }

  @Test
  void enterHeldOnToNextDayNeitherAnswersTheDecisionItReachesNorLosesTheFocus(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    Button day = robot.lookup("#step-day").queryButton();
    robot.interact(day::requestFocus);
    for (int i = 0; i < 12 && vm.decisionProperty().get() == null; i++) {
      robot.type(KeyCode.ENTER);
      WaitForAsyncUtils.waitForFxEvents();
      Thread.sleep(150);
    }
    waitFor(20, () -> vm.decisionProperty().get() != null);
    robot.type(KeyCode.ENTER);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    Thread.sleep(300);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(vm.decisionProperty().get() != null && vm.log().choices().isEmpty(),
        "the Enter meant for the day's step chose no option");

    // Each key once the one before has moved the focus, so that a lost key fails where it was lost.
    javafx.scene.control.ToggleButton first = robot.lookup("#option-"
        + vm.decisionProperty().get().point().options().get(0).id()).queryAs(javafx.scene.control.ToggleButton.class);
    robot.type(KeyCode.TAB);
    waitFor(10, first::isFocused);
    robot.type(KeyCode.ENTER);
    Button confirm = robot.lookup("#decision-confirm").queryButton();
    waitFor(10, confirm::isFocused);
    robot.type(KeyCode.ENTER);
    waitFor(10, () -> vm.log().choices().size() == 1);
    waitFor(10, () -> vm.decisionProperty().get() == null && day.isFocused());
    assertTrue(day.isFocused(), "the focus is back on the day's step, where the keyboard user left it");
  }

  @Test
  void anOptionTheDayCannotPayForIsRefusedWithTheReason(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startAtFirstDecision(robot);
    var d = vm.decisionProperty().get();
    org.liaison.scenario.DecisionOption dearest = d.point().options().stream()
        .max(java.util.Comparator.comparingDouble(vm::optionCost)).orElseThrow();
    double cheapest = d.point().options().stream().mapToDouble(vm::optionCost).min().orElseThrow();
    // Spend staff-hours on liaison officers until the dearest option no longer fits but the cheapest does.
    for (ActionCatalogue.Entry e : vm.catalogue()) {
      if (e.available() && e.type() == ActionType.ASSIGN_LIAISON_OFFICER
          && vm.budgetLeft() - e.cost() >= cheapest && vm.budgetLeft() >= vm.optionCost(dearest)) {
        java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
        vm.session().take(vm.actingRoleProperty().get(), e.action(), r -> done.complete(r.taken()));
        assertTrue(done.get(10, TimeUnit.SECONDS));
        waitFor(10, () -> Math.abs(vm.snapshotProperty().get().budgetLeft() - vm.budgetLeft()) < 1e-9);
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
      }
    }
    double left = vm.budgetLeft();
    assertTrue(vm.optionCost(dearest) > left, "the test spent enough: " + left + " left");
    javafx.scene.control.ToggleButton button = robot.lookup("#option-" + dearest.id())
        .queryAs(javafx.scene.control.ToggleButton.class);
    assertTrue(button.isDisabled(), "the option over budget cannot be chosen");
    Label reason = robot.lookup("#option-reason-" + dearest.id()).queryAs(Label.class);
    assertEquals(String.format(Locale.ROOT, "Cannot be chosen: needs %.1f staff-hours, %.1f left today. "
        + "End a standing arrangement or choose another option.", vm.optionCost(dearest), left), reason.getText());
    robot.interact(() -> assertFalse(vm.decide(dearest.id()), "the view model refuses it too"));
    assertTrue(vm.statusProperty().get().contains(dearest.label()), vm.statusProperty().get());
    assertTrue(vm.log().choices().isEmpty());
    Label budget = robot.lookup("#decision-budget").queryAs(Label.class);
    assertTrue(budget.getText().startsWith(String.format(Locale.ROOT, "Staff-hours left today: %.1f of", left)),
        budget.getText());
  }

  @Test
  void spaceOnAFocusedButtonPressesThatButtonAndDoesNotStartPlay(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    Button hour = robot.lookup("#step-hour").queryButton();
    robot.interact(hour::requestFocus);
    robot.type(KeyCode.SPACE);
    waitFor(10, () -> vm.snapshotProperty().get().tick() == 1 && !vm.session().isPlaying());
    Thread.sleep(300);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, vm.snapshotProperty().get().tick(), "Space pressed the focused button, one hour, no more");
    assertFalse(vm.playingProperty().get());
  }

  @Test
  void theStaffHoursPanelListsStandingArrangementsWithTheirDailyCost(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    ActionCatalogue.Entry officer = vm.catalogue().stream()
        .filter(e -> e.available() && e.type() == ActionType.ASSIGN_LIAISON_OFFICER).findFirst().orElseThrow();
    java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
    vm.session().take(vm.actingRoleProperty().get(), officer.action(), r -> done.complete(r.taken()));
    assertTrue(done.get(10, TimeUnit.SECONDS));
    waitFor(10, () -> vm.snapshotProperty().get().standingPerDay() == officer.cost());
    robot.interact(() -> robot.lookup("#side-tabs").queryAs(javafx.scene.control.TabPane.class)
        .getSelectionModel().select(3));
    VBox commitments = robot.lookup("#commitments").queryAs(VBox.class);
    assertEquals(1, commitments.getChildren().size());
    String line = ((Label) ((javafx.scene.layout.HBox) commitments.getChildren().get(0)).getChildren().get(0)).getText();
    assertEquals(String.format(Locale.ROOT, "Assign a liaison officer, %s: %.1f h a day, since day 1 (%s)",
        officer.label(), officer.cost(), vm.scenario().metadata().roles().get(0).title()), line);
    Label capacity = robot.lookup("#capacity").queryAs(Label.class);
    double per = vm.snapshotProperty().get().budgetPerDay();
    assertEquals(String.format(Locale.ROOT, "%.0f of %.0f staff-h left", per - officer.cost(), per), capacity.getText());
  }

  @Test
  void theArrowKeysOnTheMapSelectActorsInTurn(FxRobot robot) throws Exception {
    ExerciseViewModel vm = startExercise(robot);
    waitFor(10, () -> vm.snapshotProperty().get() != null);
    robot.interact(() -> robot.lookup("#map").query().requestFocus());
    robot.type(KeyCode.RIGHT);
    assertEquals(vm.scenario().actors().get(0).id(), vm.selectedActorProperty().get());
    robot.type(KeyCode.RIGHT);
    assertEquals(vm.scenario().actors().get(1).id(), vm.selectedActorProperty().get());
    robot.type(KeyCode.LEFT);
    assertEquals(vm.scenario().actors().get(0).id(), vm.selectedActorProperty().get());
    Label name = robot.lookup("#inspector-name").queryAs(Label.class);
    assertEquals(vm.scenario().actors().get(0).name(), name.getText());
  }

  @Test
  void theLanguageSwitchRedrawsTheScreensInFrench(FxRobot robot) throws Exception {
    try {
      ComboBox<java.util.Locale> language = robot.lookup("#language").queryComboBox();
      robot.interact(() -> language.setValue(java.util.Locale.FRENCH));
      assertEquals("Français", robot.lookup("#language").queryComboBox().getConverter()
          .toString(java.util.Locale.FRENCH));
      ExerciseViewModel vm = startExercise(robot);
      waitFor(10, () -> vm.snapshotProperty().get() != null);
      assertEquals("← Bibliothèque", robot.lookup("#back-to-library").queryButton().getText());
      assertTrue(robot.lookup("#capacity").queryAs(Label.class).getText().endsWith("h-p restantes sur 48"),
          robot.lookup("#capacity").queryAs(Label.class).getText());
    } finally {
      robot.interact(() -> app.setLanguage(java.util.Locale.ENGLISH));
    }
  }
}
