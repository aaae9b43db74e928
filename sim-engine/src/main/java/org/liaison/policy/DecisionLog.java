package org.liaison.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
import org.liaison.scenario.Metadata;
import org.liaison.scenario.Task;
import org.liaison.scenario.read.ProblemCode;
import org.liaison.scenario.read.ProblemText;

/**
 * The decision log of a run: every coordination action asked for (taken or refused) and every
 * choice at a decision point, with its tick, phase and role, in the order they happened.
 *
 * <p>Written as JSON Lines: a header line ({@code "log":"liaison-decisions"}, version, scenario,
 * seed, policy, days) then one line per entry with a stable field order (see {@link Entry}).
 * Replaying the log with the same scenario, seed and days reproduces the run exactly (see
 * {@link ReplayDecisions}).
 *
 * <p>Reading checks what a replay relies on and refuses, naming the line, a log that cannot
 * have been written by a run: a header without a whole-number seed or days, entries out of order,
 * an entry whose tick does not fit its phase, text that is not UTF-8.
 *
 * @param header what run the log belongs to
 * @param entries the entries in order of {@link Entry#seq()}
 */
public record DecisionLog(Header header, List<Entry> entries) {
  /** The format's name in the header line. */
  public static final String FORMAT = "liaison-decisions";
  /** The format's version in the header line; version 1 did not record the days. */
  public static final int VERSION = 2;

  public DecisionLog {
    Objects.requireNonNull(header, "header");
    entries = List.copyOf(entries);
  }

  /**
   * The run a log belongs to; policy is the name of the decision maker as the event log shows it.
   *
   * @param days days the run lasted (or, for an exercise, is planned to last); null for a log of
   *     version 1, which did not record them
   */
  public record Header(String scenario, long seed, String policy, Integer days) {}

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
      for (Phase phase : values()) {
        if (phase.key().equals(key)) {
          return phase;
        }
      }
      throw new LogProblem(ProblemCode.LOG_UNKNOWN_PHASE, key);
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

    static Kind of(String key) {
      for (Kind kind : values()) {
        if (kind.key().equals(key)) {
          return kind;
        }
      }
      throw new LogProblem(ProblemCode.LOG_UNKNOWN_KIND, key);
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
    if (header.days() != null) {
      json.writeNumberField("days", header.days());
    }
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
      field(json, "ends", a.ends() == null ? null : a.ends().name());
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

  /**
   * Thrown when a decision log cannot be read; the message names the line. Its text is a code with
   * arguments, so a trainer can say it in its own language.
   */
  public static final class InvalidLogException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemText text;

    public InvalidLogException(ProblemText text) {
      super(text.english());
      this.text = text;
    }

    /** What is wrong, with the source and line it is at. */
    public ProblemText text() {
      return text;
    }
  }

  /** What is wrong with one line, before the reader adds where it is. */
  private static final class LogProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemText text;

    LogProblem(ProblemCode code, Object... args) {
      this(ProblemText.of(code, args));
    }

