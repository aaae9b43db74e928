package org.liaison.ui.view;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.liaison.scenario.Actor;
import org.liaison.scenario.Scenario;
import org.liaison.ui.I18n;

/**
 * The trust network: actors on a circle, an arrow from truster to trusted coloured by expected
 * trust (vermillion distrust, grey neutral, blue trust) and as wide as the trust is certain. Each
 * name is written whole unless the canvas, another marker or another name leaves it too little
 * room ({@link NameRoom}), and then shortened with "…" to the room it has.
 */
public final class TrustNetworkView extends CanvasPane {
  private final Scenario scenario;
  private final Supplier<double[][][]> trustAndUncertainty;
  private String selected;

  /**
   * @param trustAndUncertainty gives {expected trust, uncertainty}, each [from][to] in actor order
   */
  public TrustNetworkView(Scenario scenario, Supplier<double[][][]> trustAndUncertainty) {
    this.scenario = scenario;
    this.trustAndUncertainty = trustAndUncertainty;
    setId("trust-network");
    getStyleClass().add("trust-network");
  }

  /** The name cut short with "…" to fit the width. */
  private static String fit(String name, Font font, double width) {
    if (CanvasFonts.width(name, font) <= width) {
      return name;
    }
    for (int k = name.length() - 1; k > 1; k--) {
      String cut = name.substring(0, k).strip() + "…";
      if (CanvasFonts.width(cut, font) <= width) {
        return cut;
      }
    }
    return name.substring(0, 1) + "…";
  }

  public void setSelected(String actorId) {
    selected = actorId;
    redraw();
  }

  /** Trust and uncertainty as the scenario's priors give them. */
  public static double[][][] priors(Scenario s) {
    List<Actor> actors = s.actors();
    int n = actors.size();
    double[][] t = new double[n][n];
    double[][] u = new double[n][n];
    for (double[] row : u) {
      java.util.Arrays.fill(row, 1.0);
    }
    for (var p : s.trust()) {
      int a = index(actors, p.from());
      int b = index(actors, p.to());
      if (a >= 0 && b >= 0) {
        t[a][b] = p.value();
        u[a][b] = 2 / (p.confidence() + 2);
      }
    }
    return new double[][][] {t, u};
  }

