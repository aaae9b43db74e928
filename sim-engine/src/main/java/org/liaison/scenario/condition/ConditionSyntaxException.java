package org.liaison.scenario.condition;

import java.util.List;
import org.liaison.events.TextTemplate;

/**
 * A condition that does not parse; the message says where and what was expected. The reason and
 * its arguments are kept apart too, so that a reader can say the same in another language.
 */
public final class ConditionSyntaxException extends IllegalArgumentException {
  /** Why a condition does not parse, each with its English template ({0}, {1}… for the arguments). */
  public enum Reason {
    TOO_LONG("condition is longer than {0} characters"),
    EMPTY("condition is empty; expected e.g. ''attacksExecuted >= 2 and day >= 3''"),
    UNEXPECTED("unexpected ''{0}''; expected ''and'', ''or'' or the end at character {1}"),
    TOO_DEEP("condition nests deeper than {0} levels at character {1}"),
    MISSING_PARENTHESIS("missing '')'' at character {0}"),
    EXPECTED_NAME("expected an indicator name such as ''warningCoverage'' or ''day'' at character {0}"),
    EXPECTED_COMPARISON("expected a comparison: one of < <= > >= == != at character {0}"),
    EXPECTED_NUMBER("expected a number at character {0}");

    private final String template;

    Reason(String template) {
      this.template = template;
    }

    /** The English template, a {@link java.text.MessageFormat} pattern. */
    public String template() {
      return template;
    }
  }

  private final transient Reason reason;
  private final transient List<String> args;
  private final int position;

  public ConditionSyntaxException(Reason reason, List<String> args, int position) {
    super(TextTemplate.fillOnce(reason.template(), args));
    this.reason = reason;
    this.args = List.copyOf(args);
    this.position = position;
  }

  /** Why the condition does not parse. */
  public Reason reason() {
    return reason;
  }

  /** The template's arguments, as the English message writes them. */
  public List<String> args() {
    return args;
  }

  /** Zero-based character offset in the condition text where the problem was found. */
  public int position() {
    return position;
  }
}
