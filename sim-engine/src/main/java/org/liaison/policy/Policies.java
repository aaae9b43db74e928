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
  /** Prefix of a rule file policy's name in outputs: {@code rules-NAME}. */
  public static final String RULES_NAME = "rules-";
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

  /**
   * The one name a rule policy has in every output (folder names, event log, summaries, batch
   * tables): {@code rules-} and the file's own name, or its file name without extension, with what
   * a folder name cannot hold replaced by '-'.
   */
  public static String rulesName(RuleFileReader.Read read) {
    String own = read.rules().name();
    return rulesLabel(own != null ? own : baseName(Path.of(read.file())));
  }

  /**
   * The output name of the rule file policy read from {@code file}, as {@link #rulesName(RuleFileReader.Read)};
   * a file that cannot be read as rules is named by its file name (its problems are reported where
   * the policy is checked).
   */
  public static String rulesName(Path file) {
    try {
      return rulesName(RuleFileReader.read(file));
    } catch (InvalidRuleFileException e) {
      return rulesLabel(baseName(file));
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String rulesLabel(String name) {
    return RULES_NAME + name.replaceAll("[^A-Za-z0-9._-]", "-");
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
