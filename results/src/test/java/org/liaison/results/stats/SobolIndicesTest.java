package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.liaison.results.batch.Design;
import org.liaison.results.batch.DesignKind;
import org.liaison.results.batch.DesignPoints;
import org.liaison.results.batch.Factor;

/** Sobol indices from the planner's Saltelli design, on functions whose indices are known. */
class SobolIndicesTest {
  private static final List<String> X = List.of("casualtyRate", "harmEvidence", "contactEvidence");

  private static List<Map<String, Double>> design(double from, double to, int n) {
    Map<String, Factor> factors = new LinkedHashMap<>();
    X.forEach(x -> factors.put(x, new Factor(null, from, to, null)));
    return DesignPoints.of(new Design(DesignKind.SOBOL, null, factors, n, null));
  }

  private static List<SobolIndices> indices(List<Map<String, Double>> points, ToDoubleFunction<double[]> f) {
    double[] y = new double[points.size()];
    for (int p = 0; p < points.size(); p++) {
      double[] x = X.stream().mapToDouble(points.get(p)::get).toArray();
      y[p] = f.applyAsDouble(x);
    }
    return SobolIndices.of(X, y);
  }

  /** Ishigami and Homma (1990), a = 7, b = 0.1 on [-pi, pi]^3, with its analytic indices. */
  @Test
  void theIshigamiFunctionsIndicesAreRecovered() {
    List<Map<String, Double>> points = design(-Math.PI, Math.PI, 4096);
    List<SobolIndices> s = indices(points,
        x -> Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));
    double[] first = {0.3139, 0.4424, 0.0};
    double[] total = {0.5576, 0.4424, 0.2437};
    for (int i = 0; i < 3; i++) {
      SobolIndices one = s.get(i);
      assertEquals(first[i], one.first(), 0.03, "S" + (i + 1));
      assertEquals(total[i], one.total(), 0.03, "ST" + (i + 1));
      assertTrue(one.firstLow() <= one.first() && one.first() <= one.firstHigh(), one.toString());
      assertTrue(one.totalLow() - 0.01 <= total[i] && total[i] <= one.totalHigh() + 0.01,
          "the interval (nearly) covers the true total index: " + one);
      assertEquals(4096, one.n());
    }
    assertTrue(s.get(2).total() > s.get(2).first() + 0.15, "x3 acts only through its interaction with x1");
  }

  /** Y = x1 + 2 x2 on the unit cube: S_i = a_i^2 / sum a^2, no interactions, x3 inert. */
  @Test
  void aLinearModelsIndicesAreItsSquaredCoefficientShares() {
    List<SobolIndices> s = indices(design(0, 1, 1024), x -> x[0] + 2 * x[1]);
    assertEquals(0.2, s.get(0).first(), 0.02);
    assertEquals(0.8, s.get(1).first(), 0.02);
    assertEquals(0.2, s.get(0).total(), 0.02);
    assertEquals(0.8, s.get(1).total(), 0.02);
    assertEquals(0.0, s.get(2).total(), 1e-12, "a parameter that does nothing has total index 0");
  }

  @Test
  void theSaltelliLayoutIsRecognisedAndOtherDesignsAreNot() {
    List<Map<String, Double>> points = design(0, 1, 16);
    assertEquals(16 * 5, points.size());
    assertEquals(16, SobolIndices.saltelliBase(X, points));
    List<Map<String, Double>> changed = new ArrayList<>(points);
    Map<String, Double> ab1 = new LinkedHashMap<>(changed.get(12));
    ab1.put("harmEvidence", 0.123);
    changed.set(12, ab1);
    assertEquals(0, SobolIndices.saltelliBase(X, changed), "AB_1 of base sample 2 differs from A outside factor 1");
    Map<String, Factor> factors = new LinkedHashMap<>();
    X.forEach(x -> factors.put(x, new Factor(null, 0.0, 1.0, null)));
    assertEquals(0, SobolIndices.saltelliBase(X,
        DesignPoints.of(new Design(DesignKind.LATIN_HYPERCUBE, null, factors, 20, 1))));
  }

  @Test
  void baseSamplesWithAnUndefinedOutputAreLeftOutAndAConstantOutputHasNoIndices() {
    List<Map<String, Double>> points = design(0, 1, 64);
    double[] y = new double[points.size()];
    for (int p = 0; p < y.length; p++) {
      y[p] = points.get(p).get("casualtyRate");
    }
    y[7] = Double.NaN;
    SobolIndices s = SobolIndices.of(X, y).get(0);
    assertEquals(63, s.n());
    assertEquals(1.0, s.first(), 0.05);
    java.util.Arrays.fill(y, 3.0);
    assertTrue(Double.isNaN(SobolIndices.of(X, y).get(0).first()), "no variance: undefined, not 0");
  }
}
