package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.liaison.scenario.read.ScenarioReader;
import org.junit.jupiter.api.Test;

class TestScenarioValidityTest {
  @Test
  void theTwoVillagesTestScenarioPassesTheScenarioReader() throws Exception {
    Path file = Path.of(TestScenarioValidityTest.class.getResource("/scenarios/two-villages.yaml").toURI());
    assertEquals(TestScenarios.load("two-villages"), ScenarioReader.read(file));
  }
}
