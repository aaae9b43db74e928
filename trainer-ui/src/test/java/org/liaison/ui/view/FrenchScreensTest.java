package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EventReason;
import org.liaison.indicators.Measured;
import org.liaison.policy.ControlAct;
import org.liaison.policy.Refusal;
import org.liaison.results.check.FindingText;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Effect;
import org.liaison.scenario.EffectKind;
import org.liaison.scenario.read.ProblemCode;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.ui.I18n;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.CheckViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.InboxItem;
import org.liaison.ui.app.ScenarioEntry;
import org.liaison.ui.exercise.ActionCatalogue;
import org.liaison.ui.network.LoopbackExercise;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With French chosen, no screen shows a text of the trainer's English bundles or of the engine's
 * English templates (refusals, criteria, reasons): the library, the briefing, the exercise with an
 * action taken, an action refused by the engine and an unavailable one explained, every side tab
 * (the staff-hours one with a standing arrangement), every question asked in the window (end an
 * arrangement, forum members, observer note, leave), a decision step before and after an option is
 * chosen, the end of the exercise, the review with a what-if, a networked seat's join screen, a
 * seat joined to a real exercise server with its incidents and refusals, exercise control's console, and a damaged save and one that does not match its scenario refused
 * when resuming. Every Labeled's and Text's text, tooltip, prompt, tab and column title
 * is read, less what the scenario's author wrote.
 */
@ExtendWith(ApplicationExtension.class)
class FrenchScreensTest {
  private static final String SCENARIO = "car-bangui-periphery.yaml";
  private AppViewModel app;
  private Stage stage;
  private final List<String> problems = new ArrayList<>();
  /** The scenario's texts in English that its French texts replace: none may show on a French screen. */
  private List<String> englishScenarioTexts = List.of();

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
   * The texts written the same in French and in English ("Situation", "Participants", a number
   * with its unit): any other French text equal to its English one is English left untranslated.
   */
  private static final java.util.Set<String> SAME_IN_FRENCH = java.util.Set.of("medium.RADIO",
      "decision.actionCost", "exercise.pause", "exercise.speed", "inspector.channelCondition", "inspector.trustTo",
      "inspector.trustFrom", "map.hoverMission", "map.hoverPopulation", "review.participants", "note.button",
      "note.text", "actions.entry", "briefing.heading", "briefing.situation", "check.kind.CONSTANT_COMPONENT",
      "review.score", "review.policyDoctrine", "refusal.OTHER", "measured.VALUE", "measured.OTHER", "report.option",
      "report.value", "reason.OTHER", "console.participant", "console.message", "console.injectMessage",
      "console.effectZone", "console.noteText", "inject.field.message", "inject.field.zone", "problem.OTHER",
      "problem.UNIT_KM", "problem.UNIT_KMH", "inspector.zone");

