package org.liaison.net.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.policy.Refusal;
import org.liaison.scenario.schema.ScenarioSchema;

/**
 * Reads and writes the exercise protocol's messages and checks what arrives: its size, that it is
 * one JSON object of a known type with every required field of the right type and no other, and
 * the lengths of its texts. Whether the sender may make the act is the server's check.
 */
public final class Protocol {
  /** Longest message a client may send, in characters. */
  public static final int MAX_MESSAGE_CHARS = 16 * 1024;
  /** Longest server message a client reads, in characters (a whole picture of a large scenario). */
  public static final int MAX_SERVER_MESSAGE_CHARS = 64 * 1024 * 1024;
  /**
   * Messages a client may send in one second before the server refuses them; a {@link ClientMessage.Read}
   * of an update sent and not yet read does not count, since there is at most one per update.
   */
  public static final int MAX_MESSAGES_PER_SECOND = 50;
  /**
   * Updates the server sends a client that says what it has read ({@link ClientMessage.Read}) before
   * it waits for the client to read them.
   */
  public static final int UNREAD_UPDATES = 1;
  /** Longest text (a participant's name, a note, an inject's message), in characters. */
  public static final int MAX_TEXT_CHARS = 2000;
  /** The client messages' schema as published in {@code docs/}. */
  public static final String CLIENT_SCHEMA_FILE = "protocol-client.schema.json";
  /** The server messages' schema as published in {@code docs/}. */
  public static final String SERVER_SCHEMA_FILE = "protocol-server.schema.json";
  /** Where a schema's own definitions are, as its references name them. */
  private static final String DEFS = "#/$defs/";
  /** The path of the exercise's WebSocket endpoint. */
  public static final String PATH = "/exercise";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      // A seat's update is mostly numbers (needs, trust, populations); this parser reads each to
      // the same double as the JDK's, in a fraction of its time.
      .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(MAX_SERVER_MESSAGE_CHARS).maxNestingDepth(64).build());
  }

  private static final ObjectReader CLIENT_READER = MAPPER.readerFor(ClientMessage.class);
  /**
   * A client reads every update of every picture, and looking each object's field names up for a
   * second occurrence took about a tenth of its CPU and of its allocations: the server writes its
   * messages with this same mapper, which never writes a name twice. The clients' messages, from
   * anyone, are still checked for it.
   */
  private static final ObjectReader SERVER_READER = MAPPER.readerFor(ServerMessage.class)
      .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private Protocol() {}

  /**
   * A message that does not pass the checks; {@link #code()} says which, {@link #refusal()} what was
   * wrong as a code and arguments, and the exception's message in English.
   */
  public static final class InvalidMessageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ServerMessage.ErrorCode code;
    private final transient Refusal refusal;

    public InvalidMessageException(ServerMessage.ErrorCode code, Refusal refusal) {
      super(refusal.text());
      this.code = code;
      this.refusal = refusal;
    }

    public InvalidMessageException(ServerMessage.ErrorCode code, String message) {
      this(code, Refusal.other(message));
    }

    public ServerMessage.ErrorCode code() {
      return code;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  /** Reads and checks a client's message. */
  public static ClientMessage readClient(String text) throws InvalidMessageException {
    if (text.length() > MAX_MESSAGE_CHARS) {
      throw new InvalidMessageException(ServerMessage.ErrorCode.TOO_LARGE,
          Refusal.Code.MESSAGE_TOO_LARGE.of(text.length(), MAX_MESSAGE_CHARS));
    }
    ClientMessage m = read(text, CLIENT_READER);
    checkTexts(m);
    return m;
  }

  /** Reads a server's message (a client's side). */
  public static ServerMessage readServer(String text) throws InvalidMessageException {
    return read(text, SERVER_READER);
  }

  /** A message as JSON text, its type first and null fields left out. */
  public static String write(Object message) {
    try {
      return MAPPER.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a protocol message cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The JSON Schema of client and server messages, generated from the records.
   *
   * <p>The generator describes each message type as a reference to its record's schema beside a
   * {@code type} constant; since that record's schema forbids properties it does not list, no
   * message with its {@code type} would validate. Each such pair is merged into one definition,
   * named after the message's record, that lists {@code type} with the record's own properties.
   */
  public static String schema(Class<?> root) {
    String generated = ScenarioSchema.generate(root, "Liaison exercise protocol: " + root.getSimpleName(),
        "One message of a networked Liaison exercise, sent as a WebSocket text message.");
    try {
      ObjectNode schema = (ObjectNode) MAPPER.readTree(generated);
      mergeTypedSubtypes(schema);
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the protocol schema cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  private static void mergeTypedSubtypes(ObjectNode schema) {
    ObjectNode defs = (ObjectNode) schema.get("$defs");
    Map<String, String> renamed = new HashMap<>();
    Set<String> merged = new HashSet<>();
    List<String> names = new ArrayList<>();
    defs.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode typed = defs.get(name);
      JsonNode typeConstant = typed.path("properties").path("type").path("const");
      if (!typed.has("$ref") || typed.path("properties").size() != 1 || !typeConstant.isTextual()) {
        continue;
      }
      String recordName = typed.get("$ref").asText().substring(DEFS.length());
      ObjectNode record = (ObjectNode) defs.get(recordName);
      ObjectNode one = MAPPER.createObjectNode();
      one.put("type", "object");
      if (record.has("description")) {
        one.set("description", record.get("description"));
      }
      ObjectNode properties = one.putObject("properties");
      properties.set("type", typed.path("properties").path("type"));
      properties.setAll((ObjectNode) record.path("properties"));
      ArrayNode required = one.putArray("required").add("type");
      record.path("required").forEach(required::add);
      one.put("additionalProperties", false);
      String plain = name.replaceFirst("-\\d+$", "");
      if (defs.has(plain) && !plain.equals(name)) {
        plain = name;
      }
      defs.remove(name);
      defs.set(plain, one);
      renamed.put(DEFS + name, DEFS + plain);
      merged.add(recordName);
    }
    retarget(schema, renamed);
    Set<String> stillUsed = new HashSet<>();
    collectRefs(schema, stillUsed);
    merged.stream().filter(r -> !stillUsed.contains(DEFS + r)).forEach(defs::remove);
    List<String> sorted = new ArrayList<>();
    defs.fieldNames().forEachRemaining(sorted::add);
    sorted.sort(null);
    ObjectNode ordered = MAPPER.createObjectNode();
    sorted.forEach(n -> ordered.set(n, defs.get(n)));
    schema.set("$defs", ordered);
  }

  private static void retarget(JsonNode node, Map<String, String> renamed) {
    if (node instanceof ObjectNode o) {
      JsonNode ref = o.get("$ref");
      if (ref != null && renamed.containsKey(ref.asText())) {
        o.put("$ref", renamed.get(ref.asText()));
      }
      o.elements().forEachRemaining(child -> retarget(child, renamed));
    } else if (node instanceof ArrayNode a) {
      a.forEach(child -> retarget(child, renamed));
    }
  }

  private static void collectRefs(JsonNode node, Set<String> refs) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }

  private static <T> T read(String text, ObjectReader reader) throws InvalidMessageException {
    try {
      T value = reader.readValue(text);
      if (value == null) {
        throw new InvalidMessageException(ServerMessage.ErrorCode.MALFORMED, Refusal.Code.NOT_AN_OBJECT.of());
      }
      return value;
    } catch (InvalidTypeIdException e) {
      throw new InvalidMessageException(ServerMessage.ErrorCode.MALFORMED, e.getTypeId() == null
          ? Refusal.Code.UNKNOWN_MESSAGE_TYPE.of() : Refusal.Code.UNKNOWN_MESSAGE_TYPE_NAMED.of(e.getTypeId()));
    } catch (MismatchedInputException e) {
      throw new InvalidMessageException(ServerMessage.ErrorCode.MALFORMED,
          Refusal.Code.BAD_FIELD.of(path(e), e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new InvalidMessageException(ServerMessage.ErrorCode.MALFORMED,
          Refusal.Code.NOT_JSON.of(e.getOriginalMessage()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidMessageException(ServerMessage.ErrorCode.MALFORMED, String.valueOf(e.getMessage()));
    }
  }

  private static String path(MismatchedInputException e) {
    StringBuilder b = new StringBuilder();
    for (var ref : e.getPath()) {
      b.append(ref.getFieldName() != null ? "/" + ref.getFieldName() : "/" + ref.getIndex());
    }
    return b.length() == 0 ? "(message)" : b.toString();
  }

  private static void checkTexts(ClientMessage m) throws InvalidMessageException {
    String[] texts;
    if (m instanceof ClientMessage.Join j) {
      texts = new String[] {j.code(), j.participant()};
    } else if (m instanceof ClientMessage.Act a) {
      texts = new String[] {a.role()};
    } else if (m instanceof ClientMessage.End e) {
      texts = new String[] {e.role(), e.arrangement().target(), e.arrangement().language()};
      if (!e.arrangement().type().standing()) {
        throw new InvalidMessageException(ServerMessage.ErrorCode.MALFORMED, Refusal.Code.NOT_STANDING.of(
            e.arrangement().type(), java.util.Arrays.stream(org.liaison.scenario.ActionType.values())
                .filter(org.liaison.scenario.ActionType::standing).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "))));
      }
    } else if (m instanceof ClientMessage.Choose c) {
      texts = new String[] {c.role(), c.point(), c.option()};
    } else if (m instanceof ClientMessage.Read) {
      return;
    } else {
      ClientMessage.Control c = (ClientMessage.Control) m;
      texts = new String[] {c.act().message(), c.act().text(), c.act().participant()};
    }
    for (String t : texts) {
      if (t != null && t.length() > MAX_TEXT_CHARS) {
        throw new InvalidMessageException(ServerMessage.ErrorCode.TOO_LARGE,
            Refusal.Code.TEXT_TOO_LARGE.of(t.length(), MAX_TEXT_CHARS));
      }
    }
    if (m instanceof ClientMessage.Join j && (j.participant().isBlank() || j.code().isBlank())) {
      throw new InvalidMessageException(ServerMessage.ErrorCode.MALFORMED,
          Refusal.Code.JOIN_NEEDS_CODE_AND_NAME.of());
    }
  }
}
