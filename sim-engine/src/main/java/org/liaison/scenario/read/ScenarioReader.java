package org.liaison.scenario.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.liaison.scenario.Scenario;

/**
 * The one way to read a scenario: parse with positions, check the structure, bind to records,
 * check the meaning. Every problem in the file is reported at once, each with its line.
 */
public final class ScenarioReader {
  private static final ObjectMapper BINDER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private ScenarioReader() {}

  /** Reads and validates a scenario file (YAML, or JSON by its {@code .json} ending). */
  public static Scenario read(Path file) throws InvalidScenarioException {
    return read(file, file.toString());
  }

  /** Reads a file, naming it {@code displayName} in problems. */
  public static Scenario read(Path file, String displayName) throws InvalidScenarioException {
    try {
      return validate(new DocumentParser().parse(file, displayName), displayName);
    } catch (InvalidScenarioException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new InvalidScenarioException(e.problems());
    }
  }

  /** Reads scenario text already in memory. */
  public static Scenario readText(String text, String displayName, boolean isJson) throws InvalidScenarioException {
    try {
      return validate(new DocumentParser().parse(text, displayName, isJson), displayName);
    } catch (InvalidScenarioException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new InvalidScenarioException(e.problems());
    }
  }

  private static Scenario validate(LocatedTree tree, String file) throws InvalidScenarioException {
    StructureChecker.Result structure = StructureChecker.check(file, tree, Scenario.class);
    List<Problem> problems = new ArrayList<>(structure.problems());
    if (!structure.complete()) {
      throw sorted(problems);
    }
    Scenario scenario;
    try {
      scenario = BINDER.treeToValue(structure.repaired().root(), Scenario.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      problems.add(new Problem(file, 1, 1, "", "cannot be read as a scenario: "
          + e.getMessage().lines().findFirst().orElse("")));
      throw sorted(problems);
    }
    problems.addAll(ScenarioChecker.check(file, tree, scenario));
    if (!problems.isEmpty()) {
      throw sorted(problems);
    }
    return scenario;
  }

  private static InvalidScenarioException sorted(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems);
    Collections.sort(copy);
    return new InvalidScenarioException(copy);
  }
}
