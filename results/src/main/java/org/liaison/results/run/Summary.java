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
import org.liaison.indicators.ObjectiveRater.ObjectiveRating;

/** The run's {@code summary.json}: what ran, the final indicators, the score and the ratings. */
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
    root.put("score", result.score());
    root.put("indicators", result.indicators());
    List<Map<String, Object>> objectives = new ArrayList<>();
    for (ObjectiveRating o : result.objectives()) {
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
        e.put("measured", c.measured());
        evidence.add(e);
      }
      m.put("evidence", evidence);
      objectives.add(m);
    }
    root.put("objectives", objectives);
    return root;
  }

  public static String json(RunSpec spec, RunResult result, String scenarioFile) {
    try {
      return JSON.writeValueAsString(of(spec, result, scenarioFile)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
