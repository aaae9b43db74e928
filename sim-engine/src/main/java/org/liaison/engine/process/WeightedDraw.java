package org.liaison.engine.process;

/**
 * Draws an index by weight with the rule the engine has always used: subtract each weight in turn
 * from the drawn value and take the first index at which it falls below zero. That rule walks
 * every weight before the one drawn; with the running totals at hand a binary search finds the
 * same index in a few steps. Floating-point rounding makes the running totals and the repeated
 * subtractions differ in their last bits, so the search's answer is only taken where the drawn
 * value lies clear of both neighbouring totals by more than the rounding of the whole sum could
 * move them; otherwise (about once in 10^10 draws) the weights are walked one by one. Either way
 * the index is the one the walk gives, so runs stay identical to the bit.
 */
final class WeightedDraw {
  /** Below this total, or with weights that are negative or not finite, only the walk is exact. */
  private static final double SMALLEST_SEARCHED_TOTAL = 0x1p-900;
  private static final double LARGEST_SEARCHED_TOTAL = 0x1p900;

  private final double[] weights;
  private final double[] totals;
  private boolean searchable;

  WeightedDraw(int size) {
    weights = new double[size];
    totals = new double[size];
  }

  /** The weights, to be filled before {@link #sum()}. */
  double[] weights() {
    return weights;
  }

  /** Sums the weights in index order, as the walk does, and keeps the running totals. */
  double sum() {
    double total = 0;
    boolean valid = true;
    for (int i = 0; i < weights.length; i++) {
      double w = weights[i];
      valid &= w >= 0 && w < Double.POSITIVE_INFINITY;
      total += w;
      totals[i] = total;
    }
    searchable = valid && total >= SMALLEST_SEARCHED_TOTAL && total <= LARGEST_SEARCHED_TOTAL;
    return total;
  }

  /** The index the walk gives for the drawn value r (a uniform draw times {@link #sum()}). */
  int pick(double r) {
    int n = weights.length;
    if (!searchable || !(r >= 0)) {
      return walk(r);
    }
    int lo = 0;
    int hi = n - 1;
    if (!(totals[hi] > r)) {
      return walk(r);
    }
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (totals[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    // Each of the n subtractions and each of the n additions rounds by at most half a unit in the
    // last place of the largest magnitude involved; the margin is four times their sum.
    double margin = (n + 4) * 0x1p-50 * Math.max(r, totals[n - 1]);
    if (totals[lo] > r + margin && (lo == 0 || totals[lo - 1] < r - margin)) {
      return lo;
    }
    return walk(r);
  }

  /** The rule itself: the first index at which the drawn value, less each weight in turn, is below zero. */
  int walk(double r) {
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0 && weights[i] > 0) {
        return i;
      }
    }
    for (int i = weights.length - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return i;
      }
    }
    return 0;
  }
}
