package org.liaison.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forgetting counted from each pair's own last update, reads that see faded evidence without
 * storing it, pairs kept apart by direction and index, and the count of pairs above one half
 * kept by priors as well as by evidence.
 */
class TrustStoreForgettingTest {
  private static final double EPS = 1e-12;

  @Test
  void evidenceFadesByLambdaToThePowerOfDaysWithinAWeekAndBeyond() {
    TrustStore store = new TrustStore(0.9);
    assertEquals(1.0, store.decay(0), EPS);
    assertEquals(1.0, store.decay(-5), EPS, "evidence from the future does not grow");
    assertEquals(0.9, store.decay(24), EPS);
    assertEquals(Math.pow(0.9, 7), store.decay(168), EPS, "the last hour of the precomputed week");
    assertEquals(Math.pow(0.9, 169 / 24.0), store.decay(169), EPS, "the first hour past it");
    assertEquals(Math.pow(0.9, 30), store.decay(24 * 30), 1e-9);
  }

  @Test
  void forgettingCountsFromThePairsLastUpdateNotFromTheStartOfTheRun() {
    TrustStore store = new TrustStore(0.9);
    store.setPrior(0, 1, 0.75, 4, 24);
    assertEquals(3 * 0.9, store.r(0, 1, 48), EPS);
    assertEquals(1 * 0.9, store.s(0, 1, 48), EPS);
    double r = 3 * 0.9;
    double s = 0.9;
    assertEquals((r + 1) / (r + s + 2), store.expected(0, 1, 48), EPS);
    assertEquals(2 / (r + s + 2), store.uncertainty(0, 1, 48), EPS);
    Opinion o = store.opinion(0, 1, 48);
    assertEquals(r / (r + s + 2), o.belief(), EPS);
    assertEquals(s / (r + s + 2), o.disbelief(), EPS);
    store.addEvidence(0, 1, 1, 0, 48);
    assertEquals(r + 1, store.r(0, 1, 48), EPS);
    assertEquals((r + 1) * 0.9, store.r(0, 1, 72), EPS, "faded from the update at 48, not from the prior at 24");
    assertEquals(s * 0.9, store.s(0, 1, 72), EPS);
  }

  @Test
  void aPeekSeesFadedTrustWithoutChangingTheStore() {
    TrustStore store = new TrustStore(0.9);
    store.addEvidence(0, 1, 3, 1, 24);
    double r = 3 * 0.81;
    double s = 0.81;
    assertEquals((r + 1) / (r + s + 2), store.peekExpected(0, 1, 72), EPS);
    assertEquals(4.0 / 6, store.peekExpected(0, 1, 24), EPS, "no time passed, nothing faded");
    assertEquals(0.5, store.peekExpected(1, 0, 72), EPS, "a pair without evidence");
    assertEquals(3.0, store.r(0, 1, 24), EPS, "the stored evidence is as it was");
  }

  @Test
  void everyStoredPairIsVisitedInOrderWithItsFadedEvidence() {
    TrustStore store = new TrustStore(0.9);
    store.addEvidence(2, 0, 1, 0, 0);
    store.addEvidence(0, 3, 2, 2, 24);
    store.addEvidence(0, 1, 4, 0, 48);
    List<String> seen = new ArrayList<>();
    store.forEachPair(48, (from, to, r, s) -> seen.add(String.format(java.util.Locale.ROOT, "%d>%d %.4f %.4f", from, to, r, s)));
    assertEquals(List.of("0>1 4.0000 0.0000", "0>3 1.8000 1.8000", "2>0 0.8100 0.0000"), seen);
    assertEquals(1.0, store.r(2, 0, 0), EPS, "visiting stores nothing");
    assertEquals(3, store.storedPairs());
  }

  @Test
  void everyOrderedPairOfActorsKeepsItsOwnEvidence() {
    TrustStore store = new TrustStore(1.0);
    int n = 4;
    for (int from = 0; from < n; from++) {
      for (int to = 0; to < n; to++) {
        if (from != to) {
          store.addEvidence(from, to, 10 * from + to, 0, 0);
        }
      }
    }
    for (int from = 0; from < n; from++) {
      for (int to = 0; to < n; to++) {
        if (from != to) {
          assertEquals(10 * from + to, store.r(from, to, 0), EPS, from + " in " + to);
        }
      }
    }
    assertEquals(n * (n - 1), store.storedPairs());
    assertSame(Opinion.VACUOUS, store.opinion(0, 0, 0), "no evidence: complete ignorance");
  }

  @Test
  void priorsAndEvidenceMoveThePairAboveOneHalfAndEvenEvidenceIsNotAbove() {
    TrustStore store = new TrustStore(1.0);
    store.setPrior(0, 1, 0.7, 4, 0);
    assertEquals(1, store.pairsAbove());
    store.setPrior(0, 1, 0.2, 4, 0);
    assertEquals(0, store.pairsAbove(), "a prior below one half takes the pair out");
    store.setPrior(0, 1, 0.5, 4, 0);
    assertEquals(0, store.pairsAbove(), "one half is not above one half");
    store.setPrior(0, 1, 0.9, 2, 0);
    assertEquals(1, store.pairsAbove());
    store.addEvidence(2, 3, 1, 1, 0);
    assertEquals(1, store.pairsAbove(), "as much for as against is not above one half");
    store.addEvidence(2, 3, 0.5, 0, 0);
    assertEquals(2, store.pairsAbove());
  }
}
