package org.liaison.results.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.liaison.events.EngineEvent;

/**
 * Reads an event log written by {@link EventLogWriter} back into engine events, so a recorded
 * run can be re-analysed (indicators, after-action review) without running it again.
 */
public final class EventLogReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Class<?>> TYPES = new TreeMap<>();

  static {
    for (Class<?> type : EngineEvent.class.getPermittedSubclasses()) {
      TYPES.put(type.getSimpleName(), type);
    }
  }

  private EventLogReader() {}

  /** Passes every event of the log, in order, to the consumer. */
  public static void read(Path file, Consumer<EngineEvent> consumer) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          consumer.accept(parse(line, file + ":" + number));
        }
      }
    }
  }

  /** One event from its JSON line. */
  public static EngineEvent parse(String line, String where) throws IOException {
    JsonNode node = JSON.readTree(line);
    String typeName = node.path("type").asText();
    Class<?> type = TYPES.get(typeName);
    if (type == null) {
      throw new IOException(where + ": unknown event type '" + typeName + "'");
    }
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      JsonNode value = node.get(components[i].getName());
      if (value == null) {
        throw new IOException(where + ": " + typeName + " has no field '" + components[i].getName() + "'");
      }
      args[i] = JSON.treeToValue(value, types[i]);
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return (EngineEvent) constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IOException(where + ": cannot build " + typeName, e);
    }
  }
}
