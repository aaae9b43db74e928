package org.liaison.results.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.liaison.results.batch.Seeds;

/**
 * First- and total-order Sobol indices of one output from a design in Saltelli's layout, with
 * Jansen's estimators (Saltelli et al. 2010, table 2) and percentile bootstrap intervals.
 *
 * <p>With f(A), f(B) and f(AB_i) the output at the rows of the matrices A, B and AB_i (A with
 * factor i from B), over the N base samples, and V the variance of f(A) and f(B) together:
 * <ul>
 *   <li>first order S_i = 1 - sum (f(B) - f(AB_i))^2 / (2 N V): the share of the output's
 *       variance that factor i explains alone;
 *   <li>total order ST_i = sum (f(A) - f(AB_i))^2 / (2 N V): the share it takes part in, alone
 *       or with others. ST_i near 0 means the factor does nothing to this output.
 * </ul>
 * Base samples with an undefined output at any of their rows are left out. The intervals resample
 * the base samples with replacement {@value #RESAMPLES} times from a fixed seed; they reflect the
 * sampling of the design and, through the outputs, the runs' own noise.
 */
public record SobolIndices(String parameter, int n, double first, double firstLow, double firstHigh,
    double total, double totalLow, double totalHigh) {

  /** Bootstrap resamples per estimate. */
  public static final int RESAMPLES = 500;
  private static final long BOOTSTRAP_SEED = 0x5A17E111L;

  /**
   * The number of base samples N when the design points have Saltelli's layout (blocks of k + 2
   * points A, B, AB_1 .. AB_k, each AB_i equal to A but for factor i, which equals B's), else 0.
   */
  public static int saltelliBase(List<String> parameters, List<Map<String, Double>> points) {
    int k = parameters.size();
    if (k == 0 || points.isEmpty() || points.size() % (k + 2) != 0) {
      return 0;
    }
    int n = points.size() / (k + 2);
    for (int j = 0; j < n; j++) {
      Map<String, Double> a = points.get(j * (k + 2));
      Map<String, Double> b = points.get(j * (k + 2) + 1);
      for (int i = 0; i < k; i++) {
        Map<String, Double> ab = points.get(j * (k + 2) + 2 + i);
        for (int d = 0; d < k; d++) {
          String name = parameters.get(d);
          if (!Objects.equals(ab.get(name), (d == i ? b : a).get(name))) {
            return 0;
          }
        }
      }
    }
    return n;
  }

  /**
   * The indices of every parameter from the output at each design point (in the design's order,
   * Saltelli's layout with {@code parameters.size()} factors).
   */
  public static List<SobolIndices> of(List<String> parameters, double[] output) {
    int k = parameters.size();
    List<Integer> complete = new ArrayList<>();
    for (int j = 0; j < output.length / (k + 2); j++) {
      boolean ok = true;
      for (int m = 0; m < k + 2; m++) {
        ok &= !Double.isNaN(output[j * (k + 2) + m]);
      }
      if (ok) {
        complete.add(j);
      }
    }
    int n = complete.size();
    double[] fa = new double[n];
    double[] fb = new double[n];
    double[][] fab = new double[k][n];
    for (int s = 0; s < n; s++) {
      int base = complete.get(s) * (k + 2);
      fa[s] = output[base];
      fb[s] = output[base + 1];
      for (int i = 0; i < k; i++) {
        fab[i][s] = output[base + 2 + i];
      }
    }
    int[] identity = new int[n];
    Arrays.setAll(identity, s -> s);
    double[][] estimate = estimate(fa, fb, fab, identity);
    double[][][] boot = new double[RESAMPLES][][];
    long state = BOOTSTRAP_SEED;
    int[] sample = new int[n];
    for (int r = 0; r < RESAMPLES && n > 1; r++) {
      for (int s = 0; s < n; s++) {
        state += 0x9E3779B97F4A7C15L;
        sample[s] = (int) ((Seeds.mix(state) >>> 1) % n);
      }
      boot[r] = estimate(fa, fb, fab, sample);
    }
    List<SobolIndices> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double[] firsts = new double[n > 1 ? RESAMPLES : 0];
      double[] totals = new double[firsts.length];
      for (int r = 0; r < firsts.length; r++) {
        firsts[r] = boot[r][0][i];
        totals[r] = boot[r][1][i];
      }
      out.add(new SobolIndices(parameters.get(i), n, estimate[0][i], percentile(firsts, 0.025),
          percentile(firsts, 0.975), estimate[1][i], percentile(totals, 0.025), percentile(totals, 0.975)));
    }
    return out;
  }

  /** Jansen's first- and total-order estimates over the base samples listed in {@code rows}. */
  private static double[][] estimate(double[] fa, double[] fb, double[][] fab, int[] rows) {
    int k = fab.length;
    int n = rows.length;
    double[][] result = new double[2][k];
    double sum = 0;
    for (int s : rows) {
      sum += fa[s] + fb[s];
    }
    double mean = sum / (2.0 * n);
    double squares = 0;
    for (int s : rows) {
      squares += (fa[s] - mean) * (fa[s] - mean) + (fb[s] - mean) * (fb[s] - mean);
    }
    double variance = n < 2 ? Double.NaN : squares / (2.0 * n - 1);
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int s : rows) {
        double db = fb[s] - fab[i][s];
        double da = fa[s] - fab[i][s];
        first += db * db;
        total += da * da;
      }
      boolean defined = variance > 0;
      result[0][i] = defined ? 1 - first / (2.0 * n * variance) : Double.NaN;
      result[1][i] = defined ? total / (2.0 * n * variance) : Double.NaN;
    }
    return result;
  }

  /** The q-quantile of the defined values (linear interpolation), NaN when there are none. */
  private static double percentile(double[] values, double q) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    double position = q * (v.length - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(v.length - 1, lower + 1);
    return v[lower] + (position - lower) * (v[upper] - v[lower]);
  }
}
