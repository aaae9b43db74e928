package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every text the trainer shows, on every screen at 1024 x 700, has the contrast WCAG 2 asks at
 * level AA (SC 1.4.3) with what lies behind it: 4.5:1, or 3:1 for large text (24 px, or 18.66 px
 * bold). Every label, button, row and field draws its text as a {@link Text} node, so all of them
 * are checked through those; behind a text is the topmost opaque background of its nearest
 * ancestor that has one (a selected row's, a button's face), with translucent fills between laid
 * over it. Text of a disabled control is left out, as WCAG leaves out inactive components; that
 * includes the screen behind a decision or a notice, which is disabled while they are open.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {
  private static final String SCENARIO = "somalia-lower-shabelle.yaml";
  private AppViewModel app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize()));
    stage.setScene(new MainView(app).scene(1024, 700));
    stage.show();
  }

  @Test
  void everyTextOnEveryScreenHasContrastAa(FxRobot robot) throws Exception {
    List<String> problems = new ArrayList<>();
    int[] checked = {0};
    ScreenWalk.walk(robot, app, stage, SCENARIO, screen -> robot.interact(() -> {
      List<Text> texts = new ArrayList<>();
      collect(stage.getScene().getRoot(), texts);
      checked[0] += texts.size();
      for (Text t : texts) {
        String p = problem(t, Contrast.TEXT, Contrast.LARGE);
        if (p != null) {
          problems.add(screen + ": " + p);
        }
      }
    }));
    assertTrue(checked[0] > 300, "only " + checked[0] + " texts checked");
    assertEquals(List.of(), problems.stream().distinct().toList());
  }

  /**
   * Every rating badge of the review (P, S, M, U, N) as the style sheets draw it: on a monitor at
   * AA for normal text, in the projector mode at AAA for normal text (7:1), though a badge's bold
   * letter counts as large text, since it says at a glance from the back of a room how an
   * objective went.
   */
  @Test
  void everyRatingBadgeHasContrastAaOnAMonitorAndAaaInTheProjectorMode(FxRobot robot) {
    List<String> problems = new ArrayList<>();
    robot.interact(() -> {
      problems.addAll(badgeProblems(false, Contrast.TEXT));
      problems.addAll(badgeProblems(true, CanvasContrastTest.AAA));
    });
    assertEquals(List.of(), problems);
  }

  private static List<String> badgeProblems(boolean projector, double needed) {
    javafx.scene.layout.HBox screen = new javafx.scene.layout.HBox(8);
    screen.getStyleClass().addAll("app", "screen");
    screen.setStyle("-fx-background-color: white; -fx-font-size: " + (projector ? MainView.PROJECTOR_TEXT : 13)
        + "px;");
    for (org.liaison.indicators.ObjectiveRater.Rating r : org.liaison.indicators.ObjectiveRater.Rating.values()) {
      javafx.scene.control.Label badge = new javafx.scene.control.Label(r.name());
      badge.getStyleClass().addAll("rating", "rating-" + r.name());
      screen.getChildren().add(badge);
    }
    javafx.scene.Scene scene = new javafx.scene.Scene(screen);
    scene.getStylesheets().add(MainView.class.getResource("/org/liaison/ui/liaison.css").toExternalForm());
    if (projector) {
      scene.getStylesheets().add(MainView.class.getResource("/org/liaison/ui/projector.css").toExternalForm());
    }
    screen.applyCss();
    screen.layout();
    List<Text> texts = new ArrayList<>();
    collect(screen, texts);
    assertEquals(org.liaison.indicators.ObjectiveRater.Rating.values().length, texts.size(), "one letter a badge");
    List<String> out = new ArrayList<>();
    for (Text t : texts) {
      String p = problem(t, needed, needed);
      if (p != null) {
        out.add((projector ? "projector: " : "monitor: ") + p);
      }
    }
    return out;
  }

  /** Whether a text is a rating badge's letter, which the projector mode asks 7:1 of at any size. */
  static boolean inRatingBadge(Text t) {
    for (Node p = t.getParent(); p != null; p = p.getParent()) {
      if (p.getStyleClass().contains("rating")) {
        return true;
      }
    }
    return false;
  }

  /** The texts a person sees: visible, not empty, not in a disabled control. */
  static void collect(Node n, List<Text> out) {
    if (!n.isVisible() || n.getOpacity() == 0) {
      return;
    }
    if (n instanceof Text t) {
      if (t.getText() != null && !t.getText().isBlank() && !t.isDisabled()) {
        out.add(t);
      }
      return;
    }
    if (n instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, out);
      }
    }
  }

  /** What is wrong with a text's contrast, given what normal and large text need, or null. */
  static String problem(Text t, double normal, double largeText) {
    double size = t.getFont().getSize();
    boolean bold = t.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
    boolean large = size >= 24 || (bold && size >= 18.66);
    double needed = large ? largeText : normal;
    List<Color> behind = Backdrop.behind(t.getParent());
    double opacity = Backdrop.opacity(t, null);
    double worst = Double.MAX_VALUE;
    String pair = "";
    for (Color fill : Backdrop.colours(t.getFill())) {
      Color shown = fill.deriveColor(0, 1, 1, opacity);
      for (Color b : behind) {
        double r = Contrast.ratio(Contrast.over(shown, b), b);
        if (r < worst) {
          worst = r;
          pair = hex(Contrast.over(shown, b)) + " on " + hex(b);
        }
      }
    }
    if (worst >= needed) {
      return null;
    }
    return String.format(Locale.ROOT, "'%s' %s at %.2f:1, %.2f wanted (%s)", abbreviate(t.getText()), pair, worst,
        needed, where(t));
  }

  private static String where(Node n) {
    StringBuilder b = new StringBuilder();
    for (Node p = n.getParent(); p != null && b.length() < 160; p = p.getParent()) {
      String id = p.getId() != null ? "#" + p.getId()
          : p.getStyleClass().isEmpty() ? p.getClass().getSimpleName() : "." + p.getStyleClass().get(0);
      b.append(b.length() == 0 ? "" : " < ").append(id);
    }
    return b.toString();
  }

  private static String abbreviate(String s) {
    String line = s.replace('\n', ' ');
    return line.length() > 40 ? line.substring(0, 40) + "…" : line;
  }

  private static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
        Math.round(c.getBlue() * 255));
  }
}
