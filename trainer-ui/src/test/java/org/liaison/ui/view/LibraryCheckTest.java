package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.engine.TestScenarios;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.CheckViewModel;
import org.liaison.ui.app.ScenarioEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library's sanity check, run from the screen on a scenario with a criterion nobody can meet. */
@ExtendWith(ApplicationExtension.class)
class LibraryCheckTest {
  private static final String UNREACHABLE = "Every actor trusts the mission without reserve.";
  private AppViewModel app;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Path folder = Files.createTempDirectory("liaison-check-test");
    ObjectNode tree = TestScenarios.tree("two-villages");
    ((ObjectNode) tree.with("metadata").withArray("objectives").get(0)).withArray("evidence").addObject()
        .put("indicator", "trustInMission").put("atLeast", 0.99).put("description", UNREACHABLE);
    ObjectNode never = tree.withArray("msel").addObject().put("number", 2).put("type", "CONTINGENCY")
        .put("condition", "attacksExecuted >= 1000").put("from", "control")
        .put("message", "The thousandth raid on the villages.");
    never.putArray("to").add("commander");
    Files.writeString(folder.resolve("flawed.yaml"), TestScenarios.YAML.writeValueAsString(tree));
    app = LiaisonApp.createViewModel(List.of(folder));
    MainView view = new MainView(app);
    stage.setScene(view.scene(1024, 700));
    stage.show();
  }

  @Test
  void theCheckRunsInTheBackgroundAndListsTheUnreachableCriterionByItsWords(FxRobot robot) throws Exception {
    ScenarioEntry entry = app.library().entries().get(0);
    assertTrue(entry.valid(), "the flawed scenario still validates: " + entry.problems());
    ListView<ScenarioEntry> list = robot.lookup("#scenario-list").queryListView();
    robot.interact(() -> list.getSelectionModel().select(entry));
    robot.clickOn("#check");
    WaitForAsyncUtils.waitForFxEvents();
    Button check = robot.lookup("#check").queryButton();
    boolean finished = app.check().statuses().get(entry.file()) instanceof CheckViewModel.Done;
    assertTrue(finished || check.isDisabled(), "the button waits for the running check");
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
        () -> app.check().statuses().get(entry.file()) instanceof CheckViewModel.Done);
    WaitForAsyncUtils.waitForFxEvents();

    List<String> findings = robot.lookup(".check-finding").queryAllAs(Label.class).stream().map(Label::getText).toList();
    assertTrue(findings.stream().anyMatch(f -> f.contains(UNREACHABLE) && f.contains("met by no policy")),
        "the unreachable criterion is listed in its own words: " + findings);
    assertTrue(findings.stream().anyMatch(f -> f.contains("The thousandth raid on the villages")
        && f.contains("never fires")), "the inject that never fires is listed: " + findings);
    assertTrue(findings.stream().noneMatch(f -> f.contains("trustInMission")), "no indicator keys: " + findings);
    assertTrue(!robot.lookup("#check").queryButton().isDisabled(), "the check can be run again");
    assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the findings fit 1024 x 700");
  }
}
