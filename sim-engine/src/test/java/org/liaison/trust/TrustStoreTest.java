package org.liaison.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustStoreTest {
  private static final double EPS = 1e-12;

  @Test
  void aPriorBecomesEvidenceWeightedByItsConfidence() {
    TrustStore store = new TrustStore(0.98);
    store.setPrior(0, 1, 0.7, 4, 0);
    assertEquals(2.8, store.r(0, 1, 0), EPS);
    assertEquals(1.2, store.s(0, 1, 0), EPS);
    assertEquals(3.8 / 6.0, store.expected(0, 1, 0), EPS);
    assertEquals(2.0 / 6.0, store.uncertainty(0, 1, 0), EPS);
  }

  @Test
  void aPairWithoutEvidenceIsAnEvenChanceWithFullUncertainty() {
    TrustStore store = new TrustStore(0.98);
    assertEquals(0.5, store.expected(3, 4, 100), EPS);
    assertEquals(1.0, store.uncertainty(3, 4, 100), EPS);
    assertFalse(store.contains(3, 4));
    assertEquals(0, store.storedPairs());
  }

  @Test
  void trustIsDirected() {
    TrustStore store = new TrustStore(1.0);
    store.addEvidence(0, 1, 3, 0, 0);
    assertEquals(4.0 / 5.0, store.expected(0, 1, 0), EPS);
    assertEquals(0.5, store.expected(1, 0, 0), EPS);
  }

  @Test
  void evidenceFadesByLambdaPerDayAppliedLazily() {
    TrustStore store = new TrustStore(0.9);
    store.addEvidence(0, 1, 2.8, 1.2, 0);
    assertEquals(2.8 * 0.81, store.r(0, 1, 48), EPS);
    assertEquals(1.2 * 0.81, store.s(0, 1, 48), EPS);
    store.addEvidence(0, 1, 1, 0, 60);
    assertEquals(2.8 * Math.pow(0.9, 2.5) + 1, store.r(0, 1, 60), EPS);
    assertEquals(1.2 * Math.pow(0.9, 2.5), store.s(0, 1, 60), EPS);
  }

  @Test
  void discountingThroughAnIntermediaryFollowsTheModelFormulas() {
    Opinion xy = Opinion.fromEvidence(8, 0);
    Opinion yz = Opinion.fromEvidence(2, 6);
    assertEquals(0.8, xy.belief(), EPS);
    assertEquals(0.2, xy.uncertainty(), EPS);
    Opinion xz = xy.discount(yz);
    assertEquals(0.8 * 0.2, xz.belief(), EPS);
    assertEquals(0.8 * 0.6, xz.disbelief(), EPS);
    assertEquals(0 + 0.2 + 0.8 * 0.2, xz.uncertainty(), EPS);
    assertEquals(0.16 + 0.5 * 0.36, xz.expected(), EPS);
    assertEquals(1.0, xz.belief() + xz.disbelief() + xz.uncertainty(), EPS);
  }

  @Test
  void expectedTrustViaAnIntermediaryUsesTheStoredOpinions() {
    TrustStore store = new TrustStore(1.0);
    store.addEvidence(0, 1, 8, 0, 0);
    store.addEvidence(1, 2, 2, 6, 0);
    assertEquals(0.34, store.expectedVia(0, 1, 2, 0), EPS);
  }

  @Test
  void theCountOfPairsAboveOneHalfFollowsUpdatesAndIgnoresForgetting() {
    TrustStore store = new TrustStore(0.5);
    store.addEvidence(0, 1, 1, 0, 0);
    store.addEvidence(1, 0, 0, 1, 0);
    assertEquals(1, store.pairsAbove());
    store.addEvidence(0, 1, 0, 2, 24 * 10);
    assertEquals(0, store.pairsAbove());
    assertTrue(store.contains(1, 0));
  }

  @Test
  void aForgettingFactorOutsideZeroToOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new TrustStore(0));
    assertThrows(IllegalArgumentException.class, () -> new TrustStore(1.5));
  }

  @Test
  void readingTheStoreNeverChangesItsLaterValues() {
    TrustStore read = new TrustStore(0.93);
    TrustStore unread = new TrustStore(0.93);
    for (TrustStore t : new TrustStore[] {read, unread}) {
      t.setPrior(0, 1, 0.7, 4, 0);
    }
    for (long tick = 1; tick < 100; tick += 7) {
      read.expected(0, 1, tick);
      read.opinion(0, 1, tick);
    }
    read.addEvidence(0, 1, 0.3, 0, 100);
    unread.addEvidence(0, 1, 0.3, 0, 100);
    org.junit.jupiter.api.Assertions.assertEquals(unread.r(0, 1, 130), read.r(0, 1, 130));
    org.junit.jupiter.api.Assertions.assertEquals(unread.s(0, 1, 130), read.s(0, 1, 130));
  }
}
