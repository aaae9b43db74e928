package org.liaison.scenario.read;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a file cannot be accepted; carries every problem found, in file order. */
public class InvalidInputException extends Exception {
  private final transient List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
