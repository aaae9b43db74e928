package org.liaison.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaison.events.TextTemplate;

/**
 * What a learning-objective criterion measured, as a stable code and its arguments. Reports and
 * run summaries carry the English {@link #text()}; {@link #parse} reads code and arguments back, so
 * a trainer can say it in its own language with the scenario's names.
 *
 * @param code what kind of measurement it is ({@link Code#OTHER} for a text no template made)
 * @param args the template's arguments in order, as the English text writes them
 */
public record Measured(Code code, List<String> args) {
  /** What an argument names. */
  public enum Arg {
    /** an indicator's key */
    INDICATOR,
    /** an indicator's value, written with three decimals */
    VALUE,
    /** a whole number of hours */
    HOURS,
    /** an expected response as "ACTION_TYPE[ on actor-id][ by role-id]" */
    RESPONSE,
    /** a response window as "within N h" or "within A h to B h of the entry" */
    WINDOW,
    /** shown as given */
    TEXT
  }

  /** The measurements the rater reports, each with its English template. */
  public enum Code {
    UNKNOWN_INDICATOR("unknown indicator {0}", Arg.TEXT),
    NEVER_FIRED("not applicable: the entry never fired"),
    MET_AFTER("met: {0} taken {1} h after the entry", Arg.RESPONSE, Arg.HOURS),
    MET_BEFORE("met: {0} taken {1} h before the entry", Arg.RESPONSE, Arg.HOURS),
    LATE_AFTER("late: {0} taken {1} h after the entry ({2} expected)", Arg.RESPONSE, Arg.HOURS, Arg.WINDOW),
    LATE_BEFORE("late: {0} taken {1} h before the entry ({2} expected)", Arg.RESPONSE, Arg.HOURS, Arg.WINDOW),
    MISSED("missed: no {0} {1}", Arg.RESPONSE, Arg.WINDOW),
    RUN_ENDED("not observed: the run ended {0} h after the entry, before its window closed", Arg.HOURS),
    NOT_OBSERVED("{0} not observed", Arg.INDICATOR),
    VALUE("{0} = {1}", Arg.INDICATOR, Arg.VALUE),
    /** A text no template made: shown as it is. */
    OTHER("{0}", Arg.TEXT);

    private final TextTemplate template;
    private final List<Arg> kinds;

    Code(String template, Arg... kinds) {
      this.template = new TextTemplate(template, java.util.Arrays.stream(kinds)
          .map(k -> k == Arg.WINDOW ? "within .+" : TextTemplate.ANY).toList());
      this.kinds = List.of(kinds);
    }

    /** The English template, a {@link java.text.MessageFormat} pattern. */
    public String template() {
      return template.template();
    }

    /** What each argument names, in order. */
    public List<Arg> kinds() {
      return kinds;
    }

    /** The English text of this measurement with the arguments. */
    public String text(Object... args) {
      return of(this, args).text();
    }
  }

  public Measured {
    args = List.copyOf(args);
    if (args.size() != code.kinds.size()) {
      throw new IllegalArgumentException(code + " takes " + code.kinds.size() + " arguments, not " + args.size());
    }
  }

  /** A measurement with its arguments written as the English text writes them. */
  public static Measured of(Code code, Object... args) {
    List<String> written = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      boolean value = i < code.kinds.size() && code.kinds.get(i) == Arg.VALUE;
      written.add(value ? String.format(Locale.ROOT, "%.3f", ((Number) args[i]).doubleValue()) : String.valueOf(args[i]));
    }
    return new Measured(code, written);
  }

  /** The English text, as reports and summaries carry it. */
  public String text() {
    return code.template.fill(args);
  }

  /** The code and arguments of a measurement's English text; {@link Code#OTHER} if no template made it. */
  public static Measured parse(String text) {
    if (text == null) {
      return null;
    }
    for (Code code : Code.values()) {
      List<String> args = code == Code.OTHER ? null : code.template.match(text);
      if (args != null) {
        return new Measured(code, args);
      }
    }
    return new Measured(Code.OTHER, List.of(text));
  }
}
