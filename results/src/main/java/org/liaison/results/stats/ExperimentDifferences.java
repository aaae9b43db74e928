package org.liaison.results.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What differs between the experiments of two directories, in words, so that a comparison says
 * what it compares: scenarios (a scenario's file changed, or is in one only), policies, fixed
 * parameters, design, replications, seed, common random numbers, indicators and time series.
 */
public final class ExperimentDifferences {
  private static final List<String> PLAIN = List.of("policies", "parameters", "designParameters", "designPoints",
      "replications", "seed", "commonRandomNumbers", "indicators", "timeseriesEvery", "policyFiles");

  private ExperimentDifferences() {}

  /** One line per difference, empty when the experiments are the same. */
  public static List<String> between(RunsTable a, RunsTable b) {
    List<String> lines = new ArrayList<>();
    Map<String, String> scenariosA = scenarios(a.experiment());
    Map<String, String> scenariosB = scenarios(b.experiment());
    for (Map.Entry<String, String> entry : scenariosB.entrySet()) {
      String inA = scenariosA.get(entry.getKey());
      if (inA == null) {
        lines.add("scenario " + entry.getKey() + " is in B only");
      } else if (!inA.equals(entry.getValue())) {
        lines.add("scenario " + entry.getKey() + ": its file differs (SHA-256 " + shortHash(inA) + "... in A, "
            + shortHash(entry.getValue()) + "... in B)");
      }
    }
    scenariosA.keySet().stream().filter(id -> !scenariosB.containsKey(id))
        .forEach(id -> lines.add("scenario " + id + " is in A only"));
    for (String field : PLAIN) {
      JsonNode inA = a.experiment().path(field);
      JsonNode inB = b.experiment().path(field);
      if (!inA.equals(inB)) {
        lines.add(field + ": " + text(inA) + " in A, " + text(inB) + " in B");
      }
    }
    return lines;
  }

  private static Map<String, String> scenarios(JsonNode experiment) {
    Map<String, String> scenarios = new LinkedHashMap<>();
    experiment.path("scenarios").forEach(s -> scenarios.put(RunsTable.scenarioName(s), s.path("sha256").asText()));
    return scenarios;
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  private static String text(JsonNode node) {
    if (node.isMissingNode()) {
      return "none";
    }
    String text = node.toString();
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
