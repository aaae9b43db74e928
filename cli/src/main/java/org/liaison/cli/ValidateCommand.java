package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Validates Liaison files of every kind, or every file in a directory, reporting all problems. */
@Command(name = "validate", header = "Check scenario, experiment, rule, decision-log and save files and list every problem.",
    mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Check files and report every problem, one per line:",
        "  FILE:LINE:COLUMN: path.to.field: what is wrong; what is allowed",
        "The kind of each file is recognised from its content: a scenario, an experiment,",
        "a rule file, a decision log (decisions.jsonl) or a saved exercise; each is checked",
        "by its own rules. A directory argument validates every .yaml, .yml and .json file",
        "in it (not the schemas)."})
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories.")
  List<Path> inputs;

  @CommandLine.Option(names = {"-q", "--quiet"}, description = "Print only problems, not the files that are valid.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    boolean missing = false;
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> found = scenariosIn(input);
        if (found.isEmpty()) {
          err.println(Terminal.printable(input) + ": no scenario files (.yaml, .yml, .json) in this directory");
          missing = true;
        }
        files.addAll(found);
      } else {
        files.add(input);
      }
    }
    int invalid = 0;
    int failed = 0;
    for (Path file : files) {
      try {
        KindChecks.Outcome outcome = KindChecks.check(FileKind.of(file), file);
        if (outcome.problems().isEmpty()) {
          if (!quiet) {
            out.println(Terminal.printable(file) + ": ok (" + outcome.summary() + ")");
          }
        } else {
          invalid++;
          outcome.problems().forEach(err::println);
        }
      } catch (RuntimeException | StackOverflowError e) {
        // A bug in the reader, not in the file: say so on one line and go on with the other files.
        failed++;
        err.println(Terminal.printable(file) + ":0:0: internal error while reading (" + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + Terminal.printable(e.getMessage().lines().findFirst().orElse("")))
            + "); the file may be valid: please report it to the Liaison developers");
        if (main != null && main.stacktrace) {
          e.printStackTrace(err);
        }
      }
    }
    out.flush();
    err.flush();
    if (failed > 0) {
      return ExitCode.FAILURE;
    }
    return invalid > 0 || missing ? ExitCode.INVALID_INPUT : ExitCode.OK;
  }

  static List<Path> scenariosIn(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> {
            String name = p.getFileName().toString().toLowerCase();
            return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
                && !name.endsWith(".schema.json");
          })
          .sorted()
          .toList();
    }
  }
}
