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
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Hub;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Zone;
import org.liaison.ui.exercise.Snapshot;

/**
 * Draws the map of a scenario, and of a running exercise when given a {@link Snapshot}: zones
 * shaded by an indicator, channels, messages in flight, units, actors and incidents. It holds no
 * node and no state but the scenario's geometry, so the benchmark can time it alone.
 */
public final class MapRenderer {
  /** What the zones are shaded by. */
  public enum Layer {
    SECURITY("Security"), NEED("Humanitarian need"), TRUST("Trust in the mission");

    private final String label;

    Layer(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final Scenario scenario;
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
    g.setFill(Color.web("#F4F4F2"));
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
      g.setFill(Palette.viridis(v).deriveColor(0, 0.75, 1.0, 0.85));
      g.fillPolygon(px, py, n);
      boolean attacked = s != null && s.zoneAttacked()[i];
      g.setStroke(attacked ? Palette.VERMILLION : Color.web("#FFFFFF"));
      g.setLineWidth(attacked ? 4 : 1.5);
      g.strokePolygon(px, py, n);
    }
    // Channels.
    g.setLineCap(StrokeLineCap.ROUND);
    if (s != null) {
      for (Snapshot.ChannelLine c : s.channels()) {
        double[] a = positions.get(c.from());
        double[] b = positions.get(c.to());
        if (a == null || b == null) {
          continue;
        }
        strokeChannel(g, c.medium(), ox + a[0] * scale, oy + a[1] * scale, ox + b[0] * scale, oy + b[1] * scale);
      }
    } else {
      for (var c : scenario.channels()) {
        double[] a = positions.get(c.from());
        double[] b = positions.get(c.to());
        if (a != null && b != null) {
          strokeChannel(g, c.medium().name(), ox + a[0] * scale, oy + a[1] * scale, ox + b[0] * scale, oy + b[1] * scale);
        }
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
          fills[k.ordinal()] = Palette.of(k).darker();
        }
        double size = 4;
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
      g.setLineWidth(1);
      for (Snapshot.Flight f : s.messages()) {
        double[] a = positions.get(f.from());
        double[] b = positions.get(f.to());
        if (a == null || b == null) {
          continue;
        }
        double x = ox + (a[0] + (b[0] - a[0]) * f.progress()) * scale;
        double y = oy + (a[1] + (b[1] - a[1]) * f.progress()) * scale;
        g.fillOval(x - 3.5, y - 3.5, 7, 7);
        g.strokeOval(x - 3.5, y - 3.5, 7, 7);
      }
    }
    // Labels, decluttered: the selected actor first, then zones by population, then actors when
    // zoomed in far enough; a label that would overlap one already placed is left out.
    List<double[]> placed = new ArrayList<>();
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.setFont(Font.font("System", FontWeight.NORMAL, 11));
    if (selected != null && positions.containsKey(selected)) {
      double[] p = positions.get(selected);
      label(g, placed, actorName(selected), ox + p[0] * scale, oy + p[1] * scale + 17, true);
    }
    if (zones.size() <= MAX_ZONE_LABELS) {
      Integer[] order = new Integer[zones.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(zones.get(b).population(), zones.get(a).population()));
      for (int i : order) {
        label(g, placed, zones.get(i).name(), ox + cx[i] * scale, oy + cy[i] * scale + 22, false);
      }
    }
    boolean actorLabels = scale * Math.min(scenario.map().widthKm(), scenario.map().heightKm())
        / Math.sqrt(Math.max(1, scenario.actors().size())) >= 60;
    for (Actor a : scenario.actors()) {
      double[] p = positions.get(a.id());
      double x = ox + p[0] * scale;
      double y = oy + p[1] * scale;
      drawActor(g, a.kind(), x, y, 9, a.id().equals(selected));
      if (actorLabels && !a.id().equals(selected)) {
        label(g, placed, a.name(), x, y + 17, false);
      }
    }
    // Attacks carried out in the last three days: a cross that fades with age.
    if (s != null) {
      g.setLineWidth(3);
      for (EngineEvent e : s.events()) {
        long age = e instanceof EngineEvent.AttackExecuted ? s.tick() - e.tick() : -1;
        if (e instanceof EngineEvent.AttackExecuted a && age >= 0 && age <= ATTACK_MEMORY_HOURS) {
          int z = zoneIndex(a.zone());
          if (z >= 0) {
            double fade = 1 - 0.75 * age / (double) ATTACK_MEMORY_HOURS;
            g.setStroke(Palette.VERMILLION.deriveColor(0, 1, 1, fade));
            double x = ox + cx[z] * scale + 14;
            double y = oy + cy[z] * scale - 14;
            g.strokeLine(x - 7, y - 7, x + 7, y + 7);
            g.strokeLine(x - 7, y + 7, x + 7, y - 7);
          }
        }
      }
    }
  }

