package org.liaison.scenario.read;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.scenario.Translatable;

/**
 * Checks a parsed tree against the shape of a record class before binding, reporting every
 * unknown key, wrong type, unknown enum value and missing required field at once.
 *
 * <p>The record classes are the single definition of the format: this checker, the binder and
 * the JSON schema generator all read them, so the three cannot disagree.
 */
public final class StructureChecker {
  /** Keys earlier versions of the format read, with what to write instead. */
  private static final Map<String, ProblemCode> RETIRED = Map.of(
      "ScoreWeights.outcomes", ProblemCode.RETIRED_OUTCOMES,
      "Parameters.scoreCasualtyHalf", ProblemCode.RETIRED_CASUALTY_HALF,
      "Parameters.scoreViolationHalf", ProblemCode.RETIRED_VIOLATION_HALF);

  private final LocatedProblems problems;
  private final String ownLanguage;
  private final List<String> texts = new ArrayList<>();
  private boolean complete = true;

  private StructureChecker(String file, LocatedTree tree, String ownLanguage) {
    this.problems = new LocatedProblems(file, tree);
    this.ownLanguage = ownLanguage;
  }

  /**
   * The structural problems of a tree read as {@code type}, and the tree with every offending
   * key and value removed.
   *
   * @param problems every structural problem; empty if the tree binds cleanly
   * @param repaired a copy without the offending parts, good enough to bind when {@code complete}
   * @param complete true when nothing required was lost, so that the meaning of the repaired tree
   *     can still be checked and those problems reported in the same pass
   * @param texts the pointers of the texts given in several languages, each still a mapping from
   *     language tag to text in the repaired tree (see {@link TextLanguages#resolve})
   */
  public record Result(List<Problem> problems, LocatedTree repaired, boolean complete, List<String> texts) {
    public Result {
      texts = List.copyOf(texts);
    }
  }

  /** Checks the tree against the record class {@code type}, whose texts are in English. */
  public static Result check(String file, LocatedTree tree, Class<?> type) {
    return check(file, tree, type, org.liaison.scenario.Metadata.DEFAULT_LANGUAGE);
  }

  /**
   * Checks the tree against the record class {@code type}; a text given in several languages must
   * include {@code ownLanguage}, the language of the file's plain texts (null when the file names
   * a language that is not one, already reported).
   */
  public static Result check(String file, LocatedTree tree, Class<?> type, String ownLanguage) {
    LocatedTree copy = new LocatedTree(tree.root().deepCopy(), tree.positions());
    StructureChecker checker = new StructureChecker(file, copy, ownLanguage);
    if (!looksLike(tree.root(), type)) {
      // Someone else's file (a system file, a spreadsheet export): name what it is not, and
      // never repeat its content, which may be private.
      String keys = String.join(", ", keysOf(type).keySet());
      checker.report("", tree.root().isObject() ? ProblemCode.NOT_A_FILE_KEYS
          : tree.root().isArray() ? ProblemCode.NOT_A_FILE_LIST : ProblemCode.NOT_A_FILE_VALUE, kindOf(type), keys);
      return new Result(checker.problems.list(), copy, false, List.of());
    }
    boolean usable = checker.check(copy.root(), type, "");
    return new Result(checker.problems.list(), copy, usable && checker.complete, checker.texts);
  }

