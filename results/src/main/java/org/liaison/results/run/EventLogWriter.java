package org.liaison.results.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunResult;
import org.liaison.events.EngineEvent;

/**
 * Writes the event log: one JSON object per line per event, {@code type} first (the record's
 * simple name) and then the record's components in declaration order, so the field order is
 * stable and the same run gives the same bytes.
 */
public final class EventLogWriter implements RunListener {
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private final JsonGenerator json;

  public EventLogWriter(Writer out) {
    try {
      json = new JsonFactory(new ObjectMapper()).createGenerator(out);
      json.setRootValueSeparator(new SerializedString("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void on(EngineEvent event) {
    try {
      write(json, event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one event as a JSON object. */
  public static void write(JsonGenerator json, EngineEvent event) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", event.getClass().getSimpleName());
    for (RecordComponent c : COMPONENTS.get(event.getClass())) {
      json.writeFieldName(c.getName());
      json.writeObject(value(event, c));
    }
    json.writeEndObject();
  }

  private static Object value(EngineEvent event, RecordComponent c) {
    try {
      return c.getAccessor().invoke(event);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + event, e);
    }
  }

  @Override
  public void finished(RunResult result) {
    try {
      json.writeRaw('\n');
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
