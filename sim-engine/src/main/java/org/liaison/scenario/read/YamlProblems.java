package org.liaison.scenario.read;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's problems, each said as a Liaison text with its own English and French: the YAML
 * reader names what it found in fixed English sentences, a closed set taken from the scanner and
 * parser of the SnakeYAML on the class path (the composer never runs: Jackson drives the parser
 * itself). The character or token found stays an argument; a sentence no rule knows keeps
 * SnakeYAML's words for the command line under a code a trainer says in its own language.
 */
final class YamlProblems {
  private YamlProblems() {}

  private record Rule(Pattern pattern, Function<Matcher, ProblemText> text) {}

  private static Rule rule(String regex, Function<Matcher, ProblemText> text) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), text);
  }

  private static Rule rule(String regex, ProblemCode code) {
    return rule(regex, m -> ProblemText.of(code));
  }

  /** A rule whose sentence ends with the character found, as SnakeYAML writes it: {@code x(120)}. */
  private static Rule found(String regex, ProblemCode code) {
    return rule(regex + ".*\\((\\d+)\\)\\s*", m -> ProblemText.of(code, character(m, 1)));
  }

  /** Scanner first, then parser, in the order their sources raise them. */
  private static final List<Rule> RULES = List.of(
      rule("mapping values are not allowed here", ProblemCode.YAML_MAPPING_VALUES_HERE),
      rule("mapping keys are not allowed here", ProblemCode.YAML_MAPPING_KEYS_HERE),
      rule("sequence entries are not allowed here", ProblemCode.YAML_SEQUENCE_ENTRIES_HERE),
      rule("could not find expected ':'", ProblemCode.YAML_EXPECTED_COLON),
      rule("found character '\\\\t\\(TAB\\)' that cannot start any token.*", ProblemCode.YAML_TAB),
      rule("found character '(.+?)' that cannot start any token.*",
          m -> ProblemText.of(ProblemCode.YAML_CANNOT_START_TOKEN, printed(m.group(1)))),
      rule("found unexpected end of stream", ProblemCode.YAML_END_IN_QUOTES),
      rule("found unexpected document separator", ProblemCode.YAML_SEPARATOR_IN_QUOTES),
      found("found unknown escape character ", ProblemCode.YAML_UNKNOWN_ESCAPE),
      rule("expected escape sequence of (\\d+) hexadecimal numbers, but found: (.*?)\\s*",
          m -> ProblemText.of(ProblemCode.YAML_HEX_ESCAPE, m.group(1), m.group(2))),
      rule("expected indentation indicator in the range 1-9, but found 0", ProblemCode.YAML_INDENTATION_INDICATOR_ZERO),
      found("expected chomping or indentation indicators, but found ", ProblemCode.YAML_BLOCK_SCALAR_INDICATOR),
      found("expected a comment or a line break, but found ", ProblemCode.YAML_EXPECTED_LINE_END),
      found("unexpected character found ", ProblemCode.YAML_ANCHOR_CHARACTER),
      found("expected alphabetic or numeric character, but found ", ProblemCode.YAML_DIRECTIVE_NAME),
      found("expected a digit, but found ", ProblemCode.YAML_VERSION_DIGIT),
      found("expected a digit or '\\.', but found ", ProblemCode.YAML_VERSION_DIGIT_OR_DOT),
      found("expected a digit or ' ', but found ", ProblemCode.YAML_VERSION_DIGIT_OR_SPACE),
      rule("found a number which cannot represent a valid version: (.*)",
          m -> ProblemText.of(ProblemCode.YAML_VERSION_NUMBER, m.group(1))),
      found("expected ' ', but found ", ProblemCode.YAML_EXPECTED_SPACE),
      found("expected '!', but found ", ProblemCode.YAML_EXPECTED_EXCLAMATION),
      found("expected '>', but found ", ProblemCode.YAML_TAG_NOT_CLOSED),
      found("expected URI, but found ", ProblemCode.YAML_EXPECTED_URI),
      rule("expected URI escape sequence of 2 hexadecimal numbers, but found .*?\\((\\d+)\\) and .*\\((\\d+)\\)",
          m -> ProblemText.of(ProblemCode.YAML_URI_ESCAPE, character(m, 1), character(m, 2))),
      rule("expected URI in UTF-8: .*", ProblemCode.YAML_URI_NOT_UTF8),
      rule("expected '<document start>', but found '(.*)'",
          m -> ProblemText.of(ProblemCode.YAML_EXPECTED_DOCUMENT_START, token(m.group(1)))),
      rule("found duplicate YAML directive", ProblemCode.YAML_DUPLICATE_VERSION_DIRECTIVE),
      rule("found incompatible YAML document \\(version 1\\.\\* is required\\)", ProblemCode.YAML_INCOMPATIBLE_VERSION),
      rule("duplicate tag handle (.*)", m -> ProblemText.of(ProblemCode.YAML_DUPLICATE_TAG_HANDLE, m.group(1))),
      rule("found undefined tag handle (.*)", m -> ProblemText.of(ProblemCode.YAML_UNDEFINED_TAG_HANDLE, m.group(1))),
      rule("expected the node content, but found '(.*)'",
          m -> ProblemText.of(ProblemCode.YAML_EXPECTED_NODE, token(m.group(1)))),
      rule("expected <block end>, but found '(.*)'",
          m -> ProblemText.of(ProblemCode.YAML_EXPECTED_BLOCK_END, token(m.group(1)))),
      rule("expected ',' or '([\\]}])', but got (.*)",
          m -> ProblemText.of(ProblemCode.YAML_EXPECTED_COMMA_OR, ProblemText.of(ProblemCode.QUOTED, m.group(1)),
              token(m.group(2)))),
      // Jackson's own, when a tag asks for a number the text is not.
      rule("Malformed numeric value '(.*)'",
          m -> ProblemText.of(ProblemCode.YAML_MALFORMED_NUMBER, ProblemText.of(ProblemCode.QUOTED, m.group(1)))),
      rule("Invalid base-(\\d+) number \\('(.*?)'\\).*", m -> ProblemText.of(ProblemCode.YAML_INVALID_BASE_NUMBER,
          m.group(1), ProblemText.of(ProblemCode.QUOTED, m.group(2)))));

  /** SnakeYAML's tokens by the names its messages give them; punctuation is shown as it is. */
  private static final Map<String, ProblemCode> TOKENS = Map.ofEntries(
      Map.entry("<alias>", ProblemCode.TOKEN_ALIAS),
      Map.entry("<anchor>", ProblemCode.TOKEN_ANCHOR),
      Map.entry("<block end>", ProblemCode.TOKEN_BLOCK_END),
      Map.entry("<block mapping start>", ProblemCode.TOKEN_BLOCK_MAPPING_START),
      Map.entry("<block sequence start>", ProblemCode.TOKEN_BLOCK_SEQUENCE_START),
      Map.entry("<directive>", ProblemCode.TOKEN_DIRECTIVE),
      Map.entry("<document end>", ProblemCode.TOKEN_DOCUMENT_END),
      Map.entry("<document start>", ProblemCode.TOKEN_DOCUMENT_START),
      Map.entry("<scalar>", ProblemCode.TOKEN_SCALAR),
      Map.entry("<stream end>", ProblemCode.TOKEN_STREAM_END),
      Map.entry("<stream start>", ProblemCode.TOKEN_STREAM_START),
      Map.entry("<tag>", ProblemCode.TOKEN_TAG),
      Map.entry("<whitespace>", ProblemCode.TOKEN_WHITESPACE),
      Map.entry("<error>", ProblemCode.TOKEN_ERROR));

  /**
   * What a SnakeYAML problem says.
   *
   * @param problem the problem as SnakeYAML wrote it
   * @param context what SnakeYAML was reading, such as "while scanning an alias", or null
   */
  static ProblemText describe(String problem, String context) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(problem);
      if (m.matches()) {
        ProblemText text = rule.text().apply(m);
        return text.code() == ProblemCode.YAML_ANCHOR_CHARACTER && context != null && context.contains("alias")
            ? new ProblemText(ProblemCode.YAML_ALIAS_CHARACTER, text.args()) : text;
      }
    }
    return ProblemText.of(ProblemCode.YAML_NOT_WELL_FORMED, DocumentParser.firstLine(problem));
  }

  /** A character of the text that YAML does not allow anywhere. */
  static ProblemText specialCharacter(int codePoint) {
    return ProblemText.of(ProblemCode.YAML_SPECIAL_CHARACTER, CharacterText.of(codePoint));
  }

  /** A token, by its name in the reader's language, or a punctuation mark as it is. */
  static ProblemText token(String name) {
    ProblemCode code = TOKENS.get(name);
    return code != null ? ProblemText.of(code) : ProblemText.of(ProblemCode.QUOTED, name);
  }

  private static ProblemText character(Matcher m, int group) {
    return CharacterText.of(Integer.parseInt(m.group(group)));
  }

  /** A character as SnakeYAML printed it: one character is named or quoted, an escape shown as written. */
  private static ProblemText printed(String text) {
    return text.codePointCount(0, text.length()) == 1 ? CharacterText.of(text.codePointAt(0))
        : ProblemText.of(ProblemCode.QUOTED, text);
  }
}
