package org.liaison.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code liaison} command: one entry point for every subcommand. */
@Command(
    name = "liaison",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Simulation and training environment for civil-military coordination.",
    subcommands = {ValidateCommand.class, SchemaCommand.class, RunCommand.class, BatchCommand.class,
        CompareCommand.class, ReportCommand.class, UiCommand.class, ServeCommand.class},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (bad file, bad flag), 1 any other failure.",
        "Add --stacktrace before the subcommand to see the full error of a failure."})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--stacktrace", description = "Print the stack trace of an unexpected failure.", scope = CommandLine.ScopeType.INHERIT)
  boolean stacktrace;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand; see 'liaison --help'");
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code; the only place that maps errors to codes. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    CommandLine commandLine = new CommandLine(main);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((ex, arguments) -> {
      err.println("liaison: " + ex.getMessage());
      CommandLine failed = ex.getCommandLine();
      err.println("see '" + failed.getCommandSpec().qualifiedName() + " --help'");
      return ExitCode.INVALID_INPUT;
    });
    commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
      err.println("liaison: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
      if (main.stacktrace) {
        ex.printStackTrace(err);
      } else {
        err.println("(run again with --stacktrace for details)");
      }
      return ExitCode.FAILURE;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
