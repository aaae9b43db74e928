package org.liaison.ui.view;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import org.liaison.scenario.Actor;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Zone;
import org.liaison.ui.I18n;
import org.liaison.ui.exercise.Snapshot;

/**
 * The map: zones shaded by the chosen layer, actors, units, channels, messages and incidents.
 * Scroll to zoom, drag to pan, hover for details, click an actor or a zone to inspect it; from
 * the keyboard, the arrows step through the actors and Shift with the arrows through the zones.
 */
public final class MapView extends StackPane {
  private final Scenario scenario;
  private final MapRenderer renderer;
  private final ObservableValue<Snapshot> snapshot;
  private final ObservableValue<MapRenderer.Layer> layer;
  private final ObservableValue<String> selected;
  private final Label hover = new Label();
  private final Surface surface = new Surface();
  private double zoom = 1;
  private double panX;
  private double panY;
  private ObservableValue<String> selectedZone;
  private Consumer<String> onZoneClicked;
  private double dragX;
  private double dragY;

  /**
   * @param snapshot the exercise's snapshots, or null to draw the scenario as briefed
   * @param onActorClicked told the id of an actor clicked
   */
  public MapView(Scenario scenario, ObservableValue<Snapshot> snapshot, ObservableValue<MapRenderer.Layer> layer,
      ObservableValue<String> selected, Consumer<String> onActorClicked) {
    this.scenario = scenario;
    this.renderer = new MapRenderer(scenario);
    this.snapshot = snapshot;
    this.layer = layer;
    this.selected = selected;
    getStyleClass().add("map");
    setId("map");
    hover.getStyleClass().add("map-hover");
    hover.setVisible(false);
    hover.setMouseTransparent(true);
    StackPane.setAlignment(hover, Pos.TOP_LEFT);
    getChildren().addAll(surface, hover);
    if (snapshot != null) {
      snapshot.addListener(o -> surface.redraw());
    }
    layer.addListener(o -> surface.redraw());
    if (selected != null) {
      selected.addListener(o -> surface.redraw());
    }
    surface.setOnScroll(e -> {
      double factor = e.getDeltaY() > 0 ? 1.15 : 1 / 1.15;
      double old = zoom;
      zoom = Math.max(0.5, Math.min(12, zoom * factor));
      double k = zoom / old;
      double ox = ox();
      double oy = oy();
      panX += (e.getX() - (e.getX() - ox) * k) - ox;
      panY += (e.getY() - (e.getY() - oy) * k) - oy;
      surface.redraw();
    });
    setFocusTraversable(true);
    // Keyboard: the arrows step through the actors, selecting each as a click would; with Shift, the zones.
    setOnKeyPressed(e -> {
      int step = switch (e.getCode()) {
        case RIGHT, DOWN -> 1;
        case LEFT, UP -> -1;
        default -> 0;
      };
      if (step != 0 && e.isShiftDown()) {
        stepZone(step);
        e.consume();
        return;
      }
      if (step == 0 || onActorClicked == null || scenario.actors().isEmpty()) {
        return;
      }
      int n = scenario.actors().size();
      int current = -1;
      String id = selected == null ? null : selected.getValue();
      for (int i = 0; i < n; i++) {
        if (scenario.actors().get(i).id().equals(id)) {
          current = i;
        }
      }
      int next = current < 0 ? (step > 0 ? 0 : n - 1) : Math.floorMod(current + step, n);
      onActorClicked.accept(scenario.actors().get(next).id());
      double[] p = screenPosition(scenario.actors().get(next).id());
      showHover(p[0], p[1]);
      e.consume();
    });
    surface.setOnMousePressed(e -> {
      requestFocus();
      dragX = e.getX();
      dragY = e.getY();
    });
    surface.setOnMouseDragged(e -> {
      panX += e.getX() - dragX;
      panY += e.getY() - dragY;
      dragX = e.getX();
      dragY = e.getY();
      surface.redraw();
    });
    surface.setOnMouseMoved(e -> showHover(e.getX(), e.getY()));
    surface.setOnMouseExited(e -> {
      hover.setVisible(false);
      nameOnMap(null);
    });
    surface.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && onActorClicked != null) {
        Actor a = actorAt(e.getX(), e.getY());
        if (a != null) {
          onActorClicked.accept(a.id());
        } else if (onZoneClicked != null) {
          int z = renderer.zoneAt((e.getX() - ox()) / scale(), (e.getY() - oy()) / scale());
          if (z >= 0) {
            onZoneClicked.accept(scenario.map().zones().get(z).id());
          }
        }
      }
    });
  }

  public MapRenderer renderer() {
    return renderer;
  }

  /**
   * Lets zones be inspected too: a click on a zone away from any actor, or Shift with the arrows.
   *
   * @param selectedZone the id of the zone inspected, or null, which the map outlines
   * @param onZoneClicked told the id of a zone chosen
   */
  public void inspectZones(ObservableValue<String> selectedZone, Consumer<String> onZoneClicked) {
    this.selectedZone = selectedZone;
    this.onZoneClicked = onZoneClicked;
    selectedZone.addListener(o -> {
      renderer.setSelectedZone(renderer.zoneIndex(selectedZone.getValue()));
      surface.redraw();
    });
    renderer.setSelectedZone(renderer.zoneIndex(selectedZone.getValue()));
  }

  private void stepZone(int step) {
    List<Zone> zones = scenario.map().zones();
    if (onZoneClicked == null || zones.isEmpty()) {
      return;
    }
    int current = renderer.zoneIndex(selectedZone == null ? null : selectedZone.getValue());
    int next = current < 0 ? (step > 0 ? 0 : zones.size() - 1) : Math.floorMod(current + step, zones.size());
    onZoneClicked.accept(zones.get(next).id());
    double[] c = renderer.zoneCentre(next);
    nameOnMap(null);
    showHoverText(zoneText(next), ox() + c[0] * scale(), oy() + c[1] * scale());
  }


  /** Back to the whole area. */
  public void resetView() {
    zoom = 1;
    panX = 0;
    panY = 0;
    surface.redraw();
  }

  public void zoomBy(double factor) {
    double old = zoom;
    zoom = Math.max(0.5, Math.min(12, zoom * factor));
    double k = zoom / old;
    double cx = surface.getWidth() / 2;
    double cy = surface.getHeight() / 2;
    double ox = ox();
    double oy = oy();
    panX += (cx - (cx - ox) * k) - ox;
    panY += (cy - (cy - oy) * k) - oy;
    surface.redraw();
  }

  private double baseScale() {
    double w = Math.max(1, surface.getWidth() - 20);
    double h = Math.max(1, surface.getHeight() - 20);
    return Math.min(w / scenario.map().widthKm(), h / scenario.map().heightKm());
  }

  private double scale() {
    return baseScale() * zoom;
  }

  private double ox() {
    return (surface.getWidth() - scenario.map().widthKm() * baseScale()) / 2 + panX;
  }

  private double oy() {
    return (surface.getHeight() - scenario.map().heightKm() * baseScale()) / 2 + panY;
  }

  /** The map position in km of a point on the map view. */
  public double[] toMap(double x, double y) {
    return new double[] {(x - ox()) / scale(), (y - oy()) / scale()};
  }

  /** Pixels per km at the present zoom. */
  public double pixelsPerKm() {
    return scale();
  }

  /** Screen position of an actor's marker (for tests clicking it). */
  public double[] screenPosition(String actorId) {
    double[] p = renderer.position(actorId);
    return new double[] {ox() + p[0] * scale(), oy() + p[1] * scale()};
  }

  private Actor actorAt(double x, double y) {
    return renderer.actorAt((x - ox()) / scale(), (y - oy()) / scale(),
        12 * surface.palette().markerScale() / scale());
  }

  /** Names the actor under the pointer on the map itself, as a selected one is. */
  private void nameOnMap(Actor a) {
    String id = a == null ? null : a.id();
    if (!java.util.Objects.equals(id, hoveredId)) {
      hoveredId = id;
      renderer.setHovered(id);
      surface.redraw();
    }
  }

  private String hoveredId;

  private void showHover(double x, double y) {
    Actor a = actorAt(x, y);
    nameOnMap(a);
    String text;
    if (a != null) {
      text = I18n.t("map.hoverActor", a.name(),
          a.isMission() ? I18n.t("map.hoverMission", Palette.name(a.kind())) : Palette.name(a.kind()));
    } else {
      int z = renderer.zoneAt((x - ox()) / scale(), (y - oy()) / scale());
      if (z < 0) {
        hover.setVisible(false);
        return;
      }
      text = zoneText(z);
    }
    showHoverText(text, x, y);
  }

  /** A zone's name, people and state as the hover says them, also for the zone inspected. */
  public String zoneText(int z) {
    Zone zone = scenario.map().zones().get(z);
    Snapshot s = snapshot == null ? null : snapshot.getValue();
    return zone.name() + "\n" + I18n.t("map.hoverPopulation", zone.population())
        + "\n" + I18n.t("map.hoverValues", MapRenderer.value(z, zone, s, MapRenderer.Layer.SECURITY),
            MapRenderer.value(z, zone, s, MapRenderer.Layer.NEED))
        + (s == null || Double.isNaN(s.zoneTrust()[z]) ? "" : "\n" + I18n.t("map.hoverTrust", s.zoneTrust()[z]))
        + (s != null && s.zoneAttacked()[z] ? "\n" + I18n.t("map.hoverAttack") : "")
        + (zone.marginalised() ? "\n" + I18n.t("map.hoverMarginalised") : "");
  }

  private void showHoverText(String text, double x, double y) {
    hover.setText(text);
    // Kept inside the map by its measured size, which grows with the text.
    hover.applyCss();
    double w = hover.prefWidth(-1);
    double h = hover.prefHeight(w);
    hover.setTranslateX(Math.min(x + 16, Math.max(0, getWidth() - w)));
    hover.setTranslateY(Math.min(y + 16, Math.max(0, getHeight() - h)));
    hover.setVisible(true);
  }

  /** The canvas the map is drawn on, in the palette and text size of the screen around it. */
  private final class Surface extends CanvasPane {
    @Override
    protected void draw(GraphicsContext g, double width, double height) {
      renderer.setLook(palette(), fonts());
      renderer.draw(g, width, height, snapshot == null ? null : snapshot.getValue(), layer.getValue(),
          scale(), ox(), oy(), selected == null ? null : selected.getValue());
    }
  }
}
