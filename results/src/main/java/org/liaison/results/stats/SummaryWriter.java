package org.liaison.results.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.results.batch.Csv;
import org.liaison.results.io.AtomicFile;

/**
 * Writes the statistics of a finished experiment directory: {@code summary.csv} and
 * {@code summary.json} (per scenario x design point x policy x indicator) and
 * {@code comparisons.csv} (each policy against the first, and each design point against point 0
 * when a design has at most {@link #MAX_POINT_COMPARISONS} points), and {@link SensitivityTable}'s
 * {@code sensitivity.csv}. The p-values are not corrected for multiple comparisons.
 */
public final class SummaryWriter {
  public static final String SUMMARY_CSV = "summary.csv";
  public static final String SUMMARY_JSON = "summary.json";
  public static final String COMPARISONS_CSV = "comparisons.csv";
  /** Designs with more points than this are not compared point by point (use the sensitivity analysis). */
  public static final int MAX_POINT_COMPARISONS = 100;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryWriter() {}

  /** Reads the directory's runs and writes its summary files, and {@code sensitivity.csv} when parameters vary. */
  public static void write(Path dir) throws IOException {
    write(dir, AtomicFile.DISK);
  }

  /**
   * Reads the directory's runs and writes its summary files together (see {@link AtomicFile}):
   * all are replaced, or none.
   *
   * @param opener how the files are opened (tests put a failing disk here)
   */
  public static void write(Path dir, AtomicFile.Opener opener) throws IOException {
    RunsTable table = RunsTable.read(dir);
    Map<RunsTable.GroupKey, List<RunsTable.Row>> groups = table.groups();
    List<ComparisonRow> comparisons = comparisonsWithin(table);
    // each group's summaries go into two files; computed once, since each sorts the group's values
    Map<RunsTable.GroupKey, GroupSummary[]> summaries = new LinkedHashMap<>();
    groups.forEach((key, group) -> {
      GroupSummary[] byIndicator = new GroupSummary[table.indicators().size()];
      for (int i = 0; i < byIndicator.length; i++) {
        byIndicator[i] = summary(table, group, i);
      }
      summaries.put(key, byIndicator);
    });
    Map<Path, AtomicFile.Content> files = new LinkedHashMap<>();
    files.put(dir.resolve(SUMMARY_CSV), out -> writeSummaryCsv(out, table, groups, summaries));
    files.put(dir.resolve(COMPARISONS_CSV), out -> writeComparisons(out, comparisons));
    files.put(dir.resolve(SUMMARY_JSON), out -> writeSummaryJson(out, table, groups, summaries, comparisons));
    if (SensitivityTable.applies(table)) {
      files.put(dir.resolve(SensitivityTable.SENSITIVITY_CSV), out -> SensitivityTable.write(out, table));
    }
    AtomicFile.writeAll(files, opener);
  }

  /** The summary of every indicator of every group. */
  public static GroupSummary summary(RunsTable table, List<RunsTable.Row> group, int indicator) {
    return GroupSummary.of(table.values(group, indicator));
  }

  /**
   * Each policy against the baseline (first) policy, each design point against point 0, and each
   * variant against the scenario it changes (same design point and policy).
   */
  public static List<ComparisonRow> comparisonsWithin(RunsTable table) {
    Map<RunsTable.GroupKey, List<RunsTable.Row>> groups = table.groups();
    List<String> policies = table.policies();
    List<ComparisonRow> rows = new ArrayList<>();
    int points = table.experiment().path("designPoints").size();
    for (RunsTable.GroupKey key : groups.keySet()) {
      if (!policies.isEmpty() && !key.policy().equals(policies.get(0))) {
        addComparisons(rows, table, groups.get(new RunsTable.GroupKey(key.scenario(), key.designPoint(), policies.get(0))),
            groups.get(key), key.scenario(), key.designPoint(), policies.get(0), key.designPoint(), key.policy());
      }
    }
    if (points > 1 && points <= MAX_POINT_COMPARISONS) {
      for (RunsTable.GroupKey key : groups.keySet()) {
        if (key.designPoint() != 0) {
          addComparisons(rows, table, groups.get(new RunsTable.GroupKey(key.scenario(), 0, key.policy())), groups.get(key),
              key.scenario(), 0, key.policy(), key.designPoint(), key.policy());
        }
      }
    }
    Map<String, String> bases = table.variantBases();
    for (RunsTable.GroupKey key : groups.keySet()) {
      String base = bases.get(key.scenario());
      if (base != null) {
        addComparisons(rows, table, base, groups.get(new RunsTable.GroupKey(base, key.designPoint(), key.policy())),
            key.scenario(), groups.get(key), key.designPoint(), key.policy(), key.designPoint(), key.policy());
      }
    }
    return rows;
  }

