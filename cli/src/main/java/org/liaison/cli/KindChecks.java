package org.liaison.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Policies;
import org.liaison.policy.rules.RuleFileReader;
import org.liaison.results.batch.BatchPlan;
import org.liaison.results.batch.ExperimentReader;
import org.liaison.results.batch.RunExecutor;
import org.liaison.results.batch.RunExecutorProvider;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.InputFiles;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.ui.exercise.SaveFile;

/** Each kind of file checked by its own reader: the problems as lines, and a summary of a good file. */
final class KindChecks {
  private KindChecks() {}

  /** Every problem of the file read as {@code kind}, one line each; empty when it is valid. */
  static List<String> problems(FileKind kind, Path file) {
    String name = Terminal.printable(file);
    String unusable = InputFiles.problemWith(file);
    if (unusable != null) {
      return List.of(name + ":0:0: " + unusable);
    }
    try {
      switch (kind) {
        case SCENARIO -> ScenarioReader.read(file);
        case EXPERIMENT -> {
          Optional<RunExecutor> executor = RunExecutorProvider.find();
          if (executor.isPresent()) {
            ExperimentReader.read(file, executor.get());
          } else {
            ExperimentReader.read(file, java.util.Set.copyOf(Policies.NAMES));
          }
        }
        case RULES -> RuleFileReader.read(file);
        case DECISION_LOG -> DecisionLog.read(file);
        case SAVE -> SaveFile.read(file).log();
        case EVENTS -> {
          return List.of(name + ":0:0: an event log is written by Liaison, not checked; see 'liaison schema --kind events'");
        }
      }
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    } catch (DecisionLog.InvalidLogException e) {
      return List.of(Terminal.printable(e.getMessage()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      return List.of(name + ":" + (at == null ? 0 : at.getLineNr()) + ":" + (at == null ? 0 : at.getColumnNr())
          + ": not a saved exercise Liaison can read; a save file is JSON written by the trainer");
    } catch (IOException e) {
      return List.of(name + ":0:0: cannot be read: " + Terminal.printable(e.getMessage()) + "; check the file");
    }
  }

  /** What a valid file holds, for the "ok" line. */
  static String summary(FileKind kind, Path file) {
    try {
      return switch (kind) {
        case SCENARIO -> {
          Scenario scenario = ScenarioReader.read(file);
          yield scenario.metadata().id() + ", " + scenario.actors().size() + " actors, "
              + scenario.map().zones().size() + " zones, " + scenario.msel().size() + " injects, "
              + scenario.decisionPoints().size() + " decision points";
        }
        case EXPERIMENT -> {
          BatchPlan plan = ExperimentReader.read(file, java.util.Set.copyOf(Policies.NAMES), null);
          yield "experiment " + plan.name() + ", " + plan.totalRuns() + " runs";
        }
        case RULES -> "rule file, " + RuleFileReader.read(file).rules().rules().size() + " rules";
        case DECISION_LOG -> {
          DecisionLog log = DecisionLog.read(file);
          yield "decision log of " + log.header().scenario() + ", seed " + log.header().seed() + ", "
              + log.entries().size() + " entries";
        }
        case SAVE -> "saved exercise of " + Terminal.printable(SaveFile.read(file).scenarioFile());
        case EVENTS -> "event log";
      };
    } catch (InvalidInputException | IOException e) {
      return kind.id();
    }
  }
}
