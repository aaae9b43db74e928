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
    boolean ofAnEvent = false;
    for (int i = 0; i < r.args().size(); i++) {
      Refusal.Arg kind = r.code().kinds().get(i);
      ofAnEvent |= kind == Refusal.Arg.ACTION && kindOf(EffectKind.class, r.args().get(i)) != null;
      args.add(argument(kind, r.args().get(i)));
    }
    // Exercise control's scripted events share the "needs a zone" check with actions; the text
    // then says it is an event, so that "Change in need" does not read as an order.
    String eventKey = "refusal.event." + r.code().name();
    return I18n.t(ofAnEvent && I18n.has(eventKey) ? eventKey : "refusal." + r.code().name(), args.toArray());
  }

  private Object argument(Refusal.Arg kind, String value) {
    return switch (kind) {
      case ACTOR -> names == null ? value : names.actor(value);
      case ZONE -> names == null ? value : names.zone(value);
      case ROLE_ID -> names == null ? value : names.role(value);
      case SEAT -> I18n.has("refusal.seat." + value) ? I18n.t("refusal.seat." + value) : Names.words(value);
      case EFFECT -> effect(value);
      case MEDIUM -> kindOf(Medium.class, value) != null ? Names.medium(Medium.valueOf(value)) : Names.words(value);
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

  /** An action type, or a scripted event's kind where the engine names one in its place, by its name. */
  private static String action(String code) {
    ActionType type = kindOf(ActionType.class, code);
    return type != null ? Names.action(type) : effect(code);
  }

  private static String effect(String code) {
    EffectKind kind = kindOf(EffectKind.class, code);
    return kind != null ? Names.effect(kind) : Names.words(code);
  }

  private static <E extends Enum<E>> E kindOf(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(code)) {
        return e;
      }
    }
    return null;
  }
}
