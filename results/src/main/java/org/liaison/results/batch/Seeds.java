package org.liaison.results.batch;

import java.nio.charset.StandardCharsets;

/**
 * Derives the seed of each run from the master seed and the run's identity, never from the order
 * in which runs execute: the same experiment gives the same seeds on any number of threads.
 *
 * <p>The identity (scenario id, policy, design point index, replication) is encoded as a stable
 * sequence of 64-bit words (each string as its UTF-8 length followed by its bytes, eight to a
 * word, little-endian) and folded through the SplitMix64 finaliser (Steele, Lea and Flood 2014).
 * The result is cut to 53 bits, so every seed is a non-negative whole number that R, pandas and
 * spreadsheets hold exactly in a double.
 */
public final class Seeds {
  /** Seeds lie in [0, 2^53). */
  public static final long MAX_SEED_EXCLUSIVE = 1L << 53;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** The seed of one run. */
  public static long derive(long masterSeed, String scenario, String policy, int designPoint, int replication) {
    long h = mix(masterSeed + GOLDEN);
    h = absorb(h, scenario);
    h = absorb(h, policy);
    h = mix(h + GOLDEN + designPoint);
    h = mix(h + GOLDEN + replication);
    return h >>> 11;
  }

  /** The SplitMix64 finaliser: a bijection on 64-bit words with full avalanche. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long absorb(long h, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    h = mix(h + GOLDEN + bytes.length);
    for (int i = 0; i < bytes.length; i += 8) {
      long word = 0;
      for (int j = 0; j < 8 && i + j < bytes.length; j++) {
        word |= (bytes[i + j] & 0xFFL) << (8 * j);
      }
      h = mix(h + GOLDEN + word);
    }
    return h;
  }
}
