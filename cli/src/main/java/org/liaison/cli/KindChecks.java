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

/** Each kind of file checked by its own reader: the problems as lines, or a summary of a good file. */
final class KindChecks {
  private KindChecks() {}

  /** The outcome of checking one file: its problems, one line each, or what a valid file holds. */
  record Outcome(List<String> problems, String summary) {}

  /** Reads the file once as {@code kind}: every problem, or a summary for the "ok" line. */
  static Outcome check(FileKind kind, Path file) {
    String name = Terminal.printable(file);
    String unusable = InputFiles.problemWith(file);
    if (unusable != null) {
      return failed(name + ":0:0: " + unusable);
    }
    try {
      return new Outcome(List.of(), switch (kind) {
        case SCENARIO -> {
          Scenario scenario = ScenarioReader.read(file);
          yield scenario.metadata().id() + ", " + scenario.actors().size() + " actors, "
              + scenario.map().zones().size() + " zones, " + scenario.msel().size() + " injects, "
              + scenario.decisionPoints().size() + " decision points";
        }
        case EXPERIMENT -> {
          Optional<RunExecutor> executor = RunExecutorProvider.find();
          BatchPlan plan = executor.isPresent() ? ExperimentReader.read(file, executor.get())
              : ExperimentReader.read(file, java.util.Set.copyOf(Policies.NAMES));
          yield "experiment " + Terminal.printable(plan.name()) + ", " + plan.totalRuns() + " runs";
        }
        case RULES -> "rule file, " + RuleFileReader.read(file).rules().rules().size() + " rules";
        case DECISION_LOG -> {
          DecisionLog log = DecisionLog.read(file);
          yield "decision log of " + Terminal.printable(log.header().scenario()) + ", seed " + log.header().seed()
              + ", " + log.entries().size() + " entries";
        }
        case SAVE -> {
          SaveFile save = SaveFile.read(file);
          save.log();
          yield "saved exercise of " + Terminal.printable(save.scenarioFile());
        }
        case EVENTS, PROTOCOL_CLIENT, PROTOCOL_SERVER ->
            throw new IllegalArgumentException(kind.id() + " files are not checked");
      });
    } catch (InvalidInputException e) {
      return new Outcome(e.problems().stream().map(Problem::toString).toList(), null);
    } catch (DecisionLog.InvalidLogException e) {
      return failed(Terminal.printable(e.getMessage()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      return failed(name + ":" + (at == null ? 0 : at.getLineNr()) + ":" + (at == null ? 0 : at.getColumnNr())
          + ": not a saved exercise Liaison can read; a save file is JSON written by the trainer");
    } catch (IOException e) {
      return failed(name + ":0:0: cannot be read: " + Terminal.printable(e.getMessage()) + "; check the file");
    }
  }

  private static Outcome failed(String problem) {
    return new Outcome(List.of(problem), null);
  }
}
