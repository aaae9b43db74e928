package org.liaison.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.Measured;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.scenario.ActionType;

/**
 * What an objective's criterion measured, said in the trainer's language with the scenario's
 * names: the rater's English text is read back to its code and arguments ({@code measured.CODE}
 * in the bundle). A text no rater template made is shown humanised.
 */
public final class Measurements {
  private static final Pattern RESPONSE = Pattern.compile("([A-Z_]+)(?: on (.+?))?(?: by (.+))?");
  private static final Pattern WITHIN = Pattern.compile("within (\\d+) h");
  private static final Pattern BETWEEN = Pattern.compile("within (\\d+) h to (\\d+) h of the entry");
  private final Names names;

  public Measurements(Names names) {
    this.names = names;
  }

  /** What was measured, for a person to read. */
  public String say(String measured) {
    if (measured == null || measured.isEmpty()) {
      return "";
    }
    Measured m = Measured.parse(measured);
    if (m.code() == Measured.Code.OTHER) {
      return Names.humanise(measured);
    }
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < m.args().size(); i++) {
      String v = m.args().get(i);
      args.add(switch (m.code().kinds().get(i)) {
        case INDICATOR -> Indicator.byKey(v).map(Names::indicator).orElse(v);
        case VALUE, HOURS -> Double.parseDouble(v);
        case RESPONSE -> response(v);
        case WINDOW -> window(v);
        case TEXT -> v;
      });
    }
    return I18n.t("measured." + m.code().name(), args.toArray());
  }

  /** A criterion's status: met, not met, not observed, not applicable. */
  public static String status(ObjectiveRater.Status status) {
    return I18n.t("measured.status." + status.name());
  }

  private String response(String v) {
    Matcher m = RESPONSE.matcher(v);
    if (!m.matches()) {
      return v;
    }
    String out = action(m.group(1));
    if (m.group(2) != null) {
      out = I18n.t("measured.on", out, names.actor(m.group(2)));
    }
    return m.group(3) == null ? out : I18n.t("measured.by", out, names.role(m.group(3)));
  }

  private static String window(String v) {
    Matcher between = BETWEEN.matcher(v);
    if (between.matches()) {
      return I18n.t("measured.between", Integer.parseInt(between.group(1)), Integer.parseInt(between.group(2)));
    }
    Matcher within = WITHIN.matcher(v);
    return within.matches() ? I18n.t("measured.within", Integer.parseInt(within.group(1))) : v;
  }

  private static String action(String code) {
    for (ActionType t : ActionType.values()) {
      if (t.name().equals(code)) {
        return Names.action(t);
      }
    }
    return code;
  }
}
