package org.liaison.results.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * How strongly an output depends on each swept parameter, over all successful runs: Spearman's
 * rank correlation of the output with each parameter alone, and the standardized regression
 * coefficients (SRC) of a linear regression of the output on every swept parameter at once
 * (both sides scaled to unit standard deviation). NaN where a measure is undefined (a parameter
 * that does not vary, too few runs).
 */
public record Sensitivity(String parameter, double spearman, double src) {

  /**
   * The sensitivity of {@code output} to each column of {@code inputs}.
   *
   * @param names the parameter of each input column
   * @param inputs one row per run, one column per parameter
   * @param output one value per run; runs with NaN anywhere are left out
   */
  public static List<Sensitivity> of(List<String> names, double[][] inputs, double[] output) {
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int i = 0; i < output.length; i++) {
      if (!Double.isNaN(output[i]) && Arrays.stream(inputs[i]).noneMatch(Double::isNaN)) {
        x.add(inputs[i]);
        y.add(output[i]);
      }
    }
    int n = y.size();
    int k = names.size();
    double[] ys = y.stream().mapToDouble(Double::doubleValue).toArray();
    double[] src = srcs(x, ys, k);
    List<Sensitivity> result = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      final int column = j;
      double[] xj = x.stream().mapToDouble(r -> r[column]).toArray();
      double rho = n > 2 && sd(xj) > 0 && sd(ys) > 0 ? new SpearmansCorrelation().correlation(xj, ys) : Double.NaN;
      result.add(new Sensitivity(names.get(j), rho, src[j]));
    }
    return result;
  }

  private static double[] srcs(List<double[]> x, double[] y, int k) {
    double[] nan = new double[k];
    Arrays.fill(nan, Double.NaN);
    int n = y.length;
    if (n <= k + 1 || sd(y) == 0) {
      return nan;
    }
    double[][] scaled = new double[n][k];
    for (int j = 0; j < k; j++) {
      final int column = j;
      double[] xj = x.stream().mapToDouble(r -> r[column]).toArray();
      double mean = Arrays.stream(xj).average().orElse(0);
      double sd = sd(xj);
      if (sd == 0) {
        return nan;
      }
      for (int i = 0; i < n; i++) {
        scaled[i][j] = (xj[i] - mean) / sd;
      }
    }
    double yMean = Arrays.stream(y).average().orElse(0);
    double ySd = sd(y);
    double[] yScaled = Arrays.stream(y).map(v -> (v - yMean) / ySd).toArray();
    try {
      OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
      regression.newSampleData(yScaled, scaled);
      double[] beta = regression.estimateRegressionParameters();
      return Arrays.copyOfRange(beta, 1, beta.length);
    } catch (RuntimeException e) {
      return nan;
    }
  }

  private static double sd(double[] values) {
    return values.length < 2 ? 0 : new StandardDeviation().evaluate(values);
  }
}
