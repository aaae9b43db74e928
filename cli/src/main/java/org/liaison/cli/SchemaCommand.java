package org.liaison.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints the JSON Schema of one of Liaison's file formats. */
@Command(name = "schema", header = "Print the JSON Schema of a Liaison file format.",
    mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Print the JSON Schema of a file format, generated from the records that define it.",
        "Without --kind, the scenario format (the same as scenarios/scenario.schema.json)."})
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--kind", paramLabel = "KIND", defaultValue = "scenario",
      description = "scenario, experiment, rules, save, events, protocol-client or protocol-server (default: scenario).")
  String kind;

  @Override
  public Integer call() {
    FileKind chosen = FileKind.byId(kind);
    if (chosen == null || chosen.schema() == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--kind: unknown kind '" + kind + "'"
          + org.liaison.scenario.read.Suggestions.suggestion(kind, FileKind.withSchema()) + "; allowed: "
          + String.join(", ", FileKind.withSchema()));
    }
    spec.commandLine().getOut().print(chosen.schema());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
