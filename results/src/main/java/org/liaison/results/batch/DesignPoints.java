package org.liaison.results.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Turns a validated {@link Design} into its list of design points. Each point maps the varied
 * parameters, in the design's order, to values; the index in the list is the point's number.
 *
 * <p>Factorial designs vary the last factor fastest; a Sobol design is Saltelli's, with k + 2
 * points per base sample (see {@link #sobol}). Latin hypercube and Sobol values of
 * whole-number parameters are rounded to the nearest whole number, other computed values to 12
 * significant digits.
 */
public final class DesignPoints {
  private DesignPoints() {}

  /** The design points, in order. */
  public static List<Map<String, Double>> of(Design design) {
    return switch (design.type()) {
      case POINTS -> design.points().stream().map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p))).toList();
      case FACTORIAL -> factorial(design.factors());
      case LATIN_HYPERCUBE -> latinHypercube(design.factors(), design.samples(), design.samplingSeed());
      case SOBOL -> sobol(design.factors(), design.samples());
    };
  }

  /** The number of points a design has, computed without building them (for limits). */
  public static long count(Design design) {
    return switch (design.type()) {
      case POINTS -> design.points().size();
      case FACTORIAL -> {
        long n = 1;
        for (Factor factor : design.factors().values()) {
          n = Math.multiplyExact(n, levels(factor).size());
        }
        yield n;
      }
      case LATIN_HYPERCUBE -> design.samples();
      case SOBOL -> Math.multiplyExact((long) design.samples(), design.factors().size() + 2L);
    };
  }

  /** The values a factorial factor takes: its list, or {@code steps} evenly spaced values from..to. */
  public static List<Double> levels(Factor factor) {
    if (!factor.values().isEmpty()) {
      return factor.values();
    }
    List<Double> levels = new ArrayList<>();
    int steps = factor.steps();
    for (int i = 0; i < steps; i++) {
      levels.add(i == steps - 1 ? factor.to() : tidy(factor.from() + (factor.to() - factor.from()) * i / (steps - 1)));
    }
    return levels;
  }

  /**
   * The value rounded to 12 significant digits, so that 0.3 + 0.25 x 0.4 is written 0.4 and not
   * 0.39999999999999997; far finer than any parameter needs.
   */
  static double tidy(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      return value;
    }
    return new java.math.BigDecimal(value).round(new java.math.MathContext(12)).doubleValue();
  }

  private static List<Map<String, Double>> factorial(Map<String, Factor> factors) {
    List<String> names = new ArrayList<>(factors.keySet());
    List<List<Double>> levels = names.stream().map(n -> levels(factors.get(n))).toList();
    List<Map<String, Double>> points = new ArrayList<>();
    int[] index = new int[names.size()];
    while (true) {
      Map<String, Double> point = new LinkedHashMap<>();
      for (int d = 0; d < names.size(); d++) {
        point.put(names.get(d), levels.get(d).get(index[d]));
      }
      points.add(Collections.unmodifiableMap(point));
      int d = names.size() - 1;
      while (d >= 0 && ++index[d] == levels.get(d).size()) {
        index[d] = 0;
        d--;
      }
      if (d < 0) {
        return points;
      }
    }
  }

  /**
   * A Latin hypercube sample: each factor's range is cut into {@code n} equal strata and every
   * stratum holds exactly one point; the strata are paired at random (from {@code seed}).
   */
  static List<Map<String, Double>> latinHypercube(Map<String, Factor> factors, int n, long seed) {
    List<String> names = new ArrayList<>(factors.keySet());
    double[][] unit = new double[n][names.size()];
    long state = Seeds.mix(seed ^ 0x4C48534C48534C48L);
    for (int d = 0; d < names.size(); d++) {
      int[] strata = new int[n];
      for (int i = 0; i < n; i++) {
        strata[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        state += 0x9E3779B97F4A7C15L;
        int j = (int) ((Seeds.mix(state) >>> 33) % (i + 1));
        int swap = strata[i];
        strata[i] = strata[j];
        strata[j] = swap;
      }
      for (int i = 0; i < n; i++) {
        state += 0x9E3779B97F4A7C15L;
        double u = (Seeds.mix(state) >>> 11) * 0x1.0p-53;
        unit[i][d] = (strata[i] + u) / n;
      }
    }
    return scale(names, factors, unit);
  }

  /**
   * Saltelli's design for Sobol indices: {@code n} base points of a Sobol sequence in twice as
   * many dimensions as factors, the first half of each point a row of matrix A and the second half
   * a row of matrix B. Each base point gives a block of k + 2 design points, in this order: A, B,
   * then AB_1 .. AB_k, where AB_i is A with factor i taken from B. The sequence starts with the
   * origin (Owen 2020 advises against dropping the first point).
   */
  static List<Map<String, Double>> sobol(Map<String, Factor> factors, int n) {
    List<String> names = new ArrayList<>(factors.keySet());
    int k = names.size();
    SobolSequenceGenerator generator = new SobolSequenceGenerator(2 * k);
    double[][] a = new double[n][];
    double[][] b = new double[n][];
    for (int j = 0; j < n; j++) {
      double[] v = generator.nextVector();
      a[j] = java.util.Arrays.copyOfRange(v, 0, k);
      b[j] = java.util.Arrays.copyOfRange(v, k, 2 * k);
    }
    List<Map<String, Double>> scaledA = scale(names, factors, a);
    List<Map<String, Double>> scaledB = scale(names, factors, b);
    List<Map<String, Double>> points = new ArrayList<>(n * (k + 2));
    for (int j = 0; j < n; j++) {
      points.add(scaledA.get(j));
      points.add(scaledB.get(j));
      for (String name : names) {
        Map<String, Double> ab = new LinkedHashMap<>(scaledA.get(j));
        ab.put(name, scaledB.get(j).get(name));
        points.add(Collections.unmodifiableMap(ab));
      }
    }
    return points;
  }

  private static List<Map<String, Double>> scale(List<String> names, Map<String, Factor> factors, double[][] unit) {
    List<Map<String, Double>> points = new ArrayList<>(unit.length);
    for (double[] u : unit) {
      Map<String, Double> point = new LinkedHashMap<>();
      for (int d = 0; d < names.size(); d++) {
        Factor factor = factors.get(names.get(d));
        double value = factor.from() + u[d] * (factor.to() - factor.from());
        point.put(names.get(d), ParameterSpace.isWhole(names.get(d)) ? Math.rint(value) : tidy(value));
      }
      points.add(Collections.unmodifiableMap(point));
    }
    return points;
  }
}
