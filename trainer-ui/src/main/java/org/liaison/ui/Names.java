package org.liaison.ui;

import java.util.Locale;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Task;
import org.liaison.scenario.Zone;

/**
 * The names a person reads for the scenario's ids and the model's codes: actors, zones, roles and
 * options by their scenario names; action types, media, tasks, actor kinds, indicators and
 * languages in the trainer's language.
 */
public final class Names {
  private final Scenario scenario;

  public Names(Scenario scenario) {
    this.scenario = scenario;
  }

  /** The scenario whose names these are. */
  public Scenario scenario() {
    return scenario;
  }

  /** The actor's name; "Exercise control" for injects from control; the id only if the scenario lacks it. */
  public String actor(String id) {
    if (id == null) {
      return "";
    }
    if ("control".equals(id)) {
      return I18n.t("name.control");
    }
    return scenario.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse(id);
  }

  public String zone(String id) {
    if (id == null) {
      return "";
    }
    return scenario.map().zones().stream().filter(z -> z.id().equals(id)).map(Zone::name).findFirst().orElse(id);
  }

  public String role(String id) {
    return scenario.metadata().roles().stream().filter(r -> r.id().equals(id)).map(Role::title).findFirst()
        .orElse(id);
  }

  /** Why an actor's hostility changed or aid was blocked, from the engine's text, in the trainer's language. */
  public String eventReason(String text) {
    return eventReason(org.liaison.events.EventReason.parse(text));
  }

  /** A reason as the engine gives it, code and ids, in the trainer's language; "" for none. */
  public String eventReason(org.liaison.events.EventReason r) {
    if (r == null) {
      return "";
    }
    if (r.code() == org.liaison.events.EventReason.Code.OTHER) {
      return humanise(r.args().get(0));
    }
    return I18n.t("reason." + r.code().name(), r.args().stream().map(this::actor).toArray());
  }

  /** A language by its ISO 639 code, in the trainer's language ("Ukrainian", "ukrainien"). */
  public static String language(String code) {
    if (code == null) {
      return "";
    }
    String key = "language." + code;
    if (I18n.has(key)) {
      return I18n.t(key);
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(I18n.locale());
    return name.isEmpty() || name.equalsIgnoreCase(code) ? code : capitalise(name);
  }

  public static String action(ActionType type) {
    return I18n.t("action." + type.name());
  }

  /** A scripted event's kind, such as "A road closed or slowed" for ROAD_CLOSED. */
  public static String effect(org.liaison.scenario.EffectKind k) {
    return I18n.network().getString("effect." + k.name());
  }

  /**
   * A code no name is known for (one a newer engine wrote, say) said as words, "FIELD_DAY" as
   * "field day", so that a person never reads the code itself.
   */
  public static String words(String code) {
    return code == null ? "" : code.replace('_', ' ').replace('-', ' ').toLowerCase(I18n.locale());
  }

  public static String medium(Medium m) {
    return I18n.t("medium." + m.name());
  }

  public static String task(Task t) {
    return I18n.t("task." + t.name());
  }

  public static String kind(ActorKind k) {
    return I18n.t("kind." + k.name());
  }

  /** What kind of incident an engine event type is, such as "Attack deterred" for AttackDeterred. */
  public static String incident(String eventType) {
    return I18n.t("incident." + eventType);
  }

  /** An indicator's short name with its unit, such as "Trust in the mission (0–1)". */
  public static String indicator(Indicator i) {
    return org.liaison.indicators.IndicatorNames.of(i, I18n.locale());
  }

  /**
   * A text from the engine with the model's codes in it (action types such as
   * {@code ASSIGN_LIAISON_OFFICER}, indicator keys such as {@code warningCoverage}) turned into
   * their names.
   */
  public static String humanise(String text) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (ActionType t : ActionType.values()) {
      out = out.replaceAll("\\b" + t.name() + "\\b", java.util.regex.Matcher.quoteReplacement(action(t)));
    }
    for (Indicator i : Indicator.values()) {
      out = out.replaceAll("\\b" + i.key() + "\\b", java.util.regex.Matcher.quoteReplacement(indicator(i)));
    }
    return out;
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(I18n.locale()) + s.substring(1);
  }
}
