package org.liaison.results.stats;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.results.batch.Csv;

/**
 * The sensitivity of every indicator to every swept parameter, per scenario and policy, written
 * to {@code sensitivity.csv}: Spearman's rank correlation and the standardized regression
 * coefficient over all successful runs for every design, and, when the design has Saltelli's
 * layout (a SOBOL design), first- and total-order Sobol indices with bootstrap intervals from
 * the mean output of each design point over its replications.
 */
public final class SensitivityTable {
  public static final String SENSITIVITY_CSV = "sensitivity.csv";

  /** One indicator's sensitivity to one parameter; sobol is null unless the design is Saltelli's. */
  public record Entry(String scenario, String policy, String indicator, String parameter, Sensitivity rank,
      SobolIndices sobol) {}

  private SensitivityTable() {}

  /** Whether the experiment varies parameters over at least two design points. */
  public static boolean applies(RunsTable table) {
    return !table.designParameters().isEmpty() && table.experiment().path("designPoints").size() >= 2;
  }

  /** The base sample count of a Saltelli design, or 0 for other designs. */
  public static int saltelliBase(RunsTable table) {
    List<Map<String, Double>> points = new ArrayList<>();
    for (var node : table.experiment().path("designPoints")) {
      Map<String, Double> point = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> point.put(e.getKey(), e.getValue().doubleValue()));
      points.add(point);
    }
    return SobolIndices.saltelliBase(table.designParameters(), points);
  }

  /** Every entry, by scenario, policy, indicator and parameter. */
  public static List<Entry> of(RunsTable table) {
    return of(table, table.indicators());
  }

  /** The entries of the given indicators, by scenario, policy, indicator and parameter. */
  public static List<Entry> of(RunsTable table, List<String> indicators) {
    List<Entry> entries = new ArrayList<>();
    if (!applies(table)) {
      return entries;
    }
    List<String> parameters = table.designParameters();
    int points = table.experiment().path("designPoints").size();
    boolean sobol = saltelliBase(table) > 0;
    Map<String, Map<String, List<RunsTable.Row>>> byScenarioPolicy = new LinkedHashMap<>();
    for (RunsTable.Row row : table.rows()) {
      byScenarioPolicy.computeIfAbsent(row.scenario(), s -> new LinkedHashMap<>())
          .computeIfAbsent(row.policy(), p -> new ArrayList<>()).add(row);
    }
    for (var scenario : byScenarioPolicy.entrySet()) {
      for (var policy : scenario.getValue().entrySet()) {
        List<RunsTable.Row> rows = policy.getValue();
        double[][] x = new double[rows.size()][parameters.size()];
        for (int r = 0; r < rows.size(); r++) {
          for (int j = 0; j < parameters.size(); j++) {
            x[r][j] = rows.get(r).parameters()[RunsTable.parameterIndex(parameters.get(j))];
          }
        }
        for (String indicator : indicators) {
          int i = table.indicators().indexOf(indicator);
          if (i < 0) {
            continue;
          }
          double[] y = table.values(rows, i);
          List<Sensitivity> rank = Sensitivity.of(parameters, x, y);
          List<SobolIndices> indices = sobol ? SobolIndices.of(parameters, pointMeans(rows, y, points)) : null;
          for (int j = 0; j < parameters.size(); j++) {
            entries.add(new Entry(scenario.getKey(), policy.getKey(), table.indicators().get(i), parameters.get(j),
                rank.get(j), indices == null ? null : indices.get(j)));
          }
        }
      }
    }
    return entries;
  }

  /** The mean of the defined values at each design point; NaN where there is none. */
  private static double[] pointMeans(List<RunsTable.Row> rows, double[] y, int points) {
    double[] sum = new double[points];
    int[] count = new int[points];
    for (int r = 0; r < rows.size(); r++) {
      if (!Double.isNaN(y[r])) {
        sum[rows.get(r).designPoint()] += y[r];
        count[rows.get(r).designPoint()]++;
      }
    }
    double[] mean = new double[points];
    for (int p = 0; p < points; p++) {
      mean[p] = count[p] == 0 ? Double.NaN : sum[p] / count[p];
    }
    return mean;
  }

  /** Writes the content of {@code sensitivity.csv}; call it only when {@link #applies} holds. */
  public static void write(Writer out, RunsTable table) throws IOException {
    out.write(Csv.join(List.of("scenario", "policy", "indicator", "parameter", "spearman", "src", "sobol_n",
        "first_order", "first_order_low", "first_order_high", "total_order", "total_order_low", "total_order_high"))
        + "\n");
    for (Entry e : of(table)) {
      SobolIndices s = e.sobol();
      out.write(Csv.join(List.of(Csv.text(e.scenario()), Csv.text(e.policy()), Csv.text(e.indicator()),
          Csv.text(e.parameter()), Csv.number(e.rank().spearman()), Csv.number(e.rank().src()),
          s == null ? Csv.NA : Integer.toString(s.n()),
          Csv.number(s == null ? null : s.first()), Csv.number(s == null ? null : s.firstLow()),
          Csv.number(s == null ? null : s.firstHigh()), Csv.number(s == null ? null : s.total()),
          Csv.number(s == null ? null : s.totalLow()), Csv.number(s == null ? null : s.totalHigh()))) + "\n");
    }
  }
}
