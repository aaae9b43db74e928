package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SensitivityTest {

  @Test
  void standardizedCoefficientsRecoverTheWeightsOfAnExactLinearModel() {
    // y = 3 a - 1 b with a, b independent and of equal spread: SRC proportional to 3 and -1
    SplittableRandom random = new SplittableRandom(5);
    int n = 400;
    double[][] x = new double[n][2];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = random.nextDouble();
      x[i][1] = random.nextDouble();
      y[i] = 3 * x[i][0] - x[i][1];
    }
    List<Sensitivity> s = Sensitivity.of(List.of("a", "b"), x, y);
    double ratio = s.get(0).src() / s.get(1).src();
    assertEquals(-3.0 * sdRatio(x), ratio, 1e-9);
    assertTrue(s.get(0).spearman() > 0.9);
    assertTrue(s.get(1).spearman() < 0);
  }

  private static double sdRatio(double[][] x) {
    double[] a = new double[x.length];
    double[] b = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      a[i] = x[i][0];
      b[i] = x[i][1];
    }
    var sd = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation();
    return sd.evaluate(a) / sd.evaluate(b);
  }

  @Test
  void spearmanIsOneForAMonotoneButNonlinearRelation() {
    double[][] x = {{1}, {2}, {3}, {4}, {5}};
    double[] y = {1, 8, 27, 64, 125};
    assertEquals(1.0, Sensitivity.of(List.of("a"), x, y).get(0).spearman(), 1e-12);
  }

  @Test
  void aParameterThatDoesNotVaryHasUndefinedSensitivity() {
    double[][] x = {{1}, {1}, {1}, {1}};
    Sensitivity s = Sensitivity.of(List.of("a"), x, new double[] {1, 2, 3, 4}).get(0);
    assertTrue(Double.isNaN(s.spearman()));
    assertTrue(Double.isNaN(s.src()));
  }
}
