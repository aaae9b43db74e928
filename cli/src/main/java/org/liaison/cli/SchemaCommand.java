package org.liaison.cli;

import java.util.concurrent.Callable;
import org.liaison.scenario.schema.ScenarioSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints the JSON Schema of the scenario format. */
@Command(name = "schema", header = "Print the JSON Schema of a Liaison file format.",
    mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Print the JSON Schema of the scenario format (the same as scenarios/scenario.schema.json).")
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ScenarioSchema.scenarioSchema());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
