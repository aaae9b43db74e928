package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.scenario.Actor;
import org.liaison.scenario.Scenario;
import org.liaison.ui.LiaisonApp;
import org.liaison.ui.app.AppViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trust network writes each actor's name whole where the canvas has room for it: on a 1920 x
 * 1080 canvas, the shipped CAR and Somalia cases' names are all written in full, at the default
 * text size and in the projector mode; on a small canvas they are shortened with "…" as their room
 * asks, and still cover no other text and stay inside the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class TrustNetworkNamesTest {
  private static final List<String> SCENARIOS = List.of("car-bangui-periphery.yaml", "somalia-lower-shabelle.yaml");
  private AppViewModel app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = LiaisonApp.createViewModel(List.of(Path.of("..", "scenarios").toAbsolutePath().normalize()));
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  private Scenario scenario(String file) {
    return app.library().entries().stream().filter(e -> e.fileName().equals(file)).findFirst().orElseThrow()
        .scenario();
  }

  /** The trust network of a scenario drawn alone on a canvas of this size, in a palette and text size. */
  private TrustNetworkView draw(FxRobot robot, Scenario s, double width, double height, String palette, double em) {
    TrustNetworkView[] view = new TrustNetworkView[1];
    robot.interact(() -> {
      view[0] = new TrustNetworkView(s, () -> TrustNetworkView.priors(s));
      StackPane root = new StackPane(view[0]);
      root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx; -liaison-canvas-palette: %s;", em, palette));
      stage.setScene(new Scene(root, width, height));
      root.applyCss();
      root.layout();
      view[0].redraw();
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(width, view[0].getWidth(), 0.5);
    return view[0];
  }

  private static List<String> written(TrustNetworkView view) {
    return view.texts().stream().map(MapRenderer.PlacedLabel::text).toList();
  }

  @Test
  void onAFullHdCanvasEveryNameIsWrittenWhole(FxRobot robot) {
    List<String> problems = new ArrayList<>();
    for (String file : SCENARIOS) {
      Scenario s = scenario(file);
      for (String palette : List.of("standard", "projector")) {
        double em = palette.equals("projector") ? MainView.PROJECTOR_TEXT : CanvasFonts.DEFAULT_EM;
        TrustNetworkView view = draw(robot, s, 1920, 1080, palette, em);
        List<String> texts = written(view);
        for (Actor a : s.actors()) {
          if (!texts.contains(a.name())) {
            problems.add(file + ", " + palette + ": '" + a.name() + "' not written whole: "
                + texts.stream().filter(t -> t.endsWith("…")).toList());
          }
        }
        problems.addAll(apartAndInside(file + ", " + palette, view));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void onASmallCanvasNamesAreShortenedAndStillApart(FxRobot robot) {
    List<String> problems = new ArrayList<>();
    for (String file : SCENARIOS) {
      Scenario s = scenario(file);
      TrustNetworkView view = draw(robot, s, 420, 300, "standard", CanvasFonts.DEFAULT_EM);
      // The legend's four words come after the names.
      List<String> names = written(view).subList(0, written(view).size() - 4);
      assertTrue(names.stream().anyMatch(t -> t.endsWith("…")), file + ": nothing shortened in " + names);
      assertTrue(names.size() >= s.actors().size() / 2, file + ": only " + names + " written");
      for (String t : names) {
        if (s.actors().stream().noneMatch(a -> a.name().equals(t)
            || (t.endsWith("…") && a.name().startsWith(t.substring(0, t.length() - 1))))) {
          problems.add(file + ": '" + t + "' is no actor's name nor its beginning");
        }
      }
      problems.addAll(apartAndInside(file, view));
      // So low a canvas that the top name of the ring would reach into the legend: it is left out instead.
      problems.addAll(apartAndInside(file + ", low", draw(robot, s, 420, 90, "standard", CanvasFonts.DEFAULT_EM)));
    }
    assertEquals(List.of(), problems);
  }

  private static List<String> apartAndInside(String where, TrustNetworkView view) {
    List<String> problems = new ArrayList<>();
    List<MapRenderer.PlacedLabel> texts = view.texts();
    for (int i = 0; i < texts.size(); i++) {
      MapRenderer.PlacedLabel t = texts.get(i);
      if (t.x() < -0.5 || t.y() < -0.5 || t.x() + t.width() > view.getWidth() + 0.5
          || t.y() + t.height() > view.getHeight() + 0.5) {
        problems.add(where + ": '" + t.text() + "' leaves the canvas");
      }
      for (int j = i + 1; j < texts.size(); j++) {
        MapRenderer.PlacedLabel u = texts.get(j);
        if (t.overlaps(u.x(), u.y(), u.width(), u.height())) {
          problems.add(where + ": '" + t.text() + "' and '" + u.text() + "' overlap");
        }
      }
    }
    return problems;
  }
}
