package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExperimentSchemaTest {

  @Test
  void theCommittedSchemaIsExactlyWhatTheRecordsGenerate() throws IOException {
    Path committed = Path.of("..", "scenarios", "experiment.schema.json");
    String generated = ExperimentSchema.generate();
    if (Boolean.getBoolean("liaison.updateSchema")) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, Files.readString(committed, StandardCharsets.UTF_8),
        "scenarios/experiment.schema.json is out of date; regenerate it with "
            + "mvn -pl results test -Dtest=ExperimentSchemaTest -Dliaison.updateSchema=true");
  }
}