  private static int index(List<Actor> actors, String id) {
    for (int i = 0; i < actors.size(); i++) {
      if (actors.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The trust network's texts: actor names and the legend's words, in the palette's inks on its ground. */
  public static List<CanvasPalette.TextInk> texts(CanvasPalette p) {
    return List.of(new CanvasPalette.TextInk("trust network name", p.ink(), List.of(p.ground())),
        new CanvasPalette.TextInk("trust network legend", p.secondaryInk(), List.of(p.ground())));
  }

  @Override
  protected void draw(GraphicsContext g, double width, double height) {
    CanvasPalette p = palette();
    CanvasFonts f = fonts();
    Font font = f.label();
    double lh = f.lineHeight();
    g.setFill(p.ground());
    g.fillRect(0, 0, width, height);
    double[][][] tu = trustAndUncertainty.get();
    if (tu == null) {
      return;
    }
    List<Actor> actors = scenario.actors();
    int n = actors.size();
    double marker = 8 * p.markerScale();
    double widest = 0;
    for (Actor a : actors) {
      widest = Math.max(widest, CanvasFonts.width(a.name(), font));
    }
    // The legend takes two lines at the top; the ring, an ellipse, lies below it with room at the
    // sides for the longest name pointing outwards, and above and below for those at the top and
    // bottom; it keeps a third of the width at least, so a very long name is shortened rather than
    // the ring squeezed to a point.
    double legendHeight = 2 * lh + 8;
    double cx = width / 2;
    double cy = legendHeight + (height - legendHeight) / 2;
    double rx = Math.max(Math.max(40, width / 6), width / 2 - widest - marker - 8);
    double ry = Math.max(lh, (height - legendHeight) / 2 - marker - lh - 6);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n - Math.PI / 2;
      x[i] = cx + rx * Math.cos(a);
      y[i] = cy + ry * Math.sin(a);
    }
    // Names point away from the centre of the ring, so neighbours' names do not cross.
    double[] lx = new double[n];
    double[] ly = new double[n];
    TextAlignment[] align = new TextAlignment[n];
    List<NameRoom.Name> names = new java.util.ArrayList<>();
    List<NameRoom.Box> markers = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      double d = marker + 2 + lh / 2;
      lx[i] = x[i] < cx - 4 ? x[i] - marker - 3 : x[i] > cx + 4 ? x[i] + marker + 3 : x[i];
      ly[i] = Math.abs(x[i] - cx) > 4 ? y[i] : y[i] + (y[i] > cy ? d : -d);
      align[i] = x[i] < cx - 4 ? TextAlignment.RIGHT : x[i] > cx + 4 ? TextAlignment.LEFT : TextAlignment.CENTER;
      javafx.geometry.Bounds b = CanvasFonts.bounds(actors.get(i).name(), font);
      names.add(new NameRoom.Name(lx[i], align[i], ly[i] - b.getHeight() / 2, b.getHeight(), b.getWidth()));
      markers.add(new NameRoom.Box(x[i] - marker, y[i] - marker, 2 * marker, 2 * marker));
    }
    double[] room = NameRoom.widths(names, markers, width);
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      labels[i] = fit(actors.get(i).name(), font, room[i]);
    }
    int sel = selected == null ? -1 : index(actors, selected);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j || tu[1][i][j] >= 0.999) {
          continue;
        }
        boolean focus = sel < 0 || sel == i || sel == j;
        double certainty = 1 - tu[1][i][j];
        Color c = Palette.trust(tu[0][i][j]);
        g.setStroke(focus ? c : c.deriveColor(0, 0.3, 1.2, 0.25));
        g.setLineWidth((0.6 + 5 * certainty) * p.lineScale());
        // Offset each direction to its own side so both arrows of a pair show.
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        double len = Math.max(1, Math.hypot(dx, dy));
        double nx = -dy / len * 3 * p.lineScale();
        double ny = dx / len * 3 * p.lineScale();
        double gap = marker + 4;
        double ex = x[j] - dx / len * gap + nx;
        double ey = y[j] - dy / len * gap + ny;
        g.strokeLine(x[i] + dx / len * gap + nx, y[i] + dy / len * gap + ny, ex, ey);
        if (focus) {
          double ax = -dx / len;
          double ay = -dy / len;
          double head = 6 * p.lineScale();
          g.strokeLine(ex, ey, ex + head * ax - head * 2 / 3 * ay, ey + head * ay + head * 2 / 3 * ax);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      MapRenderer.drawActor(g, p, actors.get(i).kind(), x[i], y[i], marker, i == sel);
    }
    // Where the ring is too low for every name even shortened, a name that would cover one written,
    // reach into the legend or leave the canvas is left out, the selected actor's written first.
    g.setFill(p.ink());
    List<MapRenderer.PlacedLabel> written = new java.util.ArrayList<>();
    for (int k = -1; k < n; k++) {
      int i = k < 0 ? sel : k;
      if (i < 0 || (k >= 0 && i == sel)) {
        continue;
      }
      MapRenderer.PlacedLabel b = box(labels[i], font, lx[i], ly[i], align[i], VPos.CENTER);
      boolean inside = b.x() >= 0 && b.y() >= legendHeight && b.x() + b.width() <= width
          && b.y() + b.height() <= height;
      if (inside && written.stream().noneMatch(o -> o.overlaps(b.x(), b.y(), b.width(), b.height()))) {
        written.add(b);
        write(g, labels[i], font, lx[i], ly[i], align[i], VPos.CENTER);
      }
    }
    // Legend: the trust ramp between its words on the first line, what the width says on the second.
    double legendX = 8;
    double legendY = 4 + lh / 2;
    g.setFill(p.secondaryInk());
    String trust = I18n.t("trustnet.trust");
    write(g, trust, font, legendX, legendY, TextAlignment.LEFT, VPos.CENTER);
    double rampX = legendX + CanvasFonts.width(trust, font) + 8;
    String low = I18n.t("map.low");
    write(g, low, font, rampX, legendY, TextAlignment.LEFT, VPos.CENTER);
    double stripX = rampX + CanvasFonts.width(low, font) + 6;
    double cell = lh / 3;
    for (int k = 0; k <= 20; k++) {
      g.setFill(Palette.trust(k / 20.0));
      g.fillRect(stripX + k * cell, legendY - lh / 2, cell, lh);
    }
    g.setFill(p.secondaryInk());
    write(g, I18n.t("map.high"), font, stripX + 21 * cell + 6, legendY, TextAlignment.LEFT, VPos.CENTER);
    write(g, I18n.t("trustnet.width"), font, legendX, legendY + lh + 2, TextAlignment.LEFT, VPos.CENTER);
  }
}