  /**
   * Every group of {@code b} against the group of {@code a} with the same scenario, policy and
   * complete parameters, whatever design point each has in its experiment (two designs that share
   * points number them differently).
   */
  public static List<ComparisonRow> comparisonsBetween(RunsTable a, RunsTable b) {
    Map<ParameterKey, List<RunsTable.Row>> groupsA = new java.util.HashMap<>();
    for (List<RunsTable.Row> group : a.groups().values()) {
      groupsA.putIfAbsent(ParameterKey.of(group.get(0)), group);
    }
    List<ComparisonRow> rows = new ArrayList<>();
    // runs pair up across directories only when both share seeds by replication from the same master seed
    boolean paired = a.commonRandomNumbers() && b.commonRandomNumbers()
        && a.experiment().path("seed").asLong() == b.experiment().path("seed").asLong();
    for (Map.Entry<RunsTable.GroupKey, List<RunsTable.Row>> entry : b.groups().entrySet()) {
      RunsTable.GroupKey key = entry.getKey();
      List<RunsTable.Row> groupA = groupsA.get(ParameterKey.of(entry.getValue().get(0)));
      if (groupA == null) {
        continue;
      }
      int pointA = groupA.get(0).designPoint();
      for (int i = 0; i < b.indicators().size(); i++) {
        int inA = a.indicators().indexOf(b.indicators().get(i));
        if (inA >= 0) {
          rows.add(new ComparisonRow(key.scenario(), b.indicators().get(i), pointA, key.policy(),
              key.designPoint(), key.policy(), Comparison.of(a.values(groupA, inA), b.values(entry.getValue(), i)),
              paired ? PairedComparison.of(a.byReplication(groupA, inA), b.byReplication(entry.getValue(), i))
                  : PairedComparison.none()));
        }
      }
    }
    return rows;
  }

  /** A group's identity across experiments: scenario, policy and every parameter's value. */
  private record ParameterKey(String scenario, String policy, List<Double> parameters) {
    static ParameterKey of(RunsTable.Row row) {
      return new ParameterKey(row.scenario(), row.policy(),
          java.util.Arrays.stream(row.parameters()).boxed().toList());
    }
  }

  private static void addComparisons(List<ComparisonRow> rows, RunsTable table, List<RunsTable.Row> a,
      List<RunsTable.Row> b, String scenario, int pointA, String policyA, int pointB, String policyB) {
    addComparisons(rows, table, scenario, a, scenario, b, pointA, policyA, pointB, policyB);
  }

  private static void addComparisons(List<ComparisonRow> rows, RunsTable table, String scenarioA, List<RunsTable.Row> a,
      String scenarioB, List<RunsTable.Row> b, int pointA, String policyA, int pointB, String policyB) {
    if (a == null || b == null) {
      return;
    }
    for (int i = 0; i < table.indicators().size(); i++) {
      rows.add(new ComparisonRow(scenarioA, scenarioB, table.indicators().get(i), pointA, policyA, pointB, policyB,
          Comparison.of(table.values(a, i), table.values(b, i)), table.commonRandomNumbers()
              ? PairedComparison.of(table.byReplication(a, i), table.byReplication(b, i)) : PairedComparison.none()));
    }
  }

  private static void writeSummaryCsv(Writer out, RunsTable table, Map<RunsTable.GroupKey, List<RunsTable.Row>> groups,
      Map<RunsTable.GroupKey, GroupSummary[]> summaries) throws IOException {
    List<String> header = new ArrayList<>(List.of("scenario", "design_point"));
    header.addAll(table.designParameters());
    header.addAll(List.of("policy", "indicator", "runs", "failed", "n", "mean", "sd", "ci_low", "ci_high", "median",
        "min", "max"));
    out.write(Csv.join(header) + "\n");
    for (Map.Entry<RunsTable.GroupKey, List<RunsTable.Row>> entry : groups.entrySet()) {
      RunsTable.GroupKey key = entry.getKey();
      long failed = entry.getValue().stream().filter(RunsTable.Row::failed).count();
      for (int i = 0; i < table.indicators().size(); i++) {
        GroupSummary s = summaries.get(key)[i];
        List<String> fields = new ArrayList<>(List.of(Csv.text(key.scenario()), Integer.toString(key.designPoint())));
        for (String parameter : table.designParameters()) {
          fields.add(Csv.number(table.designValue(key.designPoint(), parameter)));
        }
        fields.addAll(List.of(Csv.text(key.policy()), table.indicators().get(i),
            Integer.toString(entry.getValue().size()), Long.toString(failed), Long.toString(s.n()),
            Csv.number(s.mean()), Csv.number(s.sd()), Csv.number(s.ciLow()), Csv.number(s.ciHigh()),
            Csv.number(s.median()), Csv.number(s.min()), Csv.number(s.max())));
        out.write(Csv.join(fields) + "\n");
      }
    }
  }

