package org.liaison.ui.app;

import java.nio.file.Path;
import java.util.List;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.Problem;

/**
 * One file of the scenario library: the scenario it holds, or the problems that keep it from
 * validating.
 */
public record ScenarioEntry(Path file, Scenario scenario, List<Problem> problems) {
  public ScenarioEntry {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return scenario != null;
  }

  public String fileName() {
    return file.getFileName().toString();
  }

  public String title() {
    return valid() ? scenario.metadata().title() : fileName();
  }
}
