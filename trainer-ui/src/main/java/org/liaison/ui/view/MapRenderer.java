package org.liaison.ui.view;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.liaison.comms.ChannelCondition;
import org.liaison.events.EngineEvent;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Hub;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Zone;
import org.liaison.ui.exercise.Snapshot;

/**
 * Draws the map of a scenario, and of a running exercise when given a {@link Snapshot}: zones
 * shaded by an indicator, channels, messages in flight, units, actors and incidents. It holds no
 * node, only the scenario's geometry, the labels of the last frame and the actor under the
 * pointer, so the benchmark can time it alone.
 */
public final class MapRenderer {
  /** What the zones are shaded by. */
  public enum Layer {
    SECURITY, NEED, TRUST;

    @Override
    public String toString() {
      return org.liaison.ui.I18n.t("layer." + name());
    }
  }

  private final Scenario scenario;
  private int selectedZone = -1;
  private final double[][] xs;
  private final double[][] ys;
  private final double[] cx;
  private final double[] cy;
  private final Map<String, double[]> positions = new HashMap<>();

  public MapRenderer(Scenario scenario) {
    this.scenario = scenario;
    List<Zone> zones = scenario.map().zones();
    xs = new double[zones.size()][];
    ys = new double[zones.size()][];
    cx = new double[zones.size()];
    cy = new double[zones.size()];
    Map<String, Integer> zoneIndex = new HashMap<>();
    for (int i = 0; i < zones.size(); i++) {
      List<List<Double>> poly = zones.get(i).polygon();
      xs[i] = new double[poly.size()];
      ys[i] = new double[poly.size()];
      for (int k = 0; k < poly.size(); k++) {
        xs[i][k] = poly.get(k).get(0);
        ys[i][k] = poly.get(k).get(1);
        cx[i] += xs[i][k] / poly.size();
        cy[i] += ys[i][k] / poly.size();
      }
      zoneIndex.put(zones.get(i).id(), i);
    }
    // Actors sit around the centre of their home zone, so several in one zone stay apart.
    Map<Integer, Integer> perZone = new HashMap<>();
    Map<Integer, Integer> seen = new HashMap<>();
    for (Actor a : scenario.actors()) {
      perZone.merge(zoneIndex.getOrDefault(a.homeZone(), 0), 1, Integer::sum);
    }
    double r = 0.06 * Math.min(scenario.map().widthKm(), scenario.map().heightKm());
    for (Actor a : scenario.actors()) {
      int z = zoneIndex.getOrDefault(a.homeZone(), 0);
      int n = perZone.get(z);
      int k = seen.merge(z, 1, Integer::sum) - 1;
      double angle = 2 * Math.PI * k / n - Math.PI / 2;
      double rad = n == 1 ? 0 : r;
      positions.put(a.id(), new double[] {cx[z] + rad * Math.cos(angle), cy[z] + rad * Math.sin(angle)});
    }
    for (Hub h : scenario.hubs()) {
      double x = 0;
      double y = 0;
      int n = 0;
      for (String m : h.members()) {
        double[] p = positions.get(m);
        if (p != null) {
          x += p[0];
          y += p[1];
          n++;
        }
      }
      positions.put(h.id(), n == 0 ? new double[] {scenario.map().widthKm() / 2, scenario.map().heightKm() / 2}
          : new double[] {x / n, y / n});
    }
  }

  /** Map position in km of an actor or hub, or null. */
  public double[] position(String id) {
    return positions.get(id);
  }

  /**
   * Sets the palette and the text size the next frames draw with: the map view passes those of
   * the screen around it; a renderer on its own draws in the standard look at the default size.
   */
  public void setLook(CanvasPalette palette, CanvasFonts fonts) {
    this.palette = palette;
    if (!fonts.equals(this.fonts)) {
      this.fonts = fonts;
      widths.clear();
    }
  }

  /** The fonts of the labels the next frame draws. */
  public CanvasFonts fonts() {
    return fonts;
  }

  /** Outlines the zone of this index (in the scenario's order) as the one inspected; -1 for none. */
  public void setSelectedZone(int index) {
    selectedZone = index;
  }

  /** The middle of a zone's outline in km (the mean of its corners), where a keyboard user's selection points. */
  public double[] zoneCentre(int index) {
    double x = 0;
    double y = 0;
    for (int k = 0; k < xs[index].length; k++) {
      x += xs[index][k];
      y += ys[index][k];
    }
    return new double[] {x / xs[index].length, y / xs[index].length};
  }

