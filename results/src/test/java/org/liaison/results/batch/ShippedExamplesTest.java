package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShippedExamplesTest {

  @Test
  void theExampleExperimentInTheDocumentationIsValid() throws Exception {
    BatchPlan plan = ExperimentReader.read(Path.of("..", "docs", "examples", "sweep.yaml"),
        new EngineRunExecutor().policies());
    assertEquals(16 * (2 + 2) * 2 * 5, plan.totalRuns(), "Saltelli: 16 base samples x (2 factors + 2) points, 2 policies, 5 replications");
    assertEquals("somalia-trust-sweep", plan.name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"car", "somalia", "ukraine"})
  void theSobolStudiesOfTheShippedScenariosAreValidAndAsSmallAsTheModelDescriptionSays(String name) throws Exception {
    BatchPlan plan = ExperimentReader.read(Path.of("..", "scenarios", "experiments", "sobol-" + name + ".yaml"),
        new EngineRunExecutor().policies());
    assertEquals(64 * (6 + 2) * 2 * 2, plan.totalRuns(), "64 base samples x (6 factors + 2), 2 policies, 2 replications");
  }
}
