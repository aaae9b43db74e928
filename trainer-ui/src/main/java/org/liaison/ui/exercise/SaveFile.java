package org.liaison.ui.exercise;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.liaison.policy.DecisionLog;

/**
 * A saved exercise: the scenario file it was played from, how far it got, and its decision log
 * (the engine's JSON-lines format, kept verbatim; its header holds the scenario id and the seed),
 * the roles the doctrine played because no one sat in them, and who sat in the others (saves
 * written before names were kept have none).
 *
 * @param participants trainee name by role id
 */
public record SaveFile(int formatVersion, String scenarioFile, long completed, String decisionLog,
    java.util.List<String> autopilotRoles, java.util.Map<String, String> participants) {
  public SaveFile {
    autopilotRoles = autopilotRoles == null ? java.util.List.of() : java.util.List.copyOf(autopilotRoles);
    participants = participants == null ? java.util.Map.of() : java.util.Map.copyOf(new java.util.TreeMap<>(participants));
  }

  public static SaveFile of(String scenarioFile, long completed, DecisionLog log,
      java.util.Collection<String> autopilotRoles, java.util.Map<String, String> participants) {
    return new SaveFile(1, scenarioFile, completed, log.toJsonLines(),
        java.util.List.copyOf(new java.util.TreeSet<>(autopilotRoles)), new java.util.TreeMap<>(participants));
  }

  public DecisionLog log() throws IOException {
    return DecisionLog.read(new StringReader(decisionLog), scenarioFile);
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public void write(Path file) throws IOException {
    mapper().writeValue(file.toFile(), this);
  }

  public static SaveFile read(Path file) throws IOException {
    return mapper().readValue(file.toFile(), SaveFile.class);
  }
}
