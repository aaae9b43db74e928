package org.liaison.results.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.liaison.indicators.Indicator;
import org.liaison.results.io.AtomicFile;
import org.liaison.results.stats.Comparison;
import org.liaison.results.stats.ComparisonRow;
import org.liaison.results.stats.DamagedResultsException;
import org.liaison.results.stats.GroupSummary;
import org.liaison.results.stats.RunsTable;
import org.liaison.results.stats.Sensitivity;
import org.liaison.results.stats.SensitivityTable;
import org.liaison.results.stats.SobolIndices;
import org.liaison.results.stats.SummaryWriter;

/**
 * Writes the report of an experiment directory: one self-contained HTML file with inline CSS and
 * inline SVG charts (no scripts, nothing fetched from the network), readable offline and
 * printable. It shows the experiment, the score and every indicator per policy (box plots and
 * tables), the policy comparisons, the indicators over time with 95% confidence bands when a time
 * series was kept, and the sensitivity of the score to each swept parameter.
 */
public final class HtmlReport {
  /** At most this many runs are drawn in one scatter plot (an even subsample of the runs). */
  static final int MAX_SCATTER_POINTS = 4000;
  /** Designs with at most this many points get a table of the score per point. */
  static final int MAX_POINT_TABLE = 30;
  private static final List<String> OVER_TIME = List.of("score", "civilianCasualties", "warningCoverage",
      "trustInMission", "attacksExecuted", "humanitarianAccess");
  private static final String CSS = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:1100px;
      color:#1d1d1d;padding:0 1em}
      h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}
      h3{margin-top:1.4em}table{border-collapse:collapse;margin:.6em 0;font-size:13px}
      th,td{border:1px solid #d0d0d0;padding:3px 8px;text-align:right}th{background:#f2f2f2}
      td.t,th.t{text-align:left}.muted{color:#666}.charts{display:flex;flex-wrap:wrap;gap:10px}
      svg{background:#fff;border:1px solid #e2e2e2}svg text{font-size:11px;fill:#333}
      svg .title{font-size:12px;font-weight:600}.axis{stroke:#555}.grid{stroke:#eee}
      dl{display:grid;grid-template-columns:max-content auto;gap:2px 14px}dt{font-weight:600}dd{margin:0}
      code{background:#f4f4f4;padding:0 3px}
      @media print{.charts{display:block}svg{page-break-inside:avoid}}
      """;

  private final Path dir;
  private final RunsTable table;
  private final StringBuilder html = new StringBuilder();
  private final List<String> scenarios;
  private final List<String> policies;
  /** The score's Sobol indices when the design is Saltelli's, else null. */
  private List<SensitivityTable.Entry> sobol;

  private HtmlReport(Path dir, RunsTable table) {
    this.dir = dir;
    this.table = table;
    this.scenarios = new ArrayList<>(new LinkedHashSet<>(table.rows().stream().map(RunsTable.Row::scenario).toList()));
    List<String> listed = table.policies();
    this.policies = listed.isEmpty()
        ? new ArrayList<>(new LinkedHashSet<>(table.rows().stream().map(RunsTable.Row::policy).toList())) : listed;
  }

  /** Writes the report of {@code dir} to {@code out}. */
  public static void write(Path dir, Path out) throws IOException {
    AtomicFile.writeString(out, render(dir));
  }

  /** The report of {@code dir} as one HTML document. */
  public static String render(Path dir) throws IOException {
    HtmlReport report = new HtmlReport(dir, RunsTable.read(dir));
    report.build();
    return report.html.toString();
  }

  private void build() throws IOException {
    JsonNode e = table.experiment();
    String name = e.path("name").asText("experiment");
    html.append("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>")
        .append(Html.escape(name)).append(" - Liaison batch report</title><style>").append(CSS)
        .append("</style></head><body>\n");
    html.append("<h1>").append(Html.escape(name)).append("</h1><p class='muted'>Liaison batch report</p>\n");
    experimentSection(e);
    scoreSection();
    indicatorSection();
    timeSection();
    sensitivitySection();
    failureSection();
    html.append("<h2>Files</h2><p>Every number here comes from the files next to this report: <code>runs.csv</code> "
        + "(one row per run), <code>summary.csv</code>, <code>comparisons.csv</code>, <code>summary.json</code> and, "
        + "when kept, <code>timeseries.csv.gz</code>. Missing values are <code>NA</code>; "
        + "see docs/batch.md for every column.</p>\n</body></html>\n");
  }

  private void experimentSection(JsonNode e) {
    long failed = table.rows().stream().filter(RunsTable.Row::failed).count();
    html.append("<h2>Experiment</h2><dl>");
    def("Scenarios", String.join(", ", scenarios));
    def("Policies", String.join(", ", policies) + (policies.size() > 1 ? " (baseline: " + policies.get(0) + ")" : ""));
    def("Replications", e.path("replications").asText());
    def("Master seed", e.path("seed").asText() + (table.commonRandomNumbers()
        ? " (common random numbers: runs of one replication share a seed)" : ""));
    int points = e.path("designPoints").size();
    def("Design", points + " design point" + (points == 1 ? "" : "s")
        + (table.designParameters().isEmpty() ? "" : " over " + String.join(", ", table.designParameters())));
    List<String> overrides = new ArrayList<>();
    e.path("parameters").properties().forEach(f -> overrides.add(f.getKey() + " = " + f.getValue().asText()));
    if (!overrides.isEmpty()) {
      def("Parameters set", String.join(", ", overrides));
    }
    def("Runs", table.rows().size() + " (" + failed + " failed)");
    def("Time series", e.path("timeseriesEvery").asInt() > 0 ? "every " + e.path("timeseriesEvery").asInt() + " ticks"
        : "final values only");
    html.append("</dl>\n");
  }

  private void def(String term, String value) {
    html.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
  }

  private Map<String, List<RunsTable.Row>> byScenarioAndPolicy(String scenario) {
    Map<String, List<RunsTable.Row>> groups = new LinkedHashMap<>();
    for (String policy : policies) {
      groups.put(policy, new ArrayList<>());
    }
    for (RunsTable.Row row : table.rows()) {
      if (row.scenario().equals(scenario)) {
        groups.computeIfAbsent(row.policy(), k -> new ArrayList<>()).add(row);
      }
    }
    return groups;
  }

  private void scoreSection() {
    int score = table.indicators().indexOf(Indicator.SCORE.key());
    html.append("<h2>Score by policy</h2><p>Composite score of every run, pooled over design points; boxes span the "
        + "quartiles, whiskers the range, the thick line is the median. The table gives the mean with its 95% "
        + "confidence interval (t distribution).</p>\n");
    for (String scenario : scenarios) {
      Map<String, List<RunsTable.Row>> groups = byScenarioAndPolicy(scenario);
      html.append("<h3>").append(Html.escape(scenario)).append("</h3><div class='charts'>")
          .append(boxChart(groups, score, "score", 520, 300)).append("</div>");
      html.append("<table><tr><th class='t'>policy</th><th>runs</th><th>n</th><th>mean</th><th>95% CI</th>"
          + "<th>sd</th><th>median</th><th>min</th><th>max</th></tr>");
      for (Map.Entry<String, List<RunsTable.Row>> group : groups.entrySet()) {
        GroupSummary s = GroupSummary.of(table.values(group.getValue(), score));
        html.append("<tr><td class='t'>").append(Html.escape(group.getKey())).append("</td><td>")
            .append(group.getValue().size()).append("</td><td>").append(s.n()).append("</td><td>").append(f(s.mean()))
            .append("</td><td>").append(f(s.ciLow())).append(" to ").append(f(s.ciHigh())).append("</td><td>")
            .append(f(s.sd())).append("</td><td>").append(f(s.median())).append("</td><td>").append(f(s.min()))
            .append("</td><td>").append(f(s.max())).append("</td></tr>");
      }
      html.append("</table>\n");
    }
    pointTable(score);
    List<ComparisonRow> comparisons = SummaryWriter.comparisonsWithin(table).stream()
        .filter(c -> c.indicator().equals(Indicator.SCORE.key())).toList();
    if (!comparisons.isEmpty()) {
      html.append("<h3>Comparisons of the score</h3><p>B against A in each scenario and design point (and a variant, "
          + "named in B, against the scenario it changes). Positive "
          + "differences, rank-biserial r and Cohen's d mean B scores higher. p-values are two-sided and not corrected "
          + "for multiple comparisons.</p><table><tr><th class='t'>scenario</th><th class='t'>A</th><th class='t'>B</th>"
          + "<th>mean A</th><th>mean B</th><th>difference</th><th>Mann-Whitney p</th><th>rank-biserial r</th>"
          + "<th>Welch p</th><th>Cohen's d</th><th>Hedges' g</th>"
          + (table.commonRandomNumbers() ? "<th>pairs</th><th>Wilcoxon p (paired)</th><th>paired t p</th>" : "")
          + "</tr>");
      for (ComparisonRow row : comparisons) {
        Comparison c = row.comparison();
        html.append("<tr><td class='t'>").append(Html.escape(row.scenario())).append("</td><td class='t'>")
            .append(Html.escape(group(row.designPointA(), row.policyA()))).append("</td><td class='t'>")
            .append(Html.escape((row.acrossScenarios() ? row.scenarioB() + ", " : "")
                + group(row.designPointB(), row.policyB()))).append("</td><td>").append(f(c.meanA()))
            .append("</td><td>").append(f(c.meanB())).append("</td><td>").append(f(c.difference())).append("</td><td>")
            .append(p(c.mannWhitneyP())).append("</td><td>").append(f(c.rankBiserial())).append("</td><td>")
            .append(p(c.welchP())).append("</td><td>").append(f(c.cohensD())).append("</td><td>")
            .append(f(c.hedgesG())).append("</td>");
        if (table.commonRandomNumbers()) {
          html.append("<td>").append(row.paired().n()).append("</td><td>").append(p(row.paired().wilcoxonP()))
              .append("</td><td>").append(p(row.paired().pairedP())).append("</td>");
        }
        html.append("</tr>");
      }
      html.append("</table>\n");
    }
  }

  /** The score per design point and policy, for designs small enough to read as a table. */
  private void pointTable(int score) {
    int points = table.experiment().path("designPoints").size();
    if (points < 2 || points > MAX_POINT_TABLE) {
      return;
    }
    html.append("<h3>Score per design point</h3><table><tr><th class='t'>scenario</th><th>point</th>");
    for (String parameter : table.designParameters()) {
      html.append("<th>").append(Html.escape(parameter)).append("</th>");
    }
    html.append("<th class='t'>policy</th><th>n</th><th>mean</th><th>95% CI</th><th>median</th></tr>");
    for (Map.Entry<RunsTable.GroupKey, List<RunsTable.Row>> group : table.groups().entrySet()) {
      RunsTable.GroupKey key = group.getKey();
      GroupSummary s = GroupSummary.of(table.values(group.getValue(), score));
      html.append("<tr><td class='t'>").append(Html.escape(key.scenario())).append("</td><td>").append(key.designPoint())
          .append("</td>");
      for (String parameter : table.designParameters()) {
        html.append("<td>").append(f(table.designValue(key.designPoint(), parameter))).append("</td>");
      }
      html.append("<td class='t'>").append(Html.escape(key.policy())).append("</td><td>").append(s.n())
          .append("</td><td>").append(f(s.mean())).append("</td><td>").append(f(s.ciLow())).append(" to ")
          .append(f(s.ciHigh())).append("</td><td>").append(f(s.median())).append("</td></tr>");
    }
    html.append("</table>\n");
  }

  private String group(int designPoint, String policy) {
    return table.experiment().path("designPoints").size() > 1 ? "point " + designPoint + ", " + policy : policy;
  }

  private void indicatorSection() {
    html.append("<h2>Indicators by policy</h2><p>Final value of each kept indicator, pooled over design points.</p>\n");
    for (String scenario : scenarios) {
      Map<String, List<RunsTable.Row>> groups = byScenarioAndPolicy(scenario);
      html.append("<h3>").append(Html.escape(scenario)).append("</h3><div class='charts'>");
      for (int i = 0; i < table.indicators().size(); i++) {
        if (!table.indicators().get(i).equals(Indicator.SCORE.key())) {
          html.append(boxChart(groups, i, table.indicators().get(i), 350, 240));
        }
      }
      html.append("</div>\n");
    }
  }

  private String boxChart(Map<String, List<RunsTable.Row>> groups, int indicator, String title, int width, int height) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    List<double[]> values = new ArrayList<>();
    for (List<RunsTable.Row> rows : groups.values()) {
      double[] v = Arrays.stream(table.values(rows, indicator)).filter(d -> !Double.isNaN(d)).sorted().toArray();
      values.add(v);
      if (v.length > 0) {
        min = Math.min(min, v[0]);
        max = Math.max(max, v[v.length - 1]);
      }
    }
    if (min > max) {
      min = 0;
      max = 1;
    }
    Svg svg = new Svg(width, height, 0.5, groups.size() + 0.5, min, max).axes("policy", title, false);
    int i = 0;
    for (String policy : groups.keySet()) {
      double[] v = values.get(i);
      double at = i + 1;
      svg.xLabel(at, policy + " (n=" + v.length + ")");
      if (v.length > 0) {
        Percentile percentile = new Percentile();
        svg.box(at, 0.3, v[0], percentile.evaluate(v, 25), GroupSummary.of(v).median(), percentile.evaluate(v, 75),
            v[v.length - 1], Svg.color(i));
      }
      i++;
    }
    return svg.toString();
  }

  private void timeSection() throws IOException {
    Path file = dir.resolve("timeseries.csv.gz");
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String> shown = OVER_TIME.stream().filter(table.indicators()::contains).toList();
    Map<Long, RunsTable.Row> byId = new HashMap<>();
    table.rows().forEach(r -> byId.put(r.runId(), r));
    // scenario|policy|indicator -> tick -> {n, sum, sum of squares}
    Map<String, TreeMap<Integer, double[]>> sums = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      int lineNumber = 1;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        String[] f = line.split(",", -1);
        if (f.length != 4 || !shown.contains(f[2]) || "NA".equals(f[3])) {
          continue;
        }
        long runId;
        int tick;
        double v;
        try {
          runId = Long.parseLong(f[0]);
          tick = Integer.parseInt(f[1]);
          v = Double.parseDouble(f[3]);
        } catch (NumberFormatException e) {
          throw new DamagedResultsException(file + ":" + lineNumber + ": expected run_id, tick, indicator, value with"
              + " numbers; the file is damaged: restore it, or delete it to report without indicators over time");
        }
        RunsTable.Row row = byId.get(runId);
        if (row == null) {
          continue;
        }
        double[] acc = sums.computeIfAbsent(row.scenario() + "|" + row.policy() + "|" + f[2], k -> new TreeMap<>())
            .computeIfAbsent(tick, k -> new double[3]);
        acc[0]++;
        acc[1] += v;
        acc[2] += v * v;
      }
    } catch (java.util.zip.ZipException e) {
      throw new DamagedResultsException(file + ": not a gzip file (" + e.getMessage() + "); the file is damaged: restore it,"
          + " or delete it to report without indicators over time");
    } catch (EOFException e) {
      html.append("<p class='muted'>timeseries.csv.gz ends early (an interrupted experiment); shown as far as it goes.</p>");
    }
    html.append("<h2>Indicators over time</h2><p>Mean over runs at each recorded tick (hours), with the 95% confidence "
        + "band of the mean, per policy, pooled over design points.</p>\n");
    for (String scenario : scenarios) {
      html.append("<h3>").append(Html.escape(scenario)).append("</h3><div class='charts'>");
      for (String indicator : shown) {
        html.append(timeChart(scenario, indicator, sums));
      }
      html.append("</div>\n");
    }
  }

  private String timeChart(String scenario, String indicator, Map<String, TreeMap<Integer, double[]>> sums) {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    List<double[][]> series = new ArrayList<>();
    for (String policy : policies) {
      TreeMap<Integer, double[]> ticks = sums.getOrDefault(scenario + "|" + policy + "|" + indicator, new TreeMap<>());
      double[][] s = new double[4][ticks.size()];
      int i = 0;
      for (Map.Entry<Integer, double[]> entry : ticks.entrySet()) {
        double[] acc = entry.getValue();
        double mean = acc[1] / acc[0];
        double half = Double.NaN;
        if (acc[0] > 1) {
          double variance = Math.max(0, (acc[2] - acc[0] * mean * mean) / (acc[0] - 1));
          half = new TDistribution(acc[0] - 1).inverseCumulativeProbability(0.975) * Math.sqrt(variance / acc[0]);
        }
        s[0][i] = entry.getKey();
        s[1][i] = mean;
        s[2][i] = mean - half;
        s[3][i] = mean + half;
        xMin = Math.min(xMin, entry.getKey());
        xMax = Math.max(xMax, entry.getKey());
        for (double v : new double[] {mean, mean - half, mean + half}) {
          if (!Double.isNaN(v)) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
          }
        }
        i++;
      }
      series.add(s);
    }
    if (xMin > xMax) {
      return "";
    }
    Svg svg = new Svg(520, 260, xMin, xMax, yMin, yMax).axes("tick (hours)", indicator, true).legend(policies);
    for (int p = 0; p < series.size(); p++) {
      double[][] s = series.get(p);
      svg.band(s[0], s[2], s[3], s[1], Svg.color(p));
      svg.line(s[0], s[1], Svg.color(p));
    }
    return svg.toString();
  }

  private void sensitivitySection() {
    List<String> parameters = table.designParameters();
    if (parameters.isEmpty() || table.experiment().path("designPoints").size() < 2) {
      return;
    }
    int score = table.indicators().indexOf(Indicator.SCORE.key());
    sobol = SensitivityTable.saltelliBase(table) > 0 ? SensitivityTable.of(table, List.of(Indicator.SCORE.key())) : null;
    html.append("<h2>Sensitivity of the score to the swept parameters</h2><p>Spearman's rank correlation of the score "
        + "with each parameter, and standardized regression coefficients (SRC) of a linear regression of the score on "
        + "all swept parameters, over the successful runs of each scenario and policy. |SRC| near 1 means the "
        + "parameter drives the score; the sum of SRC squared near 1 means a linear model explains it.</p>\n");
    for (String scenario : scenarios) {
      html.append("<h3>").append(Html.escape(scenario)).append("</h3><table><tr><th class='t'>policy</th>");
      for (String parameter : parameters) {
        html.append("<th>").append(Html.escape(parameter)).append("<br>Spearman / SRC</th>");
      }
      html.append("</tr>");
      Map<String, List<RunsTable.Row>> groups = byScenarioAndPolicy(scenario);
      for (Map.Entry<String, List<RunsTable.Row>> group : groups.entrySet()) {
        double[][] x = inputs(group.getValue(), parameters);
        List<Sensitivity> s = Sensitivity.of(parameters, x, table.values(group.getValue(), score));
        html.append("<tr><td class='t'>").append(Html.escape(group.getKey())).append("</td>");
        for (Sensitivity one : s) {
          html.append("<td>").append(f(one.spearman())).append(" / ").append(f(one.src())).append("</td>");
        }
        html.append("</tr>");
      }
      html.append("</table>");
      sobolTable(scenario, parameters);
      html.append("<div class='charts'>");
      for (int j = 0; j < parameters.size(); j++) {
        html.append(scatter(groups, parameters.get(j), score));
      }
      html.append("</div>\n");
    }
  }

  /** Sobol indices of the score with their 95 % bootstrap intervals, for a Saltelli design. */
  private void sobolTable(String scenario, List<String> parameters) {
    if (sobol == null) {
      return;
    }
    html.append("<p>Sobol indices of the score (Saltelli design, Jansen estimators, 95 % bootstrap intervals): "
        + "first order S is the share of the score's variance a parameter explains alone, total order ST the share "
        + "it takes part in with others; ST near 0 means the parameter does nothing to the score.</p>"
        + "<table><tr><th class='t'>policy</th>");
    for (String parameter : parameters) {
      html.append("<th>").append(Html.escape(parameter)).append("<br>S / ST</th>");
    }
    html.append("</tr>");
    Map<String, List<SensitivityTable.Entry>> byPolicy = new LinkedHashMap<>();
    for (SensitivityTable.Entry e : sobol) {
      if (e.scenario().equals(scenario) && e.indicator().equals(Indicator.SCORE.key())) {
        byPolicy.computeIfAbsent(e.policy(), k -> new ArrayList<>()).add(e);
      }
    }
    for (Map.Entry<String, List<SensitivityTable.Entry>> policy : byPolicy.entrySet()) {
      html.append("<tr><td class='t'>").append(Html.escape(policy.getKey())).append("</td>");
      for (SensitivityTable.Entry e : policy.getValue()) {
        SobolIndices s = e.sobol();
        html.append("<td>").append(f(s.first())).append(" [").append(f(s.firstLow())).append(", ")
            .append(f(s.firstHigh())).append("]<br>").append(f(s.total())).append(" [").append(f(s.totalLow()))
            .append(", ").append(f(s.totalHigh())).append("]</td>");
      }
      html.append("</tr>");
    }
    html.append("</table>");
  }

  private static double[][] inputs(List<RunsTable.Row> rows, List<String> parameters) {
    double[][] x = new double[rows.size()][parameters.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < parameters.size(); j++) {
        x[i][j] = rows.get(i).parameters()[RunsTable.parameterIndex(parameters.get(j))];
      }
    }
    return x;
  }

  private String scatter(Map<String, List<RunsTable.Row>> groups, String parameter, int indicator) {
    int column = RunsTable.parameterIndex(parameter);
    int total = groups.values().stream().mapToInt(List::size).sum();
    int step = Math.max(1, (total + MAX_SCATTER_POINTS - 1) / MAX_SCATTER_POINTS);
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (List<RunsTable.Row> rows : groups.values()) {
      for (RunsTable.Row row : rows) {
        double y = row.failed() ? Double.NaN : row.indicators()[indicator];
        if (!Double.isNaN(y)) {
          xMin = Math.min(xMin, row.parameters()[column]);
          xMax = Math.max(xMax, row.parameters()[column]);
          yMin = Math.min(yMin, y);
          yMax = Math.max(yMax, y);
        }
      }
    }
    if (xMin > xMax) {
      return "";
    }
    Svg svg = new Svg(350, 260, xMin, xMax, yMin, yMax).axes(parameter, table.indicators().get(indicator), true)
        .legend(new ArrayList<>(groups.keySet()));
    int p = 0;
    for (List<RunsTable.Row> rows : groups.values()) {
      for (int i = 0; i < rows.size(); i += step) {
        RunsTable.Row row = rows.get(i);
        double y = row.failed() ? Double.NaN : row.indicators()[indicator];
        if (!Double.isNaN(y)) {
          svg.point(row.parameters()[column], y, Svg.color(p));
        }
      }
      p++;
    }
    return svg.toString();
  }

  private void failureSection() {
    List<RunsTable.Row> failed = table.rows().stream().filter(RunsTable.Row::failed).toList();
    if (failed.isEmpty()) {
      return;
    }
    html.append("<h2>Failed runs</h2><p>").append(failed.size()).append(" runs failed; each can be repeated alone from "
        + "its seed and parameters in runs.csv. The first ones:</p><table><tr><th>run_id</th><th class='t'>scenario</th>"
        + "<th class='t'>policy</th><th>seed</th><th class='t'>error</th></tr>");
    for (RunsTable.Row row : failed.subList(0, Math.min(20, failed.size()))) {
      html.append("<tr><td>").append(row.runId()).append("</td><td class='t'>").append(Html.escape(row.scenario()))
          .append("</td><td class='t'>").append(Html.escape(row.policy())).append("</td><td>").append(row.seed())
          .append("</td><td class='t'>").append(Html.escape(String.valueOf(row.error()))).append("</td></tr>");
    }
    html.append("</table>\n");
  }

  private static String f(double value) {
    if (Double.isNaN(value)) {
      return "NA";
    }
    return Svg.label(value);
  }

  private static String p(double value) {
    if (Double.isNaN(value)) {
      return "NA";
    }
    return value < 0.001 ? "&lt; 0.001" : String.format(Locale.ROOT, "%.3f", value);
  }
}
