package org.liaison.scenario.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

class ScenarioSchemaTest {
  private static final Path COMMITTED = Path.of("..", "scenarios", "scenario.schema.json");

  @Test
  void committedSchemaEqualsTheOneGeneratedFromTheRecords() throws IOException {
    String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
    assertEquals(ScenarioSchema.scenarioSchema(), committed,
        "scenarios/scenario.schema.json is out of date; regenerate it with: ./liaison schema > scenarios/scenario.schema.json");
  }

  @Test
  void everyShippedScenarioPassesTheCommittedSchemaAsAnEditorWouldCheckIt() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Path> shipped;
    try (Stream<Path> files = Files.list(COMMITTED.getParent())) {
      shipped = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(shipped.isEmpty());
    for (Path file : shipped) {
      Set<ValidationMessage> messages = schema.validate(yaml.readTree(file.toFile()));
      assertTrue(messages.isEmpty(), file + ": " + messages);
    }
  }

  @Test
  void schemaRejectsWhatTheReaderRejectsStructurally() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ScenarioSchema.scenarioSchema());
    JsonNode withUnknownKey = new ObjectMapper().readTree(
        "{\"formatVersion\": 1, \"colour\": \"red\", \"coordination\": {\"actionCosts\": {\"FLY\": 2}}}");
    String messages = schema.validate(withUnknownKey).toString();
    assertTrue(messages.contains("colour") && messages.contains("FLY") && messages.contains("metadata"), messages);
  }

  @Test
  void schemaRejectsABlankTextPlainOrInALanguageAsTheReaderDoes() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ScenarioSchema.scenarioSchema());
    ObjectMapper json = new ObjectMapper();
    for (String metadata : List.of("{\"title\": \" \"}", "{\"title\": {\"en\": \"Ndolo\", \"fr\": \"\"}}")) {
      String messages = schema.validate(json.readTree("{\"metadata\": " + metadata + "}")).toString();
      assertTrue(messages.contains("metadata.title"), metadata + ": " + messages);
    }
    String written = schema.validate(json.readTree("{\"metadata\": {\"title\": {\"en\": \"Ndolo\"}}}")).toString();
    assertFalse(written.contains("metadata.title"), written);
  }

  @Test
  void schemaMarksRequiredFieldsAndForbidsUnknownKeys() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.scenarioSchema());
    JsonNode actor = schema.path("$defs").path("Actor");
    assertTrue(actor.path("required").toString().contains("\"homeZone\""), actor.path("required").toString());
    assertEquals(false, actor.path("additionalProperties").asBoolean(true));
  }

  @Test
  void schemaCarriesTheDefaultsOfOptionalFields() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.scenarioSchema());
    JsonNode forgetting = schema.path("$defs").path("Parameters").path("properties").path("trustForgettingPerDay");
    assertEquals(0.98, forgetting.path("default").asDouble(), 1e-12);
    JsonNode capacity = schema.path("$defs").path("Channel").path("properties").path("capacityPerHour");
    assertEquals(10, capacity.path("default").asDouble(), 1e-12);
    // A channel's reliability left out is its medium's, so the schema gives no number for it.
    JsonNode reliability = schema.path("$defs").path("Channel").path("properties").path("reliability");
    assertTrue(reliability.path("default").isMissingNode(), reliability.toString());
  }

  @Test
  void decisionPointDefaultIsWrittenAsDefault() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.scenarioSchema());
    JsonNode properties = schema.path("$defs").path("DecisionPoint").path("properties");
    assertTrue(properties.has("default"), properties.toString());
  }
}
