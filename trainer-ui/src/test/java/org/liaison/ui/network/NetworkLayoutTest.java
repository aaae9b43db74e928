package org.liaison.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.ui.I18n;
import org.liaison.ui.view.LayoutCheck;
import org.liaison.ui.view.MainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The networked screens (join screen, control console, a trainee's seat) at 1024 x 700, 1400 x 860
 * and 1920 x 1080, each with normal and with 150% text: no button text cut, no control off screen, in
 * the control console's inject form no field's name over another name or over a field, and in the
 * console's tables and lists no cell's text cut.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkLayoutTest {
  /** Width, height and text size in px of each window checked. */
  private static final double[][] WINDOWS = {{1024, 700, 13}, {1024, 700, 19.5}, {1400, 860, 13}, {1400, 860, 19.5},
      {1920, 1080, 13}, {1920, 1080, 19.5}};
  /** The console's lists of lines, whose every line is read whole. */
  private static final java.util.Set<String> LISTS = java.util.Set.of("console-log", "console-picture");
  /** The rows the inject form's lists show at least, so that one choice is seen among the others. */
  private static final int LEAST_ROWS = 3;
  private LoopbackExercise exercise;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    exercise = LoopbackExercise.start(stage, LoopbackExercise.UKRAINE, 1024, 700);
  }

  @AfterEach
  void stop() throws Exception {
    exercise.close();
    I18n.setLocale(Locale.ENGLISH);
  }

  @Test
  void theJoinScreenFitsEveryWindow(FxRobot robot) throws Exception {
    NetworkShots.take(robot, stage, "join");
    assertEquals(List.of(), everyWindow(robot, "join screen"));
  }

  @Test
  void theControlConsoleFitsEveryWindow(FxRobot robot) throws Exception {
    exercise.join(robot, exercise.code("control"), "Ines");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#console-msel").tryQuery().isPresent());
    NetworkShots.take(robot, stage, "console");
    showValuesInForce(robot);
    assertEquals(List.of(), everyWindow(robot, "control console"));
  }

  @Test
  void theControlConsoleFitsEveryWindowInFrench(FxRobot robot) throws Exception {
    robot.interact(() -> {
      I18n.setLocale(Locale.FRENCH);
      exercise.showJoinScreen();
    });
    exercise.join(robot, exercise.code("control"), "Inès");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#console-msel").tryQuery().isPresent());
    showValuesInForce(robot);
    assertEquals(List.of(), everyWindow(robot, "control console in French"));
  }

  /**
   * Chooses an actor for a disposition, so that the console says the values in force, the
   * disposition's under its choices and the parameter's in its field's hint ("actuellement 0,35").
   */
  private static void showValuesInForce(FxRobot robot) throws Exception {
    javafx.scene.control.ComboBox<?> actor = robot.lookup("#console-disposition-actor").queryComboBox();
    Label now = robot.lookup("#console-disposition-now").queryAs(Label.class);
    robot.interact(() -> actor.getSelectionModel().selectFirst());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !now.getText().isEmpty());
  }

  @Test
  void aTraineesSeatFitsEveryWindow(FxRobot robot) throws Exception {
    exercise.join(robot, exercise.code("head-of-office"), "Petra");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#action-list").tryQuery().isPresent());
    NetworkShots.take(robot, stage, "seat");
    assertEquals(List.of(), everyWindow(robot, "seat"));
  }

  /** Shows the current screen in each window and lists what does not fit, with each side tab of a seat. */
  private List<String> everyWindow(FxRobot robot, String screen) throws InterruptedException {
    List<String> problems = new ArrayList<>();
    for (double[] w : WINDOWS) {
      String where = String.format(Locale.ROOT, "%s at %.0f x %.0f, text %.1f px: ", screen, w[0], w[1], w[2]);
      robot.interact(() -> {
        Parent root = stage.getScene().getRoot();
        stage.getScene().setRoot(new Pane());
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", w[2]));
        stage.setScene(new Scene(root, w[0], w[1]));
        // On the screen, as the application keeps its windows: grown in place past the headless
        // screen's edge, Monocle's clipped upload left the pixel buffer short (BufferOverflowException).
        org.liaison.ui.Windows.keepInside(stage, org.liaison.ui.Windows.area());
        // A seat's exercise screen sets its own text size, as at a hot seat.
        robot.from(root).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof MainView).tryQueryAs(MainView.class)
            .ifPresent(v -> v.fontSizeProperty().set(w[2]));
      });
      WaitForAsyncUtils.waitForFxEvents();
      check(robot, where, problems);
      if (w[2] == 13) {
        // With normal text every screen fits without scrolling; only larger text may need it.
        robot.interact(() -> robot.lookup(".scroll-pane").queryAllAs(ScrollPane.class).stream()
            .filter(p -> p.getContent() != null && p.getContent().lookup("#console-msel") != null)
            .filter(p -> p.getContent().getLayoutBounds().getHeight() > p.getViewportBounds().getHeight() + 0.5
                || p.getContent().getLayoutBounds().getWidth() > p.getViewportBounds().getWidth() + 0.5)
            .forEach(p -> problems.add(where + "the console scrolls")));
      }
      TabPane tabs = robot.lookup("#side-tabs").tryQueryAs(TabPane.class).orElse(null);
      if (tabs != null) {
        for (Tab tab : List.copyOf(tabs.getTabs())) {
          robot.interact(() -> tabs.getSelectionModel().select(tab));
          check(robot, where + "tab " + tab.getText() + ": ", problems);
        }
      }
    }
    return problems;
  }

  /**
   * The problems of the window once its layout has settled. A picture from the server may change
   * the tables' rows between two passes, and a table sizes a row anew on a later pulse, so a
   * window is looked at again, a few frames later, before what it shows counts: a cut that lasts
   * is a problem, one a frame repairs is not.
   */
  private void check(FxRobot robot, String where, List<String> problems) throws InterruptedException {
    List<String> found = new ArrayList<>();
    for (int look = 0; look < 3; look++) {
      if (look > 0) {
        Thread.sleep(100);
      }
      found.clear();
      lookAt(robot, where, found);
      if (found.isEmpty()) {
        break;
      }
    }
    problems.addAll(found);
  }

  private void lookAt(FxRobot robot, String where, List<String> problems) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {
      // Twice: a scroll bar that the first pass shows narrows what the second lays out.
      for (int pass = 0; pass < 2; pass++) {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
      }
      for (String p : LayoutCheck.problems(stage.getScene())) {
        problems.add(where + p);
      }
      if (stage.getScene().lookup("#console-msel") != null) {
        for (String p : cutCells(stage.getScene().getRoot())) {
          problems.add(where + p);
        }
      }
      Node form = stage.getScene().lookup("#console-inject-form");
      if (form != null) {
        for (String p : overlaps((Parent) form)) {
          problems.add(where + "inject form: " + p);
        }
        for (String p : squeezedLists((Parent) form)) {
          problems.add(where + "inject form: " + p);
        }
      }
    });
  }

  /**
   * The rows of the console's tables (seats, MSEL) and of its log and picture whose text is not
   * shown whole: a cell's own text cut short ("…" in its place) or any of its text running past the
   * cell's edges, where the row would clip it. A cell's text is its own or, where it shows it as a
   * graphic, the graphic's.
   */
  private static List<String> cutCells(Parent parent) {
    List<String> out = new ArrayList<>();
    for (Node n : parent.getChildrenUnmodifiable()) {
      if (!n.isVisible()) {
        continue;
      }
      // A table's row holds the cells, each checked on its own.
      if (n instanceof IndexedCell<?> cell && !(n instanceof TableRow<?>) && !cell.isEmpty() && inTableOrList(cell)) {
        String full = cell.getText() != null && !cell.getText().isEmpty() ? cell.getText()
            : cell.getGraphic() instanceof Text t ? t.getText() : null;
        if (full != null && !full.isEmpty()) {
          List<Text> texts = new ArrayList<>();
          texts(cell, texts);
          String shown = String.join("", texts.stream().map(Text::getText).toList());
          Bounds edges = box(cell);
          if (!shown.equals(full)) {
            out.add("cell cut: '" + full + "' shows '" + shown + "'");
          } else {
            texts.stream().map(NetworkLayoutTest::box).filter(b -> b.getMinX() < edges.getMinX() - 0.5
                || b.getMaxX() > edges.getMaxX() + 0.5 || b.getMinY() < edges.getMinY() - 0.5
                || b.getMaxY() > edges.getMaxY() + 0.5).findFirst()
                .ifPresent(b -> out.add("cell cut: '" + full + "' at " + b + " runs past its cell at " + edges));
          }
        }
        continue;
      }
      if (n instanceof Parent p) {
        out.addAll(cutCells(p));
      }
    }
    return out;
  }

  private static boolean inTableOrList(Node n) {
    for (Parent p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof TableView<?> || p instanceof ListView<?> && LISTS.contains(p.getId())) {
        return true;
      }
    }
    return false;
  }

  private static void texts(Parent parent, List<Text> out) {
    for (Node n : parent.getChildrenUnmodifiable()) {
      if (n instanceof Text t && n.isVisible()) {
        out.add(t);
      } else if (n instanceof Parent p && n.isVisible()) {
        texts(p, out);
      }
    }
  }

  /**
   * The form's lists that do not show at least {@value #LEAST_ROWS} whole rows (or all they hold),
   * and any row a list draws outside its own box, over the field or name next to it: what a list
   * squeezed below its rows does.
   */
  private static List<String> squeezedLists(Parent form) {
    List<String> out = new ArrayList<>();
    List<Control> fields = new ArrayList<>();
    collect(form, new ArrayList<>(), fields);
    for (Control field : fields) {
      if (!(field instanceof ListView<?> list)) {
        continue;
      }
      Bounds edges = box(list);
      int whole = 0;
      for (Node c : list.lookupAll(".list-cell")) {
        if (!(c instanceof IndexedCell<?> cell) || !cell.isVisible() || cell.isEmpty() || cell.getIndex() < 0) {
          continue;
        }
        Bounds b = box(cell);
        if (b.getMinY() >= edges.getMinY() - 0.5 && b.getMaxY() <= edges.getMaxY() + 0.5) {
          whole++;
        }
        Bounds drawn = clipped(cell, list);
        if (drawn != null && (drawn.getMinY() < edges.getMinY() - 0.5 || drawn.getMaxY() > edges.getMaxY() + 0.5
            || drawn.getMinX() < edges.getMinX() - 0.5 || drawn.getMaxX() > edges.getMaxX() + 0.5)) {
          out.add("list " + list.getId() + " draws its row '" + cell.getText() + "' at " + drawn + " outside its box "
              + edges);
        }
      }
      int wanted = Math.min(LEAST_ROWS, list.getItems().size());
      if (whole < wanted) {
        out.add("list " + list.getId() + " shows " + whole + " whole rows, " + wanted + " wanted");
      }
    }
    return out;
  }

  /** What of the cell is drawn, in the scene: its box less what the clips between it and its list cut away; null if nothing. */
  private static Bounds clipped(Node cell, Node list) {
    Bounds b = box(cell);
    for (Node p = cell; p != null && p != list.getParent(); p = p.getParent()) {
      if (p.getClip() != null) {
        Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
        double minX = Math.max(b.getMinX(), clip.getMinX());
        double minY = Math.max(b.getMinY(), clip.getMinY());
        double maxX = Math.min(b.getMaxX(), clip.getMaxX());
        double maxY = Math.min(b.getMaxY(), clip.getMaxY());
        if (maxX <= minX || maxY <= minY) {
          return null;
        }
        b = new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
      }
    }
    return b;
  }

  /**
   * Where a field's name in the form lies over another name or over a field: the form's own labels
   * (not those inside its controls) against each other and against every control of the form.
   */
  private static List<String> overlaps(Parent form) {
    List<Label> names = new ArrayList<>();
    List<Control> fields = new ArrayList<>();
    collect(form, names, fields);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Bounds a = box(names.get(i));
      for (int j = i + 1; j < names.size(); j++) {
        if (overlap(a, box(names.get(j)))) {
          out.add("'" + names.get(i).getText() + "' lies over '" + names.get(j).getText() + "'");
        }
      }
      for (Control f : fields) {
        if (overlap(a, box(f))) {
          out.add("'" + names.get(i).getText() + "' lies over the field " + (f.getId() != null ? f.getId() : f));
        }
      }
    }
    return out;
  }

  private static void collect(Parent parent, List<Label> names, List<Control> fields) {
    for (Node n : parent.getChildrenUnmodifiable()) {
      if (!n.isVisible() || !n.isManaged()) {
        continue;
      }
      if (n instanceof Label l) {
        if (l.getText() != null && !l.getText().isBlank()) {
          names.add(l);
        }
      } else if (n instanceof Control c) {
        fields.add(c);
      } else if (n instanceof Parent p) {
        collect(p, names, fields);
      }
    }
  }

  private static Bounds box(Node n) {
    return n.localToScene(n.getLayoutBounds());
  }

  /** Whether two boxes share more than a hairline (a shared edge is not an overlap). */
  private static boolean overlap(Bounds a, Bounds b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0.5 && h > 0.5;
  }
}
