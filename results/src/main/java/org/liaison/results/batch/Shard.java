package org.liaison.results.batch;

/**
 * One of {@code count} deterministic slices of an experiment's runs, numbered from 1: the runs
 * whose id leaves remainder {@code index - 1} when divided by {@code count}. Taking every
 * {@code count}-th run (rather than a block) gives each slice the same mix of scenarios, design
 * points and policies, so the jobs of a scheduler's array take about the same time.
 */
public record Shard(int index, int count) {
  /** The largest number of slices, far above any scheduler's array limit. */
  public static final int MAX_COUNT = 1_000_000;

  public Shard {
    if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
      throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N <= " + MAX_COUNT + "; found " + index + "/"
          + count);
    }
  }

  /**
   * Reads {@code I/N}.
   *
   * @throws IllegalArgumentException with a message saying what is allowed
   */
  public static Shard parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("a shard is written I/N (slice I of N, from 1); found '" + text + "'");
    }
    try {
      return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a shard is written I/N with whole numbers, e.g. 3/10; found '" + text + "'");
    }
  }

  /** Whether the run with this id belongs to the slice. */
  public boolean contains(long runId) {
    return runId % count == index - 1;
  }

  /** How many of {@code total} runs (ids 0 to total - 1) the slice holds. */
  public long size(long total) {
    return total / count + (total % count >= index ? 1 : 0);
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
