package org.liaison.results.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.engine.RunSpec;
import org.liaison.events.EventSchema;
import org.liaison.scenario.read.ScenarioReader;

/** Every line the event log writes is described by the documented schema. */
class EventLogSchemaTest {
  private static final Path DOCUMENTED = Path.of("..", "docs", "events.schema.json");

  @TempDir
  Path tmp;

  @Test
  void theDocumentedSchemaIsTheOneGeneratedFromTheEventRecords() throws Exception {
    assertEquals(EventSchema.generate(), Files.readString(DOCUMENTED, StandardCharsets.UTF_8),
        "docs/events.schema.json is out of date; regenerate it with: ./liaison schema --kind events > docs/events.schema.json");
  }

  @Test
  void everyLineOfARealEventLogPassesTheDocumentedSchema() throws Exception {
    Path scenario = Path.of("..", "scenarios", "somalia-lower-shabelle.yaml");
    Path out = tmp.resolve("run");
    RunDirectory.write(new RunSpec(ScenarioReader.read(scenario), 3, "doctrine", 6), scenario, out, false, t -> { });
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(DOCUMENTED, StandardCharsets.UTF_8));
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(out.resolve(RunDirectory.EVENTS)).stream().filter(l -> !l.isEmpty()).toList();
    Set<String> types = new TreeSet<>();
    for (String line : lines) {
      var node = json.readTree(line);
      types.add(node.get("type").asText());
      Set<ValidationMessage> messages = schema.validate(node);
      assertTrue(messages.isEmpty(), line + ": " + messages);
    }
    assertTrue(types.size() >= 8, "the run exercised only " + types);
  }

  @Test
  void aLineWithAFieldTheRecordDoesNotHaveFailsTheSchema() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(EventSchema.generate());
    var node = new ObjectMapper().readTree("{\"type\":\"TickEnded\",\"tick\":3,\"extra\":1}");
    assertTrue(!schema.validate(node).isEmpty());
  }
}
