package org.liaison.scenario.read;

/** "Did you mean" hints for names an author mistyped: keys, enum values, ids, parameters. */
public final class Suggestions {
  private Suggestions() {}

  /** A "did you mean" hint: the valid name nearest by edit distance, or sharing a long prefix. */
  public static String suggestion(String given, Iterable<String> valid) {
    String lower = given.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : valid) {
      String other = candidate.toLowerCase(java.util.Locale.ROOT);
      int distance = EditDistance.between(lower, other);
      boolean close = distance <= Math.max(2, given.length() / 3)
          || (commonPrefix(lower, other) >= 4 && distance <= Math.max(given.length(), candidate.length()) / 2);
      if (close && distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best != null ? " (did you mean '" + best + "'?)" : "";
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
