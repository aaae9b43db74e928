package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.Problem;

class ExperimentReaderTest {
  private static final Set<String> POLICIES = Set.of("none", "doctrine", "random");

  @TempDir
  Path dir;

  private BatchPlan read(String text) throws IOException, InvalidInputException {
    return ExperimentReader.read(TestFiles.experiment(dir, text), POLICIES);
  }

  private List<String> problems(String text) throws IOException {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(text));
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private void assertProblem(List<String> problems, String expectedStart) {
    assertTrue(problems.stream().anyMatch(p -> p.contains(expectedStart)),
        "expected a problem containing '" + expectedStart + "' in:\n" + String.join("\n", problems));
  }

  @Nested
  class AValidFile {
    @Test
    void becomesAPlanWithEveryRunNumbered() throws Exception {
      BatchPlan plan = read("""
          formatVersion: 1
          scenarios: [minimal.yaml, second.yaml]
          policies: [none, doctrine]
          parameters:
            harmEvidence: 3
          design:
            type: FACTORIAL
            factors:
              casualtyRate: {values: [0.001, 0.002, 0.004]}
          replications: 5
          seed: 9007199254740993
          indicators: [civilianCasualties, trustInMission]
          timeseriesEvery: 24
          threads: 3
          """);
      assertEquals(2 * 3 * 2 * 5, plan.totalRuns());
      assertEquals("experiment", plan.name());
      assertEquals(9007199254740993L, plan.seed());
      assertEquals(List.of(Indicator.TRUST_IN_MISSION, Indicator.CIVILIAN_CASUALTIES, Indicator.SCORE), plan.indicators());
      assertEquals(List.of("casualtyRate"), plan.designParameters());
      assertEquals(dir.resolve("runs").resolve("experiment"), plan.outputDirectory());
      RunSpec last = plan.run(plan.totalRuns() - 1);
      assertEquals("minimal-two", plan.scenarios().get(last.scenarioIndex()).id());
      assertEquals(2, last.designPoint());
      assertEquals("doctrine", last.policy());
      assertEquals(5, last.replication());
      assertEquals(0.004, last.parameters().casualtyRate());
      assertEquals(3.0, last.parameters().harmEvidence());
      assertEquals(Seeds.derive(9007199254740993L, "minimal-two", "doctrine", 2, 5), last.seed());
    }

    @Test
    void usesDocumentedDefaultsForWhatItLeavesOut() throws Exception {
      BatchPlan plan = read("formatVersion: 1\nscenarios: [minimal.yaml]\n");
      assertEquals(List.of("none"), plan.policies());
      assertEquals(Experiment.DEFAULT_REPLICATIONS, plan.replications());
      assertEquals(1, plan.designPoints().size());
      assertEquals(Indicator.values().length, plan.indicators().size());
      assertEquals(Runtime.getRuntime().availableProcessors(), plan.threads());
    }

    @Test
    void hasTheSameFingerprintWhateverTheThreadsAndOutput() throws Exception {
      BatchPlan a = read("formatVersion: 1\nscenarios: [minimal.yaml]\nthreads: 1\n");
      BatchPlan b = read("formatVersion: 1\nscenarios: [minimal.yaml]\nthreads: 4\noutput: elsewhere\n");
      BatchPlan c = read("formatVersion: 1\nscenarios: [minimal.yaml]\nseed: 2\n");
      assertEquals(a.fingerprint(), b.fingerprint());
      assertTrue(!a.fingerprint().equals(c.fingerprint()));
    }
  }

  @Nested
  class PoliciesFromFiles {
    private BatchPlan readWithFiles(String text) throws Exception {
      return ExperimentReader.read(TestFiles.experiment(dir, text), new FakeExecutor());
    }

