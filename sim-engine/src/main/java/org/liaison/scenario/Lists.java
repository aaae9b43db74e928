package org.liaison.scenario;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Null-tolerant copies that keep scenario records immutable and their optional lists non-null. */
final class Lists {
  private Lists() {}

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list.stream().filter(e -> e != null).toList());
  }

  /** A sorted copy, so that iteration order never depends on the file's key order or hashing. */
  static <V> Map<String, V> sortedOrEmpty(Map<String, V> map) {
    return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
