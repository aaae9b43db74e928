package org.liaison.trust;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The trust store's pairs: evidence records keyed by a directed pair of actor indexes, in an
 * open-addressing table of the records themselves. A run looks trust up many times an hour; a
 * {@code HashMap<Long, ...>} boxed every key and chased a node per lookup, this probes an array.
 * Pairs are only ever added, never removed, and the table is iterated only in key order, so its
 * layout cannot change results.
 */
final class PairTable {

  /** Evidence of one directed pair as of its last update. */
  static final class Evidence {
    final long key;
    double r;
    double s;
    long tick;

    private Evidence(long key) {
      this.key = key;
    }

    int from() {
      return (int) (key >>> 32);
    }

    int to() {
      return (int) key;
    }
  }

  private static final int FIRST_CAPACITY = 64;

  private Evidence[] slots = new Evidence[FIRST_CAPACITY];
  private int size;

  static long key(int from, int to) {
    return ((long) from << 32) | (to & 0xffffffffL);
  }

  /** The pair's record, or null when the pair has none. */
  Evidence get(int from, int to) {
    long key = key(from, to);
    Evidence[] table = slots;
    int mask = table.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      Evidence e = table[i];
      if (e == null || e.key == key) {
        return e;
      }
    }
  }

  /** The pair's record, added empty (no evidence, tick 0) when the pair has none. */
  Evidence getOrAdd(int from, int to) {
    long key = key(from, to);
    int mask = slots.length - 1;
    int i = slot(key, mask);
    while (slots[i] != null) {
      if (slots[i].key == key) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    Evidence added = new Evidence(key);
    slots[i] = added;
    // kept at most half full, so that a probe meets an empty slot soon
    if (++size * 2 > slots.length) {
      grow();
    }
    return added;
  }

  int size() {
    return size;
  }

  /** Every record, in (from, to) order. */
  Evidence[] inKeyOrder() {
    Evidence[] all = new Evidence[size];
    int n = 0;
    for (Evidence e : slots) {
      if (e != null) {
        all[n++] = e;
      }
    }
    Arrays.sort(all, Comparator.comparingLong(e -> e.key));
    return all;
  }

  private void grow() {
    Evidence[] old = slots;
    slots = new Evidence[old.length * 2];
    int mask = slots.length - 1;
    for (Evidence e : old) {
      if (e != null) {
        int i = slot(e.key, mask);
        while (slots[i] != null) {
          i = (i + 1) & mask;
        }
        slots[i] = e;
      }
    }
  }

  private static int slot(long key, int mask) {
    // Fibonacci hashing: the pairs' keys differ in the low bits of both halves; the multiplication
    // spreads them over the upper bits, which the shift brings down
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }
}
