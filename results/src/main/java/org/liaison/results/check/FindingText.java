package org.liaison.results.check;

import java.util.ArrayList;
import java.util.List;
import org.liaison.events.TextTemplate;

/**
 * What a finding of the sanity check says, as a code and its arguments: the command line and the
 * JSON report carry the {@link #english()}, a trainer says the same code in its own language with
 * the indicators' and policies' names.
 *
 * @param code what the finding says
 * @param args each a {@link String} (see {@link Code#kinds()} for what it names) or, where the
 *     kind is {@link Arg#PART}, a nested {@link FindingText}
 */
public record FindingText(Code code, List<Object> args) {
  /** What an argument names, so that a reader can say it in a person's words. */
  public enum Arg {
    /** a criterion or expectation as the scenario's author or the rater wrote it */
    CRITERION,
    /** an objective's text, cut to 48 characters */
    OBJECTIVE,
    /** a count of runs */
    RUNS,
    /** text the scenario's author wrote: a note, a title, a message, a condition, an actor's name */
    AUTHORED,
    /** an MSEL entry's number */
    NUMBER,
    /** an indicator's key */
    INDICATOR,
    /** the indicator's description in English, which a reader with its own names may leave out */
    DESCRIPTION,
    /** a value, written with four significant digits */
    VALUE,
    /** a policy's name: none, doctrine or random */
    POLICY,
    /** a score component's key */
    COMPONENT,
    /** another text of this kind */
    PART
  }

  /** Everything a finding can say, each with its English template ({0}, {1}… for the arguments). */
  public enum Code {
    CRITERION("\"{0}\"", Arg.CRITERION),
    CRITERION_OF("\"{0}\" (objective \"{1}\")", Arg.CRITERION, Arg.OBJECTIVE),
    NEVER_RATED("{0} could not be rated in any of {1} runs (not observed or not applicable in all)", Arg.PART, Arg.RUNS),
    MET_BY_NONE("{0} is met by no policy in {1} rated runs", Arg.PART, Arg.RUNS),
    MET_BY_ALL("{0} is met in every one of {1} rated runs, by every policy, even without coordination", Arg.PART,
        Arg.RUNS),
    AUTHOR_SAYS("{0}; the author says: {1}", Arg.PART, Arg.AUTHORED),
    DOCTRINE_MEETS_NONE("{0} is met by the doctrine in none of {1} rated runs; the author says: {2}", Arg.PART,
        Arg.RUNS, Arg.AUTHORED),
    DOCTRINE_MEETS_ALL("{0} is met by the doctrine in every one of {1} rated runs; the author says: {2}", Arg.PART,
        Arg.RUNS, Arg.AUTHORED),
    NEVER_OPENS("decision point \"{0}\" never opens in {1} runs", Arg.AUTHORED, Arg.RUNS),
    NEVER_FIRES("MSEL {0} (\"{1}\") never fires in {2} runs", Arg.NUMBER, Arg.AUTHORED, Arg.RUNS),
    NEVER_FIRES_WHEN("MSEL {0} (\"{1}\") never fires in {2} runs; its condition: {3}", Arg.NUMBER, Arg.AUTHORED,
        Arg.RUNS, Arg.AUTHORED),
    NEVER_ACTS("{0} never acts (sends no message, prepares or reports no attack, plans no delivery) in {1} runs",
        Arg.AUTHORED, Arg.RUNS),
    NEVER_OBSERVED("{0} has nothing to measure in any of {1} runs ({2})", Arg.INDICATOR, Arg.RUNS, Arg.DESCRIPTION),
    NEVER_MOVES("{0} stays at {1} throughout all {2} runs ({3})", Arg.INDICATOR, Arg.VALUE, Arg.RUNS,
        Arg.DESCRIPTION),
    CONSTANT_SCORE("the score is {0} in every {1} run where observed ({2} runs): it cannot tell runs apart",
        Arg.VALUE, Arg.POLICY, Arg.RUNS),
    CONSTANT_COMPONENT("score component {0} is {1} in every {2} run where observed ({3} runs): it cannot tell runs"
        + " apart", Arg.COMPONENT, Arg.VALUE, Arg.POLICY, Arg.RUNS);

    private final String template;
    private final List<Arg> kinds;

    Code(String template, Arg... kinds) {
      this.template = template;
      this.kinds = List.of(kinds);
    }

    /** The English template, a {@link java.text.MessageFormat} pattern. */
    public String template() {
      return template;
    }

    /** What each argument names, in order. */
    public List<Arg> kinds() {
      return kinds;
    }
  }

  public FindingText {
    args = List.copyOf(args);
    if (args.size() != code.kinds.size()) {
      throw new IllegalArgumentException(code + " takes " + code.kinds.size() + " arguments, not " + args.size());
    }
    for (int i = 0; i < args.size(); i++) {
      boolean part = code.kinds.get(i) == Arg.PART;
      if (part ? !(args.get(i) instanceof FindingText) : !(args.get(i) instanceof String)) {
        throw new IllegalArgumentException(code + " argument " + i + " must be " + (part ? "a finding text" : "text"));
      }
    }
  }

  /** A text with its arguments; a number is written as Java writes it, a nested text kept as it is. */
  public static FindingText of(Code code, Object... args) {
    List<Object> list = new ArrayList<>(args.length);
    for (Object arg : args) {
      list.add(arg instanceof FindingText ? arg : String.valueOf(arg));
    }
    return new FindingText(code, list);
  }

  /** The English text, as the command line and the JSON report carry it. */
  public String english() {
    List<String> filled = new ArrayList<>(args.size());
    for (Object arg : args) {
      filled.add(arg instanceof FindingText nested ? nested.english() : (String) arg);
    }
    return TextTemplate.fillOnce(code.template, filled);
  }
}
