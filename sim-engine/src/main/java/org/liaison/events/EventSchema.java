package org.liaison.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import org.liaison.scenario.schema.ScenarioSchema;

/**
 * The JSON Schema of one line of {@code events.jsonl}, generated from the event records so that
 * it cannot drift from what the event log writes: an object whose {@code type} is the record's
 * simple name, followed by every component of that record.
 */
public final class EventSchema {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EventSchema() {}

  /** The schema as pretty-printed JSON ending in a newline (the content of docs/events.schema.json). */
  public static String generate() {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Liaison event log line");
    root.put("description", "One line of events.jsonl: an event of a run, 'type' first, then the fields of that type"
        + " in a fixed order. 'tick' is the hour since the start of the run.");
    ArrayNode oneOf = root.putArray("oneOf");
    ObjectNode defs = root.putObject("$defs");
    for (Class<?> type : EngineEvent.class.getPermittedSubclasses()) {
      oneOf.addObject().put("$ref", "#/$defs/" + type.getSimpleName());
      defs.set(type.getSimpleName(), schemaOf(type));
    }
    try {
      return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One event type: the record's own schema, with the type name first and every field present. */
  private static ObjectNode schemaOf(Class<?> type) {
    JsonNode generated;
    try {
      generated = JSON.readTree(ScenarioSchema.generate(type, type.getSimpleName(), ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode schema = JSON.createObjectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("type").put("const", type.getSimpleName());
    ArrayNode required = schema.putArray("required").add("type");
    for (RecordComponent component : type.getRecordComponents()) {
      ObjectNode property = generated.path("properties").path(component.getName()).deepCopy();
      if (!component.getType().isPrimitive() && property.has("type")) {
        // The log writes every field, and a reference the event does not have as null.
        property.set("type", JSON.createArrayNode().add(property.get("type").asText()).add("null"));
      }
      properties.set(component.getName(), property);
      required.add(component.getName());
    }
    schema.put("additionalProperties", false);
    return schema;
  }
}
