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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

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
    String text;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw single(displayName, "file is " + size + " bytes; at most " + MAX_FILE_BYTES + " bytes are allowed");
      }
      if (Files.isDirectory(file)) {
        throw single(displayName, "is a directory; expected a scenario file");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw single(displayName, "no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw single(displayName, "is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw single(displayName, "cannot be read: " + e.getMessage());
    }
    boolean isJson = file.getFileName() != null && file.getFileName().toString().toLowerCase().endsWith(".json");
    return parse(text, displayName, isJson);
  }

  /** Parses text already in memory. */
  public LocatedTree parse(String text, String displayName, boolean isJson) throws InvalidInputException {
    if (text.length() > MAX_FILE_BYTES) {
      throw single(displayName, "text is longer than " + MAX_FILE_BYTES + " characters");
    }
    Builder builder = new Builder(displayName);
    try (JsonParser parser = (isJson ? json : yaml).createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw single(displayName, "file is empty; expected a scenario document");
      }
      JsonNode root = builder.value(parser, first, "");
      if (parser.nextToken() != null) {
        throw new InvalidInputException(List.of(builder.problemAt(parser.currentTokenLocation(), "",
            "more than one document in the file; put one scenario per file")));
      }
      if (!builder.problems.isEmpty()) {
        throw new InvalidInputException(builder.problems);
      }
      return new LocatedTree(root, builder.positions);
    } catch (StreamConstraintsException e) {
      throw single(displayName, "file exceeds a safety limit: " + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = syntaxMessage(e);
      throw new InvalidInputException(List.of(at == null
          ? new Problem(displayName, 0, 0, "", message)
          : builder.problemAt(at, "", message)));
    } catch (IOException e) {
      throw single(displayName, "cannot be read: " + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      // SnakeYAML reports its own limits (aliases, nesting, size) as unchecked exceptions.
      throw single(displayName, "syntax error or safety limit: " + firstLine(e.getMessage()));
    }
  }

  private static String syntaxMessage(JsonProcessingException e) {
    String original = firstLine(e.getOriginalMessage());
    if (original.contains("Duplicate field")) {
      return "key appears twice in the same mapping; each key may appear once";
    }
    return "syntax error: " + original;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.strip().lines().findFirst().orElse("unknown error");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private static InvalidInputException single(String file, String message) {
    return new InvalidInputException(List.of(new Problem(file, 0, 0, "", message)));
  }

  /** Builds the tree token by token, recording where each node starts. */
  private static final class Builder {
    private final String file;
    private final Map<String, LocatedTree.Position> positions = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private int nodes;

    Builder(String file) {
      this.file = file;
    }

    JsonNode value(JsonParser parser, JsonToken token, String pointer) throws IOException {
      if (++nodes > MAX_NODES) {
        throw new StreamConstraintsException("more than " + MAX_NODES + " values in the file");
      }
      JsonLocation at = parser.currentTokenLocation();
      positions.putIfAbsent(pointer, new LocatedTree.Position(at.getLineNr(), at.getColumnNr()));
      if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
        problems.add(problemAt(at, pointer, "YAML aliases (*" + yamlParser.getCurrentAnchor()
            + ") are not supported; write the value out in full"));
        return JsonNodeFactory.instance.nullNode();
      }
      switch (token) {
        case START_OBJECT:
          return object(parser, pointer);
        case START_ARRAY:
          return array(parser, pointer);
        case VALUE_STRING:
          return JsonNodeFactory.instance.textNode(parser.getText());
        case VALUE_NUMBER_INT:
          return JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT:
          return JsonNodeFactory.instance.numberNode(parser.getDoubleValue());
        case VALUE_TRUE:
          return JsonNodeFactory.instance.booleanNode(true);
        case VALUE_FALSE:
          return JsonNodeFactory.instance.booleanNode(false);
        case VALUE_NULL:
          return JsonNodeFactory.instance.nullNode();
        default:
          problems.add(problemAt(at, pointer, "unexpected " + token + "; expected a value"));
          return JsonNodeFactory.instance.nullNode();
      }
    }

    private ObjectNode object(JsonParser parser, String pointer) throws IOException {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        String childPointer = Pointers.child(pointer, name);
        JsonLocation keyAt = parser.currentTokenLocation();
        boolean repeated = object.has(name);
        if (repeated) {
          problems.add(problemAt(keyAt, childPointer, "key appears twice in the same mapping; each key may appear once"));
        } else {
          positions.put(childPointer, new LocatedTree.Position(keyAt.getLineNr(), keyAt.getColumnNr()));
        }
        JsonNode child = value(parser, parser.nextToken(), childPointer);
        if (!repeated) {
          object.set(name, child);
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw new StreamConstraintsException("malformed mapping");
      }
      return object;
    }

    private ArrayNode array(JsonParser parser, String pointer) throws IOException {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      JsonToken token;
      int index = 0;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new StreamConstraintsException("list is not closed");
        }
        array.add(value(parser, token, Pointers.child(pointer, index++)));
      }
      return array;
    }

    Problem problemAt(JsonLocation at, String pointer, String message) {
      return new Problem(file, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), Pointers.toPath(pointer), message);
    }
  }
}
