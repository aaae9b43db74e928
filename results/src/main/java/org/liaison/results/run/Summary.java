package org.liaison.results.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.engine.RunResult;
import org.liaison.engine.RunSpec;
import org.liaison.indicators.ObjectiveRater.Criterion;
import org.liaison.indicators.Score;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.indicators.ObjectiveRater.ObjectiveRating;

/**
 * The run's {@code summary.json}: what ran, the final indicators, the score with its components
 * and weights, and the ratings. Measures not observed are null.
 */
public final class Summary {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Summary() {}

  /** The summary as an ordered tree (stable key order). */
  public static Map<String, Object> of(RunSpec spec, RunResult result, String scenarioFile) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", result.scenarioId());
    root.put("scenarioFile", scenarioFile);
    root.put("seed", result.seed());
    root.put("policy", result.policy());
    root.put("days", result.ticks() / 24);
    root.put("ticks", result.ticks());
    root.put("score", orNull(result.score()));
    Map<String, Object> indicators = new LinkedHashMap<>();
    result.indicators().forEach((k, v) -> indicators.put(k, orNull(v)));
    root.put("indicators", indicators);
    List<Map<String, Object>> components = new ArrayList<>();
    var weights = spec.scenario().scoring().weights();
    for (Score.Component c : Score.Component.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("component", c.key());
      m.put("kind", c.outcome() ? "outcome" : "process");
      m.put("weight", c.weight(weights));
      m.put("value", orNull(result.indicators().get(c.indicator().key())));
      components.add(m);
    }
    root.put("scoreComponents", components);
    List<Map<String, Object>> objectives = new ArrayList<>();
    // A file for tools: in the scenario's own language, whatever language the run's copy was read in.
    for (ObjectiveRating o : ObjectiveRater.inTextsOf(spec.scenario().inOwnLanguage(), result.objectives())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", o.id());
      m.put("text", o.text());
      m.put("rating", o.rating().name());
      m.put("met", o.met());
      m.put("criteria", o.total());
      List<Map<String, Object>> evidence = new ArrayList<>();
      for (Criterion c : o.criteria()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("description", c.description());
        e.put("met", c.met());
        e.put("status", c.status().label());
        e.put("measured", c.measured());
        evidence.add(e);
      }
      m.put("evidence", evidence);
      objectives.add(m);
    }
    root.put("objectives", objectives);
    return root;
  }

  /** JSON has no NaN: a measure not observed is written as null. */
  private static Object orNull(Double v) {
    return v == null || v.isNaN() ? null : v;
  }

  public static String json(RunSpec spec, RunResult result, String scenarioFile) {
    try {
      return JSON.writeValueAsString(of(spec, result, scenarioFile)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
