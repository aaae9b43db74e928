package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
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
import org.liaison.comms.ChannelCondition;
import org.liaison.events.EngineEvent;
import org.liaison.exercise.ChannelView;
import org.liaison.exercise.Exercise;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.indicators.Indicator;
import org.liaison.policy.ActionResult;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;
import org.liaison.ui.I18n;
import org.liaison.ui.app.LibraryViewModel;
import org.liaison.ui.exercise.Snapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The map's legibility: labels that never overlap on any shipped scenario, actor names on hover
 * and at zoom, channels drawn by medium and condition with a legend naming them, and incident
 * marks that fade with age on a local exercise's map and on a networked seat's alike.
 */
@ExtendWith(ApplicationExtension.class)
class MapLegibilityTest {
  private static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(), 100, 100));
    stage.show();
  }

  private static List<Scenario> shipped() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(LibraryViewModel::read)
          .filter(e -> e.valid()).map(e -> e.scenario()).toList();
    }
  }

  /** Draws the scenario as briefed into a canvas of the size, at the zoom, centred as the map view does. */
  private static MapRenderer drawn(FxRobot robot, Scenario s, double w, double h, double zoom, String hovered) {
    return drawn(robot, s, w, h, zoom, hovered, CanvasPalette.STANDARD, CanvasFonts.DEFAULT_EM);
  }

  /** The same in a palette and with the screen's text at em pixels. */
  private static MapRenderer drawn(FxRobot robot, Scenario s, double w, double h, double zoom, String hovered,
      CanvasPalette palette, double em) {
    MapRenderer r = new MapRenderer(s);
    robot.interact(() -> {
      r.setLook(palette, CanvasFonts.of(em));
      double base = Math.min((w - 20) / s.map().widthKm(), (h - 20) / s.map().heightKm());
      double scale = base * zoom;
      double ox = w / 2 - s.map().widthKm() * scale / 2;
      double oy = h / 2 - s.map().heightKm() * scale / 2;
      r.setHovered(hovered);
      r.draw(new Canvas(w, h).getGraphicsContext2D(), w, h, null, MapRenderer.Layer.NEED, scale, ox, oy, null);
    });
    return r;
  }

  /**
   * Each look a map is drawn in: the default text, text at 150% as Ctrl+= gives it, and the
   * projector mode (150% text, heavier markers).
   */
  private static final Object[][] LOOKS = {{CanvasPalette.STANDARD, 13.0}, {CanvasPalette.STANDARD, 19.5},
      {CanvasPalette.PROJECTOR, MainView.PROJECTOR_TEXT}};

  @Test
  void noLabelOverlapsAnotherOrAMarkerOrLeavesTheMapOnAnyShippedScenario(FxRobot robot) throws IOException {
    List<Scenario> scenarios = shipped();
    assertTrue(scenarios.size() >= 3, "the shipped scenarios are found: " + scenarios.size());
    for (Scenario s : scenarios) {
      for (Object[] look : LOOKS) {
      for (double[] view : new double[][] {{560, 420, 1}, {1200, 800, 1}, {560, 420, 2.5}, {1200, 800, 4}}) {
        CanvasPalette palette = (CanvasPalette) look[0];
        double em = (Double) look[1];
        MapRenderer r = drawn(robot, s, view[0], view[1], view[2], null, palette, em);
        List<MapRenderer.PlacedLabel> labels = r.labels();
        String where = s.metadata().id() + " at " + (int) view[0] + "x" + (int) view[1] + " zoom " + view[2] + ", "
            + palette.name() + " with text at " + em + " px";
        assertFalse(labels.isEmpty(), where + ": some zone is named");
        for (int i = 0; i < labels.size(); i++) {
          MapRenderer.PlacedLabel a = labels.get(i);
          assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= view[0] && a.y() + a.height() <= view[1],
              where + ": '" + a.text() + "' lies on the canvas");
          for (MapRenderer.PlacedLabel m : r.markers()) {
            assertFalse(a.overlaps(m.x(), m.y(), m.width(), m.height()),
                where + ": '" + a.text() + "' covers the marker of " + m.text());
          }
          for (int j = i + 1; j < labels.size(); j++) {
            MapRenderer.PlacedLabel b = labels.get(j);
            assertFalse(a.overlaps(b.x(), b.y(), b.width(), b.height()),
                where + ": '" + a.text() + "' and '" + b.text() + "' overlap");
          }
        }
      }
      }
    }
  }

  @Test
  void labelsAreWrittenAtTheScreensTextSizeAndTheirBoxesHoldThem(FxRobot robot) throws IOException {
    Scenario s = shipped().stream().filter(x -> x.metadata().id().contains("somalia")).findFirst().orElseThrow();
    MapRenderer normal = drawn(robot, s, 1200, 800, 1, null, CanvasPalette.STANDARD, 13);
    MapRenderer large = drawn(robot, s, 1200, 800, 1, null, CanvasPalette.STANDARD, 19.5);
    assertEquals(11.05, normal.fonts().label().getSize(), 1e-4, "0.85 em of 13 px");
    assertEquals(16.575, large.fonts().label().getSize(), 1e-4, "0.85 em of 19.5 px");
    assertEquals(11, drawn(robot, s, 1200, 800, 1, null, CanvasPalette.STANDARD, 10).fonts().label().getSize(), 1e-4,
        "never below 11 px with smaller text");
    // The label's box, measured from its text, grows with it: a zone named in both is half as tall again.
    MapRenderer.PlacedLabel a = normal.labels().get(0);
    MapRenderer.PlacedLabel b = large.labels().stream().filter(l -> l.text().equals(a.text())).findFirst()
        .orElseThrow();
    AtomicReference<double[]> measured = new AtomicReference<>();
    robot.interact(() -> {
      javafx.scene.text.Text t = new javafx.scene.text.Text(a.text());
      t.setFont(large.fonts().label());
      measured.set(new double[] {t.getLayoutBounds().getWidth(), t.getLayoutBounds().getHeight()});
    });
    assertTrue(b.height() >= measured.get()[1] && b.width() >= measured.get()[0],
        "the box " + b + " holds the text written at 150%, " + measured.get()[0] + " x " + measured.get()[1]);
    assertTrue(b.height() > 1.3 * a.height() && b.width() > 1.3 * a.width(),
        "at 150% text '" + a.text() + "' is about half as big again: " + a + " then " + b);
  }

  @Test
  void actorsAreNamedOnHoverAndWhenZoomedInButNotWhenCrowded(FxRobot robot) throws IOException {
    Scenario s = shipped().stream().filter(x -> x.metadata().id().contains("somalia")).findFirst().orElseThrow();
    Set<String> actorNames = new HashSet<>(s.actors().stream().map(a -> a.name()).toList());
    Set<String> zoneNames = new HashSet<>(s.map().zones().stream().map(z -> z.name()).toList());
    actorNames.removeAll(zoneNames);
    double zoomOut = 1;
    MapRenderer r = new MapRenderer(s);
    while (r.actorLabelsAt(zoomOut * Math.min(540.0 / s.map().widthKm(), 400.0 / s.map().heightKm()))) {
      zoomOut /= 1.5;
    }
    List<String> far = drawn(robot, s, 560, 420, zoomOut, null).labels().stream()
        .map(MapRenderer.PlacedLabel::text).toList();
    assertTrue(far.stream().noneMatch(actorNames::contains), "zoomed out, actors are not named: " + far);
    var hovered = s.actors().get(s.actors().size() - 1);
    List<String> hover = drawn(robot, s, 560, 420, zoomOut, hovered.id()).labels().stream()
        .map(MapRenderer.PlacedLabel::text).toList();
    assertEquals(hovered.name(), hover.get(0), "the actor under the pointer is named first");
    double zoom = 1;
    while (!r.actorLabelsAt(zoom * Math.min(1180.0 / s.map().widthKm(), 780.0 / s.map().heightKm()))) {
      zoom *= 1.5;
    }
    List<String> near = drawn(robot, s, 1200, 800, zoom, null).labels().stream().map(MapRenderer.PlacedLabel::text)
        .toList();
    assertTrue(near.stream().anyMatch(actorNames::contains), "zoomed in, actors are named: " + near);
  }

  @Test
  void eachChannelConditionHasItsOwnStyleAndTheDashStaysTheMedium(FxRobot robot) {
    Set<String> styles = new HashSet<>();
    for (ChannelCondition c : ChannelCondition.values()) {
      MapRenderer.ChannelStyle style = MapRenderer.channelStyle(CanvasPalette.STANDARD, Medium.RADIO, c);
      assertTrue(Arrays.equals(new double[] {2, 4}, style.dashes()), c + ": radio stays dotted");
      styles.add(style.colour() + "/" + style.width() + "/" + style.mark());
      Color drawn = pixel(robot, Medium.FACE_TO_FACE, c, 8, 10);
      Color expected = blend(style.colour());
      assertTrue(close(expected, drawn), c + ": the line is drawn in " + expected + ", found " + drawn);
    }
    assertEquals(ChannelCondition.values().length, styles.size(), "no two conditions look the same: " + styles);
    assertEquals(Color.WHITE, pixel(robot, Medium.FACE_TO_FACE, ChannelCondition.WORKING, 40, 4),
        "a working channel has no mark at its middle");
    assertTrue(close(blend(Palette.VERMILLION), pixel(robot, Medium.FACE_TO_FACE, ChannelCondition.DOWN, 36, 6)),
        "a channel down is crossed at its middle");
    assertTrue(close(blend(Palette.VERMILLION), pixel(robot, Medium.FACE_TO_FACE, ChannelCondition.CLOSED, 40, 6)),
        "a channel cut by a closed road is barred at its middle");
    assertNotEquals(MapRenderer.channelStyle(CanvasPalette.STANDARD, Medium.FACE_TO_FACE, ChannelCondition.WORKING).dashes(),
        MapRenderer.channelStyle(CanvasPalette.STANDARD, Medium.MOBILE, ChannelCondition.WORKING).dashes());
  }

  /** The colour at (x, y) of a channel drawn from (0, 10.5) to (80, 10.5) over white, so row 10 is covered. */
  private static Color pixel(FxRobot robot, Medium m, ChannelCondition c, int x, int y) {
    AtomicReference<Image> image = new AtomicReference<>();
    robot.interact(() -> {
      Canvas canvas = new Canvas(80, 20);
      canvas.getGraphicsContext2D().setFill(Color.WHITE);
      canvas.getGraphicsContext2D().fillRect(0, 0, 80, 20);
      MapRenderer.drawChannel(canvas.getGraphicsContext2D(), CanvasPalette.STANDARD, m, c, 0, 10.5, 80, 10.5);
      image.set(canvas.snapshot(null, null));
    });
    return image.get().getPixelReader().getColor(x, y);
  }

  private static Color blend(Color c) {
    double a = c.getOpacity();
    return new Color(c.getRed() * a + 1 - a, c.getGreen() * a + 1 - a, c.getBlue() * a + 1 - a, 1);
  }

  private static boolean close(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) < 0.05 && Math.abs(a.getGreen() - b.getGreen()) < 0.05
        && Math.abs(a.getBlue() - b.getBlue()) < 0.05;
  }

  @Test
  void theChannelLegendNamesEachConditionAndMediumInTheChosenLanguage(FxRobot robot) {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      try {
        I18n.setLocale(locale);
        AtomicReference<ChannelLegend> legend = new AtomicReference<>();
        robot.interact(() -> legend.set(new ChannelLegend()));
        List<String> texts = new ArrayList<>();
        for (var n : legend.get().getChildren()) {
          texts.add(n instanceof Label l ? l.getText() : ((Label) ((HBox) n).getChildren().get(1)).getText());
        }
        List<String> expected = new ArrayList<>();
        expected.add(I18n.t("channel.legend"));
        for (ChannelCondition c : ChannelCondition.values()) {
          expected.add(I18n.t("channel." + c.name()));
        }
        for (Medium m : ChannelLegend.MEDIA) {
          expected.add(I18n.t("medium." + m.name()));
        }
        assertEquals(expected, texts, locale + ": the legend's texts");
      } finally {
        I18n.setLocale(Locale.ENGLISH);
      }
    }
    assertEquals("down (outage)", I18n.t("channel.DOWN"));
    assertEquals("working", I18n.t("channel.WORKING"));
  }

  @Test
  void aChannelOpenedDuringTheExerciseIsNewForTwoDaysThenWorking() throws IOException {
    Scenario s = shipped().stream().filter(x -> x.metadata().id().contains("somalia")).findFirst().orElseThrow();
    Exercise exercise = new Exercise(s, 1);
    int before = exercise.channels().size();
    assertTrue(exercise.channels().stream().allMatch(c -> c.condition() != ChannelCondition.NEW),
        "the scenario's own channels are not new");
    ActionResult taken = exercise.take("civil-affairs-officer",
        CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "jareer-committee"));
    assertTrue(taken.taken(), "the order is carried out: " + taken);
    ChannelView lo = exercise.channels().stream().skip(before)
        .filter(c -> c.from().equals("jareer-committee") || c.to().equals("jareer-committee")).findFirst().orElseThrow();
    assertEquals(Medium.FACE_TO_FACE, lo.medium());
    assertEquals(ChannelCondition.NEW, lo.condition());
    long until = exercise.completed() + 49;
    while (exercise.completed() < until) {
      exercise.advance((int) (until - exercise.completed()), false);
      for (ExerciseSnapshot.PendingDecision p : exercise.snapshot().pending()) {
        exercise.choose(p.role(), p.id(), p.defaultOption());
      }
    }
    ChannelView later = exercise.channels().stream().filter(c -> c.id().equals(lo.id())).findFirst().orElseThrow();
    assertTrue(later.condition() == ChannelCondition.WORKING || later.condition() == ChannelCondition.DEGRADED
        || later.condition() == ChannelCondition.DOWN || later.condition() == ChannelCondition.CLOSED,
        "two days on it is no longer new: " + later.condition());
  }

  @Test
  void incidentsFadeWithAgeOnALocalMapAndOnASeatsMapAlike() throws IOException {
    assertEquals(1.0, MapRenderer.fade(0), 1e-9);
    assertEquals(1 - 0.75 * 24 / 72.0, MapRenderer.fade(24), 1e-9);
    assertEquals(0.25, MapRenderer.fade(MapRenderer.INCIDENT_MEMORY_HOURS), 1e-9);
    assertEquals(0, MapRenderer.fade(MapRenderer.INCIDENT_MEMORY_HOURS + 1), 1e-9);
    Scenario s = shipped().stream().filter(x -> x.metadata().id().contains("somalia")).findFirst().orElseThrow();
    MapRenderer r = new MapRenderer(s);
    String zone = s.map().zones().get(2).id();
    long now = 100;
    List<EngineEvent> events = List.of(
        new EngineEvent.AttackExecuted(now - 6, 1, "faction", zone, 0, 3),
        new EngineEvent.Displacement(now - 60, zone, 120, 3000),
        new EngineEvent.AidBlocked(now - 90, 2, "ngo", zone, "checkpoint"));
    List<MapRenderer.Mark> local = r.marks(snapshot(s, now, events, List.of()));
    assertEquals(List.of(new MapRenderer.Mark(2, "AttackExecuted", now - 6, MapRenderer.fade(6)),
        new MapRenderer.Mark(2, "Displacement", now - 60, MapRenderer.fade(60))), local,
        "a local map marks the attack bright and the displacement faint; the blocked aid is too old");
    List<ExerciseSnapshot.Incident> heard = List.of(
        new ExerciseSnapshot.Incident(now - 6, "AttackExecuted", zone, "faction", "3 casualties", List.of("3"), null),
        new ExerciseSnapshot.Incident(now - 60, "Displacement", zone, null, "120 people left", List.of("120"), null),
        new ExerciseSnapshot.Incident(now - 1, "MessageIntercepted", null, "faction", "a warning",
            List.of("EARLY_WARNING", "village", "mission"), null));
    assertEquals(local, r.marks(snapshot(s, now, List.of(), heard)), "a seat's map marks and fades the same");
  }

  @Test
  void withIncidentMarksOnTheMapZonesAreStillNamedAndNoNameCoversAMark(FxRobot robot) throws IOException {
    Scenario s = shipped().stream().filter(x -> x.metadata().id().contains("somalia")).findFirst().orElseThrow();
    MapRenderer r = new MapRenderer(s);
    long now = 100;
    List<EngineEvent> events = new ArrayList<>();
    for (int z = 0; z < s.map().zones().size(); z++) {
      String zone = s.map().zones().get(z).id();
      events.add(new EngineEvent.AttackExecuted(now - 2, z, "faction", zone, 0, 3));
      events.add(new EngineEvent.MissionAttacked(now - 5, "faction", zone, 10, 5, 1, 0, 0, false));
      events.add(new EngineEvent.CivilianHarm(now - 30, zone, "faction", 2, "crossfire"));
    }
    Snapshot snap = snapshot(s, now, events, List.of());
    robot.interact(() -> r.draw(new Canvas(800, 600).getGraphicsContext2D(), 800, 600, snap, MapRenderer.Layer.NEED,
        Math.min(780 / s.map().widthKm(), 580 / s.map().heightKm()), 10, 10, null));
    assertFalse(r.labels().isEmpty(), "zones are named on a map with incidents");
    assertTrue(r.markers().size() > s.actors().size(), "the marks are kept clear of");
    for (MapRenderer.PlacedLabel label : r.labels()) {
      for (MapRenderer.PlacedLabel m : r.markers()) {
        assertFalse(label.overlaps(m.x(), m.y(), m.width(), m.height()), label.text() + " covers " + m.text());
      }
    }
  }

  private static Snapshot snapshot(Scenario s, long tick, List<EngineEvent> events,
      List<ExerciseSnapshot.Incident> heard) {
    int zones = s.map().zones().size();
    int actors = s.actors().size();
    return new Snapshot(tick, 500, false, new double[zones], new double[zones], new double[zones], new boolean[zones],
        new double[actors], new boolean[actors][Snapshot.FLAGS.length], new double[actors][actors],
        new double[actors][actors], new float[0], new float[0], new byte[0], List.of(), List.of(), events,
        new double[Indicator.values().length], new float[0][], 0, 0, 0, null, List.of(), null, List.of(), heard,
        List.of());
  }
}
