package org.liaison.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.server.ExerciseServer;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.ui.exercise.ActionCatalogue;
import org.liaison.ui.exercise.RemoteSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The join screen and the control console against a real server on loopback, headless through Monocle. */
@ExtendWith(ApplicationExtension.class)
class NetworkScreensTest {
  private static final Path SCENARIO = LoopbackExercise.UKRAINE;
  private LoopbackExercise exercise;
  private ExerciseServer server;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    exercise = LoopbackExercise.start(stage, SCENARIO, 1400, 860);
    server = exercise.server();
  }

  @AfterEach
  void stop() throws Exception {
    exercise.close();
    org.liaison.ui.I18n.setLocale(java.util.Locale.ENGLISH);
  }

  /** Shows the join screen again in French, as {@code --lang fr} starts it. */
  private void inFrench(FxRobot robot) {
    robot.interact(() -> {
      org.liaison.ui.I18n.setLocale(java.util.Locale.FRENCH);
      exercise.showJoinScreen();
    });
  }

  @Test
  void aWrongCodeAndAnObserversForbiddenActAreSaidInFrenchWithNoEnglish(FxRobot robot) throws Exception {
    inFrench(robot);
    join(robot, "AAAA-BBBB-CCCC", "Mallory");
    waitFor(() -> robot.lookup("#join-status").queryAs(Label.class).getText()
        .equals("Impossible de rejoindre : ce code n’ouvre aucun siège de cet exercice"));

    robot.interact(() -> {
      exercise.vm().addressProperty().set("");
      exercise.vm().codeProperty().set("");
      exercise.vm().participantProperty().set("");
    });
    join(robot, server.codes().get("observer"), "Evaluator");
    waitFor(() -> robot.lookup("#console-status").tryQuery().isPresent() && exercise.vm().welcomeProperty().get() != null);
    // The resume button is off for an observer; the server still refuses the act if it is sent.
    robot.interact(exercise.vm()::resume);
    Label status = robot.lookup("#console-status").queryAs(Label.class);
    waitFor(() -> status.getText().startsWith("Refusé"));
    assertEquals("Refusé : un siège d’observateur peut prendre des notes mais pas piloter l’exercice", status.getText());
    assertTrue(!status.getText().contains("observer's seat") && !status.getText().contains("steer"), status.getText());
  }

  @Test
  void aRefusedControlActIsSaidInFrenchOnTheConsoleAndInItsLog(FxRobot robot) throws Exception {
    inFrench(robot);
    join(robot, server.codes().get("control"), "Ines");
    waitFor(() -> robot.lookup("#console-msel").tryQuery().isPresent());
    ComboBox<InjectForm.Choice> disposition = robot.lookup("#console-disposition-name").queryComboBox();
    assertEquals(java.util.List.of("Hostilité", "Griefs", "Esprit de coopération", "Respect du DIH"),
        disposition.getItems().stream().map(InjectForm.Choice::name).toList());
    ComboBox<InjectForm.Choice> parameter = robot.lookup("#console-parameter-name").queryComboBox();
    robot.interact(() -> parameter.getItems().stream().filter(c -> c.id().equals("displacementPerCasualty"))
        .forEach(parameter::setValue));
    assertEquals("Déplacés par victime", parameter.getValue().name());
    assertEquals("Personnes déplacées par victime civile.",
        robot.lookup("#console-parameter-about").queryAs(Label.class).getText());
    assertEquals("Personnes déplacées par victime civile.", parameter.getAccessibleHelp());
    assertTrue(robot.lookup("#console-parameter-value").queryAs(javafx.scene.control.TextField.class).getPromptText()
        .startsWith("actuellement "));
    TableView<SeatView.MselEntry> msel = robot.lookup("#console-msel").queryTableView();
    waitFor(() -> !msel.getItems().isEmpty());
    int number = msel.getItems().get(msel.getItems().size() - 1).number();
    robot.interact(() -> exercise.vm().fire(number));
    waitFor(() -> msel.getItems().stream().anyMatch(e -> e.number() == number && e.state().equals("fired")));
    robot.interact(() -> exercise.vm().fire(number));
    String french = "l’entrée " + number + " de la MSEL a déjà été déclenchée ou annulée";
    Label status = robot.lookup("#console-status").queryAs(Label.class);
    waitFor(() -> status.getText().equals("Refusé : " + french));
    waitFor(() -> robot.lookup("#console-log").queryListView().getItems().stream()
        .anyMatch(l -> l.toString().endsWith(french)));
    assertTrue(robot.lookup("#console-log").queryListView().getItems().stream()
        .noneMatch(l -> l.toString().contains("has already fired")), "no English refusal in the console's log");
    assertTrue(robot.lookup("#console-log").queryListView().getItems().stream()
        .anyMatch(l -> l.toString().equals("h0 Ines : a déclenché l’entrée " + number + " de la MSEL")),
        "the control act in French words: " + robot.lookup("#console-log").queryListView().getItems());
  }

  /**
   * Scrolls the control into sight, as a person scrolls the inject form's column when the form is
   * taller than the window (its lists keep three whole rows), and gives it back to click on.
   */
  private static javafx.scene.Node inView(FxRobot robot, String id) {
    javafx.scene.Node node = robot.lookup(id).query();
    robot.interact(() -> {
      for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
        if (p instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
          double seen = pane.getViewportBounds().getHeight();
          double hidden = pane.getContent().getLayoutBounds().getHeight() - seen;
          if (hidden > 0) {
            double bottom = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMaxY();
            pane.setVvalue(Math.max(0, Math.min(hidden, bottom - seen)) / hidden);
          }
          return;
        }
      }
    });
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    return node;
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    LoopbackExercise.waitFor(condition);
  }

  private void join(FxRobot robot, String code, String name) {
    exercise.typeAndJoin(robot, code, name);
  }

  @Test
  void aWrongCodeIsRefusedOnTheJoinScreen(FxRobot robot) throws Exception {
    join(robot, "AAAA-BBBB-CCCC", "Mallory");
    waitFor(() -> robot.lookup("#join-status").queryAs(Label.class).getText().contains("opens no seat"));
    assertTrue(robot.lookup("#join-button").tryQuery().isPresent(), "still on the join screen");
  }

  @Test
  void aTraineePlaysTheExerciseScreenOnWhatHerRoleMaySee(FxRobot robot) throws Exception {
    join(robot, server.codes().get("head-of-office"), "Petra");
    waitFor(() -> robot.lookup("#exercise").tryQuery().isPresent());
    Label status = robot.lookup("#seat-status").queryAs(Label.class);
    waitFor(() -> status.getText().equals("Paused by exercise control"));
    assertTrue(robot.lookup("#clock").queryAs(Label.class).getText().startsWith("Day 1 of "),
        robot.lookup("#clock").queryAs(Label.class).getText());
    assertTrue(robot.lookup("#play").tryQuery().isEmpty(), "the clock is exercise control's: no play button");
    waitFor(() -> robot.lookup("#side-tabs").tryQuery().isPresent() && robot.lookup("#action-list").tryQuery().isPresent());
    TabPane tabs = robot.lookup("#side-tabs").queryAs(TabPane.class);
    assertTrue(tabs.getTabs().stream().noneMatch(t -> t.getText().equals("Indicators")),
        "a role's seat gets no indicators, so it shows no charts");
    ComboBox<?> role = robot.lookup("#acting-role").queryAs(ComboBox.class);
    assertEquals("head-of-office", role.getValue());
    assertTrue(role.isDisabled(), "a seat acts for its own role only");

    // An action from the same action panel as at a hot seat goes to the server in the seat's role.
    ComboBox<ActionType> type = robot.lookup("#action-type").queryAs(ComboBox.class);
    robot.interact(() -> type.setValue(ActionType.SHARE_INFORMATION));
    ListView<ActionCatalogue.Entry> list = robot.lookup("#action-list").queryAs(ListView.class);
    waitFor(() -> list.getItems().stream().anyMatch(ActionCatalogue.Entry::available));
    ActionCatalogue.Entry entry = list.getItems().stream().filter(ActionCatalogue.Entry::available).findFirst().orElseThrow();
    robot.interact(() -> list.getSelectionModel().select(entry));
    robot.clickOn("#order");
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> "head-of-office".equals(e.role())
        && e.kind() == DecisionLog.Kind.ACTION && e.taken() && e.action().equals(entry.action())));
    waitFor(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Done: Share information"));

    // Control resumes; at noon the role's decision point opens the same modal step, and the choice goes to the server.
    try (RemoteSession control = exercise.joinedSession("control", "Ines")) {
      control.control(ControlAct.resume());
      waitFor(() -> robot.lookup("#decision").tryQuery().isPresent());
      waitFor(() -> robot.lookup("#option-both-languages").tryQuery().isPresent());
      assertEquals("Waiting for your decision", status.getText());
      // Chosen and confirmed through the controls themselves: pointer clicks on the modal step
      // missed it in some headless runs.
      javafx.scene.control.ToggleButton option = robot.lookup("#option-both-languages").queryAs(javafx.scene.control.ToggleButton.class);
      javafx.scene.control.Button confirm = robot.lookup("#decision-confirm").queryAs(javafx.scene.control.Button.class);
      robot.interact(() -> option.setSelected(true));
      waitFor(() -> !confirm.isDisabled());
      robot.interact(confirm::fire);
      waitFor(() -> server.exercise().decisionLog().choices().stream().anyMatch(e -> "dp-language".equals(e.point())
          && "both-languages".equals(e.option()) && "head-of-office".equals(e.role())));
      // The clock runs on once the choice is in, so the role's next decision point may already be
      // up: what must go is this one.
      waitFor(() -> robot.lookup("#option-both-languages").tryQuery().isEmpty());
    }
  }

  /**
   * The staff-hours are the mission's, so a seat's budget lists every role's standing arrangements
   * that make up its standing total, each with the role that holds it; only that role's seat can end it.
   */
  @Test
  void aSeatsBudgetListsEveryRolesCommitmentsAndEndsOnlyItsOwn(FxRobot robot) throws Exception {
    join(robot, server.codes().get("head-of-office"), "Olena");
    waitFor(() -> robot.lookup("#commitments").tryQuery().isPresent());
    try (RemoteSession patrol = exercise.joinedSession("patrol-leader", "Petra")) {
      waitFor(() -> patrol.latestView() != null && patrol.latestView().available() != null);
      var officer = patrol.latestView().available().stream()
          .filter(a -> a.type() == ActionType.ASSIGN_LIAISON_OFFICER && a.allowed()).findFirst().orElseThrow();
      java.util.concurrent.atomic.AtomicReference<org.liaison.policy.ActionResult> taken = new java.util.concurrent.atomic.AtomicReference<>();
      patrol.take("patrol-leader", officer.candidates().get(0), taken::set);
      waitFor(() -> taken.get() != null);
      assertTrue(taken.get().taken(), taken.get().reason());
    }
    VBox commitments = robot.lookup("#commitments").queryAs(VBox.class);
    waitFor(() -> commitments.getChildren().size() == 1 && commitments.getChildren().get(0) instanceof HBox);
    HBox row = (HBox) commitments.getChildren().get(0);
    String text = ((Label) row.getChildren().get(0)).getText();
    assertTrue(text.contains("Patrol team leader") && text.startsWith("Assign a liaison officer"), text);
    javafx.scene.control.Button end = (javafx.scene.control.Button) row.getChildren().get(1);
    assertTrue(end.isDisabled(), "another role's arrangement cannot be ended from this seat");
    assertEquals("made by Patrol team leader; only that role can end it", end.getTooltip().getText());
    double perDay = server.exercise().arrangements().get(0).perDay();
    String summary = robot.lookup("#budget-summary").queryAs(Label.class).getText();
    assertTrue(summary.contains(String.format(java.util.Locale.ENGLISH, "%.1f", perDay)), summary);
  }

  /**
   * While another role decides, a seat is told whose decision the clock waits for, by the point's
   * title and the role's title. With {@code -Dliaison.screenshots=DIR} this is the screenshot
   * {@code networked-seat.png}: the force commander's seat of the Somalia scenario at 1440 x 900.
   */
  @Test
  void aSeatSeesWhoseDecisionTheClockWaitsFor(FxRobot robot) throws Exception {
    Path somalia = Path.of("..", "scenarios", "somalia-lower-shabelle.yaml");
    LoopbackExercise seat = org.testfx.util.WaitForAsyncUtils.asyncFx(
        () -> LoopbackExercise.start(stage, somalia, 1440, 900)).get();
    try (seat) {
      seat.join(robot, seat.code("force-commander"), "Amina Warsame");
      waitFor(() -> robot.lookup("#exercise").tryQuery().isPresent() && robot.lookup("#action-list").tryQuery().isPresent());
      Label status = robot.lookup("#seat-status").queryAs(Label.class);
      try (RemoteSession control = seat.joinedSession("control", "Ines")) {
        control.control(ControlAct.speed(0));
        control.control(ControlAct.resume());
        waitFor(() -> status.getText().startsWith("Waiting for another role"));
      }
      assertEquals("Waiting for another role: Where the first week's coordination hours go (Civil affairs officer)",
          status.getText());
      String clock = robot.lookup("#clock").queryAs(Label.class).getText();
      assertTrue(clock.startsWith("Day 1 of 21, 15:00"), "the clock waits at the hour after the point opened: " + clock);

      // The action panel as a participant leaves it: an action type chosen, one of its targets selected.
      ComboBox<ActionType> type = robot.lookup("#action-type").queryComboBox();
      robot.interact(() -> type.setValue(ActionType.ASSIGN_LIAISON_OFFICER));
      ListView<ActionCatalogue.Entry> list = robot.lookup("#action-list").queryListView();
      waitFor(() -> list.getItems().stream().anyMatch(ActionCatalogue.Entry::available));
      robot.interact(() -> {
        list.getSelectionModel().select(1);
        list.scrollTo(0);
      });
      ListView<?> inbox = robot.lookup("#inbox").queryListView();
      robot.interact(() -> inbox.getSelectionModel().select(0));
      budget(robot, stage.getScene().getRoot());
      String shots = System.getProperty("liaison.screenshots");
      if (shots != null) {
        org.liaison.ui.Screenshots.shot(stage, Path.of(shots, "networked-seat.png"));
      }
    }
  }

  @Test
  void theControlConsoleResumesTheClockAndFiresAnMselEntry(FxRobot robot) throws Exception {
    join(robot, server.codes().get("control"), "Ines");
    waitFor(() -> robot.lookup("#console-msel").tryQuery().isPresent());
    TableView<SeatView.MselEntry> msel = robot.lookup("#console-msel").queryTableView();
    waitFor(() -> !msel.getItems().isEmpty());
    TableView<SeatView.Seat> seats = robot.lookup("#console-seats").queryTableView();
    assertEquals(5, seats.getItems().size(), "three roles, control and observers");
    int last = msel.getItems().size() - 1;
    int number = msel.getItems().get(last).number();
    robot.interact(() -> msel.getSelectionModel().select(last));
    robot.clickOn("#console-fire");
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null
        && e.control().type() == ControlAct.Type.FIRE && e.control().entry() == number && e.taken()));
    waitFor(() -> msel.getItems().stream().anyMatch(e -> e.number() == number && e.state().equals("fired")));
    robot.clickOn("#console-note-about").write("Petra");
    robot.clickOn("#console-note-text").write("asked for the elders' view first");
    robot.clickOn("#console-note");
    robot.clickOn("#console-resume");
    waitFor(() -> server.exercise().completed() > 0);
    waitFor(() -> robot.lookup("#console-log").queryListView().getItems().stream()
        .anyMatch(l -> l.toString().equals("h0 Ines: observer note on Petra")));
    assertTrue(robot.lookup("#console-log").queryListView().getItems().stream()
        .anyMatch(l -> l.toString().equals("h0 Ines: fired MSEL entry " + number)), "control acts said, not coded");
    String shots = System.getProperty("liaison.screenshots");
    if (shots != null) {
      robot.clickOn("#console-pause");
      waitFor(() -> robot.lookup("#console-clock").queryAs(Label.class).getText().contains("paused"));
      org.liaison.ui.Screenshots.shot(stage, Path.of(shots, "control-console.png"));
    }
  }

  @Test
  void theConsoleSetsADispositionAndAParameterChosenByNameAndShowsNoCode(FxRobot robot) throws Exception {
    join(robot, server.codes().get("control"), "Ines");
    waitFor(() -> robot.lookup("#console-parameter-name").tryQuery().isPresent());
    ComboBox<InjectForm.Choice> actor = robot.lookup("#console-disposition-actor").queryComboBox();
    ComboBox<InjectForm.Choice> disposition = robot.lookup("#console-disposition-name").queryComboBox();
    ComboBox<InjectForm.Choice> parameter = robot.lookup("#console-parameter-name").queryComboBox();
    javafx.scene.control.TextField parameterValue = robot.lookup("#console-parameter-value")
        .queryAs(javafx.scene.control.TextField.class);
    assertEquals(java.util.List.of("Hostility", "Grievance", "Cooperativeness", "IHL compliance"),
        disposition.getItems().stream().map(InjectForm.Choice::name).toList());
    assertEquals(Adjustables.parameters().size(), parameter.getItems().size(), "every numeric parameter offered");
    assertTrue(!parameter.isEditable(), "a parameter is chosen, not typed");
    String actorName = actor.getItems().get(0).name();
    robot.interact(() -> {
      actor.getSelectionModel().selectFirst();
      disposition.getItems().stream().filter(c -> c.name().equals("Grievance")).forEach(disposition::setValue);
      parameter.getItems().stream().filter(c -> c.name().equals("Trust forgetting per day")).forEach(parameter::setValue);
    });
    double scenarioValue = ScenarioReader.read(SCENARIO).parameters().trustForgettingPerDay();
    assertEquals("now " + new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(
        java.util.Locale.ENGLISH)).format(scenarioValue), parameterValue.getPromptText(), "the value in force");
    // What the parameter does, from the model, in the form for a keyboard and a screen reader alike.
    Label about = robot.lookup("#console-parameter-about").queryAs(Label.class);
    assertTrue(about.getText().startsWith("Share of trust evidence kept"), about.getText());
    assertEquals(about.getText(), parameter.getAccessibleHelp());
    // The chosen actor's disposition in force, as the engine holds it.
    Label inForce = robot.lookup("#console-disposition-now").queryAs(Label.class);
    String actorId = actor.getItems().get(0).id();
    double grievance = server.exercise().snapshot().actors().stream().filter(a -> a.id().equals(actorId))
        .findFirst().orElseThrow().dispositions().get("grievance");
    waitFor(() -> inForce.getText().equals("Grievance of " + actorName + " in force: "
        + new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
            .format(grievance)));
    assertEquals(inForce.getText(), disposition.getAccessibleHelp());
    robot.clickOn("#console-disposition-value").write("0.4");
    robot.clickOn("#console-disposition");
    robot.clickOn("#console-parameter-value").write("0.9");
    robot.clickOn("#console-parameter");
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null && e.taken()
        && e.control().type() == ControlAct.Type.DISPOSITION && e.control().name().equals("grievance")
        && e.control().value() == 0.4 && e.control().actor().equals(actor.getItems().get(0).id())));
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null && e.taken()
        && e.control().type() == ControlAct.Type.PARAMETER && e.control().name().equals("trustForgettingPerDay")
        && e.control().value() == 0.9));
    ListView<?> log = robot.lookup("#console-log").queryListView();
    waitFor(() -> log.getItems().stream().anyMatch(l -> l.toString()
        .endsWith("Ines: set the parameter “Trust forgetting per day” to 0.9")));
    assertTrue(log.getItems().stream().anyMatch(l -> l.toString()
        .endsWith("Ines: set the disposition “Grievance” of " + actorName + " to 0.4")), String.valueOf(log.getItems()));
    waitFor(() -> parameterValue.getPromptText().equals("now 0.9"));
    waitFor(() -> inForce.getText().equals("Grievance of " + actorName + " in force: 0.4"));
    robot.interact(() -> disposition.getItems().stream().filter(c -> c.name().equals("Hostility"))
        .forEach(disposition::setValue));
    assertTrue(inForce.getText().matches("Hostility of .* in force: [0-9.]+; its hostility now, [0-9.]+, moves towards it"),
        inForce.getText());

    // Codes written as one camel-case word are never words of the scenario's texts: none may show.
    List<String> codes = new java.util.ArrayList<>(Adjustables.parameters());
    codes.addAll(Adjustables.dispositions());
    codes.removeIf(c -> c.equals(c.toLowerCase(java.util.Locale.ROOT)));
    List<String> shown = visibleTexts(stage.getScene().getRoot());
    assertEquals(List.of(), shown.stream().filter(text -> codes.stream().anyMatch(text::contains)).toList());
    assertEquals(1, shown.stream().filter(text -> text.contains("Seated as exercise control (Ines)")).count(),
        "the seat said once, by a name: " + shown.stream().filter(text -> text.contains("Seated")).toList());
  }

  /** Every text the console shows: labels, cells, buttons, and fields' texts and prompts. */
  private static List<String> visibleTexts(javafx.scene.Parent parent) {
    List<String> out = new java.util.ArrayList<>();
    for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
      if (!n.isVisible()) {
        continue;
      }
      if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
        out.add(l.getText());
      }
      // A table's cell shows its text as a wrapping graphic.
      if (n instanceof javafx.scene.text.Text t && t.getParent() instanceof javafx.scene.control.TableCell<?, ?>) {
        out.add(t.getText());
      }
      if (n instanceof javafx.scene.control.TextInputControl f) {
        out.add(f.getText());
        out.add(f.getPromptText() == null ? "" : f.getPromptText());
      }
      if (n instanceof javafx.scene.Parent p) {
        out.addAll(visibleTexts(p));
      }
    }
    return out;
  }

  @Test
  void theConsoleSendsANetworkOutageAndARoadClosureChosenByName(FxRobot robot) throws Exception {
    join(robot, server.codes().get("control"), "Ines");
    waitFor(() -> robot.lookup("#console-effect").tryQuery().isPresent());
    ComboBox<org.liaison.scenario.EffectKind> effect = robot.lookup("#console-effect").queryComboBox();
    ComboBox<org.liaison.scenario.Medium> medium = robot.lookup("#console-effect-medium").queryComboBox();
    ListView<InjectForm.Choice> area = robot.lookup("#console-effect-zones").queryListView();
    ListView<InjectForm.Choice> to = robot.lookup("#console-inject-to").queryListView();
    assertTrue(medium.isDisabled(), "no medium until an outage is chosen");
    robot.interact(() -> effect.setValue(org.liaison.scenario.EffectKind.MEDIUM_DOWN));
    assertTrue(!medium.isDisabled() && robot.lookup("#console-effect-zone").query().isDisabled());
    assertTrue(area.getItems().stream().anyMatch(c -> c.name().equals("Zarichne village (west, frontline)")),
        "zones by their names");
    String title = ScenarioReader.read(SCENARIO).metadata().roles().get(0).title();
    assertTrue(to.getItems().stream().anyMatch(c -> c.name().equals(title)), "roles by title");
    robot.interact(() -> {
      medium.setValue(org.liaison.scenario.Medium.MOBILE);
      area.getItems().stream().filter(c -> c.id().equals("zarichne") || c.id().equals("novopilske"))
          .forEach(c -> area.getSelectionModel().select(c));
      to.getItems().stream().filter(c -> c.id().equals("patrol-leader")).forEach(c -> to.getSelectionModel().select(c));
    });
    robot.clickOn(inView(robot, "#console-inject-message")).write("Mobile network down west of the line.");
    robot.clickOn(inView(robot, "#console-effect-hours")).write("18");
    robot.clickOn(inView(robot, "#console-send"));
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null && e.taken()
        && e.control().type() == ControlAct.Type.INJECT && e.control().effects().get(0).kind()
            == org.liaison.scenario.EffectKind.MEDIUM_DOWN
        && e.control().effects().get(0).medium() == org.liaison.scenario.Medium.MOBILE
        && e.control().effects().get(0).hours() == 18
        && java.util.Set.copyOf(e.control().effects().get(0).zones()).equals(java.util.Set.of("zarichne", "novopilske"))
        && e.control().to().equals(java.util.List.of("patrol-leader"))));

    ComboBox<InjectForm.Choice> roadFrom = robot.lookup("#console-effect-road-from").queryComboBox();
    ComboBox<InjectForm.Choice> roadTo = robot.lookup("#console-effect-road-to").queryComboBox();
    robot.interact(() -> {
      effect.setValue(org.liaison.scenario.EffectKind.ROAD_CLOSED);
      roadFrom.getItems().stream().filter(c -> c != null && c.id().equals("novopilske")).forEach(roadFrom::setValue);
      roadTo.getItems().stream().filter(c -> c != null && c.id().equals("zarichne")).forEach(roadTo::setValue);
    });
    robot.clickOn(inView(robot, "#console-send"));
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null && e.taken()
        && e.control().type() == ControlAct.Type.INJECT && e.control().effects().get(0).kind()
            == org.liaison.scenario.EffectKind.ROAD_CLOSED
        && e.control().effects().get(0).between().equals(java.util.List.of("novopilske", "zarichne"))
        && e.control().effects().get(0).zone() == null && e.control().effects().get(0).hours() == 18));
  }

  @Test
  void anObserverTakesNotesButCannotSteer(FxRobot robot) throws Exception {
    join(robot, server.codes().get("observer"), "Evaluator");
    waitFor(() -> robot.lookup("#console-note").tryQuery().isPresent());
    assertTrue(robot.lookup("#console-resume").query().isDisabled());
    assertTrue(robot.lookup("#console-send").query().isDisabled());
    robot.clickOn("#console-note-about").write("Petra");
    robot.clickOn("#console-note-text").write("checked the route with the volunteers");
    robot.clickOn("#console-note");
    waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.control() != null && e.taken()
        && e.control().type() == ControlAct.Type.NOTE && "Evaluator".equals(e.by())
        && e.control().text().equals("checked the route with the volunteers")));
  }

  private long injects() {
    return server.exercise().decisionLog().entries().stream()
        .filter(e -> e.control() != null && e.control().type() == ControlAct.Type.INJECT).count();
  }

  @Test
  void theInjectFormNamesAWrongFieldAndWhatItAllowsAndSendsNothing(FxRobot robot) throws Exception {
    join(robot, server.codes().get("control"), "Ines");
    waitFor(() -> robot.lookup("#console-effect").tryQuery().isPresent());
    ComboBox<org.liaison.scenario.EffectKind> effect = robot.lookup("#console-effect").queryComboBox();
    ComboBox<InjectForm.Choice> zone = robot.lookup("#console-effect-zone").queryComboBox();
    ComboBox<InjectForm.Choice> channel = robot.lookup("#console-effect-channel").queryComboBox();
    javafx.scene.control.TextField amount = robot.lookup("#console-effect-amount").queryAs(javafx.scene.control.TextField.class);
    javafx.scene.control.TextField hours = robot.lookup("#console-effect-hours").queryAs(javafx.scene.control.TextField.class);
    javafx.scene.control.TextField message = robot.lookup("#console-inject-message").queryAs(javafx.scene.control.TextField.class);
    Label problem = robot.lookup("#console-inject-problem").queryAs(Label.class);
    javafx.scene.control.Button send = robot.lookup("#console-send").queryButton();

    robot.interact(send::fire);
    assertEquals("Nothing to send: write a message or choose a scripted event.", problem.getText());

    robot.interact(() -> message.setText("Water trucks turned back at the checkpoint."));
    robot.interact(send::fire);
    assertEquals("To: choose at least one role or actor to receive the message.", problem.getText());
    robot.interact(() -> message.setText(""));

    robot.interact(() -> {
      effect.setValue(org.liaison.scenario.EffectKind.CHANGE_NEED);
      amount.setText("0.2");
    });
    robot.interact(send::fire);
    assertEquals("Zone: this event needs one; choose it from the list.", problem.getText());

    robot.interact(() -> {
      zone.getItems().stream().filter(c -> c != null && c.id().equals("zarichne")).forEach(zone::setValue);
      amount.setText("lots");
    });
    robot.interact(send::fire);
    assertEquals("Amount: \"lots\" is not a number; allowed: -1 to 1.", problem.getText());
    robot.interact(() -> amount.setText("3"));
    robot.interact(send::fire);
    assertEquals("Amount: 3 is out of range; allowed: -1 to 1.", problem.getText());
    robot.interact(() -> amount.setText(""));
    robot.interact(send::fire);
    assertEquals("Amount: this event needs a number; allowed: -1 to 1.", problem.getText());

    robot.interact(() -> {
      effect.setValue(org.liaison.scenario.EffectKind.CHANNEL_DOWN);
      channel.setValue(channel.getItems().get(1));
      hours.setText("2.5");
    });
    robot.interact(send::fire);
    assertEquals("Hours: \"2.5\" is not a whole number; allowed: 1 to 8760 hours, a whole number.", problem.getText());
    robot.interact(() -> hours.setText("0"));
    robot.interact(send::fire);
    assertEquals("Hours: 0 is out of range; allowed: 1 to 8760 hours, a whole number.", problem.getText());

    robot.interact(() -> {
      effect.setValue(org.liaison.scenario.EffectKind.PREPARE_ATTACK);
      ComboBox<InjectForm.Choice> actor = robot.lookup("#console-effect-actor").queryComboBox();
      actor.getItems().stream().filter(c -> c != null && c.id().equals("pravo")).forEach(actor::setValue);
    });
    robot.interact(send::fire);
    assertTrue(problem.getText().startsWith("Actor: ") && problem.getText().endsWith(
        " is not an armed faction; only an armed faction prepares attacks."), problem.getText());

    // The console's other numbers are checked the same way, under the live adjustments.
    Label consoleProblem = robot.lookup("#console-problem").queryAs(Label.class);
    javafx.scene.control.TextField speed = robot.lookup(n -> n instanceof javafx.scene.control.TextField f
        && "1".equals(f.getText())).queryAs(javafx.scene.control.TextField.class);
    robot.interact(() -> speed.setText("fast"));
    robot.interact(() -> robot.lookup("#console-speed").queryButton().fire());
    assertEquals("Speed: \"fast\" is not a number; allowed: 0 or more.", consoleProblem.getText());
    robot.interact(() -> {
      ComboBox<InjectForm.Choice> dispositionActor = robot.lookup("#console-disposition-actor").queryComboBox();
      dispositionActor.getItems().stream().filter(c -> c.id().equals("eaf")).forEach(dispositionActor::setValue);
      robot.lookup("#console-disposition-value").queryAs(javafx.scene.control.TextField.class).setText("1.5");
    });
    robot.interact(() -> robot.lookup("#console-disposition").queryButton().fire());
    assertEquals("Disposition's value: 1.5 is out of range; allowed: 0 to 1.", consoleProblem.getText());
    robot.interact(() -> robot.lookup("#console-parameter-value").queryAs(javafx.scene.control.TextField.class)
        .setText("NaN"));
    robot.interact(() -> robot.lookup("#console-parameter").queryButton().fire());
    assertEquals("Parameter's value: \"NaN\" is not a number; allowed: any number.", consoleProblem.getText());

    // Every refusal stayed on the screen: the first inject that reaches the server is the valid one.
    robot.interact(() -> {
      effect.setValue(org.liaison.scenario.EffectKind.CHANGE_NEED);
      amount.setText("0,25");
    });
    robot.interact(send::fire);
    assertEquals("", problem.getText());
    waitFor(() -> injects() == 1);
    var sent = server.exercise().decisionLog().entries().stream()
        .filter(e -> e.control() != null && e.control().type() == ControlAct.Type.INJECT).findFirst().orElseThrow();
    assertTrue(sent.taken(), String.valueOf(sent.reason()));
    assertEquals("zarichne", sent.control().effects().get(0).zone());
    assertEquals(0.25, sent.control().effects().get(0).amount(), 1e-12, "a decimal comma is read as a point");
    assertTrue(server.exercise().decisionLog().entries().stream().noneMatch(e -> e.control() != null
        && (e.control().type() == ControlAct.Type.SPEED || e.control().type() == ControlAct.Type.DISPOSITION
            || e.control().type() == ControlAct.Type.PARAMETER)), "no refused number reached the server,"
            + " which takes a connection's messages in order");
  }

  @Test
  void anArrangementEndedFromANetworkedSeatFreesTheBudgetOfEverySeatOfItsSide(FxRobot robot) throws Exception {
    join(robot, server.codes().get("head-of-office"), "Petra");
    waitFor(() -> robot.lookup("#action-list").tryQuery().isPresent());
    javafx.scene.Parent petra = stage.getScene().getRoot();

    // A second seat of the same side, on its own window, as on another machine.
    NetworkViewModel other = new NetworkViewModel(r -> new Thread(r).start(), Platform::runLater);
    Stage[] second = new Stage[1];
    robot.interact(() -> {
      second[0] = new Stage();
      second[0].setScene(new Scene(new JoinView(other).root(), 1400, 860));
      second[0].show();
      other.addressProperty().set(exercise.address());
      other.codeProperty().set(server.codes().get("humanitarian-liaison"));
      other.participantProperty().set("Hamid");
      other.join();
    });
    try {
      javafx.scene.Parent hamid = second[0].getScene().getRoot();
      waitFor(() -> robot.from(second[0].getScene().getRoot()).lookup("#exercise").tryQuery().isPresent());

      ComboBox<ActionType> type = robot.from(petra).lookup("#action-type").queryComboBox();
      robot.interact(() -> type.setValue(ActionType.HIRE_INTERPRETERS));
      ListView<ActionCatalogue.Entry> list = robot.from(petra).lookup("#action-list").queryListView();
      waitFor(() -> list.getItems().stream().anyMatch(ActionCatalogue.Entry::available));
      ActionCatalogue.Entry entry = list.getItems().stream().filter(ActionCatalogue.Entry::available).findFirst().orElseThrow();
      robot.interact(() -> list.getSelectionModel().select(entry));
      robot.interact(() -> robot.from(petra).lookup("#order").queryButton().fire());
      waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.taken() && e.action() != null
          && e.action().type() == ActionType.HIRE_INTERPRETERS));
      double cost = server.exercise().snapshot().capacity().standingPerDay();
      assertTrue(cost > 0, "the interpreters cost staff-hours every day");
      String standing = String.format(java.util.Locale.ENGLISH, "%.1f go to standing arrangements", cost);
      String none = "0.0 go to standing arrangements";

      VBox petraCommitments = budget(robot, petra);
      VBox hamidCommitments = budget(robot, hamid);
      Label petraSummary = robot.from(petra).lookup("#budget-summary").queryAs(Label.class);
      Label hamidSummary = robot.from(hamid).lookup("#budget-summary").queryAs(Label.class);
      waitFor(() -> petraSummary.getText().contains(standing) && hamidSummary.getText().contains(standing));
      waitFor(() -> petraCommitments.getChildren().get(0) instanceof HBox);
      javafx.scene.control.Button end = (javafx.scene.control.Button) ((HBox) petraCommitments.getChildren().get(0))
          .getChildren().get(1);
      assertTrue(!end.isDisabled(), "the role that hired them may end it");
      robot.interact(end::fire);
      waitFor(() -> robot.lookup("#end-confirm").tryQuery().isPresent());
      robot.interact(() -> robot.from(petra).lookup("#end-confirm").queryButton().fire());

      waitFor(() -> server.exercise().decisionLog().entries().stream().anyMatch(e -> e.taken() && e.action() != null
          && e.action().type() == ActionType.END_ARRANGEMENT && "head-of-office".equals(e.role())
          && e.action().ends() == ActionType.HIRE_INTERPRETERS));
      assertEquals(0.0, server.exercise().snapshot().capacity().standingPerDay(), 1e-9);
      waitFor(() -> petraSummary.getText().contains(none) && hamidSummary.getText().contains(none));
      waitFor(() -> petraCommitments.getChildren().size() == 1 && petraCommitments.getChildren().get(0) instanceof Label);
      assertTrue(hamidCommitments.getChildren().stream().noneMatch(n -> n instanceof HBox),
          "no standing arrangement is left on the other seat either");
    } finally {
      other.leave();
      robot.interact(second[0]::close);
    }
  }

  /** Opens the seat's budget tab and gives its list of standing arrangements. */
  private static VBox budget(FxRobot robot, javafx.scene.Parent seat) throws Exception {
    TabPane tabs = robot.from(seat).lookup("#side-tabs").queryAs(TabPane.class);
    javafx.scene.control.Tab tab = tabs.getTabs().stream()
        .filter(t -> t.getContent() != null && t.getContent().lookup("#budget") != null).findFirst().orElseThrow();
    robot.interact(() -> tabs.getSelectionModel().select(tab));
    return (VBox) tab.getContent().lookup("#commitments");
  }
}
