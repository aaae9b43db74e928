package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.liaison.engine.RunResult;
import org.liaison.engine.RunSpec;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.IndicatorNames;
import org.liaison.indicators.Score;
import org.liaison.indicators.ObjectiveRater.ObjectiveRating;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Policies;
import org.liaison.policy.ReplayDivergedException;
import org.liaison.policy.rules.InvalidRuleFileException;
import org.liaison.policy.rules.RuleFileReader;
import org.liaison.results.run.RunDirectory;
import org.liaison.scenario.Metadata;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.InputFiles;
import org.liaison.scenario.read.InvalidScenarioException;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.scenario.read.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs a scenario headless and writes its run directory. */
@Command(name = "run", header = "Run a scenario headless and write its run directory.",
    mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Run a scenario without the user interface and write its run directory:",
        "events.jsonl, decisions.jsonl, indicators.csv, summary.json and a copy of the scenario.",
        "Prints the score, key indicators and the rating of each objective."})
final class RunCommand implements Callable<Integer> {
  /** Runs shorter than this (wall-clock) show no progress. */
  private static final long PROGRESS_AFTER_NANOS = 2_000_000_000L;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
  Path scenarioFile;

  @CommandLine.Option(names = "--seed", paramLabel = "N",
      description = "Seed of the random number generator (default: 1, or the seed of the --replay log).")
  Long seed;

  @CommandLine.Option(names = "--days", paramLabel = "D",
      description = "Days to simulate (default: the scenario's duration).")
  Integer days;

  @CommandLine.Option(names = "--policy", paramLabel = "POLICY",
      description = {"Who decides for the mission: none, doctrine, random, rules:FILE (a rule file)",
          "or replay:FILE (a decision log) (default: none)."})
  String policy;

  @CommandLine.Option(names = "--rules", paramLabel = "FILE",
      description = "Decide by a rule file (same as --policy rules:FILE).")
  Path rules;

  @CommandLine.Option(names = "--replay", paramLabel = "FILE",
      description = {"Replay a decision log (decisions.jsonl of an earlier run or exercise);",
          "with the same scenario and seed the run is reproduced exactly."})
  Path replay;

  @CommandLine.Option(names = "--out", paramLabel = "DIR",
      description = "Run directory (default: runs/<scenario-id>-<policy>-seed<N>).")
  Path out;

  @CommandLine.Option(names = "--force", description = {"Replace an earlier run in the output directory; a directory",
      "holding anything liaison run did not write is never replaced."})
  boolean force;

  /** The rules policy's name as outputs show it ({@code rules-NAME}), once the rule file is read. */
  private String ruleName;

