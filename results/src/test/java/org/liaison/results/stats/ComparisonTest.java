package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final double[] A = {1.1, 2.3, 2.9, 4.2, 5.0, 6.1};
  private static final double[] B = {3.0, 4.4, 5.5, 6.7, 7.1, 8.2, 9.0};

  @Test
  void mannWhitneyMatchesTheNormalApproximationComputedIndependently() {
    // SciPy: mannwhitneyu(B, A, use_continuity=False, method='asymptotic') gives U = 36, p = 0.03212457
    Comparison c = Comparison.of(A, B);
    assertEquals(36.0, c.mannWhitneyU(), 1e-12);
    assertEquals(0.03212457120765663, c.mannWhitneyP(), 1e-9);
    assertEquals(2 * 36.0 / 42 - 1, c.rankBiserial(), 1e-12);
  }

  @Test
  void completelySeparatedGroupsHaveARankBiserialOfOneAndTheKnownPValue() {
    // z = (0 - 12.5) / sqrt(25 * 11 / 12); p = erfc(|z| / sqrt 2) = 0.009023439
    Comparison c = Comparison.of(new double[] {6, 7, 8, 9, 10}, new double[] {1, 2, 3, 4, 5});
    assertEquals(-1.0, c.rankBiserial(), 1e-12);
    assertEquals(0.0, c.mannWhitneyU());
    assertEquals(0.009023438818080334, c.mannWhitneyP(), 1e-9);
  }

  @Test
  void welchsTAndTheEffectSizesMatchHandComputedValues() {
    // SciPy: ttest_ind(1:5, c(2,4,6,8,10), equal_var=False): t = -1.897367, df = 5.882353, p = 0.1075312
    Comparison c = Comparison.of(new double[] {2, 4, 6, 8, 10}, new double[] {1, 2, 3, 4, 5});
    assertEquals(-1.8973665961010275, c.welchT(), 1e-9);
    assertEquals(5.882352941176471, c.welchDf(), 1e-9);
    assertEquals(0.10753119493062728, c.welchP(), 1e-7);
    // pooled sd = sqrt((4 * 10 + 4 * 2.5) / 8) = 2.5; d = (3 - 6) / 2.5; g = d (1 - 3 / 31)
    assertEquals(-1.2, c.cohensD(), 1e-12);
    assertEquals(-1.2 * (1 - 3.0 / 31), c.hedgesG(), 1e-12);
    assertEquals(-3.0, c.difference(), 1e-12);
  }

  @Test
  void tooSmallGroupsGiveNaNRatherThanAnError() {
    Comparison one = Comparison.of(new double[] {1}, new double[] {2});
    assertTrue(Double.isNaN(one.welchT()));
    assertTrue(Double.isNaN(one.cohensD()));
    assertEquals(1.0, one.rankBiserial());
    Comparison empty = Comparison.of(new double[0], new double[] {1, 2});
    assertTrue(Double.isNaN(empty.mannWhitneyP()));
    Comparison flat = Comparison.of(new double[] {2, 2}, new double[] {2, 2});
    assertTrue(Double.isNaN(flat.welchP()));
  }

  @Test
  void theRankTestDetectsAShiftOverManyFixedSeedsAtTheNominalRate() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
    int nullRejections = 0;
    int shiftDetections = 0;
    int trials = 400;
    for (int t = 0; t < trials; t++) {
      double[] a = new double[30];
      double[] b = new double[30];
      double[] shifted = new double[30];
      for (int i = 0; i < 30; i++) {
        a[i] = random.nextGaussian();
        b[i] = random.nextGaussian();
        shifted[i] = random.nextGaussian() + 1;
      }
      nullRejections += Comparison.of(a, b).mannWhitneyP() < 0.05 ? 1 : 0;
      shiftDetections += Comparison.of(a, shifted).mannWhitneyP() < 0.05 ? 1 : 0;
    }
    assertTrue(nullRejections < trials * 0.09, "false positives: " + nullRejections);
    assertTrue(shiftDetections > trials * 0.9, "detections: " + shiftDetections);
  }

  @Test
  void theRankSumAndPValueHaveTheBitsOfCommonsMathsRankingWithTiesAndSignedZeros() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(13);
    NaturalRanking ranking = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);
    for (int trial = 0; trial < 200; trial++) {
      double[] a = new double[1 + random.nextInt(300)];
      double[] b = new double[1 + random.nextInt(300)];
      // few distinct values, so that most ranks are shared across and within the samples
      int levels = 1 + random.nextInt(12);
      for (int i = 0; i < a.length; i++) {
        a[i] = trial % 5 == 0 && i % 7 == 0 ? -0.0 : random.nextInt(levels) / 4.0;
      }
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextInt(levels) / 4.0 + (trial % 2 == 0 ? 0 : random.nextDouble());
      }
      double[] pooled = new double[a.length + b.length];
      System.arraycopy(a, 0, pooled, 0, a.length);
      System.arraycopy(b, 0, pooled, a.length, b.length);
      double[] ranks = ranking.rank(pooled);
      double sum = 0;
      for (int i = a.length; i < pooled.length; i++) {
        sum += ranks[i];
      }
      double u = Comparison.uOfSecond(a, b);
      assertEquals(sum - (long) b.length * (b.length + 1) / 2.0, u, 0.0, "trial " + trial);
      assertEquals(new MannWhitneyUTest().mannWhitneyUTest(a, b), Comparison.mannWhitneyP(u, a.length, b.length), 0.0,
          "trial " + trial);
    }
  }
}
