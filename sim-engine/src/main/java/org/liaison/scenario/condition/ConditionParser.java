package org.liaison.scenario.condition;

import java.util.ArrayList;
import java.util.List;
import org.liaison.scenario.condition.ConditionSyntaxException.Reason;

/** Recursive-descent parser for {@link Condition}; bounded in depth so hostile text cannot overflow the stack. */
final class ConditionParser {
  private static final int MAX_LENGTH = 2_000;
  private static final int MAX_DEPTH = 32;

  private final String text;
  private int pos;
  private int depth;

  ConditionParser(String text) {
    this.text = text == null ? "" : text;
  }

  Condition parse() {
    if (text.length() > MAX_LENGTH) {
      throw new ConditionSyntaxException(Reason.TOO_LONG, List.of(String.valueOf(MAX_LENGTH)), MAX_LENGTH);
    }
    skipSpace();
    if (pos >= text.length()) {
      throw new ConditionSyntaxException(Reason.EMPTY, List.of(), 0);
    }
    Condition condition = or();
    skipSpace();
    if (pos < text.length()) {
      throw error(Reason.UNEXPECTED, text.substring(pos, Math.min(text.length(), pos + 12)));
    }
    return condition;
  }

  private Condition or() {
    List<Condition> parts = new ArrayList<>();
    parts.add(and());
    while (keyword("or")) {
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new Condition.Any(List.copyOf(parts));
  }

  private Condition and() {
    List<Condition> parts = new ArrayList<>();
    parts.add(unary());
    while (keyword("and")) {
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : new Condition.All(List.copyOf(parts));
  }

  private Condition unary() {
    if (++depth > MAX_DEPTH) {
      throw error(Reason.TOO_DEEP, String.valueOf(MAX_DEPTH));
    }
    try {
      skipSpace();
      if (keyword("not")) {
        return new Condition.Not(unary());
      }
      if (peek() == '(') {
        pos++;
        Condition inner = or();
        skipSpace();
        if (peek() != ')') {
          throw error(Reason.MISSING_PARENTHESIS);
        }
        pos++;
        return inner;
      }
      return comparison();
    } finally {
      depth--;
    }
  }

  private Condition comparison() {
    skipSpace();
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    if (start == pos || Character.isDigit(text.charAt(start))) {
      pos = start;
      throw error(Reason.EXPECTED_NAME);
    }
    String name = text.substring(start, pos);
    Condition.Operator operator = operator();
    return new Condition.Comparison(name, operator, number());
  }

  private Condition.Operator operator() {
    skipSpace();
    for (String symbol : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
      if (text.startsWith(symbol, pos)) {
        pos += symbol.length();
        for (Condition.Operator op : Condition.Operator.values()) {
          if (op.symbol().equals(symbol)) {
            return op;
          }
        }
      }
    }
    throw error(Reason.EXPECTED_COMPARISON);
  }

  private double number() {
    skipSpace();
    int start = pos;
    if (peek() == '-' || peek() == '+') {
      pos++;
    }
    while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    String literal = text.substring(start, pos);
    try {
      double value = Double.parseDouble(literal);
      if (literal.length() > 24 || !Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      pos = start;
      throw error(Reason.EXPECTED_NUMBER);
    }
  }

  private boolean keyword(String word) {
    skipSpace();
    int end = pos + word.length();
    if (text.regionMatches(true, pos, word, 0, word.length())
        && (end >= text.length() || !isNameChar(text.charAt(end)))) {
      pos = end;
      return true;
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  /** The reason with its arguments, followed by the character (counting from 1) where it was found. */
  private ConditionSyntaxException error(Reason reason, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(String.valueOf(pos + 1));
    return new ConditionSyntaxException(reason, all, pos);
  }
}