  /**
   * Writes comparison rows as CSV to any writer. When a row compares a variant with its scenario,
   * a column {@code scenario_b} follows {@code scenario} (which then is A's scenario).
   */
  public static void writeComparisons(Writer out, List<ComparisonRow> rows) throws IOException {
    boolean across = rows.stream().anyMatch(ComparisonRow::acrossScenarios);
    out.write("scenario," + (across ? "scenario_b," : "")
        + "indicator,design_point_a,policy_a,design_point_b,policy_b,n_a,n_b,mean_a,mean_b,difference,"
        + "mann_whitney_u,mann_whitney_p,rank_biserial,welch_t,welch_df,welch_p,cohens_d,hedges_g,"
        + "paired_n,paired_mean_difference,wilcoxon_p,paired_t,paired_t_p\n");
    for (ComparisonRow row : rows) {
      Comparison c = row.comparison();
      List<String> fields = new ArrayList<>(List.of(Csv.text(row.scenario())));
      if (across) {
        fields.add(Csv.text(row.scenarioB()));
      }
      fields.addAll(List.of(row.indicator(), Integer.toString(row.designPointA()),
          Csv.text(row.policyA()), Integer.toString(row.designPointB()), Csv.text(row.policyB()),
          Long.toString(c.nA()), Long.toString(c.nB()), Csv.number(c.meanA()), Csv.number(c.meanB()),
          Csv.number(c.difference()), Csv.number(c.mannWhitneyU()), Csv.number(c.mannWhitneyP()),
          Csv.number(c.rankBiserial()), Csv.number(c.welchT()), Csv.number(c.welchDf()), Csv.number(c.welchP()),
          Csv.number(c.cohensD()), Csv.number(c.hedgesG()), Long.toString(row.paired().n()),
          Csv.number(row.paired().meanDifference()), Csv.number(row.paired().wilcoxonP()),
          Csv.number(row.paired().pairedT()), Csv.number(row.paired().pairedP())));
      out.write(Csv.join(fields) + "\n");
    }
  }

  private static void writeSummaryJson(Writer out, RunsTable table, Map<RunsTable.GroupKey, List<RunsTable.Row>> groups,
      Map<RunsTable.GroupKey, GroupSummary[]> summaries, List<ComparisonRow> comparisons) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.set("experiment", table.experiment());
    ArrayNode groupList = root.putArray("groups");
    for (Map.Entry<RunsTable.GroupKey, List<RunsTable.Row>> entry : groups.entrySet()) {
      RunsTable.GroupKey key = entry.getKey();
      ObjectNode group = groupList.addObject();
      group.put("scenario", key.scenario());
      group.put("designPoint", key.designPoint());
      ObjectNode parameters = group.putObject("parameters");
      for (String parameter : table.designParameters()) {
        putNumber(parameters, parameter, table.designValue(key.designPoint(), parameter));
      }
      group.put("policy", key.policy());
      group.put("runs", entry.getValue().size());
      group.put("failed", entry.getValue().stream().filter(RunsTable.Row::failed).count());
      ObjectNode indicators = group.putObject("indicators");
      for (int i = 0; i < table.indicators().size(); i++) {
        GroupSummary s = summaries.get(key)[i];
        ObjectNode node = indicators.putObject(table.indicators().get(i));
        node.put("n", s.n());
        putNumber(node, "mean", s.mean());
        putNumber(node, "sd", s.sd());
        putNumber(node, "ciLow", s.ciLow());
        putNumber(node, "ciHigh", s.ciHigh());
        putNumber(node, "median", s.median());
        putNumber(node, "min", s.min());
        putNumber(node, "max", s.max());
      }
    }
    ArrayNode comparisonList = root.putArray("comparisons");
    for (ComparisonRow row : comparisons) {
      Comparison c = row.comparison();
      ObjectNode node = comparisonList.addObject();
      node.put("scenario", row.scenario());
      node.put("indicator", row.indicator());
      node.putObject("a").put("designPoint", row.designPointA()).put("policy", row.policyA()).put("n", c.nA());
      ObjectNode b = node.putObject("b");
      if (row.acrossScenarios()) {
        b.put("scenario", row.scenarioB());
      }
      b.put("designPoint", row.designPointB()).put("policy", row.policyB()).put("n", c.nB());
      putNumber(node, "meanA", c.meanA());
      putNumber(node, "meanB", c.meanB());
      putNumber(node, "difference", c.difference());
      putNumber(node, "mannWhitneyU", c.mannWhitneyU());
      putNumber(node, "mannWhitneyP", c.mannWhitneyP());
      putNumber(node, "rankBiserial", c.rankBiserial());
      putNumber(node, "welchT", c.welchT());
      putNumber(node, "welchDf", c.welchDf());
      putNumber(node, "welchP", c.welchP());
      putNumber(node, "cohensD", c.cohensD());
      putNumber(node, "hedgesG", c.hedgesG());
      if (row.paired().n() > 0) {
        ObjectNode paired = node.putObject("paired");
        paired.put("n", row.paired().n());
        putNumber(paired, "meanDifference", row.paired().meanDifference());
        putNumber(paired, "wilcoxonP", row.paired().wilcoxonP());
        putNumber(paired, "pairedT", row.paired().pairedT());
        putNumber(paired, "pairedTP", row.paired().pairedP());
      } else {
        node.putNull("paired");
      }
    }
    out.write(JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n");
  }

  /** JSON has no NaN: undefined values are written as null. */
  static void putNumber(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
