package org.liaison.results.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.results.batch.TestExperiments;

class HtmlReportTest {
  private static final String SWEEP = """
      formatVersion: 1
      name: report-test
      scenarios: [minimal.yaml]
      policies: [none, doctrine]
      design:
        type: LATIN_HYPERCUBE
        samples: 8
        factors:
          casualtyRate: {from: 0.001, to: 0.02}
          harmEvidence: {from: 1, to: 4}
      replications: 3
      timeseriesEvery: 12
      """;

  @TempDir
  Path dir;

  @Test
  void theReportIsOneSelfContainedFileWithoutScriptsOrNetworkAccess() throws Exception {
    String html = HtmlReport.render(TestExperiments.run(dir, SWEEP, "out", seed -> false));
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<link"), "no linked stylesheets");
    assertFalse(html.contains("@import"), "no imported styles");
    assertFalse(html.replace("xmlns='http://www.w3.org/2000/svg'", "").contains("http"), "no network addresses");
    assertTrue(html.contains("<style>"));
  }

  @Test
  void theReportShowsBoxPlotsTimeSeriesAndSensitivityOfASweep() throws Exception {
    String html = HtmlReport.render(TestExperiments.run(dir, SWEEP, "out", seed -> false));
    assertTrue(html.contains("Score by policy"));
    assertTrue(html.contains("Comparisons of the score"));
    assertTrue(html.contains("Indicators over time"));
    assertTrue(html.contains("<polygon"), "confidence bands");
    assertTrue(html.contains("Sensitivity of the score"));
    assertTrue(html.contains("casualtyRate<br>Spearman / SRC"));
    assertTrue(html.contains("Score per design point"));
  }

  @Test
  void everyChartIsWellFormedSvg() throws Exception {
    String html = HtmlReport.render(TestExperiments.run(dir, SWEEP, "out", seed -> seed % 4 == 0));
    Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
    int charts = 0;
    while (svg.find()) {
      DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8)));
      charts++;
    }
    assertTrue(charts > 10, "charts: " + charts);
    assertTrue(html.contains("Failed runs"));
    assertTrue(html.contains("simulated failure, with &quot;quotes&quot;"), "errors are escaped");
  }

  @Test
  void anInterruptedExperimentCanBeReportedAsFarAsItGot() throws Exception {
    Path out = TestExperiments.run(dir, SWEEP, "out", seed -> false);
    Path runs = out.resolve("runs.csv");
    String text = java.nio.file.Files.readString(runs);
    java.nio.file.Files.writeString(runs, text.substring(0, text.length() - 40));
    String html = HtmlReport.render(out);
    assertTrue(html.contains("Score by policy"));
  }

  @Test
  void aSinglePointExperimentWithoutTimeSeriesHasNoSweepOrTimeSections() throws Exception {
    String html = HtmlReport.render(TestExperiments.run(dir,
        "formatVersion: 1\nscenarios: [minimal.yaml]\nreplications: 4\n", "out", seed -> false));
    assertFalse(html.contains("Indicators over time"));
    assertFalse(html.contains("Sensitivity of the score"));
    assertTrue(html.contains("Score by policy"));
  }
}
