package org.liaison.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Task;

/**
 * The decision log of a run: every coordination action asked for (taken or refused) and every
 * choice at a decision point, with its tick, phase and role, in the order they happened.
 *
 * <p>Written as JSON Lines: a header line ({@code "log":"liaison-decisions"}, version, scenario,
 * seed, policy) then one line per entry with a stable field order (see {@link Entry}). Replaying
 * the log with the same scenario and seed reproduces the run exactly (see
 * {@link ReplayDecisions}).
 *
 * @param header what run the log belongs to
 * @param entries the entries in order of {@link Entry#seq()}
 */
public record DecisionLog(Header header, List<Entry> entries) {
  /** The format's name in the header line. */
  public static final String FORMAT = "liaison-decisions";
  /** The format's version in the header line. */
  public static final int VERSION = 1;

  public DecisionLog {
    Objects.requireNonNull(header, "header");
    entries = List.copyOf(entries);
  }

  /** The run a log belongs to; policy is the name of the decision maker as the event log shows it. */
  public record Header(String scenario, long seed, String policy) {}

  /** Where in the tick an entry happened, which is where a replay puts it back. */
  public enum Phase {
    /** A policy's free actions at the start of a day (hour 0, before the MSEL). */
    DAILY,
    /** A choice made when the decision point was reached (MSEL phase of the tick). */
    POINT,
    /** An action of a chosen option; it follows from the choice and is not replayed on its own. */
    OPTION,
    /** Between ticks, at the trainees' desk: a person's (or a replayed person's) choice or action. */
    DESK;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Phase of(String key) {
      return valueOf(key.toUpperCase(Locale.ROOT));
    }
  }

  /** Whether an entry is an action or a choice. */
  public enum Kind {
    ACTION, CHOICE,
    /** An act of exercise control (see {@link ControlAct}). */
    CONTROL;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One entry of the log; fields are written in this order, null ones left out.
   *
   * @param seq position in the log, from 1
   * @param completed ticks completed when it happened (a desk entry before the first tick has 0)
   * @param tick the tick its events carry
   * @param phase where in the tick it happened
   * @param role the trainee role in whose name it happened ({@code policy} for a policy's free actions)
   * @param kind action or choice
   * @param point the decision point (a choice, or an option's action)
   * @param option the option chosen (a choice only)
   * @param by who decided a choice, as the event log's DecisionTaken records it
   * @param action the action asked for (an action only)
   * @param taken whether the action was taken or the choice accepted
   * @param reason why it was refused, or null
   * @param control the act of exercise control (a control entry only; its {@code by} names who acted)
   */
  public record Entry(int seq, long completed, long tick, Phase phase, String role, Kind kind,
      String point, String option, String by, CoordinationAction action, boolean taken, String reason,
      ControlAct control) {
    public Entry {
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(kind, "kind");
    }

    /** An action or choice entry. */
    public Entry(int seq, long completed, long tick, Phase phase, String role, Kind kind,
        String point, String option, String by, CoordinationAction action, boolean taken, String reason) {
      this(seq, completed, tick, phase, role, kind, point, option, by, action, taken, reason, null);
    }
  }

  /** Reads and writes control acts: fields in record order, null ones left out. */
  private static final ObjectMapper CONTROL_JSON = new ObjectMapper()
      .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Choices in the log, in order; a counterfactual's decision k is the k-th of them (from 0). */
  public List<Entry> choices() {
    return entries.stream().filter(e -> e.kind() == Kind.CHOICE && e.taken()).toList();
  }

  // ---------------------------------------------------------------- writing

  /** Writes the log as JSON Lines, header first, each line ending in a newline. */
  public void write(Writer out) throws IOException {
    JsonGenerator json = new JsonFactory(new ObjectMapper()).createGenerator(out);
    json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString(""));
    json.writeStartObject();
    json.writeStringField("log", FORMAT);
    json.writeNumberField("version", VERSION);
    json.writeStringField("scenario", header.scenario());
    json.writeNumberField("seed", header.seed());
    json.writeStringField("policy", header.policy());
    json.writeEndObject();
    json.flush();
    out.write('\n');
    for (Entry e : entries) {
      writeEntry(json, e);
      json.flush();
      out.write('\n');
    }
    json.flush();
  }

  /** The log as text, as {@link #write} writes it. */
  public String toJsonLines() {
    StringWriter w = new StringWriter();
    try {
      write(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes the log to a file. */
  public void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(w);
    }
  }

  private static void writeEntry(JsonGenerator json, Entry e) throws IOException {
    json.writeStartObject();
    json.writeNumberField("seq", e.seq());
    json.writeNumberField("completed", e.completed());
    json.writeNumberField("tick", e.tick());
    json.writeStringField("phase", e.phase().key());
    field(json, "role", e.role());
    json.writeStringField("kind", e.kind().key());
    field(json, "point", e.point());
    field(json, "option", e.option());
    field(json, "by", e.by());
    if (e.action() != null) {
      CoordinationAction a = e.action();
      json.writeObjectFieldStart("action");
      json.writeStringField("type", a.type() == null ? null : a.type().name());
      field(json, "target", a.target());
      field(json, "via", a.via());
      field(json, "zone", a.zone());
      if (!a.members().isEmpty()) {
        json.writeArrayFieldStart("members");
        for (String m : a.members()) {
          json.writeString(m);
        }
        json.writeEndArray();
      }
      field(json, "medium", a.medium() == null ? null : a.medium().name());
      field(json, "language", a.language());
      field(json, "task", a.task() == null ? null : a.task().name());
      if (a.units() != null) {
        json.writeNumberField("units", a.units());
      }
      json.writeEndObject();
    }
    if (e.control() != null) {
      json.writeFieldName("control");
      json.writeTree(CONTROL_JSON.valueToTree(e.control()));
    }
    json.writeBooleanField("taken", e.taken());
    field(json, "reason", e.reason());
    json.writeEndObject();
  }

  private static void field(JsonGenerator json, String name, String value) throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Thrown when a decision log cannot be read; the message names the line. */
  public static final class InvalidLogException extends IOException {
    private static final long serialVersionUID = 1L;

    public InvalidLogException(String message) {
      super(message);
    }
  }

  /** Reads a log file. */
  public static DecisionLog read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.getFileName().toString());
    }
  }

