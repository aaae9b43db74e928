package org.liaison.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells printed in columns that line up on a terminal, with headings between them. A
 * column is as wide as its widest cell measured in terminal columns, not in Java chars: an accent
 * written as a combining mark takes no column, an East Asian wide letter takes two. The last
 * column is not padded, and a column empty in every row takes no room.
 */
final class TextTable {
  private static final String GAP = "  ";

  private final String indent;
  private final int columnCount;
  private final List<Line> lines = new ArrayList<>();

  /** A row of cells, or a heading when {@code cells} is null. */
  private record Line(String heading, String[] cells) {}

  /** A table of {@code columnCount} columns whose rows start with {@code indent}. */
  TextTable(String indent, int columnCount) {
    this.indent = indent;
    this.columnCount = columnCount;
  }

  /** A row of cells, one per column. */
  void row(String... cells) {
    if (cells.length != columnCount) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columnCount
          + " columns");
    }
    lines.add(new Line(null, cells.clone()));
  }

  /** A line of its own between rows, such as a section's name; it does not widen any column. */
  void heading(String text) {
    lines.add(new Line(text, null));
  }

  void print(PrintWriter out) {
    int[] width = new int[columnCount];
    for (Line l : lines) {
      if (l.cells() != null) {
        for (int c = 0; c < columnCount; c++) {
          width[c] = Math.max(width[c], columns(l.cells()[c]));
        }
      }
    }
    int last = width.length - 1;
    while (last > 0 && width[last] == 0) {
      last--;
    }
    for (Line l : lines) {
      if (l.cells() == null) {
        out.println(l.heading());
        continue;
      }
      String[] row = l.cells();
      StringBuilder line = new StringBuilder(indent);
      boolean first = true;
      for (int c = 0; c <= last; c++) {
        if (width[c] == 0) {
          continue;
        }
        if (!first) {
          line.append(GAP);
        }
        first = false;
        line.append(row[c]);
        if (c < last) {
          line.append(" ".repeat(width[c] - columns(row[c])));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /**
   * How many terminal columns the text takes: combining marks, zero-width and format characters
   * none, East Asian wide and full-width characters two (the ranges wcwidth uses), any other one.
   */
  static int columns(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
          || type == Character.CONTROL) {
        continue;
      }
      n += isWide(cp) ? 2 : 1;
    }
    return n;
  }

  private static boolean isWide(int cp) {
    return cp >= 0x1100 && (cp <= 0x115f
        || cp == 0x2329 || cp == 0x232a
        || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe10 && cp <= 0xfe19)
        || (cp >= 0xfe30 && cp <= 0xfe6f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x1f300 && cp <= 0x1f64f)
        || (cp >= 0x1f900 && cp <= 0x1f9ff)
        || (cp >= 0x20000 && cp <= 0x2fffd)
        || (cp >= 0x30000 && cp <= 0x3fffd));
  }
}
