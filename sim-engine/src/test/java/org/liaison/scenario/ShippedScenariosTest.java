package org.liaison.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.liaison.scenario.read.ScenarioReader;

/** The case-study scenarios shipped to trainers validate and are rich enough to train with. */
class ShippedScenariosTest {
  private static final Path SCENARIOS = Path.of("..", "scenarios");

  static List<Path> shipped() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void threeCaseStudiesAreShipped() throws IOException {
    assertTrue(shipped().size() >= 3, "expected at least 3 scenarios in scenarios/, found " + shipped());
  }

  @TestFactory
  Stream<DynamicTest> everyShippedScenarioValidatesAndMeetsTheTrainingMinimum() throws IOException {
    return shipped().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Scenario scenario = assertDoesNotThrow(() -> ScenarioReader.read(file));
      Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
      scenario.actors().forEach(a -> kinds.add(a.kind()));
      long contingent = scenario.msel().stream().filter(i -> i.type() == InjectType.CONTINGENCY).count();
      String counts = file + ": zones " + scenario.map().zones().size() + ", actors " + scenario.actors().size()
          + " of " + kinds.size() + " kinds, injects " + scenario.msel().size() + " (" + contingent
          + " contingent), decision points " + scenario.decisionPoints().size() + ", objectives "
          + scenario.metadata().objectives().size();
      assertTrue(scenario.map().zones().size() >= 6, counts);
      assertTrue(scenario.actors().size() >= 8 && kinds.size() >= 5, counts);
      assertTrue(scenario.msel().size() >= 10 && contingent >= 1, counts);
      assertTrue(scenario.decisionPoints().size() >= 4, counts);
      assertTrue(!scenario.metadata().objectives().isEmpty(), counts);
      assertTrue(Files.readString(file).startsWith("# yaml-language-server: $schema=scenario.schema.json"),
          file + " must point editors to the schema on its first line");
    }));
  }
}
