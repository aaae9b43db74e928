package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.Problem;

/** Two files of one scenario id in one experiment: a scenario and its labelled variant. */
class ScenarioVariantsTest {
  private static final Set<String> POLICIES = Set.of("none", "doctrine", "random");
  private static final String EXPERIMENT = """
      formatVersion: 1
      scenarios: [minimal.yaml, second.yaml]
      variants:
        longer: variants/minimal-longer.yaml
      policies: [none, doctrine]
      replications: 4
      seed: 5
      indicators: [civilianCasualties]
      """;

  @TempDir
  Path dir;

  @BeforeEach
  void writeTheVariant() throws Exception {
    TestFiles.experiment(dir, "");
    Files.createDirectories(dir.resolve("variants"));
    String minimal = Files.readString(dir.resolve("minimal.yaml"));
    Files.writeString(dir.resolve("variants/minimal-longer.yaml"),
        minimal.replace("durationDays: 3", "durationDays: 4"), StandardCharsets.UTF_8);
  }

  private BatchPlan plan(String text, String output) throws Exception {
    Path file = dir.resolve("experiment.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return ExperimentReader.read(file, POLICIES).with(2, dir.resolve(output));
  }

  private List<String> problems(String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan(text, "out"));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aVariantRunsAfterTheListedScenariosUnderItsIdAndLabel() throws Exception {
    BatchPlan plan = plan(EXPERIMENT, "out");
    assertEquals(List.of("minimal", "minimal-two", "minimal:longer"),
        plan.scenarios().stream().map(BatchPlan.PlannedScenario::name).toList());
    assertEquals(3 * 2 * 4, plan.totalRuns());
    RunSpec first = plan.run(16);
    assertEquals(2, first.scenarioIndex());
    assertEquals(4 * 24, plan.scenarios().get(2).scenario().durationHours());
    assertEquals("longer", plan.describe().path("scenarios").path(2).path("variant").asText());
    assertEquals("minimal", plan.describe().path("scenarios").path(2).path("id").asText());
  }

  @Test
  void aVariantHasItsOwnSeedsUnlessCommonRandomNumbersShareThem() throws Exception {
    BatchPlan plan = plan(EXPERIMENT, "out");
    for (int replication = 1; replication <= 4; replication++) {
      long base = plan.run(replication - 1).seed();
      long variant = plan.run(16 + replication - 1).seed();
      assertNotEquals(base, variant);
      assertEquals(Seeds.derive(5, "minimal:longer", "none", 0, replication), variant);
      assertEquals(Seeds.derive(5, "minimal", "none", 0, replication), base);
    }
    BatchPlan crn = plan(EXPERIMENT + "commonRandomNumbers: true\n", "crn");
    for (int replication = 1; replication <= 4; replication++) {
      assertEquals(crn.run(replication - 1).seed(), crn.run(16 + replication - 1).seed());
      assertNotEquals(crn.run(replication - 1).seed(), crn.run(8 + replication - 1).seed());
    }
  }

  @Test
  void theLabelIsPartOfTheFingerprintAndTheFilesPlaceIsNot() throws Exception {
    String fingerprint = plan(EXPERIMENT, "out").fingerprint();
    assertNotEquals(fingerprint, plan(EXPERIMENT.replace("longer:", "later:"), "out").fingerprint());
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.copy(dir.resolve("variants/minimal-longer.yaml"), dir.resolve("elsewhere/longer.yaml"));
    assertEquals(fingerprint, plan(EXPERIMENT.replace("variants/minimal-longer.yaml", "elsewhere/longer.yaml"), "out")
        .fingerprint());
  }

  @Test
  void anExperimentWithoutVariantsKeepsItsSeedsAndFingerprint() throws Exception {
    String plain = EXPERIMENT.replace("variants:\n  longer: variants/minimal-longer.yaml\n", "");
    BatchPlan plan = plan(plain, "out");
    assertEquals(Seeds.derive(5, "minimal", "doctrine", 0, 2), plan.run(5).seed());
    assertTrue(plan.describe().path("scenarios").path(0).path("variant").isMissingNode());
  }

  @Test
  void theSameIdListedTwiceIsRefusedWithWhereToPutAVariant() throws Exception {
    Files.copy(dir.resolve("variants/minimal-longer.yaml"), dir.resolve("copy.yaml"));
    List<String> problems = problems("formatVersion: 1\nscenarios: [minimal.yaml, copy.yaml]\n");
    assertTrue(problems.stream().anyMatch(p -> p.contains("experiment.yaml:2:")
        && p.contains("scenario id 'minimal' appears twice") && p.contains("under variants with a label")), problems.toString());
  }

  @Test
  void aVariantOfNoListedScenarioOrWithABadLabelIsRefusedAtItsKey() throws Exception {
    List<String> problems = problems("""
        formatVersion: 1
        scenarios: [second.yaml]
        variants:
          longer: variants/minimal-longer.yaml
          "bad label": minimal.yaml
          missing: nowhere.yaml
        """);
    assertTrue(problems.stream().anyMatch(p -> p.contains(":4:") && p.contains("variants.longer")
        && p.contains("scenario id 'minimal', which no scenario under scenarios has")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains(":5:") && p.contains("not a valid variant label")),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains(":6:") && p.contains("scenario file 'nowhere.yaml' not found")),
        problems.toString());
  }