  /** Index of the zone containing the point in km, or -1. */
  public int zoneAt(double x, double y) {
    for (int i = 0; i < xs.length; i++) {
      boolean in = false;
      for (int a = 0, b = xs[i].length - 1; a < xs[i].length; b = a++) {
        if ((ys[i][a] > y) != (ys[i][b] > y)
            && x < (xs[i][b] - xs[i][a]) * (y - ys[i][a]) / (ys[i][b] - ys[i][a]) + xs[i][a]) {
          in = !in;
        }
      }
      if (in) {
        return i;
      }
    }
    return -1;
  }

  /** The actor whose marker is within radius km of the point, or null. */
  public Actor actorAt(double x, double y, double radiusKm) {
    Actor best = null;
    double bestD = radiusKm;
    for (Actor a : scenario.actors()) {
      double[] p = positions.get(a.id());
      double d = Math.hypot(p[0] - x, p[1] - y);
      if (d <= bestD) {
        best = a;
        bestD = d;
      }
    }
    return best;
  }

  /**
   * Draws one frame.
   *
   * @param scale pixels per km
   * @param ox pixel x of map x = 0
   * @param oy pixel y of map y = 0
   * @param selected id of the selected actor, or null
   */
  public void draw(GraphicsContext g, double width, double height, Snapshot s, Layer layer,
      double scale, double ox, double oy, String selected) {
    g.setFill(palette.mapGround());
    g.fillRect(0, 0, width, height);
    List<Zone> zones = scenario.map().zones();
    double[] px = new double[64];
    double[] py = new double[64];
    for (int i = 0; i < zones.size(); i++) {
      int n = xs[i].length;
      if (px.length < n) {
        px = new double[n];
        py = new double[n];
      }
      for (int k = 0; k < n; k++) {
        px[k] = ox + xs[i][k] * scale;
        py[k] = oy + ys[i][k] * scale;
      }
      double v = value(i, zones.get(i), s, layer);
      g.setFill(zoneColour(palette, v));
      g.fillPolygon(px, py, n);
      boolean attacked = s != null && s.zoneAttacked()[i];
      g.setStroke(attacked ? Palette.VERMILLION : palette.zoneOutline());
      g.setLineWidth(attacked ? 4 * palette.lineScale() : palette.zoneOutlineWidth());
      g.strokePolygon(px, py, n);
    }
    if (selectedZone >= 0 && selectedZone < zones.size()) {
      // The inspected zone: a black outline over a white one, seen on any shade and beside an attack's.
      int n = xs[selectedZone].length;
      for (int k = 0; k < n; k++) {
        px[k] = ox + xs[selectedZone][k] * scale;
        py[k] = oy + ys[selectedZone][k] * scale;
      }
      g.setStroke(Color.WHITE);
      g.setLineWidth(6 * palette.lineScale());
      g.strokePolygon(px, py, n);
      g.setStroke(Color.BLACK);
      g.setLineWidth(3 * palette.lineScale());
      g.strokePolygon(px, py, n);
    }
    // Channels: the dash says the medium, colour and width the condition; working ones first so
    // that the ones to notice lie on top.
    g.setLineCap(StrokeLineCap.ROUND);
    List<Snapshot.ChannelLine> lines = new ArrayList<>();
    if (s != null) {
      lines.addAll(s.channels());
    } else {
      for (var c : scenario.channels()) {
        lines.add(new Snapshot.ChannelLine(c.from(), c.to(), c.medium(), ChannelCondition.WORKING));
      }
    }
    lines.sort(java.util.Comparator.comparing(Snapshot.ChannelLine::condition));
    for (Snapshot.ChannelLine c : lines) {
      double[] a = positions.get(c.from());
      double[] b = positions.get(c.to());
      if (a != null && b != null) {
        drawChannel(g, palette, c.medium(), c.condition(), ox + a[0] * scale, oy + a[1] * scale, ox + b[0] * scale,
            oy + b[1] * scale);
      }
    }
    // Units: small squares by the kind of their actor; many units go through one image.
    if (s != null) {
      ActorKind[] kinds = ActorKind.values();
      float[] ux = s.unitX();
      float[] uy = s.unitY();
      byte[] uk = s.unitKind();
      if (ux.length > 2000) {
        drawUnitsAsImage(g, width, height, ux, uy, uk, scale, ox, oy);
      } else {
        Color[] fills = new Color[kinds.length];
        for (ActorKind k : kinds) {
          fills[k.ordinal()] = unitColour(k);
        }
        double size = 4 * palette.markerScale();
        int last = -1;
        for (int u = 0; u < ux.length; u++) {
          if (uk[u] != last) {
            last = uk[u];
            g.setFill(fills[last]);
          }
          g.fillRect(ox + ux[u] * scale - size / 2, oy + uy[u] * scale - size / 2, size, size);
        }
      }
      // Messages in flight.
      g.setFill(Color.WHITE);
      g.setStroke(Color.web("#263238"));
      g.setLineWidth(palette.lineScale());
      double dot = 7 * palette.markerScale();
      for (Snapshot.Flight f : s.messages()) {
        double[] a = positions.get(f.from());
        double[] b = positions.get(f.to());
        if (a == null || b == null) {
          continue;
        }
        double x = ox + (a[0] + (b[0] - a[0]) * f.progress()) * scale;
        double y = oy + (a[1] + (b[1] - a[1]) * f.progress()) * scale;
        g.fillOval(x - dot / 2, y - dot / 2, dot, dot);
        g.strokeOval(x - dot / 2, y - dot / 2, dot, dot);
      }
    }
    // Actor markers and incident marks, then labels over them, decluttered: the selected and the
    // hovered actor first, then zones by population, then actors when zoomed in far enough. Each
    // label tries eight places round its anchor (below, above, right, left, then twice as far)
    // and takes the first that stays on the canvas and covers no label, marker or mark; with none
    // free it is left out (the hover and zooming in name it then).
    labels.clear();
    markers.clear();
    frameWidth = width;
    frameHeight = height;
    double marker = MARKER * palette.markerScale();
    for (Actor a : scenario.actors()) {
      double[] p = positions.get(a.id());
      double x = ox + p[0] * scale;
      double y = oy + p[1] * scale;
      drawActor(g, palette, a.kind(), x, y, 9 * palette.markerScale(), a.id().equals(selected));
      markers.add(new PlacedLabel(a.name(), x - marker, y - marker, 2 * marker, 2 * marker));
    }
    // Attacks and incidents of the last days, by the engine's events (a local exercise) or what a
    // seat heard: each mark fades with its age; labels keep clear of it too.
    if (s != null) {
      Map<Integer, Integer> perZone = new HashMap<>();
      for (Mark m : marks(s)) {
        int k = perZone.merge(m.zone(), 1, Integer::sum) - 1;
        double step = 16 * palette.markerScale();
        double x = ox + cx[m.zone()] * scale + 14 + step * (k % 4);
        double y = oy + cy[m.zone()] * scale - 14 - step * (k / 4);
        drawMark(g, palette, m.kind(), m.alpha(), x, y);
        markers.add(new PlacedLabel(m.kind(), x - step / 2, y - step / 2, step, step));
      }
    }
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.setFont(fonts.label());
    // Far enough from an anchor that a label just below or above it clears the marker there.
    double actorGap = Math.max(20, marker + labelHeight() / 2 + 2);
    double zoneGap = Math.max(22, marker + labelHeight() / 2 + 4);
    for (String id : hovered == null || hovered.equals(selected) ? new String[] {selected}
        : new String[] {selected, hovered}) {
      if (id != null && positions.containsKey(id)) {
        double[] p = positions.get(id);
        label(g, actorName(id), ox + p[0] * scale, oy + p[1] * scale, actorGap, true);
      }
    }
    if (zones.size() <= MAX_ZONE_LABELS) {
      Integer[] order = new Integer[zones.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(zones.get(b).population(), zones.get(a).population()));
      for (int i : order) {
        label(g, zones.get(i).name(), ox + cx[i] * scale, oy + cy[i] * scale, zoneGap, false);
      }
    }
    if (actorLabelsAt(scale)) {
      for (Actor a : scenario.actors()) {
        if (!a.id().equals(selected) && !a.id().equals(hovered)) {
          double[] p = positions.get(a.id());
          label(g, a.name(), ox + p[0] * scale, oy + p[1] * scale, actorGap, false);
        }
      }
    }
  }

