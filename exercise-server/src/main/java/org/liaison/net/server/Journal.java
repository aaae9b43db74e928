package org.liaison.net.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Who did what at the exercise, one JSON line each: joins and departures, and every act with its
 * participant, seat, wall-clock time, arrival number and the decision-log entry it made. The
 * decision log says what happened in the world; the journal says who asked for it and when.
 */
final class Journal implements AutoCloseable {
  /** The journal's file name in the exercise directory. */
  static final String FILE = "journal.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BufferedWriter out;

  Journal(Path file, boolean append) throws IOException {
    out = append
        ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
        : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** A line with its kind, the time, the seat and participant; the caller adds the rest. */
  ObjectNode line(String kind, Connection c, long completed) {
    ObjectNode n = JSON.createObjectNode();
    n.put("at", Instant.now().toString());
    n.put("kind", kind);
    n.put("completed", completed);
    if (c != null && c.seat != null) {
      n.put("seat", c.seat.name());
    }
    if (c != null && c.participant != null) {
      n.put("participant", c.participant);
    }
    return n;
  }

  void write(ObjectNode line) {
    try {
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