  /**
   * English that must not show: each English text but those written the same in French, whole
   * when it has no argument, and each of its literal runs of ten characters or more between
   * arguments; and the same of the engine's English templates, which the trainer must say in French.
   */
  static List<String[]> english() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String name : List.of("messages", "network")) {
      Properties en = bundle(name + ".properties");
      for (String key : en.stringPropertyNames()) {
        if (!SAME_IN_FRENCH.contains(key)) {
          add(out, key, en.getProperty(key));
        }
      }
    }
    for (Refusal.Code c : Refusal.Code.values()) {
      add(out, "engine refusal " + c, c.template());
    }
    for (Measured.Code c : Measured.Code.values()) {
      add(out, "engine criterion " + c, c.template());
    }
    for (EventReason.Code c : EventReason.Code.values()) {
      add(out, "engine reason " + c, c.template());
    }
    for (org.liaison.indicators.Indicator i : org.liaison.indicators.Indicator.values()) {
      add(out, "engine indicator name " + i.key(), org.liaison.indicators.IndicatorNames.of(i));
    }
    for (ProblemCode c : ProblemCode.values()) {
      add(out, "engine problem " + c, c.template());
    }
    for (FindingText.Code c : FindingText.Code.values()) {
      add(out, "engine finding " + c, c.template());
    }
    for (String words : LIBRARY_WORDS) {
      out.add(new String[] {"library words", words, "part"});
    }
    return out;
  }

  /**
   * Words of the YAML and JSON readers' and of the system's own English messages, which a problem
   * of a file must never pass to a French screen as they are.
   */
  private static final List<String> LIBRARY_WORDS = List.of("while scanning", "while parsing", "could not find",
      "not allowed here", "cannot start any token", "for indentation", "end of stream", "Unexpected character",
      "was expecting", "end-of-input", "Unrecognized token", "close marker", "special characters", "(code ",
      "exceeds the maximum", "No enum constant", "No such file", "Permission denied", "Is a directory",
      "AccessDenied", "Exception");

  private static void add(List<String[]> out, String key, String english) {
    String e = english.replace("''", "'");
    if (!e.contains("{") && e.strip().length() >= 3) {
      out.add(new String[] {key, e.strip(), "whole"});
    }
    for (String part : e.split("\\{[^}]*\\}")) {
      if (part.strip().length() >= 10) {
        out.add(new String[] {key, part.strip(), "part"});
      }
    }
  }

  private static void texts(Node n, List<String> out) {
    if (n instanceof Labeled l && l.getText() != null) {
      out.add(l.getText());
    }
    if (n instanceof Text t && t.getText() != null) {
      out.add(t.getText());
    }
    if (n instanceof Control c && c.getTooltip() != null) {
      out.add(c.getTooltip().getText());
    }
    if (n instanceof TextInputControl t && t.getPromptText() != null) {
      out.add(t.getPromptText());
    }
    if (n instanceof ComboBoxBase<?> c && c.getPromptText() != null) {
      out.add(c.getPromptText());
    }
    if (n instanceof TabPane tabs) {
      for (Tab t : tabs.getTabs()) {
        out.add(t.getText());
      }
    }
    if (n instanceof TableView<?> table) {
      table.getColumns().stream().map(TableColumnBase::getText).forEach(out::add);
    }
    if (n instanceof SplitPane split) {
      for (Node item : split.getItems()) {
        texts(item, out);
      }
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        texts(c, out);
      }
    }
  }

  /** Records every English text the window shows now, naming the screen. */
  private void look(FxRobot robot, String screen, org.liaison.scenario.Scenario scenario) throws IOException {
    look(robot, screen, List.of(scenario));
  }

  /**
   * Records every English text the window shows now, less what the authors of the scenarios wrote,
   * and every empty field too narrow for its French hint.
   */
  private void look(FxRobot robot, String screen, List<org.liaison.scenario.Scenario> scenarios) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    List<String> shown = new ArrayList<>();
    robot.interact(() -> {
      stage.getScene().getRoot().applyCss();
      stage.getScene().getRoot().layout();
      texts(stage.getScene().getRoot(), shown);
      LayoutCheck.cutHints(stage.getScene()).forEach(p -> problems.add(screen + ": " + p));
    });
    List<String> authored = new ArrayList<>();
    scenarios.forEach(s -> authored.addAll(scenarioTexts(s)));
    authored.sort(java.util.Comparator.comparingInt(String::length).reversed());
    List<String[]> english = english();
    for (String raw : shown) {
      for (String authorsEnglish : englishScenarioTexts) {
        if (raw.replaceAll("\\s+", " ").contains(authorsEnglish)) {
          problems.add(screen + ": '" + raw.replace('\n', ' ') + "' shows the scenario's English '" + authorsEnglish + "'");
        }
      }
      String text = raw;
      text = withoutAuthored(text, authored);
      for (String[] e : english) {
        if ("whole".equals(e[2]) ? text.strip().equals(e[1]) : text.contains(e[1])) {
          problems.add(screen + ": '" + raw.replace('\n', ' ') + "' shows " + e[0] + " in English");
        }
      }
    }
  }

  /** The text less what the author wrote, whole or cut short with "…" (or JavaFX's "...") as a row is. */
  private static String withoutAuthored(String text, List<String> authored) {
    String out = text.replace("...", "…");
    for (String a : authored) {
      out = out.replace(a, " ");
    }
    for (int dots = out.indexOf('…'); dots >= 0; dots = out.indexOf('…', dots + 1)) {
      for (String a : authored) {
        int n = Math.min(a.length(), dots);
        while (n >= 12 && !out.startsWith(a.substring(0, n), dots - n)) {
          n--;
        }
        if (n >= 12) {
          out = out.substring(0, dots - n) + " " + out.substring(dots);
          dots = dots - n + 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * Every text the scenario's author wrote (names, dilemmas, options, mandates), longest first:
   * it is in the scenario's own language, so it is taken out before looking for English.
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
      // As the screens show it: whitespace folded, a briefing paragraph by paragraph.
      out.add(node.asText().strip().replaceAll("\\s+", " "));
      for (String paragraph : node.asText().split("\\n\\s*\\n")) {
        out.add(paragraph.strip().replaceAll("\\s+", " "));
      }
    }
    node.forEach(child -> collect(child, out));
  }

  /** Every text the window shows now, whitespace folded. */
  private String shown(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    List<String> shown = new ArrayList<>();
    robot.interact(() -> {
      stage.getScene().getRoot().applyCss();
      stage.getScene().getRoot().layout();
      texts(stage.getScene().getRoot(), shown);
    });
    return String.join("\n", shown).replaceAll("[ \t]+", " ");
  }

  /** The texts of the English copy that the French one says otherwise, long enough to be a phrase. */
  private static List<String> englishOnly(org.liaison.scenario.Scenario english, org.liaison.scenario.Scenario french) {
    java.util.Set<String> frenchTexts = new java.util.HashSet<>(scenarioTexts(french));
    return scenarioTexts(english).stream().filter(t -> t.length() >= 10 && !frenchTexts.contains(t)).distinct()
        .toList();
  }

  private static void waitFor(long seconds, Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void fire(FxRobot robot, String id) {
    Button b = robot.lookup(id).queryButton();
    robot.interact(b::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aFrenchTextTheSameAsItsEnglishOneIsAWordBothLanguagesWrite() throws IOException {
    List<String> same = new ArrayList<>();
    for (String name : List.of("messages", "network")) {
      Properties en = bundle(name + ".properties");
      Properties fr = bundle(name + "_fr.properties");
      en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(fr.getProperty(k))).forEach(same::add);
    }
    assertEquals(new java.util.TreeSet<>(SAME_IN_FRENCH), new java.util.TreeSet<>(same),
        "a text left in English in the French bundle, or one listed as the same in both that no longer is");
  }

  @Test
  void inFrenchNoScreenOfAPlayedExerciseShowsEnglish(FxRobot robot) throws Exception {
    ScenarioEntry inEnglish = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    robot.interact(() -> {
      app.library().select(inEnglish);
      app.setLanguage(Locale.FRENCH);
    });
    // The switch reads the library again: the scenario's own texts are now the French ones its file gives.
    ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    var scenario = entry.scenario();
    englishScenarioTexts = englishOnly(inEnglish.scenario(), scenario);
    assertTrue(englishScenarioTexts.size() > 150, "the English texts the French ones replace: " + englishScenarioTexts.size());
    assertTrue(entry == app.library().selectedProperty().get(), "the scenario chosen stays chosen, read again");
    assertTrue(shown(robot).contains("Ndolo : alerte précoce et inclusion aux portes de la capitale"),
        "the library lists the scenario by its French title");
    look(robot, "library", scenario);
    robot.interact(() -> app.brief(entry));
    String briefing = shown(robot);
    for (String french : List.of("Ndolo : alerte précoce et inclusion aux portes de la capitale",
        "SITUATION. Nous sommes à la mi-novembre", "Officier des affaires civiles", "Commandant de secteur")) {
      assertTrue(briefing.contains(french), "the briefing says " + french);
    }
    look(robot, "briefing", scenario);
    robot.interact(app::start);
    ExerciseViewModel vm = app.exerciseProperty().get();
    waitFor(30, () -> vm.snapshotProperty().get() != null);
    assertEquals("Lecture ou pause (Espace)", robot.lookup("#play").queryButton().getTooltip().getText(),
        "the screen is in French");
    assertEquals("Commune de Ndolo", vm.session().scenario().map().zones().get(1).name(),
        "the map labels its zones with the French names");

    // An action taken through the action panel: a liaison officer, a standing arrangement.
    ComboBox<ActionType> type = robot.lookup("#action-type").queryComboBox();
    robot.interact(() -> type.setValue(ActionType.ASSIGN_LIAISON_OFFICER));
    ListView<ActionCatalogue.Entry> actions = robot.lookup("#action-list").queryListView();
    ActionCatalogue.Entry officer = actions.getItems().stream().filter(ActionCatalogue.Entry::available)
        .findFirst().orElseThrow();
    robot.interact(() -> actions.getSelectionModel().select(officer));
    look(robot, "exercise, an action chosen", scenario);
    fire(robot, "#order");
    waitFor(10, () -> vm.statusProperty().get().startsWith("Fait"));
    // The same again, asked of the engine: refused, and the refusal reaches the inbox.
    CompletableFuture<Boolean> again = new CompletableFuture<>();
    vm.session().take(vm.actingRoleProperty().get(), officer.action(), r -> again.complete(r.taken()));
    assertFalse(again.get(10, TimeUnit.SECONDS), "a second officer with the same actor is refused");
    waitFor(10, () -> vm.inbox().stream().anyMatch(i -> i.key().startsWith("refused-")));
    ListView<InboxItem> inbox = robot.lookup("#inbox").queryListView();
    InboxItem refused = vm.inbox().stream().filter(i -> i.key().startsWith("refused-")).findFirst().orElseThrow();
    robot.interact(() -> inbox.getSelectionModel().select(refused));
    Label body = robot.lookup("#inbox-body").queryAs(Label.class);
    assertTrue(body.getText().contains("un officier de liaison est déjà auprès de"), body.getText());
    // An entry the engine would refuse, explained in the panel.
    ActionCatalogue.Entry unavailable = actions.getItems().stream().filter(e -> !e.available()).findFirst()
        .orElseThrow();
    robot.interact(() -> actions.getSelectionModel().select(unavailable));
    assertTrue(robot.lookup("#action-reason").queryAs(Label.class).getText().startsWith("Indisponible : "));
    MapView map = robot.lookup("#map").queryAs(MapView.class);
    robot.interact(() -> map.getOnKeyPressed().handle(
        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, false, false)));
    TabPane tabs = robot.lookup("#side-tabs").queryAs(TabPane.class);
    for (int t = 0; t < tabs.getTabs().size(); t++) {
      int i = t;
      robot.interact(() -> tabs.getSelectionModel().select(i));
      look(robot, "exercise, tab " + tabs.getTabs().get(i).getText(), scenario);
    }

    // Every question the exercise asks in the window.
    robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
        .filter(t -> "budget-tab".equals(t.getId())).findFirst().orElseThrow()));
    Button end = robot.lookup(".end-arrangement").queryButton();
    robot.interact(end::fire);
    look(robot, "end an arrangement", scenario);
    fire(robot, "#end-keep");
    if (vm.offeredTypes().contains(ActionType.HOLD_COORDINATION_FORUM)) {
      robot.interact(() -> type.setValue(ActionType.HOLD_COORDINATION_FORUM));
      fire(robot, "#forum-members");
      look(robot, "forum members", scenario);
      fire(robot, "#forum-cancel");
    }
    fire(robot, "#note");
    look(robot, "observer note", scenario);
    fire(robot, "#note-cancel");
    fire(robot, "#back-to-library");
    look(robot, "leave the exercise", scenario);
    fire(robot, "#leave-stay");

    // A decision step, before and after an option is chosen; then every decision to the end.
    robot.interact(() -> vm.setSpeed(ExerciseViewModel.SPEEDS.length - 1));
    robot.interact(vm::play);
    boolean looked = false;
    while (!vm.finishedProperty().get()) {
      waitFor(90, () -> vm.decisionProperty().get() != null || vm.finishedProperty().get());
      var d = vm.decisionProperty().get();
      if (d == null) {
        continue;
      }
      if (!looked) {
        String dialog = shown(robot);
        for (String french : List.of("Où vont les heures de coordination de la première semaine",
            "Vous disposez de 48 heures-personnel par jour", "Des patrouilles sur chaque point chaud",
            "Attendre le plan du secteur")) {
          assertTrue(dialog.contains(french), "the decision step says " + french);
        }
        assertTrue(vm.inbox().stream().anyMatch(i -> i.body().contains("SITREP DU SECTEUR")),
            "the inbox holds the first inject in French");
        look(robot, "decision", scenario);
      }
      String last = d.point().options().stream().filter(o -> vm.optionRefusal(o) == null)
          .reduce((a, b) -> b).orElseThrow().id();
      ToggleButton option = robot.lookup("#option-" + last).queryAs(ToggleButton.class);
      Button confirm = robot.lookup("#decision-confirm").queryButton();
      robot.interact(() -> option.setSelected(true));
      waitFor(5, () -> !confirm.isDisabled());
      if (!looked) {
        look(robot, "decision, an option chosen", scenario);
        looked = true;
      }
      robot.interact(confirm::fire);
      waitFor(10, () -> vm.decisionProperty().get() != d);
      if (!vm.finishedProperty().get() && !vm.playingProperty().get()) {
        robot.interact(vm::play);
      }
    }
    assertTrue(looked, "the scenario has a decision point");
    waitFor(10, () -> robot.lookup("#end-review").tryQuery().isPresent());
    look(robot, "end of the exercise", scenario);
    fire(robot, "#end-review");
    waitFor(120, () -> app.reviewProperty().get().progressProperty().get() >= 1
        && !app.reviewProperty().get().doctrineScoresProperty().get().isEmpty());
    ComboBox<?> point = robot.lookup("#whatif-point").queryComboBox();
    robot.interact(() -> point.getSelectionModel().select(0));
    fire(robot, "#whatif-run");
    Label answer = robot.lookup("#whatif-answer").queryAs(Label.class);
    waitFor(90, () -> answer.getText().contains("aurait"));
    String review = shown(robot);
    for (String french : List.of("Faire du savoir des communautés une alerte précoce",
        "Respecter le mandat et la politique de diligence voulue")) {
      assertTrue(review.contains(french), "the review rates the objective " + french);
    }
    look(robot, "review", scenario);
    Path html = Files.createTempFile("review", ".html");
    robot.interact(() -> {
      try {
        app.reviewProperty().get().export(html);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    String page = Files.readString(html).replaceAll("<[^>]*>", "\n");
    assertTrue(page.contains("Faire du savoir des communautés une alerte précoce"), "the report rates the objectives in French");
    List<String> authored = scenarioTexts(scenario);
    for (String line : page.split("\n")) {
      for (String english : englishScenarioTexts) {
        if (line.replace("&quot;", "\"").replace("&amp;", "&").replace("&#39;", "'").contains(english)) {
          problems.add("exported review: '" + line + "' shows the scenario's English '" + english + "'");
        }
      }
      String text = withoutAuthored(line.replace("&quot;", "\"").replace("&amp;", "&"), authored);
      for (String[] e : english()) {
        if ("whole".equals(e[2]) ? text.strip().equals(e[1]) : text.contains(e[1])) {
          problems.add("exported review: '" + line + "' shows " + e[0] + " in English");
        }
      }
    }
    assertEquals(List.of(), problems.stream().distinct().toList());
  }

  /**
   * A seat of an exercise server, as the exercise screen plays on it: no engine here, pictures with
   * the incidents the server sent (numbers, names and reasons apart from their English text), and
   * an act the server refused with its refusal as code and arguments.
   */
  private static final class ServerSeat implements org.liaison.ui.exercise.SeatSession {
    private final org.liaison.scenario.Scenario scenario;
    private final org.liaison.ui.exercise.Snapshot picture;
    private final org.liaison.policy.ActionResult refusal;

    ServerSeat(org.liaison.scenario.Scenario scenario, List<org.liaison.exercise.ExerciseSnapshot.Incident> heard,
        org.liaison.policy.ActionResult refusal) {
      this.scenario = scenario;
      this.refusal = refusal;
      int zones = scenario.map().zones().size();
      int actors = scenario.actors().size();
      picture = new org.liaison.ui.exercise.Snapshot(30, 504, false, new double[zones], new double[zones],
          new double[zones], new boolean[zones], new double[actors], new boolean[actors][org.liaison.ui.exercise.Snapshot.FLAGS.length],
          new double[actors][actors], new double[actors][actors], new float[0], new float[0], new byte[0], List.of(),
          List.of(), List.of(), new double[org.liaison.indicators.Indicator.values().length], new float[0][], 20, 0, 40,
          "force-commander", List.of(), null, List.of(), heard, List.of());
    }

    @Override
    public void addListener(Listener l) {
    }

    @Override
    public org.liaison.scenario.Scenario scenario() {
      return scenario;
    }

    @Override
    public org.liaison.ui.exercise.Snapshot latest() {
      return picture;
    }

    @Override
    public boolean runsExercise() {
      return false;
    }

    @Override
    public boolean isPlaying() {
      return false;
    }

    @Override
    public void play() {
    }

    @Override
    public void pause() {
    }

    @Override
    public void step(int hours) {
    }

    @Override
    public void setSpeed(double hoursPerSecond) {
    }

    @Override
    public void setActingRole(String role) {
    }

    @Override
    public void choose(String pointId, String optionId) {
    }

    @Override
    public void take(String role, org.liaison.scenario.CoordinationAction action,
        java.util.function.Consumer<org.liaison.policy.ActionResult> result) {
      result.accept(refusal);
    }

    @Override
    public org.liaison.policy.DecisionLog log() {
      return new org.liaison.policy.DecisionLog(new org.liaison.policy.DecisionLog.Header(scenario.metadata().id(), 0,
          "exercise", 21), List.of());
    }

    @Override
    public org.liaison.engine.RunResult result() {
      return null;
    }

    @Override
    public java.util.Map<String, String> participants() {
      return java.util.Map.of("force-commander", "Amina");
    }
  }

  @Test
  void inFrenchANetworkedSeatSaysEveryKindOfIncidentAndARefusalWithoutEnglish(FxRobot robot) throws Exception {
    var scenario = ScenarioReader.read(Path.of("..", "scenarios", SCENARIO));
    I18n.setLocale(Locale.FRENCH);
    String zone = scenario.map().zones().get(3).id();
    String faction = "cns";
    String agency = "msi";
    // Each kind as the engine's snapshot gives it: the English detail beside its facts and reason.
    List<org.liaison.exercise.ExerciseSnapshot.Incident> heard = List.of(
        new org.liaison.exercise.ExerciseSnapshot.Incident(20, "AttackExecuted", zone, faction, "3 casualties",
            List.of("3"), null),
        new org.liaison.exercise.ExerciseSnapshot.Incident(21, "AttackDeterred", zone, faction, "protection 40",
            List.of("40"), null),
        new org.liaison.exercise.ExerciseSnapshot.Incident(22, "MissionAttacked", zone, faction,
            "2 of 30 mission personnel killed or injured", List.of("2", "30"), null),
        new org.liaison.exercise.ExerciseSnapshot.Incident(23, "CivilianHarm", zone, "unknown",
            "4 casualties (reprisal against informants)", List.of("4"),
            new EventReason(EventReason.Code.REPRISAL_AGAINST_INFORMANTS, List.of())),
        new org.liaison.exercise.ExerciseSnapshot.Incident(24, "CivilianHarm", zone, faction,
            "5 casualties (crossfire in a clash with self-defence)", List.of("5"),
            new EventReason(EventReason.Code.CROSSFIRE, List.of("self-defence"))),
        new org.liaison.exercise.ExerciseSnapshot.Incident(25, "Displacement", zone, null, "120 people left",
            List.of("120"), null),
        new org.liaison.exercise.ExerciseSnapshot.Incident(26, "AidBlocked", zone, agency, "access denied", List.of(),
            new EventReason(EventReason.Code.ACCESS_DENIED, List.of())),
        new org.liaison.exercise.ExerciseSnapshot.Incident(27, "MandateDeviation", zone, "unsm",
            "escort of msi", List.of("ESCORT"), new EventReason(EventReason.Code.ESCORT_OF, List.of(agency))),
        new org.liaison.exercise.ExerciseSnapshot.Incident(28, "ComplianceViolation", zone, "self-defence",
            "abuse by a partner of unsm", List.of("unsm"), null),
        new org.liaison.exercise.ExerciseSnapshot.Incident(29, "MessageIntercepted", null, faction,
            "EARLY_WARNING from self-defence to unsm", List.of("EARLY_WARNING", "self-defence", "unsm"), null));
    ServerSeat seat = new ServerSeat(scenario, heard, org.liaison.policy.ActionResult.refused(
        Refusal.Code.NO_CONSENT.of(faction, 0.21, 0.3)));
    AppViewModel seated = AppViewModel.seat(seat, Platform::runLater);
    robot.interact(() -> stage.setScene(new MainView(seated).scene(1440, 900)));
    ExerciseViewModel vm = seated.exerciseProperty().get();
    waitFor(20, () -> vm.inbox().size() == heard.size());
    ListView<InboxItem> inbox = robot.lookup("#inbox").queryListView();
    for (InboxItem item : List.copyOf(inbox.getItems())) {
      robot.interact(() -> inbox.getSelectionModel().select(item));
      look(robot, "networked seat, incident " + item.title(), scenario);
    }
    String names = String.join("\n", vm.inbox().stream().map(InboxItem::body).toList());
    for (String expected : List.of("3 victimes civiles", "représailles contre des informateurs", "un auteur inconnu",
        "120 personnes ont fui", "accès refusé", "escorte de", "personnels tués ou blessés sur 30")) {
      assertTrue(names.contains(expected), expected + " in " + names);
    }
    String cns = scenario.actors().stream().filter(a -> a.id().equals(faction)).findFirst().orElseThrow().name();
    assertTrue(names.contains(cns), "actors by their names: " + names);

    robot.interact(() -> vm.order(new ActionCatalogue.Entry("k", ActionType.JOINT_TRAINING, cns,
        org.liaison.scenario.CoordinationAction.on(ActionType.JOINT_TRAINING, faction), 4, null)));
    waitFor(10, () -> robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText().contains("consent"));
    String status = robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText();
    assertTrue(status.contains(cns + " ne consent pas au contact"), status);
    look(robot, "networked seat, refused act", scenario);
    assertEquals(List.of(), problems.stream().distinct().toList());
  }

  /** A real exercise server of the scenario on loopback, its join screen in French on the test's window. */
  private LoopbackExercise serveInFrench() throws Exception {
    I18n.setLocale(Locale.FRENCH);
    Path file = Path.of("..", "scenarios", SCENARIO);
    return WaitForAsyncUtils.asyncFx(() -> LoopbackExercise.start(stage, file, 1440, 900)).get();
  }

  /**
   * A seat joined in French to a real exercise server on loopback: the incidents the server sends
   * (harm to civilians and displacement injected by exercise control), the actions the server says
   * the role cannot take now with their reasons, and an act the server refuses are all in French.
   */
  @Test
  void inFrenchASeatOfARealServerSaysItsIncidentsAndRefusalsWithoutEnglish(FxRobot robot) throws Exception {
    var scenario = ScenarioReader.read(Path.of("..", "scenarios", SCENARIO));
    try (LoopbackExercise exercise = serveInFrench()) {
      exercise.join(robot, exercise.code("force-commander"), "Amina");
      waitFor(20, () -> robot.lookup("#exercise").tryQuery().isPresent());
      ExerciseViewModel vm = robot.lookup(n -> n instanceof MainView).queryAs(MainView.class).exercise();
      String zone = scenario.map().zones().get(3).id();
      try (var control = exercise.joinedSession("control", "Inès")) {
        control.control(ControlAct.inject("control", List.of("force-commander"), "Tirs signalés près du marché.",
            List.of(new Effect(EffectKind.CIVILIAN_HARM, zone, null, null, null, 3.0, null, null, null, null),
                new Effect(EffectKind.DISPLACEMENT, zone, null, null, null, 120.0, null, null, null, null))));
        control.control(ControlAct.resume());
        waitFor(30, () -> vm.inbox().stream().anyMatch(i -> i.body().contains("3 civils touchés"))
            && vm.inbox().stream().anyMatch(i -> i.body().contains("120 personnes ont fui")));
        control.control(ControlAct.pause());
        // The clock must have stopped before the staff-hours are spent below: a new day, had it come
        // in between, would give them back.
        waitFor(20, () -> control.latestView() != null
            && control.latestView().status() != org.liaison.net.protocol.SeatView.Status.RUNNING);
      }
      ListView<InboxItem> inbox = robot.lookup("#inbox").queryListView();
      for (InboxItem item : List.copyOf(inbox.getItems())) {
        robot.interact(() -> inbox.getSelectionModel().select(item));
        look(robot, "seat of a real server, " + item.title(), scenario);
      }

      // Another seat of the mission spends the day's staff-hours, which the mission's roles share:
      // the server then says why this role cannot take a kind of action now.
      try (var civilAffairs = exercise.joinedSession("civil-affairs-officer", "Paul")) {
        for (int i = 0; i < 30 && vm.catalogue().stream().allMatch(ActionCatalogue.Entry::available); i++) {
          waitFor(20, () -> civilAffairs.latestView() != null && civilAffairs.latestView().available() != null);
          var costliest = civilAffairs.latestView().available().stream()
              .filter(a -> a.allowed() && !a.candidates().isEmpty())
              .max(java.util.Comparator.comparingDouble(org.liaison.exercise.AvailableAction::cost)).orElseThrow();
          var taken = new java.util.concurrent.atomic.AtomicReference<org.liaison.policy.ActionResult>();
          civilAffairs.take("civil-affairs-officer", costliest.candidates().get(0), taken::set);
          waitFor(20, () -> taken.get() != null);
          WaitForAsyncUtils.waitForFxEvents();
        }
      }
      waitFor(20, () -> vm.catalogue().stream().anyMatch(e -> !e.available()));
      ActionType refused = vm.catalogue().stream().filter(e -> !e.available()).findFirst().orElseThrow().type();
      ComboBox<ActionType> type = robot.lookup("#action-type").queryComboBox();
      ListView<ActionCatalogue.Entry> list = robot.lookup("#action-list").queryListView();
      robot.interact(() -> type.setValue(refused));
      waitFor(20, () -> list.getItems().stream().anyMatch(e -> !e.available()));
      look(robot, "seat of a real server, an action the role cannot take now", scenario);
      org.liaison.ui.network.NetworkShots.take(robot, stage, "seat");

      String patrol = I18n.t("action.JOINT_PATROL");
      robot.interact(() -> vm.order(new ActionCatalogue.Entry("k", ActionType.JOINT_PATROL, "idp-committee",
          org.liaison.scenario.CoordinationAction.on(ActionType.JOINT_PATROL, "idp-committee"), 4, null)));
      Label status = robot.lookup("#status").queryAs(Label.class);
      waitFor(20, () -> status.getText().contains("demande une zone"));
      assertTrue(status.getText().contains("« " + patrol + " » demande une zone"), status.getText());
      look(robot, "seat of a real server, an act refused", scenario);
    }
    assertEquals(List.of(), problems.stream().distinct().toList());
  }

  /**
   * A file that does not validate, its problems listed in French around the values the file wrote,
   * and a scenario's sanity check with a criterion nobody meets and an inject that never fires.
   */
  @Test
  void inFrenchAFilesProblemsAndTheSanityChecksFindingsShowNoEnglish(FxRobot robot) throws Exception {
    Path folder = Files.createTempDirectory("liaison-french-problems");
    ObjectNode flawed = TestScenarios.tree("two-villages");
    ((ObjectNode) flawed.with("metadata").withArray("objectives").get(0)).withArray("evidence").addObject()
        .put("indicator", "trustInMission").put("atLeast", 0.99);
    ObjectNode never = flawed.withArray("msel").addObject().put("number", 2).put("type", "CONTINGENCY")
        .put("condition", "attacksExecuted >= 1000").put("from", "control").put("message", "Le millième raid.");
    never.putArray("to").add("commander");
    Files.writeString(folder.resolve("flawed.yaml"), TestScenarios.YAML.writeValueAsString(flawed));
    ObjectNode broken = flawed.deepCopy();
    broken.with("metadata").put("sumary", "Résumé").put("startDate", "demain");
    ObjectNode zone = (ObjectNode) broken.with("map").withArray("zones").get(0);
    zone.put("population", -5);
    ((ObjectNode) broken.with("map").withArray("zones").get(2)).put("id", "village-a");
    ObjectNode actor = (ObjectNode) broken.withArray("actors").get(0);
    actor.put("homeZone", "vilage-b").put("speedKmh", 500);
    ((ObjectNode) broken.with("metadata").withArray("roles").get(0)).put("id", "commander!");
    Files.writeString(folder.resolve("broken.yaml"), TestScenarios.YAML.writeValueAsString(broken));
    robot.interact(() -> {
      app.setLanguage(Locale.FRENCH);
      app.library().addFolder(folder);
    });
    ScenarioEntry bad = app.library().entries().stream().filter(e -> e.fileName().equals("broken.yaml")).findFirst()
        .orElseThrow();
    ScenarioEntry checked = app.library().entries().stream().filter(e -> e.fileName().equals("flawed.yaml"))
        .findFirst().orElseThrow();
    assertTrue(checked.valid(), "the flawed scenario validates: " + checked.problems());
    // The library lists every scenario of its folders by title, each in its author's words.
    List<org.liaison.scenario.Scenario> scenario = app.library().entries().stream().filter(ScenarioEntry::valid)
        .map(ScenarioEntry::scenario).toList();
    robot.interact(() -> app.library().select(bad));
    List<String> lines = robot.lookup(".problem").queryAllAs(Label.class).stream().map(Label::getText).toList();
    assertTrue(lines.size() >= 6, "every problem is listed: " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.contains("zone inconnue « vilage-b » (vouliez-vous dire « village-a » ?)")),
        "the file's value and the suggestion, as written, in a French sentence: " + lines);
    look(robot, "library, a file with problems", scenario);

    robot.interact(() -> app.library().select(checked));
    robot.interact(() -> app.check().check(checked));
    waitFor(180, () -> app.check().statuses().get(checked.file()) instanceof CheckViewModel.Done);
    List<String> findings = robot.lookup(".check-finding").queryAllAs(Label.class).stream().map(Label::getText)
        .toList();
    assertTrue(findings.stream().anyMatch(f -> f.contains("Le millième raid") && f.contains("ne part dans aucune")),
        "the inject that never fires, in French: " + findings);
    assertTrue(findings.stream().anyMatch(f -> f.contains("n’est rempli par aucune politique")),
        "the criterion nobody meets, in French: " + findings);
    look(robot, "library, the sanity check's findings", scenario);
    assertEquals(List.of(), problems.stream().distinct().toList());
  }

  /**
   * A damaged save refused when resuming: each of its problems, and those of the decision log it
   * holds, said in French around the values the file wrote.
   */
  @Test
  void inFrenchADamagedSavesProblemsShowNoEnglish(FxRobot robot) throws Exception {
    ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    String log = "{\"log\":\"liaison-decisions\",\"version\":1,\"scenario\":\"" + entry.scenario().metadata().id()
        + "\",\"seed\":7,\"policy\":\"trainee\"}\n"
        + "{\"seq\":2,\"completed\":0,\"tick\":0,\"phase\":\"desk\",\"kind\":\"action\",\"taken\":true}\n";
    ObjectNode save = TestScenarios.YAML.createObjectNode();
    save.put("formatVersion", 2).put("scenarioFile", "../" + SCENARIO).put("completed", "beaucoup")
        .put("decisionLog", log).put("scenaro", 1);
    save.putArray("autopilotRoles").add(5);
    save.putObject("participants").put("civil-affairs-officer", 3);
    Path file = Files.createTempDirectory("liaison-french-save").resolve("damaged.liaison-save.json");
    Files.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(save));
    robot.interact(() -> {
      app.setLanguage(Locale.FRENCH);
      app.library().select(entry);
      app.resume(file);
    });
    String error = app.errorProperty().get();
    assertTrue(error.startsWith("Impossible de reprendre damaged.liaison-save.json"), error);
    for (String said : List.of("clé inconnue (vouliez-vous dire « scenarioFile » ?)",
        "formatVersion: vaut 2 ; ce programme lit les enregistrements de version de format 1",
        "« ../" + SCENARIO + " » n’est pas un nom de fichier",
        "completed: vaut \"beaucoup\" ; admis : les heures jouées",
        "le journal des décisions enregistré est endommagé : decisionLog : ligne 2 : entrée numérotée 2 là où 1 suit",
        "autopilotRoles[0]: vaut 5 ; admis : un identifiant de rôle",
        "participants.civil-affairs-officer: vaut 3 ; admis : le nom du stagiaire")) {
      assertTrue(error.contains(said), "said in French: " + said + " in " + error);
    }
    look(robot, "library, a damaged save", entry.scenario());

    String header = log.substring(0, log.indexOf('\n') + 1);
    Path mismatched = file.resolveSibling("mismatched.liaison-save.json");
    Files.writeString(mismatched, "{\"formatVersion\": 1, \"scenarioFile\": \"" + SCENARIO + "\", \"completed\": 48,"
        + " \"decisionLog\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(header) + "}");
    robot.interact(() -> app.resume(mismatched));
    waitFor(60, () -> app.errorProperty().get().contains("mismatched"));
    assertEquals(AppViewModel.Screen.LIBRARY, app.screenProperty().get(), "back to the library, the save refused");
    assertTrue(app.errorProperty().get().contains("l’exercice enregistré ne correspond pas à ce scénario : un point de"
        + " décision est en attente à l’heure 15 sans choix enregistré"), app.errorProperty().get());
    look(robot, "library, a save that does not match its scenario", entry.scenario());
    assertEquals(List.of(), problems.stream().distinct().toList());
  }

  /**
   * Scenario files that YAML or JSON cannot read, a save that is not JSON, one whose decision log
   * holds a line that is not JSON or an action of an unknown type, and a save that does not exist:
   * each problem is said in French, with no word of the reader that found it.
   */
  @Test
  void inFrenchBrokenYamlAndJsonAMissingFileAndABadSaveShowNoEnglish(FxRobot robot) throws Exception {
    Path folder = Files.createTempDirectory("liaison-french-syntax");
    java.util.Map<String, String> broken = new java.util.LinkedHashMap<>();
    broken.put("values.yaml", "metadata:\n  title: Bangui: la nuit\n");
    broken.put("tab.yaml", "metadata:\n\ttitle: x\n");
    broken.put("block.yaml", "metadata:\n  title: x\n id: y\n");
    broken.put("list.yaml", "metadata: 1\n- x\n");
    broken.put("quote.yaml", "metadata:\n  title: \"x\n");
    broken.put("colon.yaml", "metadata: 1\ntitle\nid: 2\n");
    broken.put("flow.yaml", "metadata: [1, 2\n");
    broken.put("special.yaml", "metadata: \u0001\n");
    broken.put("comma.json", "{\"metadata\": 1,}");
    broken.put("open.json", "{\"metadata\": {\"title\": \"x\"");
    broken.put("word.json", "{\"metadata\": tru}");
    broken.put("nan.json", "{\"metadata\": NaN}");
    broken.put("deep.json", "[".repeat(50) + "]".repeat(50));
    for (var file : broken.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue());
    }
    robot.interact(() -> {
      app.setLanguage(Locale.FRENCH);
      app.library().addFolder(folder);
    });
    List<org.liaison.scenario.Scenario> scenarios = app.library().entries().stream().filter(ScenarioEntry::valid)
        .map(ScenarioEntry::scenario).toList();
    List<String> said = new ArrayList<>();
    for (String name : broken.keySet()) {
      ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(name)).findFirst()
          .orElseThrow();
      assertFalse(entry.valid(), name);
      robot.interact(() -> app.library().select(entry));
      List<String> lines = robot.lookup(".problem").queryAllAs(Label.class).stream().map(Label::getText).toList();
      assertFalse(lines.isEmpty(), name + " lists its problem");
      said.addAll(lines);
      look(robot, "library, " + name, scenarios);
    }
    assertTrue(said.stream().anyMatch(l -> l.contains("une valeur de dictionnaire n’est pas admise à cet endroit")),
        "a YAML syntax error in French: " + said);
    assertTrue(said.stream().anyMatch(l -> l.contains("caractère inattendu « } » : un guillemet double doit ouvrir")),
        "a JSON syntax error in French, with the character found: " + said);

    ScenarioEntry entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    robot.interact(() -> app.library().select(entry));
    Path saves = Files.createTempDirectory("liaison-french-bad-saves");
    Path notJson = saves.resolve("notjson.liaison-save.json");
    Files.writeString(notJson, "{\"formatVersion\": 2,\n \"completed\": 'x'}");
    String header = "{\"log\":\"liaison-decisions\",\"version\":1,\"scenario\":\""
        + entry.scenario().metadata().id() + "\",\"seed\":7,\"policy\":\"trainee\"}\n";
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Path badLine = saves.resolve("badline.liaison-save.json");
    Files.writeString(badLine, "{\"formatVersion\": 2, \"scenarioFile\": \"" + SCENARIO + "\", \"completed\": 0,"
        + " \"decisionLog\": " + json.writeValueAsString(header + "{\"seq\": 1,}\n") + "}");
    Path badType = saves.resolve("badtype.liaison-save.json");
    Files.writeString(badType, "{\"formatVersion\": 2, \"scenarioFile\": \"" + SCENARIO + "\", \"completed\": 0,"
        + " \"decisionLog\": " + json.writeValueAsString(header + "{\"seq\":1,\"completed\":0,\"tick\":0,"
        + "\"phase\":\"daily\",\"kind\":\"action\",\"action\":{\"type\":\"PARADE\"},\"taken\":true}\n") + "}");
    java.util.Map<Path, String> expected = new java.util.LinkedHashMap<>();
    expected.put(notJson, "caractère inattendu « ' » : valeur attendue");
    expected.put(badLine, "ce n’est pas un objet JSON : caractère inattendu « } »");
    expected.put(badType, "action type « PARADE » inconnue ; admis : ");
    expected.put(saves.resolve("absent.liaison-save.json"), "fichier introuvable");
    for (var save : expected.entrySet()) {
      robot.interact(() -> app.resume(save.getKey()));
      String error = app.errorProperty().get();
      assertTrue(error.startsWith("Impossible de reprendre " + save.getKey().getFileName()), error);
      assertTrue(error.contains(save.getValue()), "said in French: " + save.getValue() + " in " + error);
      look(robot, "library, the save " + save.getKey().getFileName(), scenarios);
    }
    assertEquals(List.of(), problems.stream().distinct().toList());
  }

  @Test
  void inFrenchTheJoinScreenAndTheControlConsoleShowNoEnglish(FxRobot robot) throws Exception {
    var scenario = ScenarioReader.read(Path.of("..", "scenarios", SCENARIO));
    try (LoopbackExercise exercise = serveInFrench()) {
      look(robot, "join screen", scenario);
      org.liaison.ui.network.NetworkShots.take(robot, stage, "join");
      robot.interact(() -> {
        robot.lookup("#join-address").queryAs(TextInputControl.class).setText(exercise.address());
        robot.lookup("#join-code").queryAs(TextInputControl.class).setText(exercise.code("control"));
        robot.lookup("#join-participant").queryAs(TextInputControl.class).setText("Inès");
      });
      fire(robot, "#join-button");
      waitFor(20, () -> robot.lookup("#console-msel").tryQuery().isPresent());
      look(robot, "control console", scenario);
      org.liaison.ui.network.NetworkShots.take(robot, stage, "console");
    }
    assertEquals(List.of(), problems.stream().distinct().toList());
  }
}
