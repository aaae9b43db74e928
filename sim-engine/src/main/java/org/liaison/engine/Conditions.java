package org.liaison.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Trigger conditions of injects and decision points: comparisons of a variable with a number,
 * joined by {@code and} / {@code or} ({@code and} binds tighter), e.g.
 * {@code attacksExecuted >= 2 and day >= 3}.
 */
final class Conditions {
  private Conditions() {}

  static Predicate<ToDoubleFunction<String>> compile(String text) {
    List<Predicate<ToDoubleFunction<String>>> alternatives = new ArrayList<>();
    for (String orPart : text.trim().split("(?i)\\s+or\\s+")) {
      List<Predicate<ToDoubleFunction<String>>> all = new ArrayList<>();
      for (String andPart : orPart.split("(?i)\\s+and\\s+")) {
        all.add(comparison(andPart.trim(), text));
      }
      alternatives.add(v -> all.stream().allMatch(p -> p.test(v)));
    }
    return v -> alternatives.stream().anyMatch(p -> p.test(v));
  }

  private static Predicate<ToDoubleFunction<String>> comparison(String part, String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("([A-Za-z][A-Za-z0-9]*)\\s*(>=|<=|==|!=|>|<)\\s*(-?[0-9]+(?:\\.[0-9]+)?)")
        .matcher(part);
    if (!m.matches()) {
      throw new IllegalArgumentException("cannot read condition '" + text + "' at '" + part + "'");
    }
    String name = m.group(1);
    String op = m.group(2);
    double value = Double.parseDouble(m.group(3));
    return v -> {
      double x = v.applyAsDouble(name);
      return switch (op) {
        case ">=" -> x >= value;
        case "<=" -> x <= value;
        case ">" -> x > value;
        case "<" -> x < value;
        case "==" -> x == value;
        default -> x != value;
      };
    };
  }
}
