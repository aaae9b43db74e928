package org.liaison.exercise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/** The desk test scenario (two villages, two roles, two decision points) and exercise helpers. */
final class Desk {
  private Desk() {}

  static Scenario scenario() {
    try {
      return ScenarioReader.read(Path.of(Desk.class.getResource("/scenarios/desk.yaml").toURI()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An exercise of the desk scenario that keeps every event in the given list. */
  static Exercise exercise(long seed, Integer days, List<EngineEvent> events) {
    return new Exercise(scenario(), seed, days, List.of(events::add));
  }

  /** Events of a type. */
  static <T extends EngineEvent> List<T> of(List<EngineEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** A fresh list. */
  static List<EngineEvent> events() {
    return new ArrayList<>();
  }
}
