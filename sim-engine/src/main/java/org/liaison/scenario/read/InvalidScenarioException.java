package org.liaison.scenario.read;

import java.util.List;

/** A scenario file that does not validate; every problem in it is listed. */
public final class InvalidScenarioException extends InvalidInputException {
  public InvalidScenarioException(List<Problem> problems) {
    super(problems);
  }
}
