package org.liaison.scenario.read;

import java.util.ArrayList;
import java.util.List;

/**
 * What a problem says, as its code and arguments, so that each reader can say it in its own
 * language: the command line prints {@link #english()}, a trainer fills its own text for the code.
 *
 * @param code the kind of problem, or of fragment for a nested text
 * @param args each either a {@link String} shown as written (a key, id, value, number or list of
 *     names from the file or the format) or a nested {@link ProblemText} said in the reader's language
 */
public record ProblemText(ProblemCode code, List<Object> args) {
  /** Keeps every argument on one line: control characters from the file are shown escaped. */
  public ProblemText {
    List<Object> checked = new ArrayList<>(args.size());
    for (Object arg : args) {
      if (arg instanceof ProblemText) {
        checked.add(arg);
      } else if (arg instanceof String text) {
        checked.add(Problem.printable(text));
      } else {
        throw new IllegalArgumentException("a problem's argument is text or a nested problem text, not " + arg);
      }
    }
    args = List.copyOf(checked);
    if (args.size() != code.arity()) {
      throw new IllegalArgumentException(code + " takes " + code.arity() + " arguments, not " + args.size());
    }
  }

  /** A text with its arguments; a number or other value is written as Java writes it ({@code 5}, {@code 0.5}). */
  public static ProblemText of(ProblemCode code, Object... args) {
    List<Object> list = new ArrayList<>(args.length);
    for (Object arg : args) {
      list.add(arg instanceof ProblemText ? arg : String.valueOf(arg));
    }
    return new ProblemText(code, list);
  }

  /** The English text, as the command line prints it. */
  public String english() {
    List<String> filled = new ArrayList<>(args.size());
    for (Object arg : args) {
      filled.add(arg instanceof ProblemText nested ? nested.english() : (String) arg);
    }
    return code.fill(filled);
  }

  @Override
  public String toString() {
    return english();
  }
}
