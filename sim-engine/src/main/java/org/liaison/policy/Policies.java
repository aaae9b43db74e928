package org.liaison.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.liaison.policy.rules.InvalidRuleFileException;
import org.liaison.policy.rules.RuleFileReader;
import org.liaison.policy.rules.RulePolicy;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;

/**
 * The decision policies by name, for the command line and batch experiments.
 *
 * <p>A policy is named by one of {@link #NAMES} ({@code none}, {@code doctrine}, {@code random}),
 * or by a file: {@code rules:FILE} (a rule file, see {@link org.liaison.policy.rules.RuleFile}) or
 * {@code replay:FILE} (a decision log, see {@link DecisionLog}). Every call of {@link #byName}
 * returns a fresh decision maker, so one name serves many runs.
 */
public final class Policies {
  private Policies() {}

  /** Names of the built-in policies accepted by {@link #byName(String)}. */
  public static final List<String> NAMES = List.of("none", "doctrine", "random");
  /** Prefix of a rule file policy: {@code rules:FILE}. */
  public static final String RULES = "rules:";
  /** Prefix of a replayed decision log: {@code replay:FILE}. */
  public static final String REPLAY = "replay:";

  /**
   * A fresh decision maker for a policy name.
   *
   * @throws IllegalArgumentException naming the valid policies, or with every problem of a rule
   *     file (FILE:LINE:COLUMN) or a decision log
   */
  public static DecisionMaker byName(String name) {
    if (name == null) {
      throw new IllegalArgumentException("no policy; valid: " + valid());
    }
    if (name.startsWith(RULES)) {
      Path file = Path.of(name.substring(RULES.length()));
      try {
        RuleFileReader.Read read = RuleFileReader.read(file);
        return new RulePolicy(rulesName(read), read.rules());
      } catch (InvalidRuleFileException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    if (name.startsWith(REPLAY)) {
      Path file = Path.of(name.substring(REPLAY.length()));
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(file + ": no such decision log");
      }
      try {
        return new ReplayDecisions(DecisionLog.read(file));
      } catch (IOException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    return switch (name) {
      case "none" -> new NoCoordination();
      case "doctrine" -> new DoctrinePolicy();
      case "random" -> new RandomPolicy();
      default -> throw new IllegalArgumentException("unknown policy '" + name + "'; valid: " + valid());
    };
  }

  /**
   * Checks a policy name without keeping the decision maker (reads the file of a rules or replay
   * policy).
   *
   * @throws IllegalArgumentException as {@link #byName}
   */
  public static void check(String name) {
    byName(name);
  }

  /** The name a rule policy shows in outputs: {@code rules:} and the file's own name, or its file name. */
  public static String rulesName(RuleFileReader.Read read) {
    if (read.rules().name() != null) {
      return RULES + read.rules().name();
    }
    String file = Path.of(read.file()).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return RULES + (dot > 0 ? file.substring(0, dot) : file);
  }

  private static String valid() {
    return String.join(", ", NAMES) + ", " + RULES + "FILE, " + REPLAY + "FILE";
  }

  /** The option the scenario names as default, or the first if the name matches none. */
  public static DecisionOption defaultOption(DecisionPoint point) {
    return point.options().stream().filter(o -> o.id().equals(point.defaultOption())).findFirst()
        .orElse(point.options().get(0));
  }
}
