package org.liaison.results.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Two groups compared (B against A): a rank test and a mean test, each with an effect size.
 * Positive differences and effects mean B tends to be higher than A.
 *
 * <ul>
 *   <li>Mann-Whitney U (Commons Math {@link MannWhitneyUTest}): {@code u} is B's U statistic
 *       (pairs where B is higher, ties counting one half); the two-sided p-value is the normal
 *       approximation without continuity or tie correction (R: {@code wilcox.test(b, a,
 *       exact = FALSE, correct = FALSE)} when there are no ties); rank-biserial correlation
 *       r = 2U / (n_A n_B) - 1, from -1 (every B below every A) to 1.
 *   <li>Welch's t (Commons Math {@link TTest}, unequal variances): t, its Welch-Satterthwaite
 *       degrees of freedom and two-sided p; Cohen's d = (mean_B - mean_A) / pooled sd, and
 *       Hedges' g = d (1 - 3 / (4 (n_A + n_B) - 9)).
 * </ul>
 *
 * <p>Values that cannot be computed are NaN: rank statistics need one value in each group, t and
 * d need two, and t is NaN when both groups have no spread.
 */
public record Comparison(long nA, long nB, double meanA, double meanB, double difference, double mannWhitneyU,
    double mannWhitneyP, double rankBiserial, double welchT, double welchDf, double welchP, double cohensD,
    double hedgesG) {

  /** Compares {@code b} against {@code a}; NaN values are left out. */
  public static Comparison of(double[] a, double[] b) {
    double[] x = Arrays.stream(a).filter(v -> !Double.isNaN(v)).toArray();
    double[] y = Arrays.stream(b).filter(v -> !Double.isNaN(v)).toArray();
    int na = x.length;
    int nb = y.length;
    double meanA = na > 0 ? StatUtils.mean(x) : Double.NaN;
    double meanB = nb > 0 ? StatUtils.mean(y) : Double.NaN;
    double u = Double.NaN;
    double mwP = Double.NaN;
    double r = Double.NaN;
    if (na > 0 && nb > 0) {
      u = uOfSecond(x, y);
      r = 2 * u / ((double) na * nb) - 1;
      mwP = mannWhitneyP(u, na, nb);
    }
    double t = Double.NaN;
    double df = Double.NaN;
    double tP = Double.NaN;
    double d = Double.NaN;
    double g = Double.NaN;
    if (na > 1 && nb > 1) {
      double va = StatUtils.variance(x, meanA);
      double vb = StatUtils.variance(y, meanB);
      double se2 = va / na + vb / nb;
      if (se2 > 0) {
        TTest test = new TTest();
        t = (meanB - meanA) / Math.sqrt(se2);
        tP = test.tTest(x, y);
        df = se2 * se2 / ((va / na) * (va / na) / (na - 1) + (vb / nb) * (vb / nb) / (nb - 1));
        double pooled = Math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2));
        d = (meanB - meanA) / pooled;
        g = d * (1 - 3.0 / (4.0 * (na + nb) - 9));
      }
    }
    return new Comparison(na, nb, meanA, meanB, meanB - meanA, u, mwP, r, t, df, tP, d, g);
  }

  /**
   * B's U: the rank sum of B in the pooled sample (ties averaged) minus n_B (n_B + 1) / 2. The
   * ranks are never listed one by one: both samples are sorted and walked together, and each run
   * of equal values adds its average rank once per value of B among them. Every rank and every
   * partial sum is a multiple of one half far below 2^52, so the sum is exact, in any order: the
   * same bits as summing the ranks Commons Math's {@code NaturalRanking} (average ties) gives.
   */
  static double uOfSecond(double[] a, double[] b) {
    double[] x = a.clone();
    double[] y = b.clone();
    Arrays.sort(x);
    Arrays.sort(y);
    double sum = 0;
    int i = 0;
    int j = 0;
    while (j < y.length) {
      double value = i < x.length && Double.compare(x[i], y[j]) < 0 ? x[i] : y[j];
      int first = i + j + 1;
      int inA = 0;
      int inB = 0;
      while (i < x.length && Double.compare(x[i], value) == 0) {
        i++;
        inA++;
      }
      while (j < y.length && Double.compare(y[j], value) == 0) {
        j++;
        inB++;
      }
      sum += inB * ((2.0 * first + inA + inB - 1) / 2);
    }
    return sum - (long) b.length * (b.length + 1) / 2.0;
  }

  /**
   * The two-sided p-value of U by the normal approximation, computed as Commons Math's
   * {@link MannWhitneyUTest#mannWhitneyUTest(double[], double[])} does from the larger of the two
   * U statistics (so the same bits), without ranking the samples a second time.
   */
  static double mannWhitneyP(double uOfSecond, int na, int nb) {
    long product = (long) na * nb;
    double larger = Math.max(uOfSecond, product - uOfSecond);
    double smaller = product - larger;
    double mean = product / 2.0;
    double variance = product * (na + nb + 1L) / 12.0;
    double z = (smaller - mean) / Math.sqrt(variance);
    return 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(z);
  }
}
