package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {
  private static Map<Integer, Double> byReplication(double... values) {
    Map<Integer, Double> map = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(i + 1, values[i]);
    }
    return map;
  }

  @Test
  void pairedTestsMatchValuesComputedIndependently() {
    // SciPy: wilcoxon(b, a, method='exact') p = 0.0390625; ttest_rel(b, a): t = 3.196952, p = 0.01512975
    Map<Integer, Double> a = byReplication(1.1, 2.3, 2.9, 4.2, 5.0, 6.1, 3.3, 4.8);
    Map<Integer, Double> b = byReplication(1.9, 3.6, 3.1, 5.9, 5.2, 7.4, 3.0, 6.6);
    PairedComparison c = PairedComparison.of(a, b);
    assertEquals(8, c.n());
    assertEquals(0.875, c.meanDifference(), 1e-12);
    assertEquals(0.0390625, c.wilcoxonP(), 1e-9);
    assertEquals(3.1969517662841835, c.pairedT(), 1e-9);
    assertEquals(0.015129748861181836, c.pairedP(), 1e-7);
  }

  @Test
  void onlyReplicationsPresentInBothGroupsArePaired() {
    Map<Integer, Double> a = byReplication(1, 2, 3, Double.NaN);
    Map<Integer, Double> b = byReplication(2, 2.5, 4.5, 9);
    b.put(99, 100.0);
    assertEquals(3, PairedComparison.of(a, b).n());
  }

  @Test
  void identicalGroupsHaveNoTestButAZeroMeanDifference() {
    PairedComparison c = PairedComparison.of(byReplication(1, 2, 3), byReplication(1, 2, 3));
    assertEquals(0.0, c.meanDifference());
    assertTrue(Double.isNaN(c.wilcoxonP()));
    assertTrue(Double.isNaN(c.pairedP()));
  }
}
