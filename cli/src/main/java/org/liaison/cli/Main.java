package org.liaison.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.Collection;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code liaison} command: one entry point for every subcommand. */
@Command(
    name = "liaison",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Simulation and training environment for civil-military coordination.",
    subcommands = {ValidateCommand.class, SchemaCommand.class, RunCommand.class, CheckCommand.class, BatchCommand.class,
        CompareCommand.class, ReportCommand.class, MergeCommand.class, UiCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (bad file, bad flag), 1 any other failure.",
        "Add --stacktrace before the subcommand to see the full error of a failure.",
        "'liaison help COMMAND' or 'liaison COMMAND --help' explains one command."})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--stacktrace", description = "Print the stack trace of an unexpected failure.", scope = CommandLine.ScopeType.INHERIT)
  boolean stacktrace;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
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
    commandLine.setUsageHelpLongOptionsMaxWidth(32);
    commandLine.setParameterExceptionHandler((ex, arguments) -> {
      err.println("liaison: " + Terminal.printable(ex.getMessage()));
      CommandLine failed = ex.getCommandLine();
      if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
        String given = unmatched.getUnmatched().get(0);
        String name = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        Collection<String> known = name.startsWith("-")
            ? failed.getCommandSpec().options().stream().flatMap(o -> Arrays.stream(o.names())).toList()
            : failed.getSubcommands().keySet();
        String hint = Suggestions.suggestion(name, known);
        if (!hint.isEmpty()) {
          err.println(hint.strip().replaceAll("^\\((.*)\\)$", "$1"));
        }
      }
      err.println("see '" + failed.getCommandSpec().qualifiedName() + " --help'");
      err.flush();
      return ExitCode.INVALID_INPUT;
    });
    commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
      if (ex instanceof InvalidInputException invalid) {
        // A file that does not pass its checks: every problem on its own located line.
        invalid.problems().forEach(err::println);
        err.flush();
        return ExitCode.INVALID_INPUT;
      }
      if (ex instanceof FileSystemException files && files.getFile() != null) {
        // A path a person gave that cannot be used: say which and why, as for any bad input.
        err.println("liaison: " + Terminal.printable(files.getFile()) + ": " + whatIsWrong(files)
            + (files.getOtherFile() == null ? "" : " (" + Terminal.printable(files.getOtherFile()) + ")"));
        if (main.stacktrace) {
          ex.printStackTrace(err);
        }
        err.flush();
        return isTheInputsFault(files) ? ExitCode.INVALID_INPUT : ExitCode.FAILURE;
      }
      err.println("liaison: " + Terminal.printable(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
      if (main.stacktrace) {
        ex.printStackTrace(err);
      } else {
        err.println("(run again with --stacktrace for details)");
      }
      err.flush();
      return ExitCode.FAILURE;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static boolean isTheInputsFault(FileSystemException e) {
    return e instanceof NoSuchFileException || e instanceof AccessDeniedException || e instanceof NotDirectoryException
        || e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException
        || e instanceof FileSystemLoopException;
  }

  private static String whatIsWrong(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied; check its permissions or choose another path";
    }
    if (e instanceof NotDirectoryException) {
      return "is not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists and is not a directory Liaison can use; choose another path";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "is a directory that is not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "its links form a loop";
    }
    String reason = e.getReason();
    return reason == null ? "cannot be read or written" : "cannot be read or written: " + Terminal.printable(reason);
  }
}
