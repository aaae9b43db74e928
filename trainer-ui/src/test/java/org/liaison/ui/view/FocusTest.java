package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control the Tab key reaches, on every screen at 1024 x 700, shows that it has the focus:
 * drawn with and without the focus (the margin round it included, where a ring lies), it changes
 * in at least as many pixels as a ring one pixel wide round it, each changed to a colour with 3:1
 * contrast against what was there before (WCAG 2.2 SC 2.4.13, focus appearance, simplified to a
 * one-pixel ring; SC 1.4.11 asks 3:1 of such an indicator). The map and, while a decision is open,
 * its dilemma are among them; the map is worked with the arrow keys, which select actors.
 */
@ExtendWith(ApplicationExtension.class)
class FocusTest {
  private static final String SCENARIO = "somalia-lower-shabelle.yaml";
  /** Room round a control for a focus ring drawn outside it. */
  private static final double MARGIN = 5;
  private static final int MAX_STOPS = 150;
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
  void everyControlTheTabKeyReachesShowsItsFocus(FxRobot robot) throws Exception {
    List<String> problems = new ArrayList<>();
    Set<String> reached = new LinkedHashSet<>();
    ScreenWalk.walk(robot, app, stage, SCENARIO, screen -> {
      for (String p : tabThrough(robot, screen, reached)) {
        problems.add(screen + ": " + p);
      }
    });
    assertTrue(reached.stream().anyMatch(r -> r.startsWith("decision: ") && r.contains("#decision-options")),
        "the dilemma is not reached: " + reached);
    assertTrue(reached.stream().anyMatch(r -> r.startsWith("exercise: ") && r.contains(".map")),
        "the map is not reached: " + reached);
    assertTrue(reached.size() > 40, "only " + reached.size() + " stops: " + reached);
    assertEquals(List.of(), problems.stream().distinct().toList());
  }

  @Test
  void theMapSelectsActorsWithTheArrowKeys(FxRobot robot) throws Exception {
    var entry = app.library().entries().stream().filter(e -> e.fileName().equals(SCENARIO)).findFirst()
        .orElseThrow();
    robot.interact(() -> app.brief(entry));
    robot.interact(app::start);
    WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
        () -> app.exerciseProperty().get().snapshotProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    Node map = robot.lookup(".map").match(Node::isFocusTraversable).query();
    robot.interact(map::requestFocus);
    var vm = app.exerciseProperty().get();
    robot.type(KeyCode.RIGHT);
    String first = vm.selectedActorProperty().get();
    assertNotEquals(null, first, "an arrow key on the map selects an actor");
    robot.type(KeyCode.RIGHT);
    assertNotEquals(first, vm.selectedActorProperty().get(), "the next arrow selects the next actor");
    robot.type(KeyCode.LEFT);
    assertEquals(first, vm.selectedActorProperty().get(), "the opposite arrow goes back");
    assertTrue(map.isFocused(), "the map keeps the focus while actors are selected");
  }

  /** Tabs round the screen once; a line per control whose focus cannot be seen. */
  private List<String> tabThrough(FxRobot robot, String screen, Set<String> reached) {
    List<String> problems = new ArrayList<>();
    Set<Node> seen = new LinkedHashSet<>();
    // The screen may open with the focus somewhere (a decision on its dilemma): that control counts too.
    Node previous = stage.getScene().getFocusOwner();
    WritableImage previousFocused = null;
    if (previous != null) {
      Node first = previous;
      seen.add(first);
      reached.add(screen + ": " + describe(first));
      previousFocused = onFx(robot, () -> picture(first));
    }
    for (int stop = 0; stop < MAX_STOPS; stop++) {
      robot.type(KeyCode.TAB);
      WaitForAsyncUtils.waitForFxEvents();
      if (previous instanceof javafx.scene.control.TextArea && previous.isFocused()) {
        // A text area takes Tab as a character; Ctrl+Tab leaves it.
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
      }
      if (previous != null) {
        Node p = previous;
        WritableImage unfocused = onFx(robot, () -> p.isFocused() ? null : picture(p));
        if (unfocused != null) {
          String problem = compare(previousFocused, unfocused, p);
          if (problem != null) {
            problems.add(describe(p) + " " + problem);
          }
        }
      }
      Node focused = stage.getScene().getFocusOwner();
      if (focused == null || !seen.add(focused)) {
        break;
      }
      reached.add(screen + ": " + describe(focused));
      previous = focused;
      previousFocused = onFx(robot, () -> picture(focused));
    }
    return problems;
  }

  /** The control and the margin round it, as drawn now, over what lies behind it. */
  private static WritableImage picture(Node n) {
    n.getScene().getRoot().applyCss();
    n.getScene().getRoot().layout();
    Bounds local = n.getLayoutBounds();
    Bounds inParent = n.localToParent(new BoundingBox(local.getMinX() - MARGIN, local.getMinY() - MARGIN,
        local.getWidth() + 2 * MARGIN, local.getHeight() + 2 * MARGIN));
    SnapshotParameters params = new SnapshotParameters();
    params.setViewport(new Rectangle2D(inParent.getMinX(), inParent.getMinY(), inParent.getWidth(),
        inParent.getHeight()));
    params.setFill(Backdrop.behind(n.getParent()).get(0));
    return n.snapshot(params, null);
  }

  /** Why the focus cannot be seen, or null if it can. */
  private static String compare(WritableImage focused, WritableImage unfocused, Node n) {
    int w = (int) Math.min(focused.getWidth(), unfocused.getWidth());
    int h = (int) Math.min(focused.getHeight(), unfocused.getHeight());
    PixelReader f = focused.getPixelReader();
    PixelReader u = unfocused.getPixelReader();
    int changed = 0;
    int strong = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int a = f.getArgb(x, y);
        int b = u.getArgb(x, y);
        if (a != b) {
          changed++;
          if (Contrast.ratio(f.getColor(x, y), u.getColor(x, y)) >= Contrast.LARGE) {
            strong++;
          }
        }
      }
    }
    // A check box shows its focus round its box, the part it is worked by, as WCAG measures it.
    Node part = n instanceof javafx.scene.control.CheckBox && n.lookup(".box") != null ? n.lookup(".box") : n;
    Bounds b = part.getLayoutBounds();
    long ring = Math.round(2 * (b.getWidth() + b.getHeight()));
    if (strong >= ring) {
      return null;
    }
    return String.format(Locale.ROOT, "changes %d pixels with focus, %d of them at 3:1; a ring round it is %d",
        changed, strong, ring);
  }

  private static <T> T onFx(FxRobot robot, java.util.concurrent.Callable<T> task) {
    AtomicReference<T> out = new AtomicReference<>();
    robot.interact(() -> {
      try {
        out.set(task.call());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return out.get();
  }

  private static String describe(Node n) {
    String text = n instanceof javafx.scene.control.Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "";
    return n.getClass().getSimpleName() + (n.getId() != null ? " #" + n.getId() : "")
        + (n.getStyleClass().contains("map") ? " .map" : "") + text;
  }
}
