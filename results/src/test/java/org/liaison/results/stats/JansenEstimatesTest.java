package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jansen's estimators and their bootstrap intervals on designs small enough to compute by hand.
 * Outputs are given in Saltelli's layout: per base sample f(A), f(B), f(AB_1) .. f(AB_k).
 */
class JansenEstimatesTest {

  /**
   * Two factors, three base samples. f(A) = 1, 3, 0 and f(B) = 2, 5, 7: mean 3, squares 34,
   * V = 34 / 5 and 2NV = 40.8. Factor 1: f(B) - f(AB_1) = 0.5, 1, 1 and f(A) - f(AB_1) = -0.5,
   * -1, -6; factor 2: 0, 2, 6 and -1, 0, -1.
   */
  @Test
  void firstAndTotalOrderAreJansensSumsOfSquaresOverTwiceNTimesTheVariance() {
    double[] y = {
        1, 2, 1.5, 2,
        3, 5, 4, 3,
        0, 7, 6, 1};
    List<SobolIndices> s = SobolIndices.of(List.of("x1", "x2"), y);
    assertEquals("x1", s.get(0).parameter());
    assertEquals("x2", s.get(1).parameter());
    assertEquals(3, s.get(0).n());
    assertEquals(1 - 2.25 / 40.8, s.get(0).first(), 1e-12);
    assertEquals(37.25 / 40.8, s.get(0).total(), 1e-12);
    assertEquals(1 - 40 / 40.8, s.get(1).first(), 1e-12);
    assertEquals(2 / 40.8, s.get(1).total(), 1e-12);
  }

  /**
   * One factor, two base samples: f(A) = 1, 2, f(B) = 3, 6, f(AB_1) = 2, 5. V = 14 / 3, so
   * S = 1 - 2 / (56 / 3) = 25 / 28 and ST = 10 / (56 / 3) = 15 / 28. A resample draws sample 1
   * twice, sample 2 twice, or both; over 500 resamples each kind comes up, so the 2.5 % and
   * 97.5 % percentiles are the smallest and largest of the three estimates: S 0.625 (sample 1
   * twice: 1 - 2 / (16 / 3)) and 0.90625 (sample 2 twice: 1 - 2 / (64 / 3)), ST 0.375 and 0.84375.
   */
  @Test
  void theBootstrapIntervalSpansTheEstimatesOfTheResamples() {
    SobolIndices s = SobolIndices.of(List.of("x"), new double[] {1, 3, 2, 2, 6, 5}).get(0);
    assertEquals(2, s.n());
    assertEquals(25.0 / 28, s.first(), 1e-12);
    assertEquals(15.0 / 28, s.total(), 1e-12);
    assertEquals(0.625, s.firstLow(), 1e-12);
    assertEquals(0.90625, s.firstHigh(), 1e-12);
    assertEquals(0.375, s.totalLow(), 1e-12);
    assertEquals(0.84375, s.totalHigh(), 1e-12);
  }

  @Test
  void oneBaseSampleGivesNoVarianceSoNeitherIndicesNorIntervals() {
    SobolIndices s = SobolIndices.of(List.of("x"), new double[] {1, 3, 2}).get(0);
    assertEquals(1, s.n());
    assertTrue(Double.isNaN(s.first()) && Double.isNaN(s.total()), s.toString());
    assertTrue(Double.isNaN(s.firstLow()) && Double.isNaN(s.firstHigh()), s.toString());
    assertTrue(Double.isNaN(s.totalLow()) && Double.isNaN(s.totalHigh()), s.toString());
  }

  @Test
  void aBaseSampleWithAnUndefinedOutputAnywhereInItsBlockIsLeftOut() {
    double[] y = {1, 3, 2, 2, 6, 5, 9, 9, Double.NaN};
    SobolIndices s = SobolIndices.of(List.of("x"), y).get(0);
    assertEquals(2, s.n());
    assertEquals(25.0 / 28, s.first(), 1e-12);
    double[] first = {Double.NaN, 3, 2, 1, 3, 2, 2, 6, 5};
    SobolIndices t = SobolIndices.of(List.of("x"), first).get(0);
    assertEquals(2, t.n());
    assertEquals(25.0 / 28, t.first(), 1e-12);
  }

  @Test
  void onlyBlocksOfKPlusTwoPointsWithTheirFactorsFromAAndBAreSaltellisLayout() {
    Map<String, Double> a = Map.of("x", 0.1, "y", 0.2);
    Map<String, Double> b = Map.of("x", 0.7, "y", 0.9);
    Map<String, Double> ab1 = Map.of("x", 0.7, "y", 0.2);
    Map<String, Double> ab2 = Map.of("x", 0.1, "y", 0.9);
    List<String> xy = List.of("x", "y");
    assertEquals(1, SobolIndices.saltelliBase(xy, List.of(a, b, ab1, ab2)));
    assertEquals(2, SobolIndices.saltelliBase(xy, List.of(a, b, ab1, ab2, a, b, ab1, ab2)));
    assertEquals(0, SobolIndices.saltelliBase(xy, List.of(a, b, ab1)), "not a whole block");
    assertEquals(0, SobolIndices.saltelliBase(xy, List.of(a, b, ab2, ab1)), "AB_1 takes x from B, not y");
    assertEquals(0, SobolIndices.saltelliBase(xy, List.of()), "no points");
    assertEquals(0, SobolIndices.saltelliBase(List.of(), List.of(a, b)), "no factors");
  }
}