  @Override
  public Integer call() throws IOException, InvalidScenarioException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int given = (policy != null ? 1 : 0) + (rules != null ? 1 : 0) + (replay != null ? 1 : 0);
    if (given > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give only one of --policy, --rules and --replay");
    }
    String policyName = rules != null ? Policies.RULES + rules : replay != null ? Policies.REPLAY + replay
        : policy != null ? policy.strip() : "none";
    if (policyName.startsWith(Policies.RULES)) {
      rules = Path.of(policyName.substring(Policies.RULES.length()));
    } else if (policyName.startsWith(Policies.REPLAY)) {
      replay = Path.of(policyName.substring(Policies.REPLAY.length()));
    } else if (!Policies.NAMES.contains(policyName)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown policy '" + policyName + "'" + Suggestions.suggestion(policyName, Policies.NAMES) + "; valid: "
              + String.join(", ", Policies.NAMES)
              + ", rules:FILE, replay:FILE");
    }
    if (days != null && (days < 1 || days > Metadata.MAX_DURATION_DAYS)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--days must be from 1 to "
          + Metadata.MAX_DURATION_DAYS + " (the longest exercise a scenario can describe): " + days);
    }
    Scenario scenario = ScenarioReader.read(scenarioFile);
    if (rules != null) {
      if (!Files.isRegularFile(rules)) {
        err.println(Terminal.printable(rules) + ":0:0: " + orNoSuchFile(InputFiles.problemWith(rules))
            + "; give the path of a rule file (.yaml)");
        return ExitCode.INVALID_INPUT;
      }
      try {
        ruleName = Policies.rulesName(RuleFileReader.read(rules, rules.toString(), scenario));
      } catch (InvalidRuleFileException e) {
        for (Problem problem : e.problems()) {
          err.println(problem);
        }
        return ExitCode.INVALID_INPUT;
      }
    }
    if (replay != null) {
      if (!Files.isRegularFile(replay)) {
        err.println(Terminal.printable(replay) + ":0:0: " + orNoSuchFile(InputFiles.problemWith(replay))
            + "; give the path of a decision log (decisions.jsonl)");
        return ExitCode.INVALID_INPUT;
      }
      DecisionLog log;
      try {
        log = DecisionLog.read(replay);
      } catch (DecisionLog.InvalidLogException e) {
        err.println(Terminal.printable(e.getMessage()));
        return ExitCode.INVALID_INPUT;
      }
      if (log.header().scenario() != null && !log.header().scenario().equals(scenario.metadata().id())) {
        err.println(Terminal.printable(replay) + ": the decision log is of scenario "
            + Terminal.printable(log.header().scenario()) + ", not "
            + scenario.metadata().id());
        return ExitCode.INVALID_INPUT;
      }
      if (seed == null) {
        seed = log.header().seed();
      } else if (seed != log.header().seed()) {
        err.println(replay + ": the decision log was made with seed " + log.header().seed()
            + "; replay it with --seed " + log.header().seed());
        return ExitCode.INVALID_INPUT;
      }
      Integer logDays = log.header().days();
      if (days == null) {
        days = logDays;
      } else if (logDays != null && !days.equals(logDays)) {
        err.println(replay + ": the decision log is of a " + logDays + "-day run; replay it with --days "
            + logDays + " or without --days");
        return ExitCode.INVALID_INPUT;
      }
    }
    long runSeed = seed == null ? 1L : seed;
    Path dir = out != null ? out
        : Path.of("runs", scenario.metadata().id() + "-" + policyLabel(ruleName, replay, policyName) + "-seed" + runSeed);
    String unusable = InputFiles.outputDirectoryProblem(dir);
    if (unusable != null) {
      err.println(Terminal.printable(dir) + ": " + unusable);
      return ExitCode.INVALID_INPUT;
    }
    RunSpec run = new RunSpec(scenario, runSeed, policyName, days);
    RunResult result;
    try {
      result = RunDirectory.write(run, scenarioFile, dir, force, progress(err, run.ticks(), Terminal.stderrIsTerminal()));
    } catch (RunDirectory.RefusedException e) {
      err.println("liaison: " + Terminal.printable(e.getMessage()));
      return ExitCode.INVALID_INPUT;
    } catch (ReplayDivergedException e) {
      err.println(replay + ": " + e.getMessage() + "; nothing was written");
      return ExitCode.INVALID_INPUT;
    }
    print(stdout, scenario, result, dir);
    stdout.flush();
    return ExitCode.OK;
  }

  /**
   * Progress on stderr, shown only once the run has taken more than about two seconds: one line
   * rewritten in place on a terminal, a line every tenth of the run in a log file or pipe.
   */
  private static LongConsumer progress(PrintWriter err, int ticks, boolean terminal) {
    long start = System.nanoTime();
    return new LongConsumer() {
      private boolean shown;
      private int lastPercent = -1;

      @Override
      public void accept(long done) {
        if (!shown && System.nanoTime() - start < PROGRESS_AFTER_NANOS) {
          return;
        }
        shown = true;
        int percent = (int) (100 * done / ticks);
        int step = terminal ? percent : percent / 10 * 10;
        if (step != lastPercent) {
          lastPercent = step;
          String line = String.format(Locale.ROOT, "day %d of %d (%d%%)", (done - 1) / 24 + 1, ticks / 24, percent);
          if (terminal) {
            err.print("\r" + line);
            if (done == ticks) {
              err.println();
            }
          } else {
            err.println(line);
          }
          err.flush();
        }
      }
    };
  }

  /**
   * The run's summary for a person: the scenario by its title, measures by their names with units,
   * objectives by their text. Ids and keys stay in the run directory's files, for tools.
   */
  private static void print(PrintWriter out, Scenario scenario, RunResult r, Path dir) {
    out.printf(Locale.ROOT, "%s, seed %d, policy %s, %d days%n", Terminal.printable(scenario.metadata().title()),
        r.seed(), Terminal.printable(r.policy()), r.ticks() / 24);
    out.println("score " + (Double.isNaN(r.score()) ? "not observed" : String.format(Locale.ROOT, "%.1f / 100", r.score())));
    Indicator[] key = {Indicator.TRUST_IN_MISSION, Indicator.TRUST_IN_MISSION_COMMUNITY,
        Indicator.WARNING_COVERAGE, Indicator.ATTACKS_PREPARED, Indicator.ATTACKS_DETERRED,
        Indicator.ATTACKS_EXECUTED, Indicator.CIVILIAN_CASUALTIES, Indicator.PEOPLE_DISPLACED,
        Indicator.HUMANITARIAN_ACCESS, Indicator.MISSION_INCIDENTS, Indicator.MESSAGES_SENT,
        Indicator.MESSAGES_MISUNDERSTOOD, Indicator.MANDATE_DEVIATIONS, Indicator.COMPLIANCE_VIOLATIONS,
        Indicator.INCLUSIVITY};
    TextTable measures = new TextTable("  ", 2);
    for (Score.Component c : Score.Component.values()) {
      measures.row(IndicatorNames.of(c.indicator()), value(r.indicators().get(c.indicator().key())));
    }
    measures.heading("indicators");
    for (Indicator i : key) {
      measures.row(IndicatorNames.of(i), value(r.indicators().get(i.key())));
    }
    measures.print(out);
    if (!r.objectives().isEmpty()) {
      out.println("objectives");
      int metDigits = 1;
      int totalDigits = 1;
      for (ObjectiveRating o : r.objectives()) {
        metDigits = Math.max(metDigits, String.valueOf(o.met()).length());
        totalDigits = Math.max(totalDigits, String.valueOf(o.total()).length());
      }
      // "4 of 10" over "4 of 6 ": the counts line up digit for digit.
      String count = "%" + metDigits + "d of %-" + totalDigits + "d criteria met";
      TextTable objectives = new TextTable("  ", 3);
      for (ObjectiveRating o : r.objectives()) {
        int unrated = o.criteria().size() - o.total();
        objectives.row(o.rating().toString(), String.format(Locale.ROOT, count, o.met(), o.total())
            + (unrated > 0 ? " (" + unrated + " not observed or not applicable)" : ""), Terminal.printable(o.text()));
      }
      objectives.print(out);
    }
    out.println("written to " + Terminal.printable(dir));
  }

  private static String orNoSuchFile(String problem) {
    return problem == null ? "no such file" : problem;
  }

  private static String value(double v) {
    if (Double.isNaN(v)) {
      return "not observed";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
  }

  /** A policy's name as it can stand in a directory name: a rule file by its output name. */
  private static String policyLabel(String ruleName, Path replay, String policyName) {
    if (ruleName != null) {
      return ruleName;
    }
    return replay != null ? "replay" : policyName;
  }
}
