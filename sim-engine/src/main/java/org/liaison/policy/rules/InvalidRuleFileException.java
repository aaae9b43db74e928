package org.liaison.policy.rules;

import java.util.List;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.Problem;

/** A rule file that cannot be used; every problem carries file, line and column. */
public final class InvalidRuleFileException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public InvalidRuleFileException(List<Problem> problems) {
    super(problems);
  }
}