  /** Zones beyond this many are too small on screen for names; the hover names them instead. */
  private static final int MAX_ZONE_LABELS = 60;
  /** How long an attack stays marked on the map, fading. */
  public static final int ATTACK_MEMORY_HOURS = 72;

  private static void label(GraphicsContext g, List<double[]> placed, String text, double x, double y, boolean strong) {
    double w = text.length() * 6.2 + 8;
    double[] r = {x - w / 2, y - 8, w, 16};
    for (double[] o : placed) {
      if (r[0] < o[0] + o[2] && o[0] < r[0] + r[2] && r[1] < o[1] + o[3] && o[1] < r[1] + r[3]) {
        return;
      }
    }
    placed.add(r);
    g.setFill(Color.web("#FFFFFF", strong ? 0.95 : 0.8));
    g.fillRoundRect(r[0], r[1], r[2], r[3], 6, 6);
    g.setFill(Color.web("#1A1A1A"));
    g.fillText(text, x, y);
  }

  private String actorName(String id) {
    return scenario.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse(id);
  }

  /** A channel drawn by its medium: solid for face to face, dashed for phones, dotted for radio. */
  private static void strokeChannel(GraphicsContext g, String medium, double x1, double y1, double x2, double y2) {
    switch (medium) {
      case "FACE_TO_FACE" -> {
        g.setStroke(Color.web("#263238", 0.7));
        g.setLineDashes(null);
      }
      case "MOBILE", "SATELLITE" -> {
        g.setStroke(Color.web("#0072B2", 0.6));
        g.setLineDashes(6, 4);
      }
      case "RADIO" -> {
        g.setStroke(Color.web("#009E73", 0.7));
        g.setLineDashes(2, 4);
      }
      default -> {
        g.setStroke(Color.web("#616161", 0.5));
        g.setLineDashes(10, 4, 2, 4);
      }
    }
    g.setLineWidth(1.5);
    g.strokeLine(x1, y1, x2, y2);
    g.setLineDashes(null);
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
      Color c = Palette.of(k).darker();
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

  private int zoneIndex(String id) {
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

  /** Draws an actor marker: a shape per kind (so colour is never the only cue). */
  public static void drawActor(GraphicsContext g, ActorKind kind, double x, double y, double r, boolean selected) {
    g.setFill(Palette.of(kind));
    g.setStroke(selected ? Color.BLACK : Color.WHITE);
    g.setLineWidth(selected ? 3 : 1.5);
    switch (kind) {
      case PEACEKEEPING_UNIT -> {
        g.fillRect(x - r, y - r, 2 * r, 2 * r);
        g.strokeRect(x - r, y - r, 2 * r, 2 * r);
      }
      case COMMUNITY_GROUP -> {
        double[] px = {x, x + r * 1.1, x - r * 1.1};
        double[] py = {y - r * 1.1, y + r * 0.9, y + r * 0.9};
        g.fillPolygon(px, py, 3);
        g.strokePolygon(px, py, 3);
      }
      case ARMED_FACTION, PRIVATE_SECURITY, STATE_FORCES -> {
        double[] px = {x, x + r * 1.15, x, x - r * 1.15};
        double[] py = {y - r * 1.15, y, y + r * 1.15, y};
        g.fillPolygon(px, py, 4);
        g.strokePolygon(px, py, 4);
      }
      case LOCAL_AUTHORITY -> {
        double[] px = new double[6];
        double[] py = new double[6];
        for (int k = 0; k < 6; k++) {
          px[k] = x + r * Math.cos(Math.PI / 3 * k);
          py[k] = y + r * Math.sin(Math.PI / 3 * k);
        }
        g.fillPolygon(px, py, 6);
        g.strokePolygon(px, py, 6);
      }
      default -> {
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
      }
    }
  }
}
