package org.liaison.net.server;

import java.io.IOException;
import java.nio.file.Path;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/** Shipped scenarios and servers for the tests, on loopback only. */
final class Exercises {
  static final Path UKRAINE = Path.of("..", "scenarios", "ukraine-donbas-monitoring.yaml");

  private Exercises() {}

  static Scenario read(Path file) {
    try {
      return ScenarioReader.read(file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static ExerciseServer serve(Path scenarioFile, long seed, Path out, double speed) throws IOException {
    return ExerciseServer.start(new ExerciseServer.Options(read(scenarioFile), scenarioFile, seed, "127.0.0.1", 0,
        out, speed, null, null));
  }

  static ExerciseServer resume(Path scenarioFile, Path out, ServerSave save) throws IOException {
    return ExerciseServer.start(new ExerciseServer.Options(read(scenarioFile), scenarioFile, save.seed(), "127.0.0.1",
        0, out, save.speed(), save, null));
  }
}