  /**
   * Reads a log.
   *
   * @param name how messages name the source, such as the file name
   */
  public static DecisionLog read(Reader reader, String name) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    BufferedReader in = new BufferedReader(reader);
    Header header = null;
    List<Entry> entries = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new InvalidLogException(name + ":" + n + ": not a JSON object: " + e.getOriginalMessage());
      }
      try {
        if (header == null) {
          if (!FORMAT.equals(text(node, "log"))) {
            throw new InvalidLogException(name + ":" + n + ": not a decision log (the first line must have \"log\":\"" + FORMAT + "\")");
          }
          int version = node.path("version").asInt(-1);
          if (version != VERSION) {
            throw new InvalidLogException(name + ":" + n + ": unsupported version " + version + " (this program reads " + VERSION + ")");
          }
          header = new Header(text(node, "scenario"), node.path("seed").asLong(), text(node, "policy"));
        } else {
          entries.add(entry(node));
        }
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidLogException(name + ":" + n + ": " + e.getMessage());
      }
    }
    if (header == null) {
      throw new InvalidLogException(name + ": empty decision log");
    }
    return new DecisionLog(header, entries);
  }

  private static Entry entry(JsonNode node) {
    CoordinationAction action = null;
    JsonNode a = node.get("action");
    if (a != null && a.isObject()) {
      List<String> members = new ArrayList<>();
      a.path("members").forEach(m -> members.add(m.asText()));
      action = new CoordinationAction(
          ActionType.valueOf(Objects.requireNonNull(text(a, "type"), "action without type")),
          text(a, "target"), text(a, "via"), text(a, "zone"), members,
          text(a, "medium") == null ? null : Medium.valueOf(text(a, "medium")),
          text(a, "language"),
          text(a, "task") == null ? null : Task.valueOf(text(a, "task")),
          a.has("units") ? a.get("units").asInt() : null);
    }
    ControlAct control = null;
    JsonNode c = node.get("control");
    if (c != null && c.isObject()) {
      try {
        control = CONTROL_JSON.treeToValue(c, ControlAct.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
        throw new IllegalArgumentException("control: " + ex.getOriginalMessage(), ex);
      }
    }
    String kind = Objects.requireNonNull(text(node, "kind"), "entry without kind");
    String phase = Objects.requireNonNull(text(node, "phase"), "entry without phase");
    return new Entry(node.path("seq").asInt(), node.path("completed").asLong(), node.path("tick").asLong(),
        Phase.of(phase), text(node, "role"), Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
        text(node, "point"), text(node, "option"), text(node, "by"), action,
        node.path("taken").asBoolean(), text(node, "reason"), control);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
