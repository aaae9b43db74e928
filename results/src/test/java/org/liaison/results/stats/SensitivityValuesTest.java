package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spearman's rho and standardized regression coefficients on designs computed by hand. */
class SensitivityValuesTest {
  private static final List<String> AB = List.of("a", "b");

  /**
   * a = 1, 2, 3, 4 and b = 0, 1, 1, 0 are uncorrelated, and y = 3a - b = 3, 5, 8, 12 fits them
   * exactly, so each SRC is the coefficient times sd(x) / sd(y): 3 sqrt(5/3) / sqrt(46/3) =
   * 3 sqrt(5/46) for a and -sqrt(1/46) for b. y rises with a (rho 1); b's ranks 1.5, 3.5, 3.5,
   * 1.5 against 1, 2, 3, 4 have no correlation (rho 0).
   */
  @Test
  void standardizedCoefficientsAndRankCorrelationsOfAnExactLinearModel() {
    double[][] x = {{1, 0}, {2, 1}, {3, 1}, {4, 0}};
    List<Sensitivity> s = Sensitivity.of(AB, x, new double[] {3, 5, 8, 12});
    assertEquals("a", s.get(0).parameter());
    assertEquals("b", s.get(1).parameter());
    assertEquals(3 * Math.sqrt(5.0 / 46), s.get(0).src(), 1e-9);
    assertEquals(-Math.sqrt(1.0 / 46), s.get(1).src(), 1e-9);
    assertEquals(1.0, s.get(0).spearman(), 1e-12);
    assertEquals(0.0, s.get(1).spearman(), 1e-12);
  }

  /** With one parameter the SRC is Pearson's r: a = 1, 2, 3, y = 1, 2, 4 give 3 / sqrt(2 * 42 / 9). */
  @Test
  void withOneParameterTheCoefficientIsPearsonsCorrelation() {
    double[][] x = {{1}, {2}, {3}};
    Sensitivity s = Sensitivity.of(List.of("a"), x, new double[] {1, 2, 4}).get(0);
    assertEquals(3 / Math.sqrt(2 * 42.0 / 9), s.src(), 1e-9);
    assertEquals(1.0, s.spearman(), 1e-12);
  }

  @Test
  void runsWithAnUndefinedInputOrOutputAreLeftOut() {
    double[][] x = {{1, 0}, {2, 1}, {Double.NaN, 0}, {3, 1}, {4, 0}, {5, Double.NaN}, {6, 1}};
    double[] y = {3, 5, 100, 8, 12, -100, Double.NaN};
    List<Sensitivity> s = Sensitivity.of(AB, x, y);
    assertEquals(3 * Math.sqrt(5.0 / 46), s.get(0).src(), 1e-9);
    assertEquals(-Math.sqrt(1.0 / 46), s.get(1).src(), 1e-9);
    assertEquals(0.0, s.get(1).spearman(), 1e-12);
  }

  /** A regression on k parameters needs more than k + 1 runs; a rank correlation more than two. */
  @Test
  void tooFewRunsLeaveTheMeasuresUndefined() {
    double[][] three = {{1, 0}, {2, 1}, {3, 0}};
    List<Sensitivity> s = Sensitivity.of(AB, three, new double[] {3, 5, 9});
    assertTrue(Double.isNaN(s.get(0).src()) && Double.isNaN(s.get(1).src()), s.toString());
    assertEquals(1.0, s.get(0).spearman(), 1e-12);
    double[][] two = {{1}, {2}};
    Sensitivity t = Sensitivity.of(List.of("a"), two, new double[] {1, 2}).get(0);
    assertTrue(Double.isNaN(t.spearman()) && Double.isNaN(t.src()), t.toString());
  }

  @Test
  void aConstantOutputOrAConstantParameterHasNoSensitivity() {
    double[][] x = {{1, 0}, {2, 1}, {3, 1}, {4, 0}};
    List<Sensitivity> flat = Sensitivity.of(AB, x, new double[] {2, 2, 2, 2});
    assertTrue(Double.isNaN(flat.get(0).spearman()) && Double.isNaN(flat.get(0).src()), flat.toString());
    double[][] fixedB = {{1, 1}, {2, 1}, {3, 1}, {4, 1}};
    List<Sensitivity> s = Sensitivity.of(AB, fixedB, new double[] {3, 5, 8, 12});
    assertTrue(Double.isNaN(s.get(1).spearman()), s.toString());
    assertTrue(Double.isNaN(s.get(0).src()) && Double.isNaN(s.get(1).src()),
        "a regression with a constant column has no defined coefficients: " + s);
    assertEquals(1.0, s.get(0).spearman(), 1e-12);
  }
}
