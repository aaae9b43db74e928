package org.liaison.ui.network;

/**
 * Checks a console form's fields and keeps the first thing wrong, as the reader is told it: the
 * field by its name, what is wrong, and what is allowed.
 */
final class FieldCheck {
  /**
   * The values a number field takes.
   *
   * @param unit the unit's key in the bundle, or null for a plain number
   */
  record Range(double min, double max, String unit) {}

  private final NetworkViewModel vm;
  private String problem;

  FieldCheck(NetworkViewModel vm) {
    this.vm = vm;
  }

  /** The first problem found, or null if every field checked holds what it takes. */
  String problem() {
    return problem;
  }

  void fail(String text) {
    if (problem == null) {
      problem = text;
    }
  }

  void chosen(boolean needed, Object value, String field) {
    if (needed && value == null) {
      fail(vm.format("inject.problem.required", vm.text().getString(field)));
    }
  }

  /**
   * The number typed, or null if none was typed or it is wrong (and then the problem is noted).
   *
   * @param field the field's name's key in the bundle
   * @param whole whether only a whole number is allowed
   */
  Double number(String typed, String field, Range range, boolean needed, boolean whole) {
    String name = vm.text().getString(field);
    String bounds = Double.isInfinite(range.min()) && Double.isInfinite(range.max()) ? vm.text().getString("inject.anyNumber")
        : Double.isInfinite(range.max()) ? vm.format("inject.atLeast", plain(range.min()))
        : vm.format("inject.range", plain(range.min()), plain(range.max()));
    String allowed = bounds + (range.unit() == null ? "" : " " + vm.text().getString(range.unit()));
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      if (needed) {
        fail(vm.format("inject.problem.missingNumber", name, allowed));
      }
      return null;
    }
    double value;
    try {
      // A decimal comma, as French and many other languages write it, is read as a point.
      value = Double.parseDouble(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value) || !text.matches("[-+]?[0-9.,]+")) {
      fail(vm.format("inject.problem.notNumber", name, text, allowed));
      return null;
    }
    if (whole && value != Math.rint(value)) {
      fail(vm.format("inject.problem.notWhole", name, text, allowed));
      return null;
    }
    if (value < range.min() || value > range.max()) {
      fail(vm.format("inject.problem.outOfRange", name, text, allowed));
      return null;
    }
    return value;
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
