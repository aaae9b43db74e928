package org.liaison.results.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * A read-only summary of one group of values (one indicator of one design point and policy).
 *
 * <p>The 95% confidence interval of the mean uses the t distribution with n - 1 degrees of
 * freedom. An empty group has n = 0 and NaN everywhere else; a group of one has its value as
 * mean, median, min and max, and NaN for sd and the interval.
 */
public record GroupSummary(long n, double mean, double sd, double ciLow, double ciHigh, double median, double min,
    double max) {

  /** The summary of {@code values}; NaN values are left out (they stand for missing). */
  public static GroupSummary of(double[] values) {
    double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int n = present.length;
    if (n == 0) {
      return new GroupSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = StatUtils.mean(present);
    double sd = n > 1 ? Math.sqrt(StatUtils.variance(present, mean)) : Double.NaN;
    double halfWidth = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : Double.NaN;
    double median = n % 2 == 1 ? present[n / 2] : (present[n / 2 - 1] + present[n / 2]) / 2;
    return new GroupSummary(n, mean, sd, mean - halfWidth, mean + halfWidth, median, present[0], present[n - 1]);
  }
}
