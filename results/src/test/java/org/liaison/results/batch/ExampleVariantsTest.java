package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example experiment with scenario variants in the documentation ({@code docs/examples/variants.yaml}):
 * it reads, its variants are the shipped scenario with only their stated change, and a copy with
 * two replications runs on the real engine to the paired comparisons it is there to show.
 */
class ExampleVariantsTest {
  private static final Path REPOSITORY = Path.of("..");
  private static final Path EXAMPLE = REPOSITORY.resolve("docs/examples/variants.yaml");
  private static final Path SCENARIO = REPOSITORY.resolve("scenarios/somalia-lower-shabelle.yaml");

  @TempDir
  Path dir;

  @Test
  void theExampleReadsWithItsTwoVariantsAfterTheScenarioAndCommonRandomNumbers() throws Exception {
    BatchPlan plan = ExperimentReader.read(EXAMPLE, new EngineRunExecutor().policies());
    assertEquals(List.of("somalia-lower-shabelle", "somalia-lower-shabelle:buulo-radio",
        "somalia-lower-shabelle:more-staff"), plan.scenarios().stream().map(BatchPlan.PlannedScenario::name).toList());
    assertTrue(plan.commonRandomNumbers());
    assertEquals(3 * 2 * 200, plan.totalRuns());
    assertEquals(plan.run(0).seed(), plan.run(2 * 200).seed(), "replication 1 of the scenario and of a variant share a seed");
    assertEquals(84 * 1.0, plan.scenarios().get(2).scenario().coordination().staffHoursPerDay(), 0);
    assertEquals(56 * 1.0, plan.scenarios().get(0).scenario().coordination().staffHoursPerDay(), 0);
  }

  @Test
  void eachVariantIsTheShippedScenarioWithOnlyItsStatedChange() throws Exception {
    List<String> scenario = body(SCENARIO);
    List<String> radio = body(REPOSITORY.resolve("docs/examples/variants/somalia-buulo-radio.yaml"));
    List<String> added = new ArrayList<>(radio);
    added.removeAll(scenario);
    assertEquals(2, added.size(), added.toString());
    assertTrue(added.get(1).contains("id: ch-ausf-buulo-radio, from: ausf, to: buulo-committee, medium: RADIO"));
    assertEquals(scenario, radio.stream().filter(line -> !added.contains(line)).toList(),
        "the radio variant has drifted from the shipped scenario");
    List<String> staff = body(REPOSITORY.resolve("docs/examples/variants/somalia-more-staff.yaml"));
    assertEquals(scenario.size(), staff.size());
    for (int i = 0; i < scenario.size(); i++) {
      if (scenario.get(i).equals("  staffHoursPerDay: 56")) {
        assertTrue(staff.get(i).startsWith("  staffHoursPerDay: 84 "), staff.get(i));
      } else {
        assertEquals(scenario.get(i), staff.get(i), "the staff variant has drifted from the shipped scenario at line " + i);
      }
    }
  }

  @Test
  void aCopyWithTwoReplicationsRunsAndComparesEachVariantWithItsScenarioPairByPair() throws Exception {
    Path examples = dir.resolve("docs/examples");
    Files.createDirectories(examples.resolve("variants"));
    Files.createDirectories(dir.resolve("scenarios"));
    Files.copy(SCENARIO, dir.resolve("scenarios/somalia-lower-shabelle.yaml"));
    for (String variant : List.of("somalia-buulo-radio.yaml", "somalia-more-staff.yaml")) {
      Files.copy(REPOSITORY.resolve("docs/examples/variants").resolve(variant), examples.resolve("variants").resolve(variant));
    }
    String text = Files.readString(EXAMPLE);
    assertTrue(text.contains("\nreplications: 200\n"));
    Files.writeString(examples.resolve("variants.yaml"), text.replace("\nreplications: 200\n", "\nreplications: 2\n"),
        StandardCharsets.UTF_8);
    BatchPlan plan = ExperimentReader.read(examples.resolve("variants.yaml"), new EngineRunExecutor().policies())
        .with(2, dir.resolve("out"));
    BatchRunner.Outcome outcome = new BatchRunner(new EngineRunExecutor(), p -> { }).run(plan, BatchRunner.Options.defaults());
    assertTrue(outcome.complete());
    assertEquals(0, outcome.failed());
    List<String> comparisons = Files.readAllLines(dir.resolve("out/comparisons.csv"));
    List<String> header = Csv.split(comparisons.get(0));
    assertEquals("scenario_b", header.get(1));
    int pairs = header.indexOf("paired_n");
    long variantRows = comparisons.stream().skip(1).map(Csv::split)
        .filter(row -> row.get(0).equals("somalia-lower-shabelle") && row.get(1).startsWith("somalia-lower-shabelle:"))
        .peek(row -> assertEquals("2", row.get(pairs), "each variant's two runs pair with the scenario's: " + row))
        .count();
    assertEquals(2 * 2 * 6, variantRows, "two variants x two policies x (five indicators and the score)");
  }

  /** The file from its first key on: the leading comment says which file it is. */
  private static List<String> body(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file);
    return lines.subList(lines.indexOf("formatVersion: 1"), lines.size());
  }
}
