package org.liaison.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

/**
 * The colours that show behind a node: the topmost background fill of its nearest ancestor (or
 * itself) that paints an opaque one, with the translucent fills of the regions between laid over
 * it. A gradient counts as each of its stops, so a check against all of them holds for the whole
 * gradient; the scene's fill lies behind everything.
 */
final class Backdrop {
  private Backdrop() {}

  /** The colours behind a node, starting the search at the node itself. */
  static List<Color> behind(Node node) {
    List<Paint> translucent = new ArrayList<>();
    List<Color> base = null;
    for (Node n = node; n != null && base == null; n = n.getParent()) {
      if (n instanceof Region r && r.getBackground() != null) {
        List<BackgroundFill> fills = r.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0 && base == null; i--) {
          Paint p = fills.get(i).getFill();
          if (opaque(p)) {
            base = colours(p);
          } else if (!invisible(p)) {
            translucent.add(p);
          }
        }
      }
    }
    if (base == null) {
      base = node.getScene() != null && node.getScene().getFill() instanceof Color c && c.isOpaque() ? List.of(c)
          : List.of(Color.WHITE);
    }
    List<Color> out = base;
    for (int i = translucent.size() - 1; i >= 0; i--) {
      List<Color> layered = new ArrayList<>();
      for (Color top : colours(translucent.get(i))) {
        for (Color below : out) {
          layered.add(Contrast.over(top, below));
        }
      }
      out = layered;
    }
    return out;
  }

  /** Each colour a paint shows: itself, or each stop of a gradient. */
  static List<Color> colours(Paint p) {
    if (p instanceof Color c) {
      return List.of(c);
    }
    List<Stop> stops = p instanceof LinearGradient g ? g.getStops() : p instanceof RadialGradient g ? g.getStops()
        : List.of();
    return stops.stream().map(Stop::getColor).toList();
  }

  /** The product of the opacities of a node and its ancestors up to, not including, the given one. */
  static double opacity(Node node, Parent upTo) {
    double o = 1;
    for (Node n = node; n != null && n != upTo; n = n.getParent()) {
      o *= n.getOpacity();
    }
    return o;
  }

  private static boolean opaque(Paint p) {
    List<Color> cs = colours(p);
    return !cs.isEmpty() && cs.stream().allMatch(Color::isOpaque);
  }

  private static boolean invisible(Paint p) {
    return colours(p).stream().allMatch(c -> c.getOpacity() == 0);
  }
}
