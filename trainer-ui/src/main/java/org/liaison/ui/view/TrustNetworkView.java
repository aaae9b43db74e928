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
 * trust (vermillion distrust, grey neutral, blue trust) and as wide as the trust is certain.
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

  @Override
  protected void draw(GraphicsContext g, double width, double height) {
    g.setFill(Color.web("#FAFAFA"));
    g.fillRect(0, 0, width, height);
    double[][][] tu = trustAndUncertainty.get();
    if (tu == null) {
      return;
    }
    List<Actor> actors = scenario.actors();
    int n = actors.size();
    double cx = width / 2;
    double cy = height / 2 + 6;
    // Room at the sides for the names that point outwards (up to 20 characters).
    double r = Math.max(40, Math.min(width / 2 - 135, height / 2 - 40));
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n - Math.PI / 2;
      x[i] = cx + r * Math.cos(a);
      y[i] = cy + r * Math.sin(a);
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
        g.setLineWidth(0.6 + 5 * certainty);
        // Offset each direction to its own side so both arrows of a pair show.
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        double len = Math.max(1, Math.hypot(dx, dy));
        double nx = -dy / len * 3;
        double ny = dx / len * 3;
        double ex = x[j] - dx / len * 12 + nx;
        double ey = y[j] - dy / len * 12 + ny;
        g.strokeLine(x[i] + dx / len * 12 + nx, y[i] + dy / len * 12 + ny, ex, ey);
        if (focus) {
          double ax = -dx / len;
          double ay = -dy / len;
          g.strokeLine(ex, ey, ex + 6 * ax - 4 * ay, ey + 6 * ay + 4 * ax);
        }
      }
    }
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    g.setFont(Font.font(11));
    for (int i = 0; i < n; i++) {
      Actor a = actors.get(i);
      MapRenderer.drawActor(g, a.kind(), x[i], y[i], 8, i == sel);
      g.setFill(Color.web("#212121"));
      String label = a.name().length() > 20 ? a.name().substring(0, 19) + "…" : a.name();
      // Labels point away from the centre of the ring, so neighbours' names do not cross.
      g.setTextBaseline(VPos.CENTER);
      if (x[i] < cx - 4) {
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(label, x[i] - 11, y[i]);
      } else if (x[i] > cx + 4) {
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(label, x[i] + 11, y[i]);
      } else {
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(label, x[i], y[i] + (y[i] > cy ? 16 : -16));
      }
    }
    // Legend.
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    double lx = 8;
    g.setFill(Color.web("#424242"));
    g.fillText(I18n.t("trustnet.trust"), lx, 12);
    for (int k = 0; k <= 20; k++) {
      g.setFill(Palette.trust(k / 20.0));
      g.fillRect(lx + 40 + k * 4, 6, 4, 12);
    }
    g.setFill(Color.web("#424242"));
    g.fillText(I18n.t("map.low"), lx + 40, 26);
    g.fillText(I18n.t("map.high"), lx + 108, 26);
    g.fillText(I18n.t("trustnet.width"), lx + 140, 12);
  }
}
