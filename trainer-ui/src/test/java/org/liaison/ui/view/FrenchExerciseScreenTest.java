package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.ui.I18n;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.ScenarioEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With French chosen in the library's language switch, the exercise screen (toolbar, map and its
 * hover and legends, the indicator, trust network, actor and staff-hours tabs, the decision step)
 * shows no text of the English bundle: every Labeled's and Text's text and every tooltip, less
 * what the scenario's author wrote, is compared with the English texts that differ from their
 * French ones.
 */
@ExtendWith(ApplicationExtension.class)
class FrenchExerciseScreenTest {
  private static final String SCENARIO = "car-bangui-periphery.yaml";
  private AppViewModel app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize()));
    stage.setScene(new MainView(app).scene(1440, 900));
    stage.show();
  }

  @AfterEach
  void backToEnglish() {
    I18n.setLocale(Locale.ENGLISH);
  }

  private static Properties bundle(String file) throws IOException {
    Properties p = new Properties();
    try (var in = I18n.class.getResourceAsStream("i18n/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /**
   * English that must not show: each English text that differs from its French one, whole when it
   * has no argument, and each of its literal runs of ten characters or more between arguments.
   */
  private static List<String[]> english() throws IOException {
    Properties en = bundle("messages.properties");
    Properties fr = bundle("messages_fr.properties");
    List<String[]> out = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String e = en.getProperty(key);
      if (e.equals(fr.getProperty(key))) {
        continue;
      }
      if (!e.contains("{") && e.strip().length() >= 3) {
        out.add(new String[] {key, e.strip(), "whole"});
      }
      for (String part : e.split("\\{[^}]*\\}")) {
        if (part.strip().length() >= 10) {
          out.add(new String[] {key, part.strip(), "part"});
        }
      }
    }
    return out;
  }

  private static void texts(Node n, Node skip, List<String> out) {
    if (n == skip) {
      return;
    }
    if (n instanceof Labeled l && l.getText() != null) {
      out.add(l.getText());
    }
    if (n instanceof Text t && t.getText() != null) {
      out.add(t.getText());
    }
    if (n instanceof Control c && c.getTooltip() != null) {
      out.add(c.getTooltip().getText());
    }
    if (n instanceof TabPane tabs) {
      for (Tab t : tabs.getTabs()) {
        out.add(t.getText());
      }
    }
    if (n instanceof SplitPane split) {
      for (Node item : split.getItems()) {
        texts(item, skip, out);
      }
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        texts(c, skip, out);
      }
    }
  }

  private List<String> englishShown(FxRobot robot) throws IOException {
    List<String> shown = new ArrayList<>();
    robot.interact(() -> {
      stage.getScene().getRoot().applyCss();
      stage.getScene().getRoot().layout();
      // The inbox and the action panel are left to their own test.
      Node inbox = stage.getScene().lookup("#inbox");
      Node skip = null;
      for (Node n = inbox; n != null; n = n.getParent()) {
        if (n instanceof SplitPane s && s.getItems().stream().anyMatch(i -> isAncestor(i, inbox))
            && s.getItems().size() == 2 && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
          skip = n;
          break;
        }
      }
      texts(stage.getScene().getRoot(), skip, shown);
    });
    List<String> problems = new ArrayList<>();
    List<String> authored = scenarioTexts(app.exerciseProperty().get().scenario());
    for (String raw : shown) {
      String text = raw;
      for (String a : authored) {
        text = text.replace(a, " ");
      }
      for (String[] e : english()) {
        if ("whole".equals(e[2]) ? text.strip().equals(e[1]) : text.contains(e[1])) {
          problems.add("'" + raw.replace('\n', ' ') + "' shows " + e[0] + " in English");
        }
      }
    }
    return problems;
  }

  /**
   * Every text the scenario's author wrote (names, dilemmas, options, mandates), longest first:
   * it is in the scenario's own language, so it is taken out before looking for the trainer's
   * English.
   */
  private static List<String> scenarioTexts(org.liaison.scenario.Scenario scenario) {
    List<String> out = new ArrayList<>();
    collect(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(scenario), out);
    out.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return out;
  }

  private static void collect(com.fasterxml.jackson.databind.JsonNode node, List<String> out) {
    if (node.isTextual() && node.asText().strip().length() >= 3) {
      out.add(node.asText().strip());
    }
    node.forEach(child -> collect(child, out));
  }

  private static boolean isAncestor(Node ancestor, Node n) {
    for (Node x = n; x != null; x = x.getParent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  @Test
  void withFrenchChosenTheExerciseScreenShowsNoEnglishText(FxRobot robot) throws Exception {
    ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    robot.interact(() -> {
      app.setLanguage(Locale.FRENCH);
      app.library().select(entry);
      app.brief(entry);
      app.start();
    });
    ExerciseViewModel vm = app.exerciseProperty().get();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.snapshotProperty().get() != null);
    robot.interact(() -> vm.session().step(30));
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.session().isPlaying() || vm.decisionProperty().get() != null);
    List<String> problems = new ArrayList<>(englishShown(robot));
    MapView map = robot.lookup("#map").queryAs(MapView.class);
    robot.interact(() -> map.getOnKeyPressed().handle(
        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, false, false)));
    TabPane tabs = robot.lookup("#side-tabs").queryAs(TabPane.class);
    for (int t = 0; t < tabs.getTabs().size(); t++) {
      int i = t;
      robot.interact(() -> tabs.getSelectionModel().select(i));
      problems.addAll(englishShown(robot));
    }
    assertEquals("Lecture ou pause (Espace)", robot.lookup("#play").queryButton().getTooltip().getText(),
        "the screen is in French");
    assertEquals(List.of(), problems.stream().distinct().toList());
    assertTrue(vm.clockProperty().get().startsWith("Jour "), vm.clockProperty().get());
  }
}
