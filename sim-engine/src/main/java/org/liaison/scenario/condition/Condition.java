package org.liaison.scenario.condition;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * A trigger condition over named values (indicators and the clock), as written in scenario files.
 *
 * <p>Grammar: {@code expr := or; or := and ('or' and)*; and := unary ('and' unary)*;
 * unary := 'not' unary | '(' expr ')' | NAME OP NUMBER}, with OP one of
 * {@code < <= > >= == !=}.
 */
public sealed interface Condition {

  /** Whether the condition holds for the given values. */
  boolean holds(ToDoubleFunction<String> values);

  /** Every name the condition reads, sorted. */
  default Set<String> names() {
    Set<String> names = new TreeSet<>();
    collectNames(names);
    return names;
  }

  void collectNames(Set<String> into);

  /** Parses a condition; throws {@link ConditionSyntaxException} naming the offending position. */
  static Condition parse(String text) {
    return new ConditionParser(text).parse();
  }

  /** A comparison of one named value with a number. */
  record Comparison(String name, Operator operator, double number) implements Condition {
    @Override
    public boolean holds(ToDoubleFunction<String> values) {
      return operator.test(values.applyAsDouble(name), number);
    }

    @Override
    public void collectNames(Set<String> into) {
      into.add(name);
    }
  }

  /** True when all parts hold. */
  record All(List<Condition> parts) implements Condition {
    @Override
    public boolean holds(ToDoubleFunction<String> values) {
      for (Condition part : parts) {
        if (!part.holds(values)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void collectNames(Set<String> into) {
      parts.forEach(p -> p.collectNames(into));
    }
  }

  /** True when any part holds. */
  record Any(List<Condition> parts) implements Condition {
    @Override
    public boolean holds(ToDoubleFunction<String> values) {
      for (Condition part : parts) {
        if (part.holds(values)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void collectNames(Set<String> into) {
      parts.forEach(p -> p.collectNames(into));
    }
  }

  /** True when the inner condition does not hold. */
  record Not(Condition inner) implements Condition {
    @Override
    public boolean holds(ToDoubleFunction<String> values) {
      return !inner.holds(values);
    }

    @Override
    public void collectNames(Set<String> into) {
      inner.collectNames(into);
    }
  }

  /** Comparison operators. */
  enum Operator {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    boolean test(double left, double right) {
      return switch (this) {
        case LT -> left < right;
        case LE -> left <= right;
        case GT -> left > right;
        case GE -> left >= right;
        case EQ -> left == right;
        case NE -> left != right;
      };
    }
  }
}
