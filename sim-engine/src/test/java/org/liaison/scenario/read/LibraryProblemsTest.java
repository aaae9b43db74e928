package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each problem SnakeYAML's scanner and parser and Jackson's JSON reader can raise on a scenario
 * file, made by a real broken document through the real reader, comes back as its own Liaison code
 * at the place the library marked; no library sentence is left to pass as an argument.
 */
class LibraryProblemsTest {
  private final DocumentParser parser = new DocumentParser();

  /** The one problem a document has, and what its syntax error says. */
  private Problem onlyProblem(String text, boolean json) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> parser.parse(text, "d", json));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  private static ProblemText described(Problem problem) {
    assertEquals(ProblemCode.SYNTAX_ERROR, problem.text().code(), problem::message);
    return (ProblemText) problem.text().args().get(0);
  }

  /** A broken YAML document, the code its problem has and where SnakeYAML marks it. */
  static Stream<Arguments> yaml() {
    return Stream.of(
        // Scanner
        Arguments.of("a: b: c\n", ProblemCode.YAML_MAPPING_VALUES_HERE, "1:5"),
        Arguments.of("'a' ? b\n", ProblemCode.YAML_MAPPING_KEYS_HERE, "1:5"),
        Arguments.of("a: - b\n", ProblemCode.YAML_SEQUENCE_ENTRIES_HERE, "1:4"),
        Arguments.of("a: 1\nb\nc: 2\n", ProblemCode.YAML_EXPECTED_COLON, "3:1"),
        Arguments.of("a:\n\tb: 1\n", ProblemCode.YAML_TAB, "2:1"),
        Arguments.of("a: 1\n@b: 2\n", ProblemCode.YAML_CANNOT_START_TOKEN, "2:1"),
        Arguments.of("a: \"x\n", ProblemCode.YAML_END_IN_QUOTES, "2:1"),
        Arguments.of("a: \"x\n---\n\"\n", ProblemCode.YAML_SEPARATOR_IN_QUOTES, "2:1"),
        Arguments.of("a: \"\\q\"\n", ProblemCode.YAML_UNKNOWN_ESCAPE, "1:6"),
        Arguments.of("a: \"\\x4\"\n", ProblemCode.YAML_HEX_ESCAPE, "1:7"),
        Arguments.of("a: |0\n  x\n", ProblemCode.YAML_INDENTATION_INDICATOR_ZERO, "1:5"),
        Arguments.of("a: |x\n  x\n", ProblemCode.YAML_BLOCK_SCALAR_INDICATOR, "1:5"),
        Arguments.of("a: |1 x\n  x\n", ProblemCode.YAML_EXPECTED_LINE_END, "1:7"),
        Arguments.of("a: &\n", ProblemCode.YAML_ANCHOR_CHARACTER, "1:5"),
        Arguments.of("a: *\n", ProblemCode.YAML_ALIAS_CHARACTER, "1:5"),
        Arguments.of("%é\n---\na: 1\n", ProblemCode.YAML_DIRECTIVE_NAME, "1:2"),
        Arguments.of("%YAML 1.x\n---\na: 1\n", ProblemCode.YAML_VERSION_DIGIT, "1:9"),
        Arguments.of("%YAML 1\n---\na: 1\n", ProblemCode.YAML_VERSION_DIGIT_OR_DOT, "1:8"),
        Arguments.of("%YAML 1.1x\n---\na: 1\n", ProblemCode.YAML_VERSION_DIGIT_OR_SPACE, "1:10"),
        Arguments.of("%YAML 1.99999999999\n---\na: 1\n", ProblemCode.YAML_VERSION_NUMBER, "1:20"),
        Arguments.of("%TAG !x!tag:x\n---\na: 1\n", ProblemCode.YAML_EXPECTED_SPACE, "1:9"),
        Arguments.of("a: !<x>y 1\n", ProblemCode.YAML_EXPECTED_SPACE, "1:8"),
        Arguments.of("%TAG x tag:x\n---\na: 1\n", ProblemCode.YAML_EXPECTED_EXCLAMATION, "1:6"),
        Arguments.of("a: !<x 1\n", ProblemCode.YAML_TAG_NOT_CLOSED, "1:7"),
        Arguments.of("a: !<> 1\n", ProblemCode.YAML_EXPECTED_URI, "1:6"),
        Arguments.of("a: !<%zz> 1\n", ProblemCode.YAML_URI_ESCAPE, "1:7"),
        Arguments.of("a: !<%ff> 1\n", ProblemCode.YAML_URI_NOT_UTF8, "1:6"),
        // Parser
        Arguments.of("---\na: 1\n...\nb: 2\n", ProblemCode.YAML_EXPECTED_DOCUMENT_START, "4:1"),
        Arguments.of("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", ProblemCode.YAML_DUPLICATE_VERSION_DIRECTIVE, "2:1"),
        Arguments.of("%YAML 2.0\n---\na: 1\n", ProblemCode.YAML_INCOMPATIBLE_VERSION, "1:1"),
        Arguments.of("%TAG !x! tag:x,2000:\n%TAG !x! tag:y,2000:\n---\na: 1\n", ProblemCode.YAML_DUPLICATE_TAG_HANDLE,
            "2:1"),
        Arguments.of("a: !x!y 1\n", ProblemCode.YAML_UNDEFINED_TAG_HANDLE, "1:4"),
        Arguments.of("a: ,\n", ProblemCode.YAML_EXPECTED_NODE, "1:4"),
        Arguments.of("a: 1\n- b\n", ProblemCode.YAML_EXPECTED_BLOCK_END, "2:1"),
        Arguments.of("a:\n  b: 1\n c: 2\n", ProblemCode.YAML_EXPECTED_BLOCK_END, "3:2"),
        Arguments.of("a: [1, 2\n", ProblemCode.YAML_EXPECTED_COMMA_OR, "2:1"),
        Arguments.of("a: {b: 1 c: 2}\n", ProblemCode.YAML_EXPECTED_COMMA_OR, "1:11"),
        // Reader, and Jackson's own on a tagged number
        Arguments.of("a: \u0001\n", ProblemCode.YAML_SPECIAL_CHARACTER, "1:1"),
        Arguments.of("a: !!float x\n", ProblemCode.YAML_MALFORMED_NUMBER, "1:13"),
        Arguments.of("a: !!int 0xZZ\n", ProblemCode.YAML_INVALID_BASE_NUMBER, "1:14"));
  }

  /** A broken JSON document, the code its problem has and where Jackson places it. */
  static Stream<Arguments> json() {
    return Stream.of(
        Arguments.of("{\"a\": 1,}", ProblemCode.JSON_EXPECTED_KEY_QUOTE, "1:9"),
        Arguments.of("{\"a\" 1}", ProblemCode.JSON_EXPECTED_COLON, "1:6"),
        Arguments.of("{\"a\": 1 \"b\": 2}", ProblemCode.JSON_EXPECTED_COMMA_OBJECT, "1:9"),
        Arguments.of("{\"a\": [1 2]}", ProblemCode.JSON_EXPECTED_COMMA_ARRAY, "1:10"),
        Arguments.of("{\"a\": 'x'}", ProblemCode.JSON_EXPECTED_VALUE, "1:7"),
        Arguments.of("{\"a\": tru}", ProblemCode.JSON_UNRECOGNIZED_TOKEN, "1:7"),
        Arguments.of("{\"a\": 1", ProblemCode.JSON_END_IN_OBJECT, "1:8"),
        Arguments.of("{\"a\": [1", ProblemCode.JSON_END_IN_ARRAY, "1:9"),
        Arguments.of("{\"a\": \"abc", ProblemCode.JSON_END_IN_STRING, "1:11"),
        Arguments.of("{\"a\": 1,", ProblemCode.JSON_END_OF_INPUT, "1:9"),
        Arguments.of("{\"a\": [1, 2}", ProblemCode.JSON_CLOSE_MISMATCH, "1:12"),
        Arguments.of("{\"a\": 1}}", ProblemCode.JSON_CLOSE_NOTHING, "1:9"),
        Arguments.of("{\"a\": 01}", ProblemCode.JSON_LEADING_ZERO, "1:8"),
        Arguments.of("{\"a\": \"x\ny\"}", ProblemCode.JSON_CONTROL_IN_TEXT, "1:9"),
        Arguments.of("{\"a\":\u00011}", ProblemCode.JSON_CONTROL_BETWEEN, "1:7"),
        Arguments.of("{\"a\": \"\\q\"}", ProblemCode.JSON_UNKNOWN_ESCAPE, "1:9"),
        Arguments.of("{\"a\": \"\\u12x4\"}", ProblemCode.JSON_HEX_ESCAPE, "1:12"),
        Arguments.of("{\"a\": -}", ProblemCode.JSON_MINUS_WITHOUT_DIGIT, "1:8"),
        Arguments.of("{\"a\": 1.}", ProblemCode.JSON_POINT_WITHOUT_DIGIT, "1:8"),
        Arguments.of("{\"a\": 1e}", ProblemCode.JSON_EXPONENT_WITHOUT_DIGIT, "1:8"),
        Arguments.of("{\"a\": +5}", ProblemCode.JSON_PLUS_SIGN, "1:8"),
        Arguments.of("{\"a\": NaN}", ProblemCode.JSON_NOT_FINITE, "1:10"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("yaml")
  void aBrokenYamlDocumentGetsTheCodeOfItsProblemAtSnakeYamlsMark(String text, ProblemCode code, String at) {
    Problem problem = onlyProblem(text, false);
    assertEquals(code, described(problem).code(), problem::message);
    assertEquals(at, problem.line() + ":" + problem.column(), problem::message);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("json")
  void aBrokenJsonDocumentGetsTheCodeOfItsProblemAtJacksonsPlace(String text, ProblemCode code, String at) {
    Problem problem = onlyProblem(text, true);
    assertEquals(code, described(problem).code(), problem::message);
    assertEquals(at, problem.line() + ":" + problem.column(), problem::message);
  }

  /** Every code of the mapping is reached by a document above: none is mapped without a test. */
  @Test
  void everyMappedProblemHasABrokenDocumentThatRaisesIt() {
    Set<String> tested = Stream.concat(yaml(), json()).map(a -> ((ProblemCode) a.get()[1]).name())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> mapped = Arrays.stream(ProblemCode.values()).map(Enum::name)
        .filter(n -> (n.startsWith("YAML_") || n.startsWith("JSON_")) && !n.endsWith("_NOT_WELL_FORMED")
            && !n.equals("YAML_ALIAS") && !n.equals("JSON_COMMENT"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(mapped, tested);
  }

  /** Each of SnakeYAML's tokens has a name a reader can translate, or is a punctuation mark shown as it is. */
  @Test
  void everySnakeYamlTokenIsNamedOrShownAsItsMark() {
    for (org.yaml.snakeyaml.tokens.Token.ID id : org.yaml.snakeyaml.tokens.Token.ID.values()) {
      ProblemText said = YamlProblems.token(id.toString());
      if (said.code() == ProblemCode.QUOTED) {
        assertEquals(1, id.toString().length(), "a token with a name must have a code: " + id);
      } else {
        assertTrue(said.code().name().startsWith("TOKEN_"), id + " is " + said.code());
      }
    }
  }

  @Nested
  class Texts {
    @Test
    void theCharacterOrTokenFoundStaysAnArgument() {
      ProblemText tab = described(onlyProblem("a:\n\tb: 1\n", false));
      assertEquals(ProblemCode.YAML_TAB, tab.code());
      ProblemText at = described(onlyProblem("a: 1\n@b: 2\n", false));
      assertEquals(ProblemText.of(ProblemCode.YAML_CANNOT_START_TOKEN, ProblemText.of(ProblemCode.QUOTED, "@")), at);
      ProblemText block = described(onlyProblem("a:\n  b: 1\n c: 2\n", false));
      assertEquals(ProblemText.of(ProblemCode.YAML_EXPECTED_BLOCK_END, ProblemText.of(ProblemCode.TOKEN_BLOCK_MAPPING_START)),
          block);
      ProblemText dash = described(onlyProblem("a: 1\n- b\n", false));
      assertEquals(ProblemText.of(ProblemCode.YAML_EXPECTED_BLOCK_END, ProblemText.of(ProblemCode.QUOTED, "-")), dash);
      ProblemText anchor = described(onlyProblem("a: &\n", false));
      assertEquals(ProblemText.of(ProblemCode.YAML_ANCHOR_CHARACTER, ProblemText.of(ProblemCode.CHAR_LINE_BREAK)), anchor);
      ProblemText brace = described(onlyProblem("{\"a\": 1,}", true));
      assertEquals(ProblemText.of(ProblemCode.JSON_EXPECTED_KEY_QUOTE, ProblemText.of(ProblemCode.QUOTED, "}")), brace);
      ProblemText special = described(onlyProblem("a: \u0001\n", false));
      assertEquals(ProblemText.of(ProblemCode.YAML_SPECIAL_CHARACTER, ProblemText.of(ProblemCode.CHAR_CONTROL, "0001")),
          special);
    }

    /** The command line's English says what SnakeYAML and Jackson said, with the same hint as before. */
    @Test
    void theCommandLinesEnglishKeepsTheLibrarysMeaning() {
      assertEquals("d:1:5: syntax error: mapping values are not allowed here; expected YAML: 'key: value' lines,"
          + " nested keys indented with spaces; quote text that contains ': ' or starts with a special character",
          onlyProblem("a: b: c\n", false).toString());
      assertEquals("d:2:1: syntax error: found character '\\t' (a tab) that cannot start any token; indent with"
          + " spaces; tabs are not allowed in YAML indentation", onlyProblem("a:\n\tb: 1\n", false).toString());
      assertTrue(onlyProblem("a:\n  b: 1\n c: 2\n", false).message()
          .startsWith("syntax error: expected <block end>, but found '<block mapping start>'; "));
      assertTrue(onlyProblem("a: [1, 2\n", false).message()
          .startsWith("syntax error: expected ',' or ']', but got '<stream end>'; "));
      assertEquals("d:1:9: syntax error: Unexpected character ('}'): was expecting double-quote to start field name;"
          + " expected JSON: {\"key\": value, ...} with keys in double quotes", onlyProblem("{\"a\": 1,}", true).toString());
    }

    /** A sentence no rule knows keeps the library's words, under a code whose argument a trainer leaves out. */
    @Test
    void anUnknownSentenceKeepsTheLibrarysWordsUnderACodeOfItsOwn() {
      ProblemText yaml = YamlProblems.describe("found something new\n in 'reader'", null);
      assertEquals(ProblemText.of(ProblemCode.YAML_NOT_WELL_FORMED, "found something new"), yaml);
      assertTrue(yaml.code().libraryWords());
      ProblemText json = JsonProblems.describe("Unexpected thing ('x' (code 120)): new words");
      assertEquals(ProblemText.of(ProblemCode.JSON_NOT_WELL_FORMED, "Unexpected thing ('x'): new words"), json);
      assertTrue(json.code().libraryWords());
      assertFalse(ProblemCode.YAML_TAB.libraryWords());
    }

    @Test
    void aParserLimitIsSaidWithItsNumbers() {
      Problem problem = onlyProblem("{\n\"a\": " + "1".repeat(100) + "}", true);
      assertEquals(ProblemText.of(ProblemCode.SAFETY_LIMIT, ProblemText.of(ProblemCode.LIMIT_OF_PARSER,
          ProblemText.of(ProblemCode.LIMIT_PARSER_NUMBER, 100, 60))), problem.text());
      assertEquals("file exceeds a safety limit: Number value length (100) exceeds the maximum allowed (60); split or"
          + " shorten the offending part", problem.message());
      assertEquals(ProblemCode.LIMIT_PARSER_DEPTH, ((ProblemText) ((ProblemText) onlyProblem("[".repeat(50)
          + "]".repeat(50), true).text().args().get(0)).args().get(0)).code());
    }

    @Test
    void anInputOutputErrorIsSaidByItsKind() {
      Path file = Path.of("s.yaml");
      assertEquals(ProblemCode.IO_PERMISSION_DENIED,
          InputFiles.describe(new AccessDeniedException(file.toString())).code());
      assertEquals(ProblemCode.IO_IS_DIRECTORY,
          InputFiles.describe(new FileSystemException(file.toString(), null, "Is a directory")).code());
      ProblemText other = InputFiles.describe(new IOException("Input/output error"));
      assertEquals(List.of("Input/output error"), other.args());
      assertTrue(other.code().libraryWords());
    }
  }
}
