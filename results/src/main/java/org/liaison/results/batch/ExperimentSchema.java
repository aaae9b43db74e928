package org.liaison.results.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.scenario.schema.ScenarioSchema;

/**
 * The JSON Schema of experiment files, generated from {@link Experiment} so it cannot drift.
 *
 * <p>The shared generator forbids additional properties on every object, maps included, which
 * would make an editor reject every parameter name; here each map's values are described
 * instead (numbers, or a {@link Factor}).
 */
public final class ExperimentSchema {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExperimentSchema() {}

  /** The schema as pretty-printed JSON ending in a newline (the content of scenarios/experiment.schema.json). */
  public static String generate() {
    try {
      ObjectNode schema = (ObjectNode) JSON.readTree(ScenarioSchema.generate(Experiment.class,
          "Liaison batch experiment",
          "Replications and parameter sweeps of Liaison scenarios, run headless by 'liaison batch'."));
      ObjectNode defs = (ObjectNode) schema.get("$defs");
      ObjectNode factor = (ObjectNode) JSON.readTree(ScenarioSchema.generate(Factor.class, "", ""));
      factor.remove(java.util.List.of("$schema", "title", "description"));
      factor.put("description", "How one parameter varies: values, or a range from/to (with steps for FACTORIAL).");
      defs.set("Factor", factor);
      ((ObjectNode) defs.get("Map(String,Double)")).set("additionalProperties", JSON.createObjectNode().put("type", "number"));
      ((ObjectNode) defs.get("Map(String,Factor)")).set("additionalProperties",
          JSON.createObjectNode().put("$ref", "#/$defs/Factor"));
      return JSON.writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot generate the experiment schema", e);
    }
  }
}