  /**
   * Whether actors are far enough apart at this scale to be named without a hover: about 60 px
   * each at the default text size, more with larger text.
   */
  public boolean actorLabelsAt(double scale) {
    return scale * Math.min(scenario.map().widthKm(), scenario.map().heightKm())
        / Math.sqrt(Math.max(1, scenario.actors().size())) >= 60 * fonts.label().getSize() / CanvasFonts.MIN_LABEL;
  }

  /** The actor markers and incident marks of the last frame, as boxes labels keep clear of. */
  public List<PlacedLabel> markers() {
    return List.copyOf(markers);
  }

  /** The labels the last frame drew, in the order placed. */
  public List<PlacedLabel> labels() {
    return List.copyOf(labels);
  }

  /** The actor named on the map as if selected (the one under the pointer), or null. */
  public void setHovered(String actorId) {
    hovered = actorId;
  }

  /** A label drawn on the map: its text and its box in pixels. */
  public record PlacedLabel(String text, double x, double y, double width, double height) {
    boolean overlaps(double ox, double oy, double ow, double oh) {
      return ox < x + width && x < ox + ow && oy < y + height && y < oy + oh;
    }
  }

  /** An incident mark on a zone, and how opaque its age leaves it. */
  public record Mark(int zone, String kind, long tick, double alpha) {}

