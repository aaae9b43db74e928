package org.liaison.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairTableTest {

  @Test
  void everyAddedPairIsFoundAgainAndNoOtherThroughManyGrowths() {
    PairTable table = new PairTable();
    Map<Long, PairTable.Evidence> reference = new HashMap<>();
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 5000; n++) {
      // clustered indexes, as actors of one scenario are, and a few far away
      int from = n % 50 == 0 ? random.nextInt(1 << 20) : random.nextInt(60);
      int to = random.nextInt(60);
      PairTable.Evidence e = table.getOrAdd(from, to);
      PairTable.Evidence before = reference.putIfAbsent(PairTable.key(from, to), e);
      if (before != null) {
        assertSame(before, e, "a pair already stored must come back, not a second record");
      }
      assertEquals(from, e.from());
      assertEquals(to, e.to());
    }
    assertEquals(reference.size(), table.size());
    for (Map.Entry<Long, PairTable.Evidence> entry : reference.entrySet()) {
      long key = entry.getKey();
      assertSame(entry.getValue(), table.get((int) (key >>> 32), (int) key));
    }
    for (int n = 0; n < 2000; n++) {
      int from = 60 + random.nextInt(1000);
      int to = random.nextInt(60);
      if (!reference.containsKey(PairTable.key(from, to))) {
        assertNull(table.get(from, to));
      }
    }
  }

  @Test
  void aNewRecordHasNoEvidence() {
    PairTable.Evidence e = new PairTable().getOrAdd(3, 4);
    assertEquals(0.0, e.r);
    assertEquals(0.0, e.s);
    assertEquals(0L, e.tick);
  }

  @Test
  void recordsComeInFromThenToOrderWhateverTheOrderOfAdding() {
    PairTable table = new PairTable();
    SplittableRandom random = new SplittableRandom(11);
    for (int n = 0; n < 500; n++) {
      table.getOrAdd(random.nextInt(40), random.nextInt(40));
    }
    PairTable.Evidence[] ordered = table.inKeyOrder();
    assertEquals(table.size(), ordered.length);
    for (int i = 1; i < ordered.length; i++) {
      PairTable.Evidence a = ordered[i - 1];
      PairTable.Evidence b = ordered[i];
      assertTrue(a.from() < b.from() || a.from() == b.from() && a.to() < b.to(),
          "(" + a.from() + ", " + a.to() + ") before (" + b.from() + ", " + b.to() + ")");
    }
  }
}
