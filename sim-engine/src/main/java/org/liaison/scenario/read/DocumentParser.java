package org.liaison.scenario.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Parses YAML or JSON text into a {@link LocatedTree}, treating the text as untrusted.
 *
 * <p>Files travel between training centres, so size, nesting, string length, node count and
 * YAML aliases are all bounded: a hostile file gets an error in bounded time and memory.
 * Repeated keys are reported, not silently overwritten.
 */
public final class DocumentParser {
  /** Largest file accepted, in bytes. */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
  static final int MAX_DEPTH = 40;
  static final int MAX_NODES = 400_000;
  static final int MAX_STRING_LENGTH = 200_000;
  /** Total length of the JSON pointers of all nodes; ordinary scenarios stay far below it. */
  static final long MAX_POINTER_CHARS = 32L * 1024 * 1024;

  private final JsonFactory yaml;
  private final JsonFactory json;

  public DocumentParser() {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(60)
        .maxNameLength(1_000)
        .maxDocumentLength(MAX_FILE_BYTES)
        .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setCodePointLimit((int) MAX_FILE_BYTES);
    this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  /** Reads and parses a file; JSON when its name ends in {@code .json}, YAML otherwise. */
  public LocatedTree parse(Path file, String displayName) throws InvalidInputException {
    return strict(read(file, displayName));
  }

  /** Parses text already in memory. */
  public LocatedTree parse(String text, String displayName, boolean isJson) throws InvalidInputException {
    return strict(read(text, displayName, isJson));
  }

  /**
   * A parsed document and the problems found while building it that still left a usable tree
   * (a repeated key keeps its first value, an alias becomes null), so that later checks can add
   * their problems to these in the same pass.
   */
  public record Parsed(LocatedTree tree, List<Problem> problems) {}

  /** Reads a file, keeping the problems that still leave a usable tree; throws for those that do not. */
  public Parsed read(Path file, String displayName) throws InvalidInputException {
    byte[] bytes;
    ProblemText unusable = InputFiles.problemOf(file);
    if (unusable != null) {
      throw single(displayName, switch (unusable.code()) {
        case NO_SUCH_FILE -> ProblemText.of(ProblemCode.NO_SUCH_INPUT_FILE);
        case NO_SUCH_FILE_PARENT -> new ProblemText(ProblemCode.NO_SUCH_INPUT_FILE_PARENT, unusable.args());
        default -> unusable;
      });
    }
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw single(displayName, ProblemText.of(ProblemCode.FILE_TOO_LARGE, size, MAX_FILE_BYTES));
      }
      try (InputStream in = Files.newInputStream(file)) {
        // Read at most one byte more than allowed, in case the file grew since its size was taken.
        bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      }
      if (bytes.length > MAX_FILE_BYTES) {
        throw single(displayName, ProblemText.of(ProblemCode.FILE_GREW, MAX_FILE_BYTES, MAX_FILE_BYTES));
      }
    } catch (NoSuchFileException e) {
      throw single(displayName, ProblemText.of(ProblemCode.NO_SUCH_INPUT_FILE));
    } catch (IOException e) {
      throw single(displayName, ProblemText.of(ProblemCode.CANNOT_READ, InputFiles.describe(e)));
    }
    boolean isJson = file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return read(decode(bytes, displayName), displayName, isJson);
  }

  /** Parses text in memory, keeping the problems that still leave a usable tree; throws for those that do not. */
  public Parsed read(String text, String displayName, boolean isJson) throws InvalidInputException {
    if (text.length() > MAX_FILE_BYTES) {
      throw single(displayName, ProblemText.of(ProblemCode.TEXT_TOO_LONG, text.length(), MAX_FILE_BYTES));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Builder builder = new Builder(displayName);
    JsonParser parser = null;
    try {
      parser = (isJson ? json : yaml).createParser(text);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw single(displayName, ProblemText.of(ProblemCode.EMPTY_FILE));
      }
      JsonNode root = builder.value(parser, first, "", 0);
      JsonToken next = parser.nextToken();
      if (next != null) {
        throw new InvalidInputException(List.of(builder.problemAt(parser.currentTokenLocation(), "",
            ProblemText.of(ProblemCode.MORE_THAN_ONE_DOCUMENT))));
      }
      return new Parsed(new LocatedTree(root, builder.positions), List.copyOf(builder.problems));
    } catch (StreamConstraintsException e) {
      throw new InvalidInputException(List.of(builder.problemAt(locationOf(e, parser), builder.lastPointer,
          ProblemText.of(ProblemCode.SAFETY_LIMIT, limitMessage(e)))));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(syntaxProblem(e, builder, parser)));
    } catch (IOException e) {
      throw single(displayName, ProblemText.of(ProblemCode.CANNOT_READ, InputFiles.describe(e)));
    } catch (RuntimeException e) {
      // SnakeYAML reports some of its own limits (aliases, nesting, size) as unchecked exceptions.
      Problem problem = markedProblem(e, displayName);
      throw new InvalidInputException(List.of(problem != null ? problem
          : builder.problemAt(locationOf(null, parser), "", ProblemText.of(ProblemCode.SYNTAX_OR_LIMIT,
              ProblemText.of(isJson ? ProblemCode.JSON_NOT_WELL_FORMED : ProblemCode.YAML_NOT_WELL_FORMED,
                  firstLine(e.getMessage())), hint(isJson)))));
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // Nothing to release beyond memory.
        }
      }
    }
  }

  private static ProblemText hint(boolean json) {
    return ProblemText.of(json ? ProblemCode.HINT_JSON : ProblemCode.HINT_YAML);
  }

  private static LocatedTree strict(Parsed parsed) throws InvalidInputException {
    if (!parsed.problems().isEmpty()) {
      throw new InvalidInputException(parsed.problems());
    }
    return parsed.tree();
  }

  /** Decodes UTF-8 strictly, naming the line and column of the first byte that is not UTF-8. */
  private static String decode(byte[] bytes, String displayName) throws InvalidInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new InvalidInputException(List.of(new Problem(displayName, line, column, "", ProblemCode.NOT_UTF8,
          String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF))));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static JsonLocation locationOf(JsonProcessingException e, JsonParser parser) {
    JsonLocation at = e == null ? null : e.getLocation();
    if ((at == null || at.getLineNr() <= 0) && parser != null) {
      at = parser.currentLocation();
    }
    return at == null ? JsonLocation.NA : at;
  }

  private static ProblemText limitMessage(StreamConstraintsException e) {
    if (e instanceof Limit limit) {
      return limit.text;
    }
    String original = firstLine(e.getOriginalMessage());
    java.util.regex.Matcher known = PARSER_LIMIT.matcher(original);
    if (known.lookingAt()) {
      ProblemCode code = switch (known.group(1)) {
        case "Number value length" -> ProblemCode.LIMIT_PARSER_NUMBER;
        case "String value length" -> ProblemCode.LIMIT_PARSER_TEXT;
        case "Name length" -> ProblemCode.LIMIT_PARSER_NAME;
        default -> ProblemCode.LIMIT_PARSER_DEPTH;
      };
      return ProblemText.of(ProblemCode.LIMIT_OF_PARSER, ProblemText.of(code, known.group(2), known.group(3)));
    }
    int from = original.indexOf(", from `");
    ProblemText text = ProblemText.of(ProblemCode.LIMIT_PARSER_OTHER,
        from > 0 ? original.substring(0, from) + ")" : original);
    return original.contains(";") ? text : ProblemText.of(ProblemCode.LIMIT_OF_PARSER, text);
  }

  /** Jackson's words for the limits this reader sets on it, with the size found and the limit. */
  private static final java.util.regex.Pattern PARSER_LIMIT = java.util.regex.Pattern.compile(
      "(Number value length|String value length|Name length|Document nesting depth) \\((\\d+)\\) exceeds the"
      + " maximum allowed \\((\\d+)");

  /** One of the reader's own safety limits, said as a problem's text. */
  private static final class Limit extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemText text;

    Limit(ProblemCode code, Object... args) {
      super(ProblemText.of(code, args).english());
      this.text = ProblemText.of(code, args);
    }
  }

  private Problem syntaxProblem(JsonProcessingException e, Builder builder, JsonParser parser) {
    Problem marked = markedProblem(e.getCause(), builder.file);
    if (marked != null) {
      return marked;
    }
    // No path: the parser stops where the text stops making sense, which is often after the field at fault.
    return builder.problemAt(locationOf(e, parser), "", syntaxMessage(e, parser instanceof YAMLParser));
  }

  /** A problem from SnakeYAML's own message and mark, which name the offending character better than the context. */
  private static Problem markedProblem(Throwable e, String file) {
    if (!(e instanceof MarkedYAMLException marked) || marked.getProblemMark() == null) {
      return null;
    }
    Mark mark = marked.getProblemMark();
    String problem = marked.getProblem() == null ? marked.getMessage() : marked.getProblem();
    ProblemText hint = ProblemText.of(problem.contains("TAB") || problem.contains("\\t")
        ? ProblemCode.HINT_TABS : ProblemCode.HINT_YAML_QUOTE);
    return new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, "", ProblemCode.SYNTAX_ERROR,
        YamlProblems.describe(problem, marked.getContext()), hint);
  }

  private static ProblemText syntaxMessage(JsonProcessingException e, boolean yamlInput) {
    String original = firstLine(e.getOriginalMessage());
    if (original.contains("Duplicate field")) {
      return ProblemText.of(ProblemCode.DUPLICATE_KEY_SYNTAX);
    }
    if (original.startsWith("Expected a field name")) {
      return ProblemText.of(ProblemCode.KEY_NOT_TEXT, hint(false));
    }
    if (original.contains("maybe a (non-standard) comment")) {
      return ProblemText.of(ProblemCode.JSON_COMMENT);
    }
    ProblemText what;
    if (e.getCause() instanceof ReaderException special) {
      what = YamlProblems.specialCharacter(special.getCodePoint());
    } else {
      what = yamlInput ? YamlProblems.describe(original, null) : JsonProblems.describe(original);
    }
    return ProblemText.of(ProblemCode.SYNTAX_ERROR, what, hint(!yamlInput));
  }

  /** The first line of a message, at most 200 characters. */
  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.strip().lines().findFirst().orElse("unknown error");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private static InvalidInputException single(String file, ProblemText text) {
    return new InvalidInputException(List.of(new Problem(file, 0, 0, "", text)));
  }

  /** YAML's spellings of infinity and not-a-number, which no field of any Liaison file accepts. */
  private static final java.util.regex.Pattern NOT_FINITE =
      java.util.regex.Pattern.compile("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");

  /** Builds the tree token by token, recording where each node starts. */
  private static final class Builder {
    private final String file;
    private final Map<String, LocatedTree.Position> positions = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private int nodes;
    private long pointerChars;
    private String lastPointer = "";

    Builder(String file) {
      this.file = file;
    }

    JsonNode value(JsonParser parser, JsonToken token, String pointer, int depth) throws IOException {
      lastPointer = pointer;
      if (++nodes > MAX_NODES) {
        throw new Limit(ProblemCode.LIMIT_VALUES, MAX_NODES, MAX_NODES);
      }
      if (depth > MAX_DEPTH) {
        throw new Limit(ProblemCode.LIMIT_DEPTH, MAX_DEPTH, MAX_DEPTH);
      }
      // Every node stores its pointer, which repeats its ancestors' keys: bound the total, or
      // long keys nested deep above a long list would take memory quadratic in the file size.
      pointerChars += pointer.length();
      if (pointerChars > MAX_POINTER_CHARS) {
        throw new Limit(ProblemCode.LIMIT_KEYS);
      }
      JsonLocation at = parser.currentTokenLocation();
      positions.putIfAbsent(pointer, new LocatedTree.Position(at.getLineNr(), at.getColumnNr()));
      if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
        addProblem(problemAt(at, pointer, ProblemText.of(ProblemCode.YAML_ALIAS, abbreviate(yamlParser.getText()))));
        return JsonNodeFactory.instance.nullNode();
      }
      switch (token) {
        case START_OBJECT:
          return object(parser, pointer, depth);
        case START_ARRAY:
          return array(parser, pointer, depth);
        case VALUE_STRING:
          String text = parser.getText();
          if (text.length() > MAX_STRING_LENGTH) {
            throw new Limit(ProblemCode.LIMIT_TEXT, text.length(), MAX_STRING_LENGTH);
          }
          return JsonNodeFactory.instance.textNode(text);
        case VALUE_NUMBER_INT:
          return JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT:
          if (NOT_FINITE.matcher(parser.getText()).matches()) {
            addProblem(problemAt(at, pointer, ProblemText.of(ProblemCode.NOT_FINITE_VALUE, abbreviate(parser.getText()))));
            return JsonNodeFactory.instance.nullNode();
          }
          return JsonNodeFactory.instance.numberNode(parser.getDoubleValue());
        case VALUE_TRUE:
          return JsonNodeFactory.instance.booleanNode(true);
        case VALUE_FALSE:
          return JsonNodeFactory.instance.booleanNode(false);
        case VALUE_NULL:
          return JsonNodeFactory.instance.nullNode();
        case VALUE_EMBEDDED_OBJECT:
          addProblem(problemAt(at, pointer, ProblemText.of(ProblemCode.BINARY_VALUE)));
          return JsonNodeFactory.instance.nullNode();
        default:
          addProblem(problemAt(at, pointer, ProblemText.of(ProblemCode.UNEXPECTED_TOKEN, token)));
          return JsonNodeFactory.instance.nullNode();
      }
    }

    private ObjectNode object(JsonParser parser, String pointer, int depth) throws IOException {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        String childPointer = Pointers.child(pointer, name);
        JsonLocation keyAt = parser.currentTokenLocation();
        boolean repeated = object.has(name);
        if (repeated) {
          LocatedTree.Position first = positions.get(childPointer);
          addProblem(problemAt(keyAt, childPointer, first == null
              ? ProblemText.of(ProblemCode.REPEATED_KEY, abbreviate(name))
              : ProblemText.of(ProblemCode.REPEATED_KEY_AT, abbreviate(name), first.line())));
        } else {
          positions.put(childPointer, new LocatedTree.Position(keyAt.getLineNr(), keyAt.getColumnNr()));
        }
        JsonNode child = value(parser, parser.nextToken(), childPointer, depth + 1);
        if (!repeated) {
          object.set(name, child);
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw new Limit(ProblemCode.MAPPING_NOT_CLOSED);
      }
      return object;
    }

    private ArrayNode array(JsonParser parser, String pointer, int depth) throws IOException {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      JsonToken token;
      int index = 0;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new Limit(ProblemCode.LIST_NOT_CLOSED);
        }
        array.add(value(parser, token, Pointers.child(pointer, index++), depth + 1));
      }
      return array;
    }

    private void addProblem(Problem problem) {
      if (problems.size() < ScenarioReader.MAX_PROBLEMS_KEPT) {
        problems.add(problem);
      } else if (problems.size() == ScenarioReader.MAX_PROBLEMS_KEPT) {
        problems.add(ScenarioReader.omitted(file, -1));
      }
    }

    Problem problemAt(JsonLocation at, String pointer, ProblemText text) {
      return new Problem(file, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), Pointers.toPath(pointer), text);
    }

    private static String abbreviate(String text) {
      return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
  }
}
