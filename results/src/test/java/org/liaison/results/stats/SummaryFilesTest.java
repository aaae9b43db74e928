package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.results.batch.Csv;
import org.liaison.results.batch.ParameterSpace;

/**
 * The summary files of an experiment directory written by hand: one scenario, the policies none
 * (the baseline) and doctrine, two design points that set the casualty rate to 0.01 and 0.02,
 * three replications with common random numbers, two indicators. Every figure expected is
 * worked out here from the values written.
 */
class SummaryFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** t quantile 0.975 with 2 degrees of freedom. */
  private static final double T2 = 4.302652729911275;

  @TempDir
  Path dir;

  /** Casualties and score by design point, policy and replication; NaN marks a failed run. */
  private static final double[][][][] VALUES = {
      {{{2, 50}, {4, 60}, {6, 70}}, {{1, 60}, {2, 70}, {3, 80}}},
      {{{4, 40}, {8, 50}, {12, 60}}, {{2, 50}, {4, 60}, {Double.NaN, Double.NaN}}}};
  private static final List<String> POLICIES = List.of("none", "doctrine");

  private static Path experiment(Path dir, String name, double[] points, long seed, boolean crn, List<String> indicators)
      throws Exception {
    Path out = Files.createDirectories(dir.resolve(name));
    StringBuilder designPoints = new StringBuilder();
    for (double p : points) {
      designPoints.append(designPoints.length() == 0 ? "" : ",").append("{\"casualtyRate\":").append(p).append('}');
    }
    Files.writeString(out.resolve("experiment.json"), """
        {"experiment": {"formatVersion": 1, "name": "%s", "scenarios": [{"id": "village", "path": "village.yaml",
          "sha256": "0123456789abcdef0123"}], "policies": ["none", "doctrine"], "parameters": {},
          "designParameters": ["casualtyRate"], "designPoints": [%s], "replications": 3, "seed": %d,
          "commonRandomNumbers": %s, "indicators": [%s], "timeseriesEvery": 0}}
        """.formatted(name, designPoints, seed, crn,
        String.join(",", indicators.stream().map(i -> '"' + i + '"').toList())));
    List<String> header = new ArrayList<>(List.of("run_id", "design_point", "replication", "seed", "scenario", "policy"));
    header.addAll(ParameterSpace.names());
    header.addAll(indicators);
    header.addAll(List.of("status", "error"));
    StringBuilder csv = new StringBuilder(Csv.join(header)).append('\n');
    long run = 0;
    for (int point = 0; point < points.length; point++) {
      int source = points[point] == 0.01 ? 0 : 1;
      for (int policy = 0; policy < 2; policy++) {
        for (int rep = 1; rep <= 3; rep++) {
          double[] v = VALUES[source][policy][rep - 1];
          List<String> row = new ArrayList<>(List.of(Long.toString(run++), Integer.toString(point), Integer.toString(rep),
              Long.toString(seed * 100 + rep), "village", POLICIES.get(policy)));
          for (String parameter : ParameterSpace.names()) {
            row.add(parameter.equals("casualtyRate") ? Csv.number(points[point]) : "0");
          }
          for (String indicator : indicators) {
            row.add(Csv.number(v[indicator.equals("score") ? 1 : 0]));
          }
          boolean failed = Double.isNaN(v[0]);
          row.add(failed ? "failed" : "ok");
          row.add(failed ? "simulated failure" : Csv.NA);
          csv.append(Csv.join(row)).append('\n');
        }
      }
    }
    Files.writeString(out.resolve("runs.csv"), csv);
    return out;
  }

  private Path standard() throws Exception {
    return experiment(dir, "a", new double[] {0.01, 0.02}, 1, true, List.of("civilianCasualties", "score"));
  }

  private static List<String> line(List<String> lines, String... prefix) {
    String start = String.join(",", prefix) + ",";
    return lines.stream().filter(l -> l.startsWith(start)).map(l -> List.of(l.split(",", -1))).findFirst()
        .orElseThrow(() -> new AssertionError("no line starting " + start));
  }

  private static double number(String field) {
    return Csv.parseNumber(field);
  }

  @Test
  void theSummaryHasOneRowPerGroupAndIndicatorWithItsDesignValuesAndFigures() throws Exception {
    Path out = standard();
    SummaryWriter.write(out);
    List<String> lines = Files.readAllLines(out.resolve(SummaryWriter.SUMMARY_CSV));
    assertEquals("scenario,design_point,casualtyRate,policy,indicator,runs,failed,n,mean,sd,ci_low,ci_high,median,min,max",
        lines.get(0));
    assertEquals(1 + 4 * 2, lines.size(), "two points x two policies x two indicators");
    assertEquals("village,0,0.01,none,civilianCasualties", String.join(",", List.of(lines.get(1).split(",")).subList(0, 5)),
        "groups in the order of their first run");
    List<String> none = line(lines, "village", "0", "0.01", "none", "civilianCasualties");
    assertEquals(List.of("3", "0", "3", "4", "2"), none.subList(5, 10), "runs, failed, n, mean 4 and sd 2 of 2, 4, 6");
    assertEquals(4 - T2 * 2 / Math.sqrt(3), number(none.get(10)), 1e-9);
    assertEquals(4 + T2 * 2 / Math.sqrt(3), number(none.get(11)), 1e-9);
    assertEquals(List.of("4", "2", "6"), none.subList(12, 15), "median, min, max");
    List<String> failed = line(lines, "village", "1", "0.02", "doctrine", "score");
    assertEquals(List.of("3", "1", "2", "55"), failed.subList(5, 9), "a failed run counts among the runs, not in n");
    assertEquals(Math.sqrt(50), number(failed.get(9)), 1e-9);
    assertEquals("55", failed.get(12), "the median of 50 and 60");
  }

  @Test
  void eachPolicyIsComparedWithTheFirstAndEachPointWithPointZeroPairedByReplication() throws Exception {
    Path out = standard();
    SummaryWriter.write(out);
    List<String> lines = Files.readAllLines(out.resolve(SummaryWriter.COMPARISONS_CSV));
    assertEquals("scenario,indicator,design_point_a,policy_a,design_point_b,policy_b,n_a,n_b,mean_a,mean_b,difference,"
        + "mann_whitney_u,mann_whitney_p,rank_biserial,welch_t,welch_df,welch_p,cohens_d,hedges_g,"
        + "paired_n,paired_mean_difference,wilcoxon_p,paired_t,paired_t_p", lines.get(0));
    assertEquals(1 + 8, lines.size(), "2 points x 1 policy against none, and 2 policies x point 1 against point 0, per indicator");
    List<String> policies = line(lines, "village", "civilianCasualties", "0", "none", "0", "doctrine");
    assertEquals(List.of("3", "3", "4", "2", "-2"), policies.subList(6, 11));
    Comparison c = Comparison.of(new double[] {2, 4, 6}, new double[] {1, 2, 3});
    assertEquals(c.mannWhitneyU(), number(policies.get(11)), 1e-12);
    assertEquals(c.mannWhitneyP(), number(policies.get(12)), 1e-12);
    assertEquals(c.rankBiserial(), number(policies.get(13)), 1e-12);
    assertEquals(c.welchT(), number(policies.get(14)), 1e-12);
    assertEquals(c.welchDf(), number(policies.get(15)), 1e-12);
    assertEquals(c.welchP(), number(policies.get(16)), 1e-12);
    assertEquals(c.cohensD(), number(policies.get(17)), 1e-12);
    assertEquals(c.hedgesG(), number(policies.get(18)), 1e-12);
    assertEquals(List.of("3", "-2"), policies.subList(19, 21), "differences -1, -2, -3 by replication");
    PairedComparison p = PairedComparison.of(java.util.Map.of(1, 2.0, 2, 4.0, 3, 6.0), java.util.Map.of(1, 1.0, 2, 2.0, 3, 3.0));
    assertEquals(p.wilcoxonP(), number(policies.get(21)), 1e-12);
    assertEquals(p.pairedT(), number(policies.get(22)), 1e-12);
    assertEquals(p.pairedP(), number(policies.get(23)), 1e-12);
    List<String> points = line(lines, "village", "score", "0", "doctrine", "1", "doctrine");
    assertEquals(List.of("3", "2", "70", "55", "-15"), points.subList(6, 11), "point 1 has a failed run");
    assertEquals(List.of("2", "-10"), points.subList(19, 21), "two pairs, each 10 lower");
    assertEquals(List.of("NA", "NA"), points.subList(22, 24), "differences that do not vary have no t");
  }

  @Test
  void withoutCommonRandomNumbersRunsAreNotPaired() throws Exception {
    Path out = experiment(dir, "independent", new double[] {0.01, 0.02}, 1, false, List.of("civilianCasualties"));
    SummaryWriter.write(out);
    List<String> row = line(Files.readAllLines(out.resolve(SummaryWriter.COMPARISONS_CSV)),
        "village", "civilianCasualties", "0", "none", "0", "doctrine");
    assertEquals(List.of("0", "NA", "NA", "NA", "NA"), row.subList(19, 24));
  }

  @Test
  void aDesignOfOnePointComparesPoliciesOnly() throws Exception {
    Path out = experiment(dir, "one", new double[] {0.01}, 1, true, List.of("score"));
    List<ComparisonRow> rows = SummaryWriter.comparisonsWithin(RunsTable.read(out));
    assertEquals(1, rows.size());
    assertEquals("doctrine", rows.get(0).policyB());
    assertEquals(10, rows.get(0).comparison().difference(), 1e-12);
  }

  @Test
  void theJsonSummaryHoldsTheSameFiguresAndWritesUndefinedOnesAsNull() throws Exception {
    Path out = standard();
    SummaryWriter.write(out);
    JsonNode root = JSON.readTree(out.resolve(SummaryWriter.SUMMARY_JSON).toFile());
    assertEquals("a", root.path("experiment").path("name").asText());
    JsonNode groups = root.path("groups");
    assertEquals(4, groups.size());
    JsonNode last = groups.get(3);
    assertEquals("village", last.path("scenario").asText());
    assertEquals(1, last.path("designPoint").asInt());
    assertEquals(0.02, last.path("parameters").path("casualtyRate").asDouble());
    assertEquals("doctrine", last.path("policy").asText());
    assertEquals(3, last.path("runs").asInt());
    assertEquals(1, last.path("failed").asInt());
    JsonNode score = last.path("indicators").path("score");
    assertEquals(2, score.path("n").asInt());
    assertEquals(55, score.path("mean").asDouble(), 1e-12);
    assertEquals(Math.sqrt(50), score.path("sd").asDouble(), 1e-12);
    assertEquals(55 - 12.706204736174698 * Math.sqrt(50) / Math.sqrt(2), score.path("ciLow").asDouble(), 1e-6);
    assertEquals(55 + 12.706204736174698 * Math.sqrt(50) / Math.sqrt(2), score.path("ciHigh").asDouble(), 1e-6);
    assertEquals(55, score.path("median").asDouble(), 1e-12);
    assertEquals(50, score.path("min").asDouble(), 1e-12);
    assertEquals(60, score.path("max").asDouble(), 1e-12);
    JsonNode comparisons = root.path("comparisons");
    assertEquals(8, comparisons.size());
    JsonNode first = comparisons.get(0);
    assertEquals("civilianCasualties", first.path("indicator").asText());
    assertEquals("none", first.path("a").path("policy").asText());
    assertEquals(0, first.path("a").path("designPoint").asInt());
    assertEquals(3, first.path("a").path("n").asInt());
    assertEquals("doctrine", first.path("b").path("policy").asText());
    assertEquals(4, first.path("meanA").asDouble(), 1e-12);
    assertEquals(2, first.path("meanB").asDouble(), 1e-12);
    assertEquals(-2, first.path("difference").asDouble(), 1e-12);
    Comparison c = Comparison.of(new double[] {2, 4, 6}, new double[] {1, 2, 3});
    assertEquals(c.mannWhitneyU(), first.path("mannWhitneyU").asDouble(), 1e-12);
    assertEquals(c.mannWhitneyP(), first.path("mannWhitneyP").asDouble(), 1e-12);
    assertEquals(c.rankBiserial(), first.path("rankBiserial").asDouble(), 1e-12);
    assertEquals(c.welchT(), first.path("welchT").asDouble(), 1e-12);
    assertEquals(c.welchDf(), first.path("welchDf").asDouble(), 1e-12);
    assertEquals(c.welchP(), first.path("welchP").asDouble(), 1e-12);
    assertEquals(c.cohensD(), first.path("cohensD").asDouble(), 1e-12);
    assertEquals(c.hedgesG(), first.path("hedgesG").asDouble(), 1e-12);
    assertEquals(3, first.path("paired").path("n").asInt());
    assertEquals(-2, first.path("paired").path("meanDifference").asDouble(), 1e-12);
    JsonNode constant = comparisons.get(1);
    assertEquals("score", constant.path("indicator").asText());
    assertEquals(10, constant.path("paired").path("meanDifference").asDouble(), 1e-12);
    assertTrue(constant.path("paired").path("pairedT").isNull(), "differences of 10, 10 and 10: no t");
    assertTrue(constant.path("paired").path("pairedTP").isNull());
    assertFalse(constant.path("paired").path("wilcoxonP").isNull());
  }

  @Test
  void unpairedComparisonsSayPairedNullInJson() throws Exception {
    Path out = experiment(dir, "independent", new double[] {0.01, 0.02}, 1, false, List.of("score"));
    SummaryWriter.write(out);
    JsonNode first = JSON.readTree(out.resolve(SummaryWriter.SUMMARY_JSON).toFile()).path("comparisons").get(0);
    assertTrue(first.has("paired") && first.path("paired").isNull());
  }

  @Test
  void groupsOfTwoExperimentsPairUpByTheirParametersWhateverTheirDesignPoint() throws Exception {
    RunsTable a = RunsTable.read(standard());
    RunsTable b = RunsTable.read(experiment(dir, "b", new double[] {0.02, 0.01}, 1, true, List.of("score")));
    List<ComparisonRow> rows = SummaryWriter.comparisonsBetween(a, b);
    assertEquals(4, rows.size(), "four groups, one indicator in common");
    ComparisonRow first = rows.get(0);
    assertEquals("score", first.indicator());
    assertEquals(1, first.designPointA(), "B's point 0 is A's point 1: casualty rate 0.02");
    assertEquals(0, first.designPointB());
    assertEquals("none", first.policyA());
    assertEquals(0, first.comparison().difference(), 1e-12, "the same runs");
    assertEquals(3, first.paired().n(), "same master seed and common random numbers: paired");
    RunsTable otherSeed = RunsTable.read(experiment(dir, "c", new double[] {0.02, 0.01}, 2, true, List.of("score")));
    assertEquals(0, SummaryWriter.comparisonsBetween(a, otherSeed).get(0).paired().n(), "another master seed: not paired");
    RunsTable unshared = RunsTable.read(experiment(dir, "d", new double[] {0.05}, 1, true, List.of("score")));
    assertEquals(List.of(), SummaryWriter.comparisonsBetween(a, unshared), "no group with the same parameters");
  }
}