    @Test
    void aRuleFileIsFoundNextToTheExperimentAndHandedOnWithItsResolvedPath() throws Exception {
      java.nio.file.Files.writeString(dir.resolve("cautious.yaml"), "ok\n");
      BatchPlan plan = readWithFiles("formatVersion: 1\nscenarios: [minimal.yaml]\npolicies: [none, 'rules:cautious.yaml']\n");
      assertEquals(List.of("none", "rules-cautious"), plan.policies());
      assertEquals("rules:" + dir.resolve("cautious.yaml"), plan.policyTarget("rules-cautious"));
      assertEquals("none", plan.policyTarget("none"));
      assertTrue(plan.describe().path("policyFiles").has("rules-cautious"));
    }

    @Test
    void whereTheRuleFileLiesIsRecordedButIsNotPartOfTheFingerprint() throws Exception {
      java.nio.file.Files.writeString(dir.resolve("cautious.yaml"), "ok\n");
      java.nio.file.Files.createDirectories(dir.resolve("moved"));
      java.nio.file.Files.writeString(dir.resolve("moved/cautious.yaml"), "ok\n");
      BatchPlan here = readWithFiles("formatVersion: 1\nscenarios: [minimal.yaml]\npolicies: ['rules:cautious.yaml']\n");
      BatchPlan moved = readWithFiles(
          "formatVersion: 1\nscenarios: [minimal.yaml]\npolicies: ['rules:moved/cautious.yaml']\n");
      assertEquals(here.fingerprint(), moved.fingerprint());
      assertEquals("rules:moved/cautious.yaml", moved.describe().path("policySources").path("rules-cautious").asText());
    }

    @Test
    void editingTheRuleFileMakesItAnotherExperiment() throws Exception {
      java.nio.file.Files.writeString(dir.resolve("cautious.yaml"), "ok\n");
      String text = "formatVersion: 1\nscenarios: [minimal.yaml]\npolicies: ['rules:cautious.yaml']\n";
      String before = readWithFiles(text).fingerprint();
      java.nio.file.Files.writeString(dir.resolve("cautious.yaml"), "ok, but different\n");
      assertTrue(!before.equals(readWithFiles(text).fingerprint()));
    }

