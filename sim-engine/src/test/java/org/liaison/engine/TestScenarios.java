package org.liaison.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.liaison.scenario.Scenario;

/** Test scenarios from resources, optionally edited as a tree before binding. */
public final class TestScenarios {
  public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private TestScenarios() {}

  public static ObjectNode tree(String name) {
    try (InputStream in = TestScenarios.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Scenario load(String name) {
    return load(name, t -> { });
  }

  /** Loads a scenario after letting the edit change its tree. */
  public static Scenario load(String name, Consumer<ObjectNode> edit) {
    ObjectNode tree = tree(name);
    edit.accept(tree);
    try {
      return YAML.treeToValue(tree, Scenario.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The actor node with this id. */
  public static ObjectNode actor(ObjectNode tree, String id) {
    for (JsonNode a : tree.withArray("actors")) {
      if (a.get("id").asText().equals(id)) {
        return (ObjectNode) a;
      }
    }
    throw new IllegalArgumentException(id);
  }

  public static ArrayNode array(ObjectNode node, String field) {
    return node.withArray(field);
  }
}
