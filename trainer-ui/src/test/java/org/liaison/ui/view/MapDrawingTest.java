package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Scenario;
import org.liaison.ui.exercise.Snapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the map paints, read back from its pixels headless, on the two-villages test world (a base
 * from 0 to 10 km, village A from 15 to 25 km, village B from 30 to 40 km, all 20 km high) drawn
 * at 10 pixels per km: each zone shaded by the value of the chosen layer, an attacked zone
 * outlined, and the legend of actor kinds.
 */
@ExtendWith(ApplicationExtension.class)
class MapDrawingTest {
  private static final double SCALE = 10;
  private static final Color BACKGROUND = Color.web("#F4F4F2");
  static final Scenario TWO_VILLAGES = TestScenarios.load("two-villages", t -> {
    TestScenarios.array(t.with("map"), "zones").forEach(z -> {
      switch (z.get("id").asText()) {
        case "village-a" -> ((com.fasterxml.jackson.databind.node.ObjectNode) z).put("need", 0.2).put("vulnerability", 0.8);
        case "village-b" -> ((com.fasterxml.jackson.databind.node.ObjectNode) z).put("need", 0.9).put("vulnerability", 0.2);
        default -> { }
      }
    });
  });
  private final Scenario scenario = TWO_VILLAGES;
  private final MapRenderer renderer = new MapRenderer(scenario);
  private Legend legend;

  @Start
  void start(Stage stage) {
    legend = new Legend();
    stage.setScene(new Scene(new StackPane(legend), 600, 200));
    stage.show();
  }

  private Image draw(FxRobot robot, Snapshot snapshot, MapRenderer.Layer layer) {
    return draw(robot, renderer, snapshot, layer);
  }

  /** A frame of the two-villages world at 10 px per km, as a picture. */
  static Image draw(FxRobot robot, MapRenderer renderer, Snapshot snapshot, MapRenderer.Layer layer) {
    AtomicReference<Image> image = new AtomicReference<>();
    robot.interact(() -> {
      Canvas canvas = new Canvas(400, 200);
      renderer.draw(canvas.getGraphicsContext2D(), 400, 200, snapshot, layer, SCALE, 0, 0, null);
      image.set(canvas.snapshot(null, null));
    });
    return image.get();
  }

  /** The colour a zone of this value is shaded with, over the map's background. */
  private static Color shade(double value) {
    Color fill = Palette.viridis(value).deriveColor(0, 0.75, 1.0, 0.85);
    double a = fill.getOpacity();
    return new Color(fill.getRed() * a + BACKGROUND.getRed() * (1 - a), fill.getGreen() * a + BACKGROUND.getGreen() * (1 - a),
        fill.getBlue() * a + BACKGROUND.getBlue() * (1 - a), 1);
  }

  static void assertColour(Color expected, Image image, double xKm, double yKm, String what) {
    Color actual = image.getPixelReader().getColor((int) (xKm * SCALE), (int) (yKm * SCALE));
    assertTrue(Math.abs(expected.getRed() - actual.getRed()) < 0.03 && Math.abs(expected.getGreen() - actual.getGreen()) < 0.03
        && Math.abs(expected.getBlue() - actual.getBlue()) < 0.03, what + ": expected " + expected + ", drawn " + actual);
  }

  @Test
  void asBriefedEachZoneIsShadedByItsNeedOrItsSecurity(FxRobot robot) {
    Image need = draw(robot, null, MapRenderer.Layer.NEED);
    assertColour(shade(0), need, 2, 2, "the base, need 0");
    assertColour(shade(0.2), need, 17, 2, "village A, need 0.2");
    assertColour(shade(0.9), need, 32, 2, "village B, need 0.9");
    assertColour(BACKGROUND, need, 12.5, 2, "between the zones");
    Image security = draw(robot, null, MapRenderer.Layer.SECURITY);
    assertColour(shade(1 - 0.8 * 0.5), security, 17, 2, "village A, vulnerability 0.8");
    assertColour(shade(1 - 0.2 * 0.5), security, 32, 2, "village B, vulnerability 0.2");
    Image trust = draw(robot, null, MapRenderer.Layer.TRUST);
    assertColour(shade(Double.NaN), trust, 17, 2, "no exercise yet: trust not observed, grey");
  }

  @Test
  void duringAnExerciseZonesAreShadedFromTheSnapshotAndAnAttackedZoneIsOutlined(FxRobot robot) {
    Snapshot s = snapshot(new double[] {0.5, 0.1, 0.75}, new boolean[] {false, false, true});
    Image trust = draw(robot, s, MapRenderer.Layer.TRUST);
    assertColour(shade(0.5), trust, 2, 2, "the base, trust 0.5");
    assertColour(shade(0.1), trust, 17, 2, "village A, trust 0.1");
    assertColour(shade(0.75), trust, 32, 2, "village B, trust 0.75");
    assertColour(Palette.VERMILLION, trust, 30, 5, "village B is under attack: its outline");
    assertColour(shade(0.1), trust, 15.15, 5, "village A is not: its thin outline leaves its fill 1.5 px from its edge");
    assertColour(shade(0.3), draw(robot, s, MapRenderer.Layer.NEED), 17, 2, "need from the snapshot, not the scenario");
  }

  @Test
  void theLegendNamesEveryKindOfActorBesideItsColour(FxRobot robot) {
    List<String> names = legend.getChildren().stream()
        .map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText()).toList();
    assertEquals(List.of("Peacekeeping unit", "International organisation", "NGO", "Community group", "Armed faction",
        "Private security", "Local authority", "State forces"), names);
    for (int k = 0; k < ActorKind.values().length; k++) {
      Sample marker = (Sample) ((HBox) legend.getChildren().get(k)).getChildren().get(0);
      AtomicReference<Image> image = new AtomicReference<>();
      robot.interact(() -> image.set(marker.canvas.snapshot(null, null)));
      Color centre = image.get().getPixelReader().getColor((int) (image.get().getWidth() / 2),
          (int) (image.get().getHeight() / 2));
      Color expected = Palette.of(ActorKind.values()[k]);
      assertTrue(Math.abs(expected.getRed() - centre.getRed()) < 0.03 && Math.abs(expected.getGreen() - centre.getGreen()) < 0.03
          && Math.abs(expected.getBlue() - centre.getBlue()) < 0.03, ActorKind.values()[k] + ": " + centre);
    }
  }

  private Snapshot snapshot(double[] zoneTrust, boolean[] attacked) {
    return snapshot(scenario, zoneTrust, attacked);
  }

  /** A snapshot of the two-villages world with these trusts and attacks in its three zones, need 0.3. */
  static Snapshot snapshot(Scenario scenario, double[] zoneTrust, boolean[] attacked) {
    int zones = 3;
    int actors = scenario.actors().size();
    double[] security = new double[zones];
    double[] need = new double[zones];
    Arrays.fill(need, 0.3);
    return new Snapshot(30, 192, false, security, need, zoneTrust, attacked,
        new double[actors], new boolean[actors][Snapshot.FLAGS.length], new double[actors][actors],
        new double[actors][actors], new float[0], new float[0], new byte[0], List.of(), List.of(),
        List.<EngineEvent>of(), new double[Indicator.values().length], new float[0][], 0, 0, 0, null, List.of(), null,
        List.of(), List.of(), List.of());
  }
}