    private LogProblem(ProblemText text) {
      super(text.english());
      this.text = text;
    }
  }

  /** Reads a log file; its bytes must be UTF-8. Messages name the file as given. */
  public static DecisionLog read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(new Utf8Lines(in, file.toString()), file.toString());
    }
  }

  /**
   * Reads a log.
   *
   * @param name how messages name the source, such as the file name
   */
  public static DecisionLog read(Reader reader, String name) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    return read(in::readLine, name);
  }

  /** The next line of a source, or null at its end. */
  private interface LineSource {
    String next() throws IOException;
  }

  private static DecisionLog read(LineSource in, String name) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Header header = null;
    List<Entry> entries = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.next()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new InvalidLogException(ProblemText.of(ProblemCode.LOG_AT_LINE, name, n,
            ProblemText.of(ProblemCode.LOG_NOT_JSON, org.liaison.scenario.read.JsonProblems.describe(
                e.getOriginalMessage()))));
      }
      if (node == null || !node.isObject()) {
        throw new InvalidLogException(ProblemText.of(ProblemCode.LOG_AT_LINE, name, n,
            ProblemText.of(ProblemCode.LOG_NOT_OBJECT)));
      }
      try {
        if (header == null) {
          header = header(node);
        } else {
          Entry entry = entry(node);
          checkPlace(entry, entries.isEmpty() ? null : entries.get(entries.size() - 1), header);
          entries.add(entry);
        }
      } catch (IllegalArgumentException | NullPointerException e) {
        ProblemText what = e instanceof LogProblem p ? p.text
            : ProblemText.of(ProblemCode.LOG_ENTRY_UNREADABLE, String.valueOf(e.getMessage()));
        throw new InvalidLogException(ProblemText.of(ProblemCode.LOG_AT_LINE, name, n, what));
      }
    }
    if (header == null) {
      throw new InvalidLogException(ProblemText.of(ProblemCode.LOG_EMPTY, name));
    }
    return new DecisionLog(header, entries);
  }

  private static Header header(JsonNode node) {
    if (!FORMAT.equals(text(node, "log"))) {
      throw new LogProblem(ProblemCode.LOG_NOT_A_LOG, FORMAT);
    }
    JsonNode versionNode = node.get("version");
    int version = versionNode != null && versionNode.isInt() ? versionNode.intValue() : -1;
    if (version != 1 && version != VERSION) {
      throw new LogProblem(ProblemCode.LOG_VERSION,
          versionNode == null ? ProblemText.of(ProblemCode.LOG_NONE) : versionNode.toString(), VERSION);
    }
    JsonNode seed = node.get("seed");
    if (seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong()) {
      throw new LogProblem(ProblemCode.LOG_SEED,
          seed == null ? ProblemText.of(ProblemCode.LOG_NO_SEED) : ProblemText.of(ProblemCode.LOG_THE_SEED, seed),
          Long.MIN_VALUE, Long.MAX_VALUE);
    }
    Integer days = null;
    if (version >= 2) {
      JsonNode d = node.get("days");
      if (d == null || !d.isInt() || d.intValue() < 1 || d.intValue() > Metadata.MAX_DURATION_DAYS) {
        throw new LogProblem(ProblemCode.LOG_DAYS,
            d == null ? ProblemText.of(ProblemCode.LOG_NO_DAYS) : ProblemText.of(ProblemCode.LOG_THE_DAYS, d),
            Metadata.MAX_DURATION_DAYS);
      }
      days = d.intValue();
    }
    return new Header(required(node, "scenario"), seed.longValue(), required(node, "policy"), days);
  }

  /**
   * Checks that an entry stands where a run could have written it: numbered after the one before,
   * not earlier than it, within the run, and with the tick its phase implies (between ticks the
   * last tick run, else the tick it happened in, a daily entry at the start of a day).
   */
  private static void checkPlace(Entry e, Entry before, Header header) {
    int expectedSeq = before == null ? 1 : before.seq() + 1;
    if (e.seq() != expectedSeq) {
      throw new LogProblem(ProblemCode.LOG_SEQ, e.seq(), expectedSeq);
    }
    if (e.completed() < 0 || e.tick() < 0) {
      throw new LogProblem(ProblemCode.LOG_NEGATIVE_TICK, e.seq());
    }
    if (before != null && e.completed() < before.completed()) {
      throw new LogProblem(ProblemCode.LOG_ORDER, e.seq(), e.completed(), before.seq(), before.completed());
    }
    long ticks = header.days() == null ? (long) Metadata.MAX_DURATION_DAYS * 24 : header.days() * 24L;
    boolean betweenTicks = e.phase() == Phase.DESK;
    if (e.completed() > ticks || (!betweenTicks && e.completed() >= ticks)) {
      throw new LogProblem(ProblemCode.LOG_AFTER_END, e.seq(), e.tick(), header.days() == null
          ? ProblemText.of(ProblemCode.LOG_LONGEST_RUN) : ProblemText.of(ProblemCode.LOG_DAY_RUN, header.days()));
    }
    if (e.phase() == Phase.OPTION) {
      if (before == null || before.completed() != e.completed() || before.tick() != e.tick()
          || !Objects.equals(before.point(), e.point())) {
        throw new LogProblem(ProblemCode.LOG_OPTION_ORDER, e.seq(), e.point());
      }
      return;
    }
    long expectedTick = betweenTicks ? Math.max(0, e.completed() - 1) : e.completed();
    if (e.tick() != expectedTick) {
      throw betweenTicks
          ? new LogProblem(ProblemCode.LOG_MOVED_BETWEEN, e.seq(), e.tick(), e.completed(), expectedTick)
          : new LogProblem(ProblemCode.LOG_MOVED_DURING, e.seq(), e.tick(), expectedTick);
    }
    if (e.phase() == Phase.DAILY && e.tick() % 24 != 0) {
      throw new LogProblem(ProblemCode.LOG_DAILY_TICK, e.seq(), e.tick());
    }
  }

  private static String required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
      throw new LogProblem(ProblemCode.LOG_HEADER_FIELD, field);
    }
    return v.textValue();
  }

  /**
   * Lines of a byte stream decoded strictly as UTF-8, so a byte sequence that is not UTF-8 is
   * reported with its line instead of being replaced or failing without a place.
   */
  private static final class Utf8Lines implements LineSource {
    private final InputStream in;
    private final String name;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    private int number;

    Utf8Lines(InputStream in, String name) {
      this.in = new java.io.BufferedInputStream(in);
      this.name = name;
    }

    @Override
    public String next() throws IOException {
      line.reset();
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        line.write(b);
      }
      if (b == -1 && line.size() == 0) {
        return null;
      }
      number++;
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer bytes = ByteBuffer.wrap(line.toByteArray());
      CharBuffer chars = CharBuffer.allocate(bytes.remaining());
      CoderResult result = decoder.decode(bytes, chars, true);
      if (result.isError()) {
        throw new InvalidLogException(ProblemText.of(ProblemCode.LOG_AT_COLUMN, name, number, bytes.position() + 1,
            ProblemText.of(ProblemCode.LOG_NOT_UTF8, bytes.position() + 1)));
      }
      decoder.flush(chars);
      String text = chars.flip().toString();
      return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
  }

  private static Entry entry(JsonNode node) {
    CoordinationAction action = null;
    JsonNode a = node.get("action");
    if (a != null && a.isObject()) {
      List<String> members = new ArrayList<>();
      a.path("members").forEach(m -> members.add(m.asText()));
      action = new CoordinationAction(
          known(ActionType.class, "type", present(text(a, "type"), ProblemCode.LOG_ACTION_NO_TYPE)),
          text(a, "target"), text(a, "via"), text(a, "zone"), members,
          text(a, "medium") == null ? null : known(Medium.class, "medium", text(a, "medium")),
          text(a, "language"),
          text(a, "task") == null ? null : known(Task.class, "task", text(a, "task")),
          a.has("units") ? a.get("units").asInt() : null,
          text(a, "ends") == null ? null : known(ActionType.class, "ends", text(a, "ends")));
    }
    ControlAct control = null;
    JsonNode c = node.get("control");
    if (c != null && c.isObject()) {
      try {
        control = CONTROL_JSON.treeToValue(c, ControlAct.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
        throw new LogProblem(ProblemCode.LOG_CONTROL_UNREADABLE, String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse(""));
      }
    }
    String kind = present(text(node, "kind"), ProblemCode.LOG_NO_KIND);
    String phase = present(text(node, "phase"), ProblemCode.LOG_NO_PHASE);
    JsonNode taken = node.get("taken");
    if (taken == null || !taken.isBoolean()) {
      throw new LogProblem(ProblemCode.LOG_NO_TAKEN);
    }
    return new Entry((int) whole(node, "seq", Integer.MAX_VALUE), whole(node, "completed", Long.MAX_VALUE),
        whole(node, "tick", Long.MAX_VALUE), Phase.of(phase), text(node, "role"),
        Kind.of(kind), text(node, "point"), text(node, "option"), text(node, "by"),
        action, taken.booleanValue(), text(node, "reason"), control);
  }

  /** The constant of an action's field by its name, or a problem that lists the names allowed. */
  private static <E extends Enum<E>> E known(Class<E> type, String field, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new LogProblem(ProblemCode.LOG_UNKNOWN_ACTION_VALUE, field, name,
        String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
  }

  private static String present(String text, ProblemCode missing) {
    if (text == null) {
      throw new LogProblem(missing);
    }
    return text;
  }

  private static long whole(JsonNode node, String field, long max) {
    JsonNode v = node.get(field);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0 || v.longValue() > max) {
      throw new LogProblem(ProblemCode.LOG_WHOLE, v == null ? ProblemText.of(ProblemCode.LOG_WITHOUT_FIELD, field)
          : ProblemText.of(ProblemCode.LOG_WITH_FIELD, field, v), max);
    }
    return v.longValue();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
