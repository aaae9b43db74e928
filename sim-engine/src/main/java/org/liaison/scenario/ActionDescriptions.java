package org.liaison.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * What each {@link ActionType} does in the model, its preconditions, its likely effects and its
 * risks, from {@code action-types.properties} next to this class: the one text the trainer's action
 * panel shows and the authoring guide points to.
 */
public final class ActionDescriptions {
  /** One action type explained in four short paragraphs. */
  public record Description(String does, String needs, String effects, String risks) {}

  private static final Map<ActionType, Description> ALL = load();

  private ActionDescriptions() {}

  public static Description of(ActionType type) {
    return ALL.get(type);
  }

  private static Map<ActionType, Description> load() {
    Properties p = new Properties();
    try (InputStream in = ActionDescriptions.class.getResourceAsStream("action-types.properties")) {
      if (in == null) {
        throw new IllegalStateException("action-types.properties is missing from the engine's resources");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<ActionType, Description> out = new EnumMap<>(ActionType.class);
    for (ActionType t : ActionType.values()) {
      out.put(t, new Description(text(p, t, "does"), text(p, t, "needs"), text(p, t, "effects"), text(p, t, "risks")));
    }
    return out;
  }

  private static String text(Properties p, ActionType t, String part) {
    String v = p.getProperty(t.name() + "." + part);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("action-types.properties has no " + t.name() + "." + part);
    }
    return v.strip();
  }
}