  /**
   * The incidents to mark on the map: attacks on civilians and on the mission, harm to
   * civilians, aid blocked and displacement in the last {@link #INCIDENT_MEMORY_HOURS} hours,
   * from the engine's events of a local exercise and from what a networked seat heard.
   */
  public List<Mark> marks(Snapshot s) {
    List<Mark> out = new ArrayList<>();
    for (EngineEvent e : s.events()) {
      String zone = null;
      if (e instanceof EngineEvent.AttackExecuted a) {
        zone = a.zone();
      } else if (e instanceof EngineEvent.MissionAttacked a) {
        zone = a.zone();
      } else if (e instanceof EngineEvent.CivilianHarm h) {
        zone = h.zone();
      } else if (e instanceof EngineEvent.AidBlocked b) {
        zone = b.zone();
      } else if (e instanceof EngineEvent.Displacement d) {
        zone = d.zone();
      }
      if (zone != null) {
        mark(out, s.tick(), e.tick(), e.getClass().getSimpleName(), zone);
      }
    }
    for (ExerciseSnapshot.Incident i : s.heard()) {
      if (MARKED.contains(i.kind())) {
        mark(out, s.tick(), i.tick(), i.kind(), i.zone());
      }
    }
    return out;
  }

  private static final java.util.Set<String> MARKED = java.util.Set.of("AttackExecuted", "MissionAttacked",
      "CivilianHarm", "AidBlocked", "Displacement");

  private void mark(List<Mark> out, long now, long tick, String kind, String zone) {
    int z = zone == null ? -1 : zoneIndex(zone);
    double alpha = fade(now - tick);
    if (z >= 0 && alpha > 0) {
      out.add(new Mark(z, kind, tick, alpha));
    }
  }

  /** Opacity of a mark this many hours old: 1 when new, down to 0.25 at the end of its memory, then gone. */
  public static double fade(long ageHours) {
    if (ageHours < 0 || ageHours > INCIDENT_MEMORY_HOURS) {
      return 0;
    }
    return 1 - 0.75 * ageHours / (double) INCIDENT_MEMORY_HOURS;
  }

  /**
   * The fill of a zone whose shaded value is v: viridis, softened on a monitor so lines and labels
   * stay readable on it; whole on a projector, whose light washes colours out.
   */
  public static Color zoneColour(CanvasPalette palette, double v) {
    return Palette.viridis(v).deriveColor(0, palette.zoneSaturation(), 1.0, palette.zoneOpacity());
  }

  /**
   * The map's texts: labels in the palette's ink on their boxes, which lie over any zone's shade
   * or the ground between zones.
   */
  public static List<CanvasPalette.TextInk> texts(CanvasPalette palette) {
    List<Color> under = new ArrayList<>();
    under.add(palette.mapGround());
    for (int k = 0; k <= 20; k++) {
      under.add(CanvasPalette.over(zoneColour(palette, k / 20.0), palette.mapGround()));
    }
    under.add(CanvasPalette.over(zoneColour(palette, Double.NaN), palette.mapGround()));
    List<CanvasPalette.TextInk> out = new ArrayList<>();
    for (Color box : List.of(palette.labelBacking(), palette.strongLabelBacking())) {
      out.add(new CanvasPalette.TextInk("map label", palette.ink(),
          under.stream().map(u -> CanvasPalette.over(box, u)).toList()));
    }
    return out;
  }

