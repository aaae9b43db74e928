package org.liaison.results.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * Two groups compared pair by pair (B against A), for experiments with common random numbers
 * where the runs of one replication share a seed: the mean of the differences B - A, the
 * Wilcoxon signed-rank test and the paired t test (Commons Math). The Wilcoxon p-value is exact
 * for up to 30 pairs and otherwise the normal approximation with continuity correction.
 * Undefined values are NaN: the tests need two pairs, and t needs differences that vary.
 *
 * @param n pairs where both values are present
 */
public record PairedComparison(long n, double meanDifference, double wilcoxonP, double pairedT, double pairedP) {

  /** Pairs {@code a} and {@code b} by key (the replication); keys present in one only, or NaN values, are left out. */
  public static PairedComparison of(Map<Integer, Double> a, Map<Integer, Double> b) {
    List<double[]> pairs = new ArrayList<>();
    for (Map.Entry<Integer, Double> entry : new java.util.TreeMap<>(a).entrySet()) {
      Double other = b.get(entry.getKey());
      if (other != null && !Double.isNaN(other) && !Double.isNaN(entry.getValue())) {
        pairs.add(new double[] {entry.getValue(), other});
      }
    }
    int n = pairs.size();
    double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
    double[] d = pairs.stream().mapToDouble(p -> p[1] - p[0]).toArray();
    double mean = n > 0 ? StatUtils.mean(d) : Double.NaN;
    double wilcoxon = Double.NaN;
    double t = Double.NaN;
    double tP = Double.NaN;
    if (n > 1) {
      boolean anyDifference = false;
      for (double v : d) {
        anyDifference |= v != 0;
      }
      if (anyDifference) {
        wilcoxon = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(y, x, n <= 30);
      }
      double variance = StatUtils.variance(d, mean);
      if (variance > 0) {
        t = mean / Math.sqrt(variance / n);
        tP = new TTest().pairedTTest(y, x);
      }
    }
    return new PairedComparison(n, mean, wilcoxon, t, tP);
  }

  /** The NaN result used where runs cannot be paired. */
  public static PairedComparison none() {
    return new PairedComparison(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }
}
