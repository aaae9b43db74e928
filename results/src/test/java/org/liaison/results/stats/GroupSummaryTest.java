package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupSummaryTest {

  @Test
  void theConfidenceIntervalOfASmallSampleMatchesTheTDistribution() {
    // R: t.test(1:5)$conf.int is 1.036757 4.963243; sd(1:5) is 1.581139
    GroupSummary s = GroupSummary.of(new double[] {3, 1, 5, 2, 4});
    assertEquals(5, s.n());
    assertEquals(3.0, s.mean(), 1e-12);
    assertEquals(1.5811388300841898, s.sd(), 1e-12);
    assertEquals(1.0367568385224428, s.ciLow(), 1e-9);
    assertEquals(4.963243161477557, s.ciHigh(), 1e-9);
    assertEquals(3.0, s.median());
    assertEquals(1.0, s.min());
    assertEquals(5.0, s.max());
  }

  @Test
  void theMedianOfAnEvenSampleIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, GroupSummary.of(new double[] {3, 1, 2, 10}).median());
  }

  @Test
  void missingValuesAreLeftOut() {
    GroupSummary s = GroupSummary.of(new double[] {Double.NaN, 2, 4, Double.NaN});
    assertEquals(2, s.n());
    assertEquals(3.0, s.mean());
  }

  @Nested
  class Degenerate {
    @Test
    void anEmptyGroupHasCountZeroAndNaNEverywhereElse() {
      GroupSummary s = GroupSummary.of(new double[0]);
      assertEquals(0, s.n());
      for (double v : new double[] {s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.median(), s.min(), s.max()}) {
        assertTrue(Double.isNaN(v));
      }
    }

    @Test
    void aGroupOfOnlyMissingValuesIsEmpty() {
      assertEquals(0, GroupSummary.of(new double[] {Double.NaN}).n());
    }

    @Test
    void aGroupOfOneHasItsValueButNoSpreadOrInterval() {
      GroupSummary s = GroupSummary.of(new double[] {7});
      assertEquals(7.0, s.mean());
      assertEquals(7.0, s.median());
      assertTrue(Double.isNaN(s.sd()));
      assertTrue(Double.isNaN(s.ciLow()));
      assertTrue(Double.isNaN(s.ciHigh()));
    }
  }
}