  /**
   * The colour of a unit's dot: its actor's kind, a little darker than the marker so it shows on a
   * light zone; no darker, or some kinds' dots would look alike with a colour blindness.
   */
  public static Color unitColour(ActorKind kind) {
    return Palette.of(kind).deriveColor(0, 1, 0.8, 1);
  }

  /** The figure of an incident mark; marks that share a colour differ in figure. */
  public enum MarkFigure { CROSS, RING, SQUARE, CHEVRON }

  /** The figure of an incident mark of this kind: a cross for an attack, a ring for harm, a square for aid blocked, a chevron for displacement. */
  public static MarkFigure markFigure(String kind) {
    return switch (kind) {
      case "AttackExecuted", "MissionAttacked" -> MarkFigure.CROSS;
      case "CivilianHarm" -> MarkFigure.RING;
      case "AidBlocked" -> MarkFigure.SQUARE;
      default -> MarkFigure.CHEVRON;
    };
  }

  /** The colour of a new incident mark of this kind; it fades with age. */
  public static Color markColour(String kind) {
    return switch (markFigure(kind)) {
      case CROSS, RING -> Palette.VERMILLION;
      case SQUARE -> Palette.ORANGE.deriveColor(0, 1, 0.8, 1);
      case CHEVRON -> Palette.PURPLE.deriveColor(0, 1, 0.8, 1);
    };
  }

  /** Draws an incident mark in its {@link #markFigure} and {@link #markColour}. */
  public static void drawMark(GraphicsContext g, CanvasPalette palette, String kind, double alpha, double x,
      double y) {
    g.setLineDashes(null);
    g.setStroke(markColour(kind).deriveColor(0, 1, 1, alpha));
    g.setLineWidth(3 * palette.lineScale());
    switch (markFigure(kind)) {
      case CROSS -> {
        g.strokeLine(x - 6, y - 6, x + 6, y + 6);
        g.strokeLine(x - 6, y + 6, x + 6, y - 6);
      }
      case RING -> g.strokeOval(x - 6, y - 6, 12, 12);
      case SQUARE -> g.strokeRect(x - 5, y - 5, 10, 10);
      case CHEVRON -> g.strokePolyline(new double[] {x - 5, x + 3, x - 5}, new double[] {y - 7, y, y + 7}, 3);
    }
  }

  /** Zones beyond this many are too small on screen for names; the hover names them instead. */
  private static final int MAX_ZONE_LABELS = 60;
  /** How long an incident stays marked on the map, fading: as long as the exercise keeps it recent. */
  public static final int INCIDENT_MEMORY_HOURS = org.liaison.exercise.Exercise.RECENT_HOURS;

  /** Half the side of the box an actor marker takes, its outline included. */
  private static final double MARKER = 11;

  private final List<PlacedLabel> labels = new ArrayList<>();
  private final List<PlacedLabel> markers = new ArrayList<>();
  private double frameWidth;
  private double frameHeight;
  private final Map<String, Double> widths = new HashMap<>();
  private final Text measure = new Text();
  private String hovered;
  private CanvasPalette palette = CanvasPalette.STANDARD;
  private CanvasFonts fonts = CanvasFonts.of(CanvasFonts.DEFAULT_EM);

  /** The height of a label's box: a line of its text with a little room above and below. */
  private double labelHeight() {
    return fonts.lineHeight() + 3;
  }

