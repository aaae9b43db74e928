package org.liaison.scenario.read;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON reader's problems (Jackson's), each said as a Liaison text with its own English and
 * French. Jackson words each problem from a fixed set of sentences with the character or token it
 * found in them; that stays an argument. A sentence no rule knows keeps Jackson's words for the
 * command line under a code a trainer says in its own language.
 */
public final class JsonProblems {
  private JsonProblems() {}

  private record Rule(Pattern pattern, Function<Matcher, ProblemText> text) {}

  /** "Unexpected character ('}' (code 125))": the character is known by its code. */
  private static final String UNEXPECTED = "Unexpected character \\(.*? \\(code (\\d+)\\)\\)";

  private static Rule rule(String regex, Function<Matcher, ProblemText> text) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), text);
  }

  private static Rule rule(String regex, ProblemCode code) {
    return rule(regex, m -> ProblemText.of(code));
  }

  /** A rule whose first group is the code of the character found. */
  private static Rule found(String regex, ProblemCode code) {
    return rule(regex, m -> ProblemText.of(code, CharacterText.of(Integer.parseInt(m.group(1)))));
  }

  private static ProblemText quoted(Matcher m, int group) {
    return ProblemText.of(ProblemCode.QUOTED, m.group(group));
  }

  private static final List<Rule> RULES = List.of(
      found(UNEXPECTED + ": was expecting double-quote to start field name", ProblemCode.JSON_EXPECTED_KEY_QUOTE),
      found(UNEXPECTED + ": was expecting a colon to separate field name and value", ProblemCode.JSON_EXPECTED_COLON),
      found(UNEXPECTED + ": was expecting comma to separate Object entries", ProblemCode.JSON_EXPECTED_COMMA_OBJECT),
      found(UNEXPECTED + ": was expecting comma to separate Array entries", ProblemCode.JSON_EXPECTED_COMMA_ARRAY),
      found(UNEXPECTED + ": expected a valid value .*", ProblemCode.JSON_EXPECTED_VALUE),
      found(UNEXPECTED + ": expected a hex-digit for character escape sequence", ProblemCode.JSON_HEX_ESCAPE),
      found(UNEXPECTED + " in numeric value: expected digit \\(0-9\\) to follow minus sign.*",
          ProblemCode.JSON_MINUS_WITHOUT_DIGIT),
      found(UNEXPECTED + " in numeric value: Decimal point not followed by a digit.*",
          ProblemCode.JSON_POINT_WITHOUT_DIGIT),
      found(UNEXPECTED + " in numeric value: Exponent indicator not followed by a digit.*",
          ProblemCode.JSON_EXPONENT_WITHOUT_DIGIT),
      found(UNEXPECTED + " in numeric value: JSON spec does not allow numbers to have plus signs.*",
          ProblemCode.JSON_PLUS_SIGN),
      rule("Unrecognized token '(.*)': was expecting .*",
          m -> ProblemText.of(ProblemCode.JSON_UNRECOGNIZED_TOKEN, quoted(m, 1))),
      rule("Unexpected end-of-input: expected close marker for Object.*", ProblemCode.JSON_END_IN_OBJECT),
      rule("Unexpected end-of-input: expected close marker for Array.*", ProblemCode.JSON_END_IN_ARRAY),
      rule("Unexpected end-of-input: was expecting closing quote for a string value.*", ProblemCode.JSON_END_IN_STRING),
      rule("Unexpected end-of-input.*", ProblemCode.JSON_END_OF_INPUT),
      rule("Unexpected close marker '(.)': expected '(.)'.*",
          m -> ProblemText.of(ProblemCode.JSON_CLOSE_MISMATCH, quoted(m, 1), quoted(m, 2))),
      rule("Unexpected close marker '(.)': no open .* to close.*",
          m -> ProblemText.of(ProblemCode.JSON_CLOSE_NOTHING, quoted(m, 1))),
      rule("Invalid numeric value: Leading zeroes not allowed.*", ProblemCode.JSON_LEADING_ZERO),
      found("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped.*",
          ProblemCode.JSON_CONTROL_IN_TEXT),
      found("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space.*",
          ProblemCode.JSON_CONTROL_BETWEEN),
      found("Unrecognized character escape .*? \\(code (\\d+)\\)", ProblemCode.JSON_UNKNOWN_ESCAPE),
      rule("Non-standard token '(.*)': .*", m -> ProblemText.of(ProblemCode.JSON_NOT_FINITE, quoted(m, 1))));

  /** What a message of Jackson's JSON reader says, from its original message (without the location). */
  public static ProblemText describe(String originalMessage) {
    String message = DocumentParser.firstLine(originalMessage);
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(message);
      if (m.matches()) {
        return rule.text().apply(m);
      }
    }
    return ProblemText.of(ProblemCode.JSON_NOT_WELL_FORMED, message.replaceAll(" \\(code \\d+\\)", ""));
  }
}
