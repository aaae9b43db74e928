package org.liaison.policy.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.Actor;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Zone;
import org.liaison.scenario.condition.Condition;
import org.liaison.scenario.condition.ConditionSyntaxException;
import org.liaison.scenario.read.DocumentParser;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.LocatedTree;
import org.liaison.scenario.read.Pointers;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.StructureChecker;
import org.liaison.scenario.read.Suggestions;

/**
 * Reads rule files the way scenarios are read: parse with positions, check the structure
 * (unknown keys listed with the valid ones), bind, check the meaning; every problem at once, each
 * as {@code FILE:LINE:COLUMN: path: message}.
 */
public final class RuleFileReader {
  private static final ObjectMapper BINDER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private RuleFileReader() {}

  /** A rule file read, with the positions of its parts for later checks. */
  public record Read(String file, RuleFile rules, LocatedTree tree) {
    /**
     * Problems of the rules against a scenario: unknown actors, zones, decision points and
     * options; empty if the rules fit it.
     */
    public List<Problem> checkAgainst(Scenario scenario) {
      return RuleFileReader.checkAgainst(this, scenario);
    }
  }

  /** Reads and checks a rule file (YAML, or JSON by its {@code .json} ending). */
  public static Read read(Path file) throws InvalidRuleFileException {
    return read(file, file.toString());
  }

  /** Reads a rule file, naming it displayName in problems. */
  public static Read read(Path file, String displayName) throws InvalidRuleFileException {
    try {
      return validate(new DocumentParser().parse(file, displayName), displayName);
    } catch (InvalidRuleFileException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new InvalidRuleFileException(e.problems());
    }
  }

  /** Reads rule text in memory. */
  public static Read readText(String text, String displayName) throws InvalidRuleFileException {
    try {
      return validate(new DocumentParser().parse(text, displayName, false), displayName);
    } catch (InvalidRuleFileException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new InvalidRuleFileException(e.problems());
    }
  }

  /** Reads a rule file and checks it against a scenario in one go. */
  public static Read read(Path file, String displayName, Scenario scenario) throws InvalidRuleFileException {
    Read r = read(file, displayName);
    List<Problem> problems = r.checkAgainst(scenario);
    if (!problems.isEmpty()) {
      throw new InvalidRuleFileException(problems);
    }
    return r;
  }