    @Test
    void aMissingOrRejectedRuleFileIsReportedAtItsEntry() throws Exception {
      java.nio.file.Files.writeString(dir.resolve("bad.yaml"), "no\n");
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> readWithFiles(
          "formatVersion: 1\nscenarios: [minimal.yaml]\npolicies:\n  - rules:nowhere.yaml\n  - rules:bad.yaml\n"));
      List<String> problems = e.problems().stream().map(Problem::toString).toList();
      assertProblem(problems, "experiment.yaml:4:5: policies[0]: file 'nowhere.yaml' of policy 'rules:nowhere.yaml' not found");
      assertProblem(problems, "experiment.yaml:5:5: policies[1]: policy 'rules:bad.yaml' cannot be used: rule file says no");
    }
  }

  @Nested
  class AnInvalidFile {
    @Test
    void namesTheLineAndColumnOfAnUnknownKeyAndSuggestsTheRightOne() throws Exception {
      List<String> problems = problems("formatVersion: 1\nscenarios: [minimal.yaml]\nreplicatons: 3\n");
      assertProblem(problems, "experiment.yaml:3:1: replicatons: unknown key 'replicatons' (did you mean 'replications'?)");
    }

    @Test
    void namesAnUnknownParameterWithItsLine() throws Exception {
      List<String> problems = problems("""
          formatVersion: 1
          scenarios: [minimal.yaml]
          parameters:
            casualtyRat: 0.1
          """);
      assertProblem(problems, "experiment.yaml:4:3: parameters.casualtyRat: unknown parameter 'casualtyRat' (did you mean 'casualtyRate'?)");
    }

    @Test
    void rejectsOutOfRangeAndFractionalValuesOfParameters() throws Exception {
      List<String> problems = problems("""
          formatVersion: 1
          scenarios: [minimal.yaml]
          design:
            type: POINTS
            points:
              - {casualtyRate: 2}
              - {casualtyRate: 0.1, deterrenceStrength: 2.5}
          """);
      assertProblem(problems, "experiment.yaml:6:8: design.points[0].casualtyRate: 2 is out of range; allowed: 0 to 1");
      assertProblem(problems, "experiment.yaml:7:27: design.points[1].deterrenceStrength: 2.5 is not a whole number");
      assertProblem(problems, "experiment.yaml:7:7: design.points[1]: this point sets");
    }

    @Test
    void reportsEveryDesignProblemAtOnce() throws Exception {
      List<String> problems = problems("""
          formatVersion: 1
          scenarios: [minimal.yaml]
          design:
            type: LATIN_HYPERCUBE
            factors:
              casualtyRate: {from: 0.5, to: 0.1}
              attackRatePerDay: {values: [1, 2]}
          """);
      assertProblem(problems, "experiment.yaml:3:1: design: missing required field; add 'samples:'");
      assertProblem(problems, "experiment.yaml:6:31: design.factors.casualtyRate.to: 'to' (0.1) is not greater than 'from' (0.5)");
      assertProblem(problems, "experiment.yaml:7:24: design.factors.attackRatePerDay.values: values are used only by FACTORIAL");
    }

    @Test
    void rejectsAnUnknownPolicyAnUnknownIndicatorAndABadSeed() throws Exception {
      List<String> problems = problems("""
          formatVersion: 1
          scenarios: [minimal.yaml]
          policies: [none, doctrin]
          indicators: [score, civilianCasualtis]
          seed: 1.5
          """);
      assertProblem(problems, "experiment.yaml:3:18: policies[1]: unknown policy 'doctrin' (did you mean 'doctrine'?)");
      assertProblem(problems, "experiment.yaml:4:21: indicators[1]: unknown indicator 'civilianCasualtis' (did you mean 'civilianCasualties'?)");
      assertProblem(problems, "experiment.yaml:5:1: seed: found 1.5; expected a whole number");
    }

    @Test
    void reportsAMissingScenarioFileAtItsEntry() throws Exception {
      List<String> problems = problems("formatVersion: 1\nscenarios:\n  - minimal.yaml\n  - nowhere.yaml\n");
      assertProblem(problems, "experiment.yaml:4:5: scenarios[1]: scenario file 'nowhere.yaml' not found");
    }

    @Test
    void passesOnTheProblemsOfAnInvalidScenarioUnderItsOwnName() throws Exception {
      java.nio.file.Files.writeString(dir.resolve("broken.yaml"), "formatVersion: 1\nmetadata: {}\n");
      List<String> problems = problems("formatVersion: 1\nscenarios: [broken.yaml]\n");
      assertProblem(problems, "scenarios[0]: scenario 'broken.yaml' is invalid");
      assertProblem(problems, "broken.yaml:2:");
    }

    @Test
    void rejectsWrongTypesWithTheSharedStructureMessages() throws Exception {
      List<String> problems = problems("formatVersion: 1\nscenarios: minimal.yaml\nreplications: many\n");
      assertProblem(problems, "experiment.yaml:2:1: scenarios: found text 'minimal.yaml'; expected a list");
      assertProblem(problems, "experiment.yaml:3:1: replications: found text 'many'; expected a whole number");
    }

    @Test
    void listsAtMostTwoHundredProblemsAndCountsTheRest() throws Exception {
      StringBuilder text = new StringBuilder("formatVersion: 1\nscenarios: [minimal.yaml]\nparameters:\n");
      for (int i = 0; i < 250; i++) {
        text.append("  unknown").append(i).append(": 1\n");
      }
      List<String> problems = problems(text.toString());
      assertEquals(201, problems.size());
      assertTrue(problems.get(200).endsWith(": 50 more problems not listed; fix those above and run again"),
          problems.get(200));
    }

    @Test
    void rejectsZeroReplicationsAndThreads() throws Exception {
      List<String> problems = problems("formatVersion: 1\nscenarios: [minimal.yaml]\nreplications: 0\nthreads: 0\n");
      assertProblem(problems, "experiment.yaml:3:1: replications: 0 is out of range; allowed: 1 to 100000");
      assertProblem(problems, "experiment.yaml:4:1: threads: 0 is out of range");
    }
  }
}
