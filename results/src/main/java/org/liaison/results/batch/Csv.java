package org.liaison.results.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV dialect of every Liaison output: comma-separated, one record per line ending in LF,
 * fields quoted as RFC 4180 says (when they hold a comma or a double quote, which is doubled),
 * '.' as decimal separator, NA for a missing value. Line breaks inside text are replaced by
 * spaces so that every record is exactly one line.
 */
public final class Csv {
  /** What a missing or undefined value is written as. */
  public static final String NA = "NA";

  private Csv() {}

  /** A text field, quoted when needed. */
  public static String text(String value) {
    if (value == null) {
      return NA;
    }
    String oneLine = value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    if (oneLine.equals(NA) || oneLine.indexOf(',') >= 0 || oneLine.indexOf('"') >= 0
        || (!oneLine.isEmpty() && (oneLine.charAt(0) == ' ' || oneLine.charAt(oneLine.length() - 1) == ' '))) {
      return '"' + oneLine.replace("\"", "\"\"") + '"';
    }
    return oneLine;
  }

  /**
   * A number: whole values without a fraction, others in Java's shortest round-trip form (which
   * may use an exponent, such as 1.0E-5); NaN and null as NA; infinities as Inf and -Inf.
   */
  public static String number(Double value) {
    if (value == null || value.isNaN()) {
      return NA;
    }
    if (value.isInfinite()) {
      return value > 0 ? "Inf" : "-Inf";
    }
    double v = value;
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** A parameter value as read from the parameters record: booleans as TRUE or FALSE, numbers as {@link #number}. */
  public static String value(Object value) {
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    if (value instanceof Number n) {
      return number(n.doubleValue());
    }
    return text(value == null ? null : value.toString());
  }

  /** Joins fields already formatted into one record (without its line end). */
  public static String join(List<String> fields) {
    return String.join(",", fields);
  }

  /** Splits one record into its fields, undoing the quoting. */
  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field");
    }
    fields.add(field.toString());
    return fields;
  }

  /** Reads a number field: NA (or empty) as NaN, Inf and -Inf, TRUE/FALSE as 1/0. */
  public static double parseNumber(String field) {
    switch (field) {
      case NA, "", "NaN" -> {
        return Double.NaN;
      }
      case "Inf" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-Inf" -> {
        return Double.NEGATIVE_INFINITY;
      }
      case "TRUE" -> {
        return 1;
      }
      case "FALSE" -> {
        return 0;
      }
      default -> {
        return Double.parseDouble(field);
      }
    }
  }
}