  /**
   * Whether a document could be meant as a {@code type}: a mapping with at least one of its keys,
   * or one near enough to be a typo, or none at all.
   */
  private static boolean looksLike(JsonNode root, Class<?> type) {
    if (!root.isObject()) {
      return false;
    }
    if (root.isEmpty()) {
      return true;
    }
    Map<String, RecordComponent> keys = keysOf(type);
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (keys.containsKey(name) || !Suggestions.suggestion(name, keys.keySet()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** "a scenario file", "a rule file": the kind of file a record class describes, for messages. */
  static ProblemText kindOf(Class<?> type) {
    switch (type.getSimpleName()) {
      case "Scenario":
        return ProblemText.of(ProblemCode.KIND_SCENARIO);
      case "RuleFile":
        return ProblemText.of(ProblemCode.KIND_RULE_FILE);
      case "Experiment":
        return ProblemText.of(ProblemCode.KIND_EXPERIMENT);
      default:
        String words = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        String kind = words.endsWith(" file") ? words : words + " file";
        return ProblemText.of(ProblemCode.OTHER, ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind);
    }
  }

  /** The keys of a record class as they are written in files, in declaration order. */
  public static Map<String, RecordComponent> keysOf(Class<?> recordClass) {
    Map<String, RecordComponent> keys = new LinkedHashMap<>();
    for (RecordComponent component : recordClass.getRecordComponents()) {
      Field field = fieldOf(recordClass, component);
      if (field.isAnnotationPresent(JsonIgnore.class)) {
        continue;
      }
      JsonProperty property = field.getAnnotation(JsonProperty.class);
      String key = property != null && !property.value().isEmpty() ? property.value() : component.getName();
      keys.put(key, component);
    }
    return keys;
  }

  /** Whether a record component is marked required. */
  public static boolean isRequired(Class<?> recordClass, RecordComponent component) {
    JsonProperty property = fieldOf(recordClass, component).getAnnotation(JsonProperty.class);
    return property != null && property.required();
  }

  private static Field fieldOf(Class<?> recordClass, RecordComponent component) {
    try {
      return recordClass.getDeclaredField(component.getName());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("record component without field: " + component, e);
    }
  }

  /** Checks one node; false when the node cannot be bound and must be removed. */
  private boolean check(JsonNode node, Type type, String pointer) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] args = parameterized.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        return checkList(node, args[0], pointer);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return checkMap(node, (Class<?>) args[0], args[1], pointer);
      }
      throw new IllegalStateException("unsupported type in scenario records: " + type);
    }
    Class<?> cls = (Class<?>) type;
    if (cls.isRecord()) {
      return checkRecord(node, cls, pointer);
    }
    if (cls.isEnum()) {
      return checkEnum(node, cls, pointer);
    }
    if (cls == String.class) {
      return expect(node.isValueNode(), pointer, ProblemCode.FOUND_NOT_TEXT, describe(node));
    }
    if (cls == Integer.class || cls == int.class) {
      return checkInteger(node, pointer);
    }
    if (cls == Double.class || cls == double.class) {
      return checkNumber(node, pointer);
    }
    if (cls == Boolean.class || cls == boolean.class) {
      return expect(node.isBoolean(), pointer, ProblemCode.FOUND_NOT_BOOLEAN, describe(node));
    }
    throw new IllegalStateException("unsupported type in scenario records: " + cls);
  }

  private boolean expect(boolean condition, String pointer, ProblemCode code, Object... args) {
    if (!condition) {
      report(pointer, code, args);
    }
    return condition;
  }

  private boolean checkRecord(JsonNode node, Class<?> cls, String pointer) {
    if (!node.isObject()) {
      report(pointer, ProblemCode.FOUND_NOT_MAPPING_OF, describe(node), String.join(", ", keysOf(cls).keySet()));
      return false;
    }
    ObjectNode object = (ObjectNode) node;
    Map<String, RecordComponent> keys = keysOf(cls);
    List<String> toRemove = new ArrayList<>();
    Map<String, JsonNode> misspeltRequired = new java.util.LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String childPointer = Pointers.child(pointer, entry.getKey());
      RecordComponent component = keys.get(entry.getKey());
      if (component == null) {
        ProblemCode retired = RETIRED.get(cls.getSimpleName() + "." + entry.getKey());
        if (retired != null) {
          report(childPointer, retired);
        } else {
          report(childPointer, ProblemCode.UNKNOWN_KEY, entry.getKey(), Suggestions.hint(entry.getKey(), keys.keySet()),
              String.join(", ", keys.keySet()));
        }
        toRemove.add(entry.getKey());
        String meant = retired != null ? null : Suggestions.nearest(entry.getKey(), keys.keySet());
        // A misspelt required key is read as the key it was meant to be, so that the rest of the
        // file is still checked in this pass; the misspelling itself is reported above.
        if (meant != null && isRequired(cls, keys.get(meant)) && !object.has(meant)
            && !misspeltRequired.containsKey(meant)) {
          misspeltRequired.put(meant, entry.getValue());
        }
      } else if (!entry.getValue().isNull() && !checkComponent(cls, component, entry.getValue(), childPointer)) {
        toRemove.add(entry.getKey());
        complete &= !isRequired(cls, component);
      }
    }
    object.remove(toRemove);
    for (Map.Entry<String, JsonNode> meant : misspeltRequired.entrySet()) {
      String childPointer = Pointers.child(pointer, meant.getKey());
      if (!meant.getValue().isNull()
          && checkComponent(cls, keys.get(meant.getKey()), meant.getValue(), childPointer)) {
        object.set(meant.getKey(), meant.getValue());
      } else {
        complete = false;
      }
    }
    for (Map.Entry<String, RecordComponent> key : keys.entrySet()) {
      JsonNode value = object.get(key.getKey());
      if (misspeltRequired.containsKey(key.getKey())) {
        continue;
      }
      if ((value == null || value.isNull()) && isRequired(cls, key.getValue()) && !toRemove.contains(key.getKey())) {
        if (value == null) {
          report(Pointers.child(pointer, key.getKey()), ProblemCode.MISSING_REQUIRED, key.getKey(), where(pointer));
        } else {
          report(Pointers.child(pointer, key.getKey()), ProblemCode.REQUIRED_EMPTY);
        }
        complete = false;
      }
    }
    return true;
  }

  private boolean checkComponent(Class<?> recordClass, RecordComponent component, JsonNode node, String pointer) {
    if (isTranslatable(recordClass, component)) {
      if (node.isObject()) {
        return checkTexts((ObjectNode) node, pointer);
      }
      // A text a person reads says something: a blank one shows an empty line where a required
      // text belongs, and where an optional text is left out the reader says what it would have
      // (an evidence's criterion spelt out in the review), which a blank one hides.
      return expect(!node.isTextual() || !node.asText().isBlank(), pointer, ProblemCode.TEXT_BLANK)
          && check(node, component.getGenericType(), pointer);
    }
    return check(node, component.getGenericType(), pointer);
  }

  /** Whether a record component is a text a person reads, which may be given in several languages. */
  private static boolean isTranslatable(Class<?> recordClass, RecordComponent component) {
    return fieldOf(recordClass, component).isAnnotationPresent(Translatable.class);
  }

  /** A text given as a mapping from language tag to text: false when no usable text is left. */
  private boolean checkTexts(ObjectNode node, String pointer) {
    if (node.isEmpty()) {
      report(pointer, ProblemCode.TEXTS_EMPTY);
      return false;
    }
    List<String> toRemove = new ArrayList<>();
    Map<String, String> tags = new java.util.HashMap<>();
    boolean own = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String childPointer = Pointers.child(pointer, entry.getKey());
      String tag = TextLanguages.canonicalTag(entry.getKey());
      String earlier = tag == null ? null : tags.putIfAbsent(tag, entry.getKey());
      if (tag == null) {
        report(childPointer, ProblemCode.TEXT_LANGUAGE_NOT_TAG, abbreviate(entry.getKey()));
        toRemove.add(entry.getKey());
      } else if (earlier != null) {
        // Tags ignore case (en, EN): two keys for one language leave the reader's text to chance.
        report(childPointer, ProblemCode.TEXT_LANGUAGE_TWICE, abbreviate(entry.getKey()), abbreviate(earlier));
        toRemove.add(entry.getKey());
      } else if (!entry.getValue().isTextual()) {
        report(childPointer, ProblemCode.TEXT_IN_LANGUAGE_NOT_TEXT, tag, describe(entry.getValue()));
        toRemove.add(entry.getKey());
      } else if (entry.getValue().asText().isBlank()) {
        // Its readers would read nothing rather than the scenario's own language. Counted as given,
        // so that a blank text in the scenario's language is reported once, as blank.
        report(childPointer, ProblemCode.TEXT_IN_LANGUAGE_BLANK, tag);
        toRemove.add(entry.getKey());
        own |= tag.equals(ownLanguage);
      } else {
        own |= tag.equals(ownLanguage);
      }
    }
    node.remove(toRemove);
    if (!own && ownLanguage != null && !node.isEmpty()) {
      // Reported, yet kept: the rest of the file is still checked in this pass.
      report(pointer, ProblemCode.TEXTS_WITHOUT_OWN_LANGUAGE, ownLanguage);
    }
    if (node.isEmpty()) {
      return false;
    }
    texts.add(pointer);
    return true;
  }

  private boolean checkList(JsonNode node, Type element, String pointer) {
    if (!node.isArray()) {
      report(pointer, ProblemCode.FOUND_NOT_LIST, describe(node));
      return false;
    }
    ArrayNode array = (ArrayNode) node;
    boolean scalarElements = !(element instanceof Class<?> c) || !c.isRecord();
    List<JsonNode> kept = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      boolean ok = item.isNull()
          ? expect(false, Pointers.child(pointer, i), ProblemCode.EMPTY_LIST_ENTRY)
          : check(item, element, Pointers.child(pointer, i));
      if (ok || !scalarElements) {
        kept.add(item);
      }
      if (!ok && !scalarElements) {
        complete = false;
      }
    }
    if (kept.size() != array.size()) {
      // Rebuilt rather than removed one by one, which is quadratic in the length of the list.
      array.removeAll();
      array.addAll(kept);
    }
    return true;
  }

  private boolean checkMap(JsonNode node, Class<?> keyType, Type valueType, String pointer) {
    if (!node.isObject()) {
      report(pointer, ProblemCode.FOUND_NOT_MAPPING, describe(node));
      return false;
    }
    ObjectNode object = (ObjectNode) node;
    List<String> toRemove = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String childPointer = Pointers.child(pointer, entry.getKey());
      boolean ok;
      if (keyType.isEnum() && !enumNames(keyType).contains(entry.getKey())) {
        ok = expect(false, childPointer, ProblemCode.UNKNOWN_KEY, entry.getKey(),
            Suggestions.hint(entry.getKey(), enumNames(keyType)), String.join(", ", enumNames(keyType)));
      } else if (entry.getValue().isNull()) {
        ok = expect(false, childPointer, ProblemCode.EMPTY_MAP_VALUE);
      } else {
        ok = check(entry.getValue(), valueType, childPointer);
      }
      if (!ok) {
        toRemove.add(entry.getKey());
      }
    }
    object.remove(toRemove);
    return true;
  }

  private boolean checkEnum(JsonNode node, Class<?> cls, String pointer) {
    List<String> names = enumNames(cls);
    if (!node.isTextual() || !names.contains(node.asText())) {
      ProblemText found = node.isTextual() ? ProblemText.of(ProblemCode.QUOTED, abbreviate(node.asText())) : describe(node);
      report(pointer, ProblemCode.UNKNOWN_VALUE, found, Suggestions.hint(node.asText(), names), String.join(", ", names));
      return false;
    }
    return true;
  }

  private boolean checkInteger(JsonNode node, String pointer) {
    if (!node.isIntegralNumber()) {
      return expect(false, pointer, ProblemCode.FOUND_NOT_WHOLE, describe(node));
    }
    return expect(node.canConvertToInt(), pointer, ProblemCode.NUMBER_TOO_LARGE, abbreviate(node.asText()),
        Integer.MAX_VALUE);
  }

  private boolean checkNumber(JsonNode node, String pointer) {
    if (!node.isNumber()) {
      return expect(false, pointer, ProblemCode.FOUND_NOT_NUMBER, describe(node));
    }
    return expect(Double.isFinite(node.doubleValue()), pointer, ProblemCode.NUMBER_NOT_FINITE,
        abbreviate(node.asText()));
  }

  private static List<String> enumNames(Class<?> cls) {
    return Arrays.stream(cls.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toList());
  }


  private static Object where(String pointer) {
    return pointer.isEmpty() ? ProblemText.of(ProblemCode.TOP_LEVEL) : Pointers.toPath(pointer);
  }

  /** Digits beyond which the YAML parser leaves a number as text. */
  private static final java.util.regex.Pattern LONG_NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9]{40,}(\\.[0-9]*)?([eE][-+]?[0-9]+)?|[-+]?[0-9]*\\.[0-9]{40,}([eE][-+]?[0-9]+)?");

  private static ProblemText describe(JsonNode node) {
    if (node.isTextual() && node.asText().length() > 40 && LONG_NUMBER.matcher(node.asText()).matches()) {
      return ProblemText.of(ProblemCode.A_LONG_NUMBER, node.asText().length());
    }
    if (node.isObject()) {
      return ProblemText.of(ProblemCode.A_MAPPING);
    }
    if (node.isArray()) {
      return ProblemText.of(ProblemCode.A_LIST);
    }
    if (node.isTextual()) {
      return ProblemText.of(ProblemCode.A_TEXT, abbreviate(node.asText()));
    }
    if (node.isBoolean()) {
      return ProblemText.of(ProblemCode.QUOTED, node.asText());
    }
    if (node.isNumber()) {
      return ProblemText.of(ProblemCode.A_NUMBER, abbreviate(node.asText()));
    }
    return ProblemText.of(ProblemCode.NOTHING);
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
  }

  private void report(String pointer, ProblemCode code, Object... args) {
    problems.report(pointer, ProblemText.of(code, args));
  }
}
