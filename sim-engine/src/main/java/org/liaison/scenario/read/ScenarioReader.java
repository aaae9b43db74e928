package org.liaison.scenario.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.liaison.scenario.Metadata;
import org.liaison.scenario.Scenario;

/**
 * The one way to read a scenario: parse with positions, check the structure, bind to records,
 * check the meaning. Every problem in the file is reported at once, each with its line.
 */
public final class ScenarioReader {
  private static final ObjectMapper BINDER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  /** Problems listed at most for one file; a hostile file could otherwise produce hundreds of thousands. */
  static final int MAX_PROBLEMS = 200;
  /** Problems each stage keeps at most before it only counts them, so that memory stays bounded. */
  static final int MAX_PROBLEMS_KEPT = 1_000;

  /** The last line of a truncated list; {@code count} below 0 when the number is not known. */
  static Problem omitted(String file, int count) {
    return count < 0 ? new Problem(file, Integer.MAX_VALUE, 0, "", ProblemCode.MORE_PROBLEMS_UNCOUNTED)
        : new Problem(file, Integer.MAX_VALUE, 0, "", ProblemCode.MORE_PROBLEMS, count);
  }

  private ScenarioReader() {}

  /** Reads and validates a scenario file (YAML, or JSON by its {@code .json} ending), in its own language. */
  public static Scenario read(Path file) throws InvalidScenarioException {
    return read(file, file.toString());
  }

  /** Reads a file in its own language, naming it {@code displayName} in problems. */
  public static Scenario read(Path file, String displayName) throws InvalidScenarioException {
    return read(file, displayName, null);
  }

  /**
   * Reads a file with its texts in the reader's {@code language} where the file gives them in it,
   * in the scenario's own language where it does not; null means its own language throughout. A
   * copy in another language keeps the one in its own language (see {@link Scenario#inOwnLanguage}).
   */
  public static Scenario read(Path file, String displayName, Locale language) throws InvalidScenarioException {
    DocumentParser.Parsed parsed;
    try {
      parsed = new DocumentParser().read(file, displayName);
    } catch (InvalidInputException e) {
      throw sorted(e.problems());
    }
    return validate(parsed, displayName, language);
  }

  /** Reads scenario text already in memory, in its own language. */
  public static Scenario readText(String text, String displayName, boolean isJson) throws InvalidScenarioException {
    return readText(text, displayName, isJson, null);
  }

  /** Reads scenario text already in memory, its texts in the reader's {@code language} (see {@link #read(Path, String, Locale)}). */
  public static Scenario readText(String text, String displayName, boolean isJson, Locale language)
      throws InvalidScenarioException {
    DocumentParser.Parsed parsed;
    try {
      parsed = new DocumentParser().read(text, displayName, isJson);
    } catch (InvalidInputException e) {
      throw sorted(e.problems());
    }
    return validate(parsed, displayName, language);
  }

  private static Scenario validate(DocumentParser.Parsed parsed, String file, Locale language)
      throws InvalidScenarioException {
    LocatedTree tree = parsed.tree();
    List<Problem> problems = new ArrayList<>(parsed.problems());
    LocatedProblems languageProblems = new LocatedProblems(file, tree);
    String ownLanguage = TextLanguages.ownLanguage(tree, languageProblems);
    addUnlessFollowing(problems, parsed.problems(), languageProblems.list());
    StructureChecker.Result structure = StructureChecker.check(file, tree, Scenario.class, ownLanguage);
    addUnlessFollowing(problems, parsed.problems(), structure.problems());
    if (!structure.complete()) {
      throw sorted(problems);
    }
    Locale own = Locale.forLanguageTag(ownLanguage == null ? Metadata.DEFAULT_LANGUAGE : ownLanguage);
    Scenario scenario;
    Scenario translated;
    try {
      scenario = bind(structure, own, ownLanguage);
      translated = language == null || structure.texts().isEmpty() || language.equals(own) ? scenario
          : bind(structure, language, ownLanguage).translating(scenario);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      problems.add(new Problem(file, 1, 1, "", ProblemCode.CANNOT_BIND_SCENARIO,
          e.getMessage().lines().findFirst().orElse("")));
      throw sorted(problems);
    }
    addUnlessFollowing(problems, parsed.problems(), ScenarioChecker.check(file, tree, scenario));
    if (!problems.isEmpty()) {
      throw sorted(problems);
    }
    return translated;
  }

  private static Scenario bind(StructureChecker.Result structure, Locale language, String ownLanguage)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    return BINDER.treeToValue(TextLanguages.resolve(structure.repaired().root(), structure.texts(), language,
        ownLanguage), Scenario.class);
  }

  /**
   * Adds later problems, except those about a value the parser already rejected: an alias read
   * as null must not also be reported as an empty required field.
   */
  private static void addUnlessFollowing(List<Problem> into, List<Problem> parseProblems, List<Problem> later) {
    for (Problem problem : later) {
      boolean following = parseProblems.stream().anyMatch(p -> !p.path().isEmpty()
          && (problem.path().equals(p.path()) || problem.path().startsWith(p.path() + ".")
              || problem.path().startsWith(p.path() + "[")));
      if (!following) {
        into.add(problem);
      }
    }
  }

  private static InvalidScenarioException sorted(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>();
    int more = 0;
    boolean countKnown = true;
    for (Problem problem : problems) {
      ProblemCode code = problem.text().code();
      if (problem.line() == Integer.MAX_VALUE && code == ProblemCode.MORE_PROBLEMS_UNCOUNTED) {
        countKnown = false;
      } else if (problem.line() == Integer.MAX_VALUE && code == ProblemCode.MORE_PROBLEMS) {
        more += Integer.parseInt((String) problem.text().args().get(0));
      } else {
        copy.add(problem);
      }
    }
    Collections.sort(copy);
    if (copy.size() > MAX_PROBLEMS) {
      more += copy.size() - MAX_PROBLEMS;
      copy = new ArrayList<>(copy.subList(0, MAX_PROBLEMS));
    }
    if (more > 0 || !countKnown) {
      Problem last = copy.get(copy.size() - 1);
      copy.add(countKnown ? new Problem(last.file(), last.line(), last.column(), "", ProblemCode.MORE_PROBLEMS, more)
          : new Problem(last.file(), last.line(), last.column(), "", ProblemCode.FURTHER_PROBLEMS));
    }
    return new InvalidScenarioException(copy);
  }
}