  /**
   * Places a label next to its anchor: below, above, right or left at the given distance, then
   * at twice the distance; the first place on the canvas that overlaps no label placed yet, no
   * actor marker and no incident mark; none if every place does.
   */
  private void label(GraphicsContext g, String text, double ax, double ay, double distance, boolean strong) {
    double w = widths.computeIfAbsent(text, t -> {
      measure.setFont(fonts.label());
      measure.setText(t);
      return Math.ceil(measure.getLayoutBounds().getWidth()) + 8;
    });
    double h = labelHeight();
    for (double d : new double[] {distance, 2 * distance}) {
      double[][] centres = {{ax, ay + d}, {ax, ay - d}, {ax + d / 2 + w / 2, ay}, {ax - d / 2 - w / 2, ay}};
      for (double[] c : centres) {
        double x = c[0] - w / 2;
        double y = c[1] - h / 2;
        if (x >= 0 && y >= 0 && x + w <= frameWidth && y + h <= frameHeight
            && labels.stream().noneMatch(o -> o.overlaps(x, y, w, h))
            && markers.stream().noneMatch(o -> o.overlaps(x, y, w, h))) {
          labels.add(new PlacedLabel(text, x, y, w, h));
          g.setFill(strong ? palette.strongLabelBacking() : palette.labelBacking());
          g.fillRoundRect(x, y, w, h, 6, 6);
          g.setFill(palette.ink());
          g.fillText(text, c[0], c[1]);
          return;
        }
      }
    }
  }

  private String actorName(String id) {
    return scenario.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse(id);
  }

  /** How a channel is drawn: the dash says its medium, colour and width its condition, a mark a break. */
  public record ChannelStyle(Color colour, double width, double[] dashes, String mark) {}

  /**
   * How a channel is drawn in a palette: heavier on a projector, and a working one opaque there, with
   * dashes lengthened in step so the medium still reads.
   */
  public static ChannelStyle channelStyle(CanvasPalette palette, Medium medium, ChannelCondition condition) {
    double[] base = switch (medium) {
      case FACE_TO_FACE -> null;
      case MOBILE, SATELLITE -> new double[] {6, 4};
      case RADIO -> new double[] {2, 4};
      case COURIER -> new double[] {10, 4, 2, 4};
      case DATA_PLATFORM -> new double[] {14, 4};
    };
    double k = palette.lineScale();
    double[] dashes = base == null ? null : java.util.Arrays.stream(base).map(d -> d * k).toArray();
    return switch (condition) {
      case WORKING -> new ChannelStyle(Color.web("#263238", k > 1 ? 1 : 0.7), 1.5 * k, dashes, null);
      case NEW -> new ChannelStyle(Palette.BLUE, 3.5 * k, dashes, null);
      case DEGRADED -> new ChannelStyle(Palette.ORANGE, 2.5 * k, dashes, null);
      case CLOSED -> new ChannelStyle(Palette.VERMILLION, 2.5 * k, dashes, "bar");
      case DOWN -> new ChannelStyle(Palette.VERMILLION, 2.5 * k, dashes, "cross");
    };
  }

  /** Draws a channel in its {@link #channelStyle}, with a bar (road closed) or cross (down) at its middle. */
  public static void drawChannel(GraphicsContext g, CanvasPalette palette, Medium medium, ChannelCondition condition,
      double x1, double y1, double x2, double y2) {
    ChannelStyle style = channelStyle(palette, medium, condition);
    g.setStroke(style.colour());
    g.setLineWidth(style.width());
    g.setLineDashes(style.dashes());
    g.strokeLine(x1, y1, x2, y2);
    g.setLineDashes(null);
    if (style.mark() != null) {
      double mx = (x1 + x2) / 2;
      double my = (y1 + y2) / 2;
      double len = Math.max(1e-9, Math.hypot(x2 - x1, y2 - y1));
      double k = palette.lineScale();
      double nx = -(y2 - y1) / len * 6 * k;
      double ny = (x2 - x1) / len * 6 * k;
      g.setLineWidth(3 * k);
      if ("bar".equals(style.mark())) {
        g.strokeLine(mx - nx, my - ny, mx + nx, my + ny);
      } else {
        g.strokeLine(mx - 5 * k, my - 5 * k, mx + 5 * k, my + 5 * k);
        g.strokeLine(mx - 5 * k, my + 5 * k, mx + 5 * k, my - 5 * k);
      }
    }
  }

  private WritableImage unitLayer;
  private int[] unitPixels;

