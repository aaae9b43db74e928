package org.liaison.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaison.results.check.CheckReport;
import org.liaison.results.check.ScenarioCheck;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.InvalidScenarioException;
import org.liaison.scenario.read.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The scenario sanity check: what each policy meets, and what never happens. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Sanity-check a scenario: run it under none, doctrine and random over the same seeds",
        "and report, per objective criterion and MSEL expectation, how often each policy meets it;",
        "flag criteria met by no policy or by all, decision points that never open, injects that",
        "never fire, actors that never act, indicators that never move and score components that",
        "are constant. Findings are advice for the author: the exit code is 0 when the check ran."})
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
  Path scenarioFile;

  @CommandLine.Option(names = "--seeds", paramLabel = "N", defaultValue = "20",
      description = "Runs per policy, the same seeds for each policy (default: ${DEFAULT-VALUE}).")
  int seeds;

  @CommandLine.Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Master seed the run seeds are derived from (default: ${DEFAULT-VALUE}).")
  long masterSeed;

  @CommandLine.Option(names = "--threads", paramLabel = "T",
      description = "Runs at once (default: the number of processors).")
  Integer threads;

  @CommandLine.Option(names = "--json", description = "Write the report as JSON, for tools.")
  boolean json;

  @Override
  public Integer call() throws InterruptedException, InvalidScenarioException {
    PrintWriter out = spec.commandLine().getOut();
    if (seeds < 1 || seeds > 100_000) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--seeds must be 1 to 100000: " + seeds);
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 1_024) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 to 1024: " + t);
    }
    Scenario scenario = ScenarioReader.read(scenarioFile);
    CheckReport report = ScenarioCheck.run(scenario, seeds, masterSeed, t);
    out.print(json ? report.json() : report.table());
    out.flush();
    return ExitCode.OK;
  }
}
