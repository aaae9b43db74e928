package org.liaison.scenario.read;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints for names an author mistyped: keys, enum values, ids, parameters. */
public final class Suggestions {
  /** Longer names are not plausible typos of one another; they get no suggestion and cost no time. */
  private static final int MAX_LENGTH = 64;
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /** A "did you mean" hint: the valid name nearest by edit distance, or sharing a long prefix. */
  public static String suggestion(String given, Iterable<String> valid) {
    String best = nearest(given, valid);
    return best != null ? " (did you mean '" + best + "'?)" : "";
  }

  /**
   * The same hint as a text to fill into a problem: a {@link ProblemCode#DID_YOU_MEAN} text, or
   * "" when no valid name is close.
   */
  public static Object hint(String given, Iterable<String> valid) {
    String best = nearest(given, valid);
    return best != null ? ProblemText.of(ProblemCode.DID_YOU_MEAN, best) : "";
  }

  /** The valid name the given one is a plausible typo of, or null when none is close. */
  public static String nearest(String given, Iterable<String> valid) {
    if (given.length() > MAX_LENGTH) {
      return null;
    }
    String lower = given.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : valid) {
      if (candidate.length() > MAX_LENGTH) {
        continue;
      }
      String other = candidate.toLowerCase(java.util.Locale.ROOT);
      int distance = LEVENSHTEIN.apply(lower, other);
      boolean close = distance <= Math.max(2, given.length() / 3)
          || (commonPrefix(lower, other) >= 4 && distance <= Math.max(given.length(), candidate.length()) / 2);
      if (close && distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