  /** Paints units into one ARGB buffer and draws it as a single image: one blit, not 30,000 rectangles. */
  private void drawUnitsAsImage(GraphicsContext g, double width, double height, float[] ux, float[] uy,
      byte[] uk, double scale, double ox, double oy) {
    int w = Math.max(1, (int) Math.ceil(width));
    int h = Math.max(1, (int) Math.ceil(height));
    if (unitLayer == null || (int) unitLayer.getWidth() != w || (int) unitLayer.getHeight() != h) {
      unitLayer = new WritableImage(w, h);
      unitPixels = new int[w * h];
    }
    java.util.Arrays.fill(unitPixels, 0);
    int[] argb = new int[ActorKind.values().length];
    for (ActorKind k : ActorKind.values()) {
      Color c = unitColour(k);
      argb[k.ordinal()] = 0xFF000000 | ((int) (c.getRed() * 255) << 16) | ((int) (c.getGreen() * 255) << 8)
          | (int) (c.getBlue() * 255);
    }
    for (int u = 0; u < ux.length; u++) {
      int x = (int) (ox + ux[u] * scale);
      int y = (int) (oy + uy[u] * scale);
      if (x < 0 || y < 0 || x + 1 >= w || y + 1 >= h) {
        continue;
      }
      int c = argb[uk[u]];
      int i = y * w + x;
      unitPixels[i] = c;
      unitPixels[i + 1] = c;
      unitPixels[i + w] = c;
      unitPixels[i + w + 1] = c;
    }
    unitLayer.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), unitPixels, 0, w);
    g.drawImage(unitLayer, 0, 0);
  }

  /** Index of the zone with this id in the scenario's order, or -1. */
  int zoneIndex(String id) {
    List<Zone> zones = scenario.map().zones();
    for (int i = 0; i < zones.size(); i++) {
      if (zones.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The shaded value of a zone, 0 (bad/low) to 1. */
  public static double value(int i, Zone z, Snapshot s, Layer layer) {
    return switch (layer) {
      case SECURITY -> s == null ? 1 - z.vulnerability() * 0.5 : s.zoneSecurity()[i];
      case NEED -> s == null ? z.need() : s.zoneNeed()[i];
      case TRUST -> s == null ? Double.NaN : s.zoneTrust()[i];
    };
  }

  /** The outline of an actor marker; kinds that share an outline differ clearly in colour. */
  public enum MarkerShape { SQUARE, TRIANGLE, DIAMOND, HEXAGON, CIRCLE }

  public static MarkerShape markerShape(ActorKind kind) {
    return switch (kind) {
      case PEACEKEEPING_UNIT -> MarkerShape.SQUARE;
      case COMMUNITY_GROUP -> MarkerShape.TRIANGLE;
      case ARMED_FACTION, PRIVATE_SECURITY, STATE_FORCES -> MarkerShape.DIAMOND;
      case LOCAL_AUTHORITY -> MarkerShape.HEXAGON;
      case INTERNATIONAL_ORGANISATION, NGO -> MarkerShape.CIRCLE;
    };
  }

  /**
   * Draws an actor marker: a shape per kind (so colour is never the only cue), outlined in white,
   * or black when selected; the outline is heavier on a projector.
   */
  public static void drawActor(GraphicsContext g, CanvasPalette palette, ActorKind kind, double x, double y,
      double r, boolean selected) {
    g.setFill(Palette.of(kind));
    g.setStroke(selected ? Color.BLACK : Color.WHITE);
    g.setLineWidth((selected ? 3 : 1.5) * palette.lineScale());
    switch (markerShape(kind)) {
      case SQUARE -> {
        g.fillRect(x - r, y - r, 2 * r, 2 * r);
        g.strokeRect(x - r, y - r, 2 * r, 2 * r);
      }
      case TRIANGLE -> {
        double[] px = {x, x + r * 1.1, x - r * 1.1};
        double[] py = {y - r * 1.1, y + r * 0.9, y + r * 0.9};
        g.fillPolygon(px, py, 3);
        g.strokePolygon(px, py, 3);
      }
      case DIAMOND -> {
        double[] px = {x, x + r * 1.15, x, x - r * 1.15};
        double[] py = {y - r * 1.15, y, y + r * 1.15, y};
        g.fillPolygon(px, py, 4);
        g.strokePolygon(px, py, 4);
      }
      case HEXAGON -> {
        double[] px = new double[6];
        double[] py = new double[6];
        for (int k = 0; k < 6; k++) {
          px[k] = x + r * Math.cos(Math.PI / 3 * k);
          py[k] = y + r * Math.sin(Math.PI / 3 * k);
        }
        g.fillPolygon(px, py, 6);
        g.strokePolygon(px, py, 6);
      }
      case CIRCLE -> {
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
      }
    }
  }
}
