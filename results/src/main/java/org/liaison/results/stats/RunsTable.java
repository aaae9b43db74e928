package org.liaison.results.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.results.batch.Csv;
import org.liaison.results.batch.ParameterSpace;

/**
 * The rows of an experiment directory's {@code runs.csv}, read back for summaries, comparisons
 * and reports. Only the files of the directory are used, so any finished directory can be
 * analysed again, on any machine.
 */
public final class RunsTable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One run as read back. Parameter and indicator values are NaN where the file says NA. */
  public record Row(long runId, int designPoint, int replication, long seed, String scenario, String policy,
      double[] parameters, double[] indicators, boolean failed, String error) {}

  /** The runs of one scenario, design point and policy. */
  public record GroupKey(String scenario, int designPoint, String policy) {}

  private final JsonNode experiment;
  private final List<String> indicators;
  private final List<String> designParameters;
  private final List<Row> rows;

  private RunsTable(JsonNode experiment, List<String> indicators, List<String> designParameters, List<Row> rows) {
    this.experiment = experiment;
    this.indicators = indicators;
    this.designParameters = designParameters;
    this.rows = rows;
  }

  /** Reads {@code experiment.json} and {@code runs.csv} of a directory. */
  public static RunsTable read(Path dir) throws IOException {
    Path experimentFile = dir.resolve("experiment.json");
    Path runsFile = dir.resolve("runs.csv");
    if (!Files.isRegularFile(experimentFile) || !Files.isRegularFile(runsFile)) {
      throw new DamagedResultsException(dir + " is not a Liaison experiment directory (it needs experiment.json and runs.csv)");
    }
    JsonNode experiment;
    try {
      experiment = JSON.readTree(experimentFile.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new DamagedResultsException(experimentFile + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
          + ": not the JSON 'liaison batch' writes; the file is damaged: run the batch again into a new directory");
    }
    if (experiment == null || !experiment.path("experiment").isObject()) {
      throw new DamagedResultsException(experimentFile + ":1:1: has no \"experiment\" object; it was not written by 'liaison batch'");
    }
    experiment = experiment.path("experiment");
    List<String> designParameters = new ArrayList<>();
    experiment.path("designParameters").forEach(n -> designParameters.add(n.asText()));
    List<Row> rows = new ArrayList<>();
    List<String> indicators;
    try (BufferedReader reader = Files.newBufferedReader(runsFile, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      if (first == null) {
        throw new DamagedResultsException(runsFile + ":1: the file is empty; it needs the header row 'liaison batch' writes");
      }
      List<String> header = Csv.split(first);
      List<String> parameters = ParameterSpace.names();
      int firstParameter = header.indexOf("policy") + 1;
      int firstIndicator = firstParameter + parameters.size();
      int status = header.indexOf("status");
      if (firstParameter != 6 || status < firstIndicator || !header.subList(firstParameter, firstIndicator).equals(parameters)) {
        throw new DamagedResultsException(runsFile + ":1: the header does not have the columns this release writes"
            + " (run_id, design_point, replication, seed, scenario, policy, the parameters, the indicators, status, error)");
      }
      indicators = List.copyOf(header.subList(firstIndicator, status));
      String line;
      int lineNumber = 1;
      String damaged = null;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (damaged != null) {
          throw new DamagedResultsException(damaged);
        }
        List<String> f;
        try {
          f = Csv.split(line);
        } catch (IllegalArgumentException e) {
          f = List.of();
        }
        if (f.size() != header.size()) {
          // tolerated only as the last line: the row being written when an experiment was interrupted
          damaged = runsFile + ":" + lineNumber + ": expected " + header.size() + " fields, found " + f.size();
          continue;
        }
        Fields fields = new Fields(runsFile, lineNumber, header, f);
        double[] p = new double[parameters.size()];
        for (int i = 0; i < p.length; i++) {
          p[i] = fields.number(firstParameter + i);
        }
        double[] v = new double[indicators.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = fields.number(firstIndicator + i);
        }
        String state = f.get(status);
        if (!"ok".equals(state) && !"failed".equals(state)) {
          throw fields.damaged(status, "'ok' or 'failed'");
        }
        rows.add(new Row(fields.whole(0), (int) fields.whole(1), (int) fields.whole(2), fields.whole(3), f.get(4), f.get(5),
            p, v, "failed".equals(state), Csv.NA.equals(f.get(status + 1)) ? null : f.get(status + 1)));
      }
    }
    rows.sort(java.util.Comparator.comparingLong(Row::runId));
    return new RunsTable(experiment, indicators, List.copyOf(designParameters), List.copyOf(rows));
  }

  /** The fields of one row, read with the file, line and column named when one is not what Liaison writes. */
  private record Fields(Path file, int line, List<String> header, List<String> values) {
    long whole(int column) throws DamagedResultsException {
      try {
        return Long.parseLong(values.get(column));
      } catch (NumberFormatException e) {
        throw damaged(column, "a whole number");
      }
    }

    double number(int column) throws DamagedResultsException {
      try {
        return Csv.parseNumber(values.get(column));
      } catch (NumberFormatException e) {
        throw damaged(column, "a number or NA");
      }
    }

    DamagedResultsException damaged(int column, String expected) {
      String found = values.get(column);
      return new DamagedResultsException(file + ":" + line + ": column " + header.get(column) + ": found '"
          + (found.length() > 40 ? found.substring(0, 37) + "..." : found) + "', expected " + expected
          + "; the file is damaged: restore it or run the batch again into a new directory");
    }
  }

  /** The experiment as {@code experiment.json} describes it. */
  public JsonNode experiment() {
    return experiment;
  }

  /** The indicator columns, the score last. */
  public List<String> indicators() {
    return indicators;
  }

  public List<String> designParameters() {
    return designParameters;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Policies in the order the experiment lists them; the first is the baseline. */
  public List<String> policies() {
    List<String> policies = new ArrayList<>();
    experiment.path("policies").forEach(n -> policies.add(n.asText()));
    return policies;
  }

  /** The value of a design parameter at a design point, or NaN when the point does not set it. */
  public double designValue(int designPoint, String parameter) {
    JsonNode value = experiment.path("designPoints").path(designPoint).path(parameter);
    return value.isNumber() ? value.doubleValue() : Double.NaN;
  }

  /** Rows grouped by scenario, design point and policy, in run-id order of their first row. */
  public Map<GroupKey, List<Row>> groups() {
    Map<GroupKey, List<Row>> groups = new LinkedHashMap<>();
    for (Row row : rows) {
      groups.computeIfAbsent(new GroupKey(row.scenario(), row.designPoint(), row.policy()), k -> new ArrayList<>()).add(row);
    }
    return groups;
  }

  /** One indicator's values over rows; NaN for failed runs and missing values. */
  public double[] values(List<Row> group, int indicator) {
    return group.stream().mapToDouble(r -> r.failed() ? Double.NaN : r.indicators()[indicator]).toArray();
  }

  /** One indicator's values by replication; NaN for failed runs and missing values. */
  public java.util.Map<Integer, Double> byReplication(List<Row> group, int indicator) {
    java.util.Map<Integer, Double> values = new java.util.HashMap<>();
    for (Row row : group) {
      values.put(row.replication(), row.failed() ? Double.NaN : row.indicators()[indicator]);
    }
    return values;
  }

  /**
   * The scenarios of the experiment by their name in outputs ({@code ID}, or {@code ID:LABEL} for a
   * variant), each mapped to the name of the scenario it is a variant of, or to null.
   */
  public Map<String, String> variantBases() {
    Map<String, String> bases = new LinkedHashMap<>();
    experiment.path("scenarios").forEach(s -> bases.put(scenarioName(s),
        s.hasNonNull("variant") ? s.path("id").asText() : null));
    return bases;
  }

  /** A scenario's name in outputs, from its entry in {@code experiment.json}. */
  public static String scenarioName(JsonNode entry) {
    String id = entry.path("id").asText();
    return entry.hasNonNull("variant") ? id + ":" + entry.path("variant").asText() : id;
  }

  /** Whether the runs of one replication share a seed across policies and design points. */
  public boolean commonRandomNumbers() {
    return experiment.path("commonRandomNumbers").asBoolean(false);
  }

  /** Index of a parameter in {@link Row#parameters()}. */
  public static int parameterIndex(String name) {
    return ParameterSpace.names().indexOf(name);
  }
}