  @Test
  void outputsNameTheVariantAndCompareItWithItsScenarioPairedUnderCommonRandomNumbers() throws Exception {
    BatchPlan plan = plan(EXPERIMENT + "commonRandomNumbers: true\n", "out");
    new BatchRunner(new FakeExecutor(), p -> { }).run(plan, BatchRunner.Options.defaults());
    List<String> runs = Files.readAllLines(dir.resolve("out/runs.csv"));
    assertEquals("minimal:longer", Csv.split(runs.get(17)).get(4));
    assertEquals(Csv.split(runs.get(1)).get(3), Csv.split(runs.get(17)).get(3), "same seed under common random numbers");
    assertTrue(Files.readAllLines(dir.resolve("out/summary.csv")).stream()
        .anyMatch(l -> l.startsWith("minimal:longer,0,doctrine,score,4,0,4,")));

    List<String> comparisons = Files.readAllLines(dir.resolve("out/comparisons.csv"));
    List<String> header = Csv.split(comparisons.get(0));
    assertEquals(List.of("scenario", "scenario_b", "indicator", "design_point_a", "policy_a"), header.subList(0, 5));
    List<String> variantRow = comparisons.stream().map(Csv::split)
        .filter(r -> r.subList(0, 7).equals(List.of("minimal", "minimal:longer", "score", "0", "doctrine", "0", "doctrine")))
        .findFirst().orElseThrow();
    assertEquals("4", variantRow.get(header.indexOf("paired_n")));
    // the fake engine's values follow from the seed alone, so a variant sharing its scenario's seeds differs by nothing
    assertEquals("0", variantRow.get(header.indexOf("paired_mean_difference")));
    assertTrue(comparisons.stream().map(Csv::split)
        .anyMatch(r -> r.subList(0, 7).equals(List.of("minimal", "minimal", "score", "0", "none", "0", "doctrine"))));
    assertEquals(2, comparisons.stream().filter(l -> l.startsWith("minimal,minimal:longer,score,")).count(),
        "one row per policy");

    JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
    boolean found = false;
    for (JsonNode comparison : summary.path("comparisons")) {
      if (comparison.path("b").path("scenario").asText().equals("minimal:longer")) {
        found = true;
        assertEquals("minimal", comparison.path("scenario").asText());
      }
    }
    assertTrue(found);
  }

  @Test
  void shardsOfAnExperimentWithAVariantMergeIntoTheUnshardedFiles() throws Exception {
    String text = EXPERIMENT + "timeseriesEvery: 24\n";
    BatchPlan whole = plan(text, "whole");
    new BatchRunner(new FakeExecutor(), p -> { }).run(whole, BatchRunner.Options.defaults());
    List<Path> shards = new java.util.ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      BatchPlan shard = plan(text, "shard" + i);
      new BatchRunner(new FakeExecutor(), p -> { }).run(shard, new BatchRunner.Options(false, Long.MAX_VALUE, null,
          new Shard(i, 3), BatchRunner.Options.DEFAULT_RUN_TIME_LIMIT));
      shards.add(shard.outputDirectory());
    }
    ShardMerge.merge(shards, dir.resolve("merged"));
    for (String file : List.of("experiment.json", "runs.csv", "timeseries.csv.gz", "summary.csv", "summary.json",
        "comparisons.csv")) {
      assertEquals(Files.readString(whole.outputDirectory().resolve(file), StandardCharsets.ISO_8859_1),
          Files.readString(dir.resolve("merged").resolve(file), StandardCharsets.ISO_8859_1), file);
    }
  }

  @Test
  void withoutVariantsComparisonsKeepTheirColumns() throws Exception {
    BatchPlan plan = plan(EXPERIMENT.replace("variants:\n  longer: variants/minimal-longer.yaml\n", ""), "plain");
    new BatchRunner(new FakeExecutor(), p -> { }).run(plan, BatchRunner.Options.defaults());
    assertTrue(Files.readAllLines(dir.resolve("plain/comparisons.csv")).get(0).startsWith("scenario,indicator,"));
  }
}
