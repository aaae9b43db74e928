package org.liaison.trust;

import org.liaison.trust.PairTable.Evidence;

/**
 * Directed, sparse evidential trust between actors identified by index.
 *
 * <p>Only pairs that have a prior or have exchanged evidence are stored. Each pair keeps positive
 * evidence r, negative evidence s and the tick of its last update; forgetting (r and s multiplied
 * by lambda per day) is applied lazily when the pair is next read or updated, so no tick scans all
 * pairs. Forgetting is stored only when evidence is added: reads compute the faded values without
 * storing them, so who reads the store and when (a policy, the user interface) cannot change the
 * arithmetic of a run. The pairs ({@link PairTable}) are looked up, and iterated only in key
 * order for pictures ({@link #forEachPair}), so their hashing cannot change results.
 */
public final class TrustStore {

  private final PairTable pairs = new PairTable();
  private final double lambdaPerDay;
  private final double[] decayByHours;
  private int positivePairs;

  /**
   * @param lambdaPerDay share of evidence kept from one day to the next, in (0, 1]
   */
  public TrustStore(double lambdaPerDay) {
    if (!(lambdaPerDay > 0 && lambdaPerDay <= 1)) {
      throw new IllegalArgumentException("forgetting factor must be in (0, 1]: " + lambdaPerDay);
    }
    this.lambdaPerDay = lambdaPerDay;
    this.decayByHours = new double[24 * 7 + 1];
    for (int h = 0; h < decayByHours.length; h++) {
      decayByHours[h] = Math.pow(lambdaPerDay, h / 24.0);
    }
  }

  /** Factor by which evidence shrinks over the given hours. */
  public double decay(long hours) {
    if (hours <= 0) {
      return 1.0;
    }
    return hours < decayByHours.length ? decayByHours[(int) hours] : Math.pow(lambdaPerDay, hours / 24.0);
  }

  private Evidence current(int from, int to, long tick) {
    Evidence e = pairs.get(from, to);
    if (e != null && e.tick < tick) {
      double f = decay(tick - e.tick);
      e.r *= f;
      e.s *= f;
      e.tick = tick;
    }
    return e;
  }

  /** Sets a prior of expected trust t with weight w: r0 = t*w, s0 = (1-t)*w. */
  public void setPrior(int from, int to, double t, double w, long tick) {
    Evidence e = pairs.getOrAdd(from, to);
    boolean wasPositive = e.r > e.s;
    e.r = t * w;
    e.s = (1 - t) * w;
    e.tick = tick;
    count(wasPositive, e);
  }

  /** Adds evidence to the pair, after forgetting up to tick; returns nothing, read with r/s. */
  public void addEvidence(int from, int to, double positive, double negative, long tick) {
    Evidence e = current(from, to, tick);
    if (e == null) {
      e = pairs.getOrAdd(from, to);
      e.tick = tick;
    }
    boolean wasPositive = e.r > e.s;
    e.r += positive;
    e.s += negative;
    count(wasPositive, e);
  }

  private void count(boolean wasPositive, Evidence e) {
    boolean positive = e.r > e.s;
    if (positive != wasPositive) {
      positivePairs += positive ? 1 : -1;
    }
  }

  /** Factor by which the pair's stored evidence has faded by tick. */
  private double fade(Evidence e, long tick) {
    return e.tick < tick ? decay(tick - e.tick) : 1.0;
  }

  /** Positive evidence of the pair at tick (0 if the pair has none). */
  public double r(int from, int to, long tick) {
    Evidence e = pairs.get(from, to);
    return e == null ? 0 : e.r * fade(e, tick);
  }

  /** Negative evidence of the pair at tick (0 if the pair has none). */
  public double s(int from, int to, long tick) {
    Evidence e = pairs.get(from, to);
    return e == null ? 0 : e.s * fade(e, tick);
  }

  /** Expected trust E = (r+1)/(r+s+2); 0.5 for a pair without evidence. */
  public double expected(int from, int to, long tick) {
    Evidence e = pairs.get(from, to);
    if (e == null) {
      return 0.5;
    }
    double f = fade(e, tick);
    return (e.r * f + 1) / (e.r * f + e.s * f + 2);
  }

  /** Uncertainty u = 2/(r+s+2); 1 for a pair without evidence. */
  public double uncertainty(int from, int to, long tick) {
    Evidence e = pairs.get(from, to);
    if (e == null) {
      return 1.0;
    }
    double f = fade(e, tick);
    return 2 / (e.r * f + e.s * f + 2);
  }

  public Opinion opinion(int from, int to, long tick) {
    Evidence e = pairs.get(from, to);
    if (e == null) {
      return Opinion.VACUOUS;
    }
    double f = fade(e, tick);
    return Opinion.fromEvidence(e.r * f, e.s * f);
  }

  /**
   * Expected trust of from in to through an intermediary: from's opinion of via, discounted by
   * via's opinion of to.
   */
  public double expectedVia(int from, int via, int to, long tick) {
    return opinion(from, via, tick).discount(opinion(via, to, tick)).expected();
  }

  /**
   * Expected trust as of tick without applying forgetting to the stored pair: reading for a
   * picture (the exercise's snapshot) must not change the run's arithmetic.
   */
  public double peekExpected(int from, int to, long tick) {
    Evidence e = pairs.get(from, to);
    if (e == null) {
      return 0.5;
    }
    double f = e.tick < tick ? decay(tick - e.tick) : 1.0;
    return (e.r * f + 1) / (e.r * f + e.s * f + 2);
  }

  /** Told of one stored pair's evidence as of a tick. */
  @FunctionalInterface
  public interface PairVisitor {
    void visit(int from, int to, double r, double s);
  }

  /**
   * Visits every stored pair with its evidence forgotten up to tick, without changing the stored
   * values (so reading the store for a picture cannot change a run). Pairs come in (from, to)
   * order. Costs one pass over the stored pairs, never over all pairs of actors.
   */
  public void forEachPair(long tick, PairVisitor visitor) {
    for (Evidence e : pairs.inKeyOrder()) {
      double f = e.tick < tick ? decay(tick - e.tick) : 1.0;
      visitor.visit(e.from(), e.to(), e.r * f, e.s * f);
    }
  }

  /** Whether the pair has any stored evidence or prior. */
  public boolean contains(int from, int to) {
    return pairs.get(from, to) != null;
  }

  /**
   * Pairs whose expected trust is above 0.5 (r > s). Forgetting scales r and s alike, so it
   * never changes this count, which is kept up to date on every update.
   */
  public int pairsAbove(){
    return positivePairs;
  }

  public int storedPairs() {
    return pairs.size();
  }
}
