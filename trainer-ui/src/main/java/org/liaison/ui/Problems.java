package org.liaison.ui;

import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ProblemCode;
import org.liaison.scenario.read.ProblemText;

/**
 * What is wrong with a file, said in the trainer's language: each problem's code has its text in the
 * bundle ({@code problem.CODE}), and the arguments are filled in as the file wrote them (keys, ids,
 * values, lists of allowed names) or, for the parts of a sentence (units, hints, what a value is),
 * said in the same language.
 */
public final class Problems {
  private Problems() {}

  /** One problem as a line of the library: its line in the file, the field, and what is wrong. */
  public static String line(Problem problem) {
    return (problem.line() > 0 && problem.line() != Integer.MAX_VALUE ? I18n.t("library.line", problem.line()) : "")
        + (problem.path().isEmpty() ? "" : problem.path() + ": ") + say(problem.text());
  }

  /** A problem's text, or a part of one, in the trainer's language. */
  public static String say(ProblemText text) {
    if (text.code() == ProblemCode.OTHER) {
      return (String) text.args().get(0);
    }
    Object[] args = text.args().stream().map(a -> a instanceof ProblemText nested ? say(nested) : a).toArray();
    return I18n.t("problem." + text.code().name(), args);
  }
}
