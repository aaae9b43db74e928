package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The text the canvases write (map labels, chart titles, legends and axes, trust network names,
 * the review's plot) has the contrast of the other texts with what it is drawn on: WCAG AA (4.5:1)
 * in the standard palette, AAA (7:1) in the projector's. Canvas text is never large (it is 0.85 em),
 * so no 3:1 exception applies. Each canvas lists the colours it writes in and the colours under
 * them from the palette fields it draws with, so these are the colours drawn, not copies.
 */
class CanvasContrastTest {
  /** Normal text at WCAG 2 level AAA (SC 1.4.6). */
  static final double AAA = 7;

  static List<CanvasPalette.TextInk> texts(CanvasPalette p) {
    List<CanvasPalette.TextInk> all = new ArrayList<>();
    all.addAll(MapRenderer.texts(p));
    all.addAll(ChartView.texts(p));
    all.addAll(TrustNetworkView.texts(p));
    all.addAll(ReviewView.Distribution.texts(p));
    return all;
  }

  /** Each pair of text and ground under the ratio, described. */
  static List<String> below(CanvasPalette p, double ratio) {
    List<String> problems = new ArrayList<>();
    for (CanvasPalette.TextInk t : texts(p)) {
      for (Color ground : t.grounds()) {
        double r = Contrast.ratio(t.text(), ground);
        if (r < ratio) {
          problems.add(String.format(Locale.ROOT, "%s, %s: %s on %s at %.2f:1, %.1f wanted", p.name(), t.what(),
              t.text(), ground, r, ratio));
        }
      }
    }
    return problems;
  }

  @Test
  void canvasTextHasContrastAaInTheStandardPalette() {
    assertTrue(texts(CanvasPalette.STANDARD).size() >= 8, "every canvas lists its texts");
    assertTrue(texts(CanvasPalette.STANDARD).get(0).grounds().size() > 20,
        "map labels are checked over every shade of the zones");
    assertEquals(List.of(), below(CanvasPalette.STANDARD, Contrast.TEXT));
  }

  @Test
  void canvasTextHasContrastAaaInTheProjectorPalette() {
    assertEquals(List.of(), below(CanvasPalette.PROJECTOR, AAA));
  }
}
