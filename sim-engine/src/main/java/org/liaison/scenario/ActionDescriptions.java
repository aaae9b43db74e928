package org.liaison.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each {@link ActionType} does in the model, its preconditions, its likely effects and its
 * risks, from {@code action-types.properties} next to this class: the one text the trainer's action
 * panel shows and the authoring guide points to. A translation sits beside it as
 * {@code action-types_LANG.properties} with every key of the English file.
 */
public final class ActionDescriptions {
  /** One action type explained in four short paragraphs. */
  public record Description(String does, String needs, String effects, String risks) {}

  private static final String FILE = "action-types";
  private static final Map<ActionType, Description> ALL = load(FILE + ".properties");
  private static final Map<String, Map<ActionType, Description>> TRANSLATED = new ConcurrentHashMap<>();

  private ActionDescriptions() {}

  public static Description of(ActionType type) {
    return ALL.get(type);
  }

  /** The description in a language if it has been translated, else in English. */
  public static Description of(ActionType type, Locale language) {
    String file = FILE + "_" + language.getLanguage() + ".properties";
    if (language.getLanguage().isEmpty() || ActionDescriptions.class.getResource(file) == null) {
      return of(type);
    }
    return TRANSLATED.computeIfAbsent(file, ActionDescriptions::load).get(type);
  }

  private static Map<ActionType, Description> load(String file) {
    Properties p = new Properties();
    try (InputStream in = ActionDescriptions.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from the engine's resources");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<ActionType, Description> out = new EnumMap<>(ActionType.class);
    for (ActionType t : ActionType.values()) {
      out.put(t, new Description(text(p, file, t, "does"), text(p, file, t, "needs"), text(p, file, t, "effects"),
          text(p, file, t, "risks")));
    }
    return out;
  }

  private static String text(Properties p, String file, ActionType t, String part) {
    String v = p.getProperty(t.name() + "." + part);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(file + " has no " + t.name() + "." + part);
    }
    return v.strip();
  }
}
