package org.liaison.net.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.liaison.policy.DecisionLog;

/**
 * The exercise server's autosave: enough to start the same exercise again where it stopped, with
 * the same join codes. The decision log (kept verbatim in the engine's JSON-lines format) holds
 * every act; replaying it rebuilds the world.
 *
 * @param scenarioFile the scenario file, as an absolute path
 * @param completed ticks completed when saved
 * @param speed simulated hours per second
 * @param codes join code by seat name
 * @param decisionLog the decision log as JSON lines
 */
public record ServerSave(int formatVersion, String scenarioFile, long seed, long completed, double speed,
    Map<String, String> codes, String decisionLog) {
  /** The save's file name in the exercise directory. */
  public static final String FILE = "exercise-save.json";
  static final int VERSION = 1;
  /**
   * One mapper for every save: the engine's thread saves every simulated day and after every
   * control act, and a new mapper would work out how to write a save each time.
   */
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ServerSave {
    codes = Map.copyOf(codes);
  }

  DecisionLog log() throws IOException {
    return DecisionLog.read(new StringReader(decisionLog), FILE);
  }

  /** Writes the save beside its target and moves it into place, so a crash leaves the old one whole. */
  void write(Path file) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temp, MAPPER.writeValueAsString(this), StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Reads a save.
   *
   * @throws IOException naming the file and what is wrong
   */
  public static ServerSave read(Path file) throws IOException {
    ServerSave save;
    try {
      save = MAPPER.readValue(file.toFile(), ServerSave.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not an exercise save: " + e.getOriginalMessage(), e);
    }
    if (save.formatVersion() != VERSION) {
      throw new IOException(file + ": save format " + save.formatVersion() + "; this program reads " + VERSION);
    }
    return save;
  }
}
