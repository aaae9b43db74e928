package org.liaison.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liaison.scenario.condition.Condition;

/**
 * Conditions parsed once per text and shared by every run of the process, on any thread. A parsed
 * {@link Condition} is immutable and depends on its text alone, so a run gets the same condition
 * whether it parsed the text itself or another run did. Bounded: a long-lived process that reads
 * many scenarios starts afresh rather than keep every text it has seen.
 */
final class ParsedConditions {
  static final int CAPACITY = 4_096;

  private final Map<String, Condition> byText = new ConcurrentHashMap<>();

  /** The parsed condition; a text that does not parse throws as {@link Condition#parse} does and is not kept. */
  Condition parse(String text) {
    Condition known = byText.get(text);
    if (known != null) {
      return known;
    }
    Condition parsed = Condition.parse(text);
    if (byText.size() >= CAPACITY) {
      byText.clear();
    }
    byText.putIfAbsent(text, parsed);
    return parsed;
  }

  int size() {
    return byText.size();
  }
}
