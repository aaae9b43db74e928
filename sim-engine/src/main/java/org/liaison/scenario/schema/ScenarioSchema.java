package org.liaison.scenario.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Translatable;

/**
 * Generates a JSON Schema from record classes, so the schema editors use cannot drift from the
 * format the reader accepts. Defaults are read from the records themselves.
 */
public final class ScenarioSchema {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The definition of a text given in several languages. */
  private static final String TEXTS = "TranslatedText";
  /** The shape of a BCP 47 tag, for editors; the reader checks tags in full. */
  private static final String LANGUAGE_TAG = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";
  /** A text a person reads says something: more than blanks. */
  private static final String NOT_BLANK = "\\S";

  private ScenarioSchema() {}

  /** The scenario format's schema as pretty-printed JSON ending in a newline. */
  public static String scenarioSchema() {
    return generate(Scenario.class, "Liaison scenario",
        "An exercise for the Liaison civil-military coordination simulator.");
  }

  /** The schema of any record-based file format, titled and described. */
  public static String generate(Class<?> root, String title, String description) {
    SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
        .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
    Map<Class<?>, Object> emptyInstances = new HashMap<>();
    builder.forFields().withDefaultResolver(field -> defaultOf(field, emptyInstances));
    builder.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
      if (scope.getType().isInstanceOf(Map.class)) {
        var key = scope.getTypeParameterFor(Map.class, 0);
        if (key != null && key.getErasedType().isEnum()) {
          var names = node.putObject("propertyNames").putArray("enum");
          for (Object constant : key.getErasedType().getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
          }
        }
      }
    });
    boolean[] translatable = {false};
    builder.forFields().withInstanceAttributeOverride((node, field, context) -> {
      if (field.getAnnotation(Translatable.class) != null && !field.isFakeContainerItemScope()) {
        ArrayNode either = node.putArray("anyOf");
        either.addObject().put("type", "string").put("pattern", NOT_BLANK);
        either.addObject().put("$ref", "#/$defs/" + TEXTS);
        translatable[0] = true;
      }
    });
    JsonNode schema = new SchemaGenerator(builder.build()).generateSchema(root);
    if (translatable[0]) {
      dropTypeBesideTexts(schema);
      ObjectNode texts = ((ObjectNode) schema).with("$defs").putObject(TEXTS);
      texts.put("type", "object");
      texts.put("description", "A text in several languages: language tag (BCP 47, such as en, fr or fr-CF) to"
          + " text. It must include the scenario's own language (metadata.language).");
      texts.put("minProperties", 1);
      texts.putObject("propertyNames").put("pattern", LANGUAGE_TAG);
      texts.putObject("additionalProperties").put("type", "string").put("pattern", NOT_BLANK);
    }
    ObjectNode ordered = JSON.createObjectNode();
    ordered.put("$schema", schema.path("$schema").asText());
    ordered.put("title", title);
    ordered.put("description", description);
    schema.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("$schema")) {
        ordered.set(e.getKey(), e.getValue());
      }
    });
    try {
      return JSON.writeValueAsString(ordered).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("schema cannot be written", e);
    }
  }

  /** The generator writes a field's type after the overrides: a text that may be a mapping has none but its anyOf. */
  private static void dropTypeBesideTexts(JsonNode node) {
    if (node instanceof ObjectNode object && object.path("anyOf").findValuesAsText("$ref").contains("#/$defs/" + TEXTS)) {
      object.remove("type");
    }
    node.forEach(ScenarioSchema::dropTypeBesideTexts);
  }

  /** The value a record gives a field when the file leaves it out, if that value is a simple one. */
  private static Object defaultOf(FieldScope field, Map<Class<?>, Object> emptyInstances) {
    Class<?> owner = field.getDeclaringType().getErasedType();
    if (!owner.isRecord() || field.isFakeContainerItemScope()) {
      return null;
    }
    Object instance = emptyInstances.computeIfAbsent(owner, ScenarioSchema::instanceWithNothingGiven);
    try {
      Field raw = owner.getDeclaredField(field.getDeclaredName());
      raw.setAccessible(true);
      Object value = raw.get(instance);
      return value instanceof Number || value instanceof Boolean || value instanceof Enum<?> ? value : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Object instanceWithNothingGiven(Class<?> recordClass) {
    RecordComponent[] components = recordClass.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> canonical = recordClass.getDeclaredConstructor(types);
      return canonical.newInstance(new Object[components.length]);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
