package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.liaison.ui.view.ColourVision.Deficiency;

/** The colour maths the palette checks rest on, against published values. */
class ColourVisionTest {
  @Test
  void ciede2000MatchesSharmaWuDalalsTestData() {
    assertEquals(2.0425, ColourVision.deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}),
        1e-4);
    assertEquals(2.3669, ColourVision.deltaE2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}), 1e-4);
    assertEquals(27.1492, ColourVision.deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
    assertEquals(1.2644, ColourVision.deltaE2000(new double[] {60.2574, -34.0099, 36.2677},
        new double[] {60.4626, -34.1751, 39.4387}), 1e-4);
  }

  @Test
  void labOfWhiteBlackAndSrgbRed() {
    assertArray(new double[] {100, 0, 0}, ColourVision.lab(Color.WHITE), 0.01);
    assertArray(new double[] {0, 0, 0}, ColourVision.lab(Color.BLACK), 0.01);
    assertArray(new double[] {53.24, 80.09, 67.20}, ColourVision.lab(Color.rgb(255, 0, 0)), 0.05);
  }

  @Test
  void greysLookTheSameToEveryoneAndPureRedLosesItsHueWithoutRedCones() {
    for (Deficiency d : Deficiency.values()) {
      for (Color grey : new Color[] {Color.WHITE, Color.gray(0.5), Color.BLACK}) {
        Color seen = ColourVision.simulate(grey, d);
        assertEquals(grey.getRed(), seen.getRed(), 1e-3, d + " " + grey);
        assertEquals(grey.getBlue(), seen.getBlue(), 1e-3, d + " " + grey);
      }
    }
    // Protanopia: red is seen dark and olive (Machado et al., first row 0.152286 of linear red).
    Color red = ColourVision.simulate(Color.rgb(255, 0, 0), Deficiency.PROTANOPIA);
    assertEquals(0.4266, red.getRed(), 1e-3);
    assertEquals(0.3727, red.getGreen(), 1e-3);
    assertEquals(0, red.getBlue(), 1e-9);
  }

  private static void assertArray(double[] expected, double[] actual, double delta) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], delta, "component " + i);
    }
  }
}
