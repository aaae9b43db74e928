package org.liaison.ui.view;

import java.util.List;
import javafx.scene.text.TextAlignment;

/**
 * How wide each name round a ring may be drawn: as wide as it wants, less what would take it off
 * the canvas, over another node's marker or over another name. A name grows from its anchor one
 * way (left-aligned to the right, right-aligned to the left) or both ways (centred); where two
 * names would cover each other, the one that gives up less width to clear the other is the one
 * shortened, so room is taken from a name only where there is truly none.
 */
final class NameRoom {
  /** The space kept between a name and what it must not cover. */
  static final double GAP = 4;

  /**
   * A name to place: its anchor, which way it grows, the band it takes from top to top + height,
   * and the width of the whole name.
   */
  record Name(double x, TextAlignment align, double top, double height, double wanted) {}

  /** A node's marker, which no other node's name may cover. */
  record Box(double x, double y, double width, double height) {}

  private NameRoom() {}

  /** The width each name may take, in the names' order; markers are the nodes', in the same order. */
  static double[] widths(List<Name> names, List<Box> markers, double canvasWidth) {
    int n = names.size();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      Name a = names.get(i);
      w[i] = Math.min(a.wanted(), switch (a.align()) {
        case LEFT -> canvasWidth - a.x();
        case RIGHT -> a.x();
        default -> 2 * Math.min(a.x(), canvasWidth - a.x());
      });
      for (int k = 0; k < n; k++) {
        Box b = markers.get(k);
        boolean level = b.y() < a.top() + a.height() && a.top() < b.y() + b.height();
        if (level && k != i) {
          w[i] = Math.min(w[i], clear(a, b.x(), b.x() + b.width()));
        }
      }
      w[i] = Math.max(0, w[i]);
    }
    boolean changed = true;
    for (int pass = 0; changed && pass < n * n; pass++) {
      changed = false;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (cover(names.get(i), w[i], names.get(j), w[j])) {
            changed |= shorten(names, w, i, j);
          }
        }
      }
    }
    return w;
  }

  /** Shortens whichever of two covering names loses less by it; false if neither can clear the other. */
  private static boolean shorten(List<Name> names, double[] w, int i, int j) {
    Name a = names.get(i);
    Name b = names.get(j);
    double ai = clear(a, left(b, w[j]), left(b, w[j]) + w[j]);
    double bj = clear(b, left(a, w[i]), left(a, w[i]) + w[i]);
    boolean aCan = ai > 0;
    boolean bCan = bj > 0;
    if (!aCan && !bCan) {
      return false;
    }
    if (aCan && (!bCan || w[i] - ai <= w[j] - bj)) {
      w[i] = ai;
    } else {
      w[j] = bj;
    }
    return true;
  }

  private static boolean cover(Name a, double wa, Name b, double wb) {
    boolean level = a.top() < b.top() + b.height() && b.top() < a.top() + a.height();
    double la = left(a, wa);
    double lb = left(b, wb);
    return level && wa > 0 && wb > 0 && la < lb + wb && lb < la + wa;
  }

  /** The left edge of a name this wide. */
  static double left(Name a, double width) {
    return switch (a.align()) {
      case RIGHT -> a.x() - width;
      case CENTER -> a.x() - width / 2;
      default -> a.x();
    };
  }

  /** The widest a name may be and stay clear of the span from lo to hi; 0 if the span covers its anchor. */
  private static double clear(Name a, double lo, double hi) {
    return switch (a.align()) {
      case LEFT -> hi <= a.x() ? Double.MAX_VALUE : lo >= a.x() ? Math.max(0, lo - GAP - a.x()) : 0;
      case RIGHT -> lo >= a.x() ? Double.MAX_VALUE : hi <= a.x() ? Math.max(0, a.x() - hi - GAP) : 0;
      default -> lo >= a.x() ? Math.max(0, 2 * (lo - GAP - a.x())) : hi <= a.x() ? Math.max(0, 2 * (a.x() - hi - GAP))
          : 0;
    };
  }
}
