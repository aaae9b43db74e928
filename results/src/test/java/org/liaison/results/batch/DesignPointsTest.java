package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesignPointsTest {

  private static Map<String, Factor> ranges(String... names) {
    Map<String, Factor> factors = new LinkedHashMap<>();
    for (String name : names) {
      factors.put(name, new Factor(null, 0.0, 1.0, null));
    }
    return factors;
  }

  @Test
  void aFactorialDesignHasEveryCombinationWithTheLastFactorVaryingFastest() {
    Map<String, Factor> factors = new LinkedHashMap<>();
    factors.put("casualtyRate", new Factor(List.of(0.001, 0.01), null, null, null));
    factors.put("attackRatePerDay", new Factor(null, 0.0, 1.0, 3));
    List<Map<String, Double>> points = DesignPoints.of(new Design(DesignKind.FACTORIAL, null, factors, null, null));
    assertEquals(6, points.size());
    assertEquals(Map.of("casualtyRate", 0.001, "attackRatePerDay", 0.0), points.get(0));
    assertEquals(Map.of("casualtyRate", 0.001, "attackRatePerDay", 0.5), points.get(1));
    assertEquals(Map.of("casualtyRate", 0.001, "attackRatePerDay", 1.0), points.get(2));
    assertEquals(Map.of("casualtyRate", 0.01, "attackRatePerDay", 0.0), points.get(3));
    assertEquals(6, DesignPoints.count(new Design(DesignKind.FACTORIAL, null, factors, null, null)));
  }

  @Test
  void aLatinHypercubeHasExactlyOnePointInEveryStratumOfEveryDimension() {
    int n = 37;
    Map<String, Factor> factors = new LinkedHashMap<>();
    factors.put("casualtyRate", new Factor(null, 0.0, 0.1, null));
    factors.put("attackRatePerDay", new Factor(null, 1.0, 5.0, null));
    factors.put("warningTrustThreshold", new Factor(null, 0.2, 0.9, null));
    List<Map<String, Double>> points = DesignPoints.of(new Design(DesignKind.LATIN_HYPERCUBE, null, factors, n, 7));
    assertEquals(n, points.size());
    for (Map.Entry<String, Factor> factor : factors.entrySet()) {
      int[] perStratum = new int[n];
      double from = factor.getValue().from();
      double width = factor.getValue().to() - from;
      for (Map<String, Double> point : points) {
        double u = (point.get(factor.getKey()) - from) / width;
        assertTrue(u >= 0 && u < 1, "outside the range: " + u);
        perStratum[(int) Math.floor(u * n)]++;
      }
      int[] once = new int[n];
      java.util.Arrays.fill(once, 1);
      assertArrayEquals(once, perStratum, factor.getKey());
    }
  }

  @Test
  void aLatinHypercubeDependsOnItsSamplingSeedOnly() {
    Design a = new Design(DesignKind.LATIN_HYPERCUBE, null, ranges("casualtyRate", "harmEvidence"), 10, 3);
    Design b = new Design(DesignKind.LATIN_HYPERCUBE, null, ranges("casualtyRate", "harmEvidence"), 10, 4);
    assertEquals(DesignPoints.of(a), DesignPoints.of(a));
    assertTrue(!DesignPoints.of(a).equals(DesignPoints.of(b)));
  }

  @Test
  void aSobolDesignIsSaltellisWithTheKnownSequenceInMatricesAAndB() {
    List<Map<String, Double>> points = DesignPoints.of(
        new Design(DesignKind.SOBOL, null, ranges("casualtyRate", "harmEvidence"), 8, null));
    assertEquals(8 * 4, points.size(), "blocks of A, B, AB_1, AB_2");
    // The first two dimensions of the Sobol sequence (matrix A); B holds dimensions 3 and 4.
    double[][] known = {{0, 0}, {0.5, 0.5}, {0.75, 0.25}, {0.25, 0.75}, {0.375, 0.375}, {0.875, 0.875},
        {0.625, 0.125}, {0.125, 0.625}};
    for (int j = 0; j < known.length; j++) {
      Map<String, Double> a = points.get(4 * j);
      Map<String, Double> b = points.get(4 * j + 1);
      assertEquals(known[j][0], a.get("casualtyRate"), 1e-12, "A row " + j);
      assertEquals(known[j][1], a.get("harmEvidence"), 1e-12, "A row " + j);
      assertEquals(Map.of("casualtyRate", b.get("casualtyRate"), "harmEvidence", a.get("harmEvidence")), points.get(4 * j + 2));
      assertEquals(Map.of("casualtyRate", a.get("casualtyRate"), "harmEvidence", b.get("harmEvidence")), points.get(4 * j + 3));
    }
    assertEquals(32, DesignPoints.count(new Design(DesignKind.SOBOL, null, ranges("casualtyRate", "harmEvidence"), 8, null)));
  }

  @Test
  void sobolMatricesAreInRangeAndFillEveryDyadicIntervalOnce() {
    int n = 256;
    Map<String, Factor> factors = new LinkedHashMap<>();
    factors.put("casualtyRate", new Factor(null, 0.01, 0.05, null));
    factors.put("attackRatePerDay", new Factor(null, 0.5, 4.0, null));
    factors.put("harmEvidence", new Factor(null, 1.0, 9.0, null));
    factors.put("contactEvidence", new Factor(null, 0.0, 1.0, null));
    List<Map<String, Double>> points = DesignPoints.of(new Design(DesignKind.SOBOL, null, factors, n, null));
    for (int matrix = 0; matrix < 2; matrix++) {
      for (Map.Entry<String, Factor> factor : factors.entrySet()) {
        int[] perInterval = new int[n];
        for (int j = 0; j < n; j++) {
          double v = points.get(j * (factors.size() + 2) + matrix).get(factor.getKey());
          assertTrue(v >= factor.getValue().from() && v <= factor.getValue().to(), factor.getKey() + " = " + v);
          double u = (v - factor.getValue().from()) / (factor.getValue().to() - factor.getValue().from());
          perInterval[(int) Math.floor(u * n + 1e-9)]++;
        }
        for (int count : perInterval) {
          assertEquals(1, count, (matrix == 0 ? "A " : "B ") + factor.getKey() + ": a 1/" + n + " interval holds " + count);
        }
      }
    }
  }

  @Test
  void computedValuesCarryNoFloatingPointNoise() {
    Map<String, Factor> factors = new LinkedHashMap<>();
    factors.put("warningTrustThreshold", new Factor(null, 0.3, 0.7, null));
    List<Map<String, Double>> points = DesignPoints.of(new Design(DesignKind.SOBOL, null, factors, 4, null));
    assertEquals(0.4, points.get(3 * 3).get("warningTrustThreshold"), "A row 3 is 0.3 + 0.25 x 0.4");
    Map<String, Factor> steps = new LinkedHashMap<>();
    steps.put("warningTrustThreshold", new Factor(null, 0.1, 0.7, 7));
    assertEquals(List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7), DesignPoints.levels(steps.get("warningTrustThreshold")));
  }

  @Test
  void sampledWholeNumberParametersAreRounded() {
    Map<String, Factor> factors = new LinkedHashMap<>();
    factors.put("attackPreparationHours", new Factor(null, 12.0, 48.0, null));
    for (Map<String, Double> point : DesignPoints.of(new Design(DesignKind.SOBOL, null, factors, 20, null))) {
      double v = point.get("attackPreparationHours");
      assertEquals(Math.rint(v), v);
    }
  }
}
