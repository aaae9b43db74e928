package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.results.batch.Csv;
import org.liaison.results.batch.TestExperiments;
import org.liaison.results.report.HtmlReport;

/**
 * sensitivity.csv of a batch. The test executor's casualties follow the casualty rate times a
 * noise factor from the run's seed, and nothing else: with common random numbers every design
 * point of a replication shares the noise, so harmEvidence's total index is exactly 0.
 */
class SensitivityTableTest {
  @TempDir
  Path dir;

  private static String experiment(String design) {
    return """
        formatVersion: 1
        name: sensitivity-test
        scenarios: [minimal.yaml]
        policies: [none]
        design:
        %s
          factors:
            casualtyRate: {from: 0.001, to: 0.02}
            harmEvidence: {from: 1, to: 4}
        replications: 2
        commonRandomNumbers: true
        indicators: [civilianCasualties]
        """.formatted(design);
  }

  private static List<String> row(List<String> lines, String indicator, String parameter) {
    for (String line : lines) {
      List<String> cells = List.of(line.split(",", -1));
      if (cells.get(2).equals(indicator) && cells.get(3).equals(parameter)) {
        return cells;
      }
    }
    throw new AssertionError("no row for " + indicator + " and " + parameter);
  }

  @Test
  void aSobolBatchWritesFirstAndTotalOrderIndicesWithIntervals() throws Exception {
    Path out = TestExperiments.run(dir, experiment("  type: SOBOL\n  samples: 64"), "out", seed -> false);
    List<String> lines = Files.readAllLines(out.resolve(SensitivityTable.SENSITIVITY_CSV));
    assertEquals("scenario,policy,indicator,parameter,spearman,src,sobol_n,first_order,first_order_low,"
        + "first_order_high,total_order,total_order_low,total_order_high", lines.get(0));
    List<String> rate = row(lines, "civilianCasualties", "casualtyRate");
    List<String> harm = row(lines, "civilianCasualties", "harmEvidence");
    assertEquals("64", rate.get(6));
    double first = Csv.parseNumber(rate.get(7));
    assertTrue(first > 0.8 && first <= 1.05, "the casualty rate drives casualties: S = " + first);
    assertTrue(Csv.parseNumber(rate.get(8)) <= first && first <= Csv.parseNumber(rate.get(9)));
    assertEquals(0.0, Csv.parseNumber(harm.get(10)), 1e-12, "harmEvidence does nothing to casualties");
    assertTrue(Math.abs(Csv.parseNumber(harm.get(7))) < 0.1, "nor alone: S = " + harm.get(7));
    String html = HtmlReport.render(out);
    assertTrue(html.contains("Sobol indices of the score"), "the report shows the score's indices");
  }

  @Test
  void otherDesignsKeepTheRankMeasuresOnly() throws Exception {
    Path out = TestExperiments.run(dir, experiment("  type: LATIN_HYPERCUBE\n  samples: 20"), "out", seed -> false);
    List<String> rate = row(Files.readAllLines(out.resolve(SensitivityTable.SENSITIVITY_CSV)),
        "civilianCasualties", "casualtyRate");
    assertTrue(Csv.parseNumber(rate.get(4)) > 0.8, "Spearman of casualties with the casualty rate: " + rate.get(4));
    assertEquals(List.of("NA", "NA", "NA", "NA", "NA", "NA", "NA"), rate.subList(6, 13));
    assertTrue(!HtmlReport.render(out).contains("Sobol indices of the score"));
  }
}
