package org.liaison.patterns;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * Two arms of a pattern test compared with a Mann-Whitney U test and Cliff's delta. Runs whose
 * measure had nothing to count (NaN, "not observed") are left out of their arm.
 */
record Effect(double[] control, double[] treatment, double p, double meanDifference, double delta) {

  static Effect compare(double[] allControl, double[] allTreatment) {
    double[] control = Arrays.stream(allControl).filter(v -> !Double.isNaN(v)).toArray();
    double[] treatment = Arrays.stream(allTreatment).filter(v -> !Double.isNaN(v)).toArray();
    double p = new MannWhitneyUTest().mannWhitneyUTest(control, treatment);
    long greater = 0;
    long less = 0;
    for (double t : treatment) {
      for (double c : control) {
        if (t > c) {
          greater++;
        } else if (t < c) {
          less++;
        }
      }
    }
    double delta = (double) (greater - less) / ((long) control.length * treatment.length);
    double diff = Arrays.stream(treatment).average().orElse(Double.NaN)
        - Arrays.stream(control).average().orElse(Double.NaN);
    return new Effect(control, treatment, p, diff, delta);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "n=%d+%d, mean control %.3f, mean treatment %.3f, difference %.3f, rank-biserial %.3f, p=%.2e",
        control.length, treatment.length, Arrays.stream(control).average().orElse(Double.NaN),
        Arrays.stream(treatment).average().orElse(Double.NaN), meanDifference, delta, p);
  }
}