  private static Read validate(LocatedTree tree, String file) throws InvalidRuleFileException {
    StructureChecker.Result structure = StructureChecker.check(file, tree, RuleFile.class);
    List<Problem> problems = new ArrayList<>(structure.problems());
    if (!structure.complete()) {
      throw sorted(problems);
    }
    RuleFile rules;
    try {
      rules = BINDER.treeToValue(structure.repaired().root(), RuleFile.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      problems.add(new Problem(file, 1, 1, "", "cannot be read as a rule file: "
          + e.getMessage().lines().findFirst().orElse("")));
      throw sorted(problems);
    }
    for (int i = 0; i < rules.rules().size(); i++) {
      Rule rule = rules.rules().get(i);
      String p = "/rules/" + i;
      if (rule.when() != null) {
        try {
          Condition c = Condition.parse(rule.when());
          for (String name : c.names()) {
            if (!name.equals("day") && !name.equals("hour") && Indicator.byKey(name).isEmpty()) {
              problems.add(problem(file, tree, p + "/when", "unknown name '" + name
                  + "' in condition; allowed: day, hour, " + String.join(", ",
                      java.util.Arrays.stream(Indicator.values()).map(Indicator::key).toList())));
            }
          }
        } catch (ConditionSyntaxException e) {
          problems.add(problem(file, tree, p + "/when", "condition does not parse: " + e.getMessage()
              + "; expected e.g. 'attacksExecuted >= 2 and day >= 3'"));
        }
      }
      if (rule.take().isEmpty() && rule.choose().isEmpty() && rule.prefer().isEmpty()
          && structure.problems().isEmpty()) {
        problems.add(problem(file, tree, p, "a rule does nothing; give it take, choose or prefer"));
      }
      for (int a = 0; a < rule.take().size(); a++) {
        CoordinationAction action = rule.take().get(a);
        for (var arg : action.type().required()) {
          boolean missing = switch (arg) {
            case TARGET -> action.target() == null;
            case ZONE -> action.zone() == null;
            case MEMBERS -> action.members().isEmpty();
            case MEDIUM -> action.medium() == null;
            case LANGUAGE -> action.language() == null;
            case TASK -> action.task() == null;
            case ENDS -> action.ends() == null;
          };
          if (missing) {
            problems.add(problem(file, tree, p + "/take/" + a, action.type() + " needs "
                + arg.name().toLowerCase(java.util.Locale.ROOT)));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw sorted(problems);
    }
    return new Read(file, rules, tree);
  }

  private static List<Problem> checkAgainst(Read read, Scenario scenario) {
    List<Problem> problems = new ArrayList<>();
    List<String> actors = scenario.actors().stream().map(Actor::id).toList();
    List<String> zones = scenario.map().zones().stream().map(Zone::id).toList();
    String sid = scenario.metadata().id();
    for (int i = 0; i < read.rules().rules().size(); i++) {
      Rule rule = read.rules().rules().get(i);
      String p = "/rules/" + i;
      for (int a = 0; a < rule.take().size(); a++) {
        CoordinationAction action = rule.take().get(a);
        String pa = p + "/take/" + a;
        if (action.target() != null && !actors.contains(action.target())) {
          problems.add(problem(read.file(), read.tree(), pa + "/target", "no actor '" + action.target()
              + "'" + hint(problems, action.target(), actors) + " in scenario " + sid + "; actors: " + String.join(", ", actors)));
        }
        if (action.via() != null && !actors.contains(action.via())) {
          problems.add(problem(read.file(), read.tree(), pa + "/via", "no actor '" + action.via()
              + "'" + hint(problems, action.via(), actors) + " in scenario " + sid + "; actors: " + String.join(", ", actors)));
        }
        if (action.zone() != null && !zones.contains(action.zone())) {
          problems.add(problem(read.file(), read.tree(), pa + "/zone", "no zone '" + action.zone()
              + "'" + hint(problems, action.zone(), zones) + " in scenario " + sid + "; zones: " + String.join(", ", zones)));
        }
        for (int m = 0; m < action.members().size(); m++) {
          if (!actors.contains(action.members().get(m))) {
            problems.add(problem(read.file(), read.tree(), pa + "/members/" + m, "no actor '"
                + action.members().get(m) + "' in scenario " + sid));
          }
        }
      }
      for (Map.Entry<String, String> c : rule.choose().entrySet()) {
        String pc = p + "/choose/" + c.getKey();
        DecisionPoint point = scenario.decisionPoints().stream().filter(d -> d.id().equals(c.getKey()))
            .findFirst().orElse(null);
        if (point == null) {
          problems.add(problem(read.file(), read.tree(), pc, "no decision point '" + c.getKey() + "'"
              + hint(problems, c.getKey(), scenario.decisionPoints().stream().map(DecisionPoint::id).toList())
              + " in scenario " + sid + "; decision points: " + (scenario.decisionPoints().isEmpty() ? "none"
                  : String.join(", ", scenario.decisionPoints().stream().map(DecisionPoint::id).toList()))));
        } else if (point.options().stream().noneMatch(o -> o.id().equals(c.getValue()))) {
          problems.add(problem(read.file(), read.tree(), pc, "no option '" + c.getValue() + "'"
              + hint(problems, c.getValue(), point.options().stream().map(DecisionOption::id).toList()) + " at "
              + point.id() + "; options: " + String.join(", ", point.options().stream().map(DecisionOption::id).toList())));
        }
      }
    }
    Collections.sort(problems);
    return problems;
  }

  /** A "did you mean" hint for the first problems only: a hostile file can hold very many bad references. */
  private static String hint(List<Problem> problems, String given, List<String> valid) {
    return problems.size() < 100 ? Suggestions.suggestion(given, valid) : "";
  }

  private static Problem problem(String file, LocatedTree tree, String pointer, String message) {
    LocatedTree.Position at = tree.positionOf(pointer);
    return new Problem(file, at.line(), at.column(), Pointers.toPath(pointer), message);
  }

  private static InvalidRuleFileException sorted(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems);
    Collections.sort(copy);
    return new InvalidRuleFileException(copy);
  }
}
