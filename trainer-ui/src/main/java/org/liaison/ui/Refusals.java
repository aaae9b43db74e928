package org.liaison.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.policy.Refusal;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.EffectKind;
import org.liaison.scenario.Medium;

/**
 * The engine's refusals said in the trainer's language with the scenario's names: the code's text
 * comes from the bundle ({@code refusal.CODE}) with its arguments named. The engine and the exercise
 * server give refusals so; only a saved log's or an event's English text is read back to its code
 * first. A text no engine template made is shown as it is, its codes humanised.
 */
public final class Refusals {
  private static final Pattern ARRANGEMENT = Pattern.compile("([A-Z_]+)(?: with (.+)| for (.+))?");
  /** The scenario's names, or null before a seat knows its scenario (ids are then shown as given). */
  private final Names names;

  public Refusals(Names names) {
    this.names = names;
  }

  /** Refusals said before any scenario is known, such as the server's answer to a join. */
  public static Refusals withoutScenario() {
    return new Refusals(null);
  }

  /** Why something was refused, from the English text a log or an event keeps; "" for none. */
  public String say(String reason) {
    if (reason == null || reason.isEmpty()) {
      return "";
    }
    return say(Refusal.parse(reason));
  }

  /** Why something was refused, for a person to read; "" for none. */
  public String say(Refusal r) {
    if (r == null) {
      return "";
    }
    if (r.code() == Refusal.Code.OTHER) {
      return Names.humanise(r.args().get(0));
    }
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < r.args().size(); i++) {
      args.add(argument(r.code().kinds().get(i), r.args().get(i)));
    }
    return I18n.t("refusal." + r.code().name(), args.toArray());
  }

  private Object argument(Refusal.Arg kind, String value) {
    return switch (kind) {
      case ACTOR -> names == null ? value : names.actor(value);
      case ZONE -> names == null ? value : names.zone(value);
      case ROLE_ID -> names == null ? value : names.role(value);
      case SEAT -> I18n.has("refusal.seat." + value) ? I18n.t("refusal.seat." + value) : value;
      case EFFECT -> effect(value);
      case MEDIUM -> isMedium(value) ? Names.medium(Medium.valueOf(value)) : value;
      case LANGUAGE -> Names.language(value);
      case ACTION -> action(value);
      case ARRANGEMENT -> arrangement(value);
      case HOURS, TRUST -> Double.parseDouble(value);
      case ROLE, TEXT -> value;
    };
  }

  private String arrangement(String value) {
    Matcher m = ARRANGEMENT.matcher(value);
    if (!m.matches()) {
      return value;
    }
    String type = action(m.group(1));
    if (m.group(2) != null) {
      return I18n.t("refusal.arrangementWith", type, names == null ? m.group(2) : names.actor(m.group(2)));
    }
    return m.group(3) != null ? I18n.t("refusal.arrangementWith", type, Names.language(m.group(3))) : type;
  }

  private static String action(String code) {
    for (ActionType t : ActionType.values()) {
      if (t.name().equals(code)) {
        return Names.action(t);
      }
    }
    // A scripted event's kind fills the same "needs a zone" texts as an action's.
    return effect(code);
  }

  private static String effect(String code) {
    for (EffectKind k : EffectKind.values()) {
      if (k.name().equals(code)) {
        return I18n.network().getString("effect." + code);
      }
    }
    return code;
  }

  private static boolean isMedium(String value) {
    for (Medium m : Medium.values()) {
      if (m.name().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
