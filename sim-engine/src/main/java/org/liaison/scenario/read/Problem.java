package org.liaison.scenario.read;

/**
 * One thing wrong with an input file, located so that an editor can jump to it.
 *
 * @param file the file as the user named it
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param path the field in dotted form, such as {@code actors[2].homeZone}; empty for the file itself
 * @param text what is wrong and what is allowed, as a code and its arguments
 */
public record Problem(String file, int line, int column, String path, ProblemText text)
    implements Comparable<Problem> {

  /** Keeps every problem on one line: control characters from the file are shown escaped. */
  public Problem {
    file = printable(file);
    path = printable(path);
    java.util.Objects.requireNonNull(text, "text");
  }

  /** A problem that only has an English text (from a library, or a reader of other files). */
  public Problem(String file, int line, int column, String path, String message) {
    this(file, line, column, path, ProblemText.of(ProblemCode.OTHER, message));
  }

  /** A problem of a code with its arguments (see {@link ProblemText#of}). */
  public Problem(String file, int line, int column, String path, ProblemCode code, Object... args) {
    this(file, line, column, path, ProblemText.of(code, args));
  }

  /** What is wrong and what is allowed, in English, separated by a semicolon. */
  public String message() {
    return text.english();
  }

  /**
   * The text on one line with every control character escaped ({@code \n}, {@code \u001b}), so
   * that text from a file can neither break a message into lines nor command a terminal.
   */
  public static String printable(String text) {
    if (text == null || text.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
      return text == null ? "" : text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** The one-line form {@code FILE:LINE:COLUMN: path: message}. */
  @Override
  public String toString() {
    String where = file + ":" + line + ":" + column + ": ";
    return path.isEmpty() ? where + message() : where + path + ": " + message();
  }

  @Override
  public int compareTo(Problem other) {
    int byLine = Integer.compare(line, other.line);
    if (byLine != 0) {
      return byLine;
    }
    int byColumn = Integer.compare(column, other.column);
    return byColumn != 0 ? byColumn : toString().compareTo(other.toString());
  }
}
