package org.liaison.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaison.results.report.HtmlReport;
import org.liaison.results.stats.DamagedResultsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Writes the HTML report of an experiment directory. */
@Command(name = "report", header = "Write the HTML report of an experiment directory.",
    mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Write one self-contained HTML file (inline CSS and SVG, no scripts, no",
        "network) with the experiment, summary tables, box plots per policy, indicators",
        "over time and the sensitivity of the score to each swept parameter."})
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "An experiment directory written by 'liaison batch'.")
  Path dir;

  @CommandLine.Option(names = "--out", paramLabel = "FILE", description = "Where to write the report (default DIR/report.html).")
  Path outFile;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(dir.resolve("runs.csv")) || !Files.isRegularFile(dir.resolve("experiment.json"))) {
      spec.commandLine().getErr().println("liaison report: " + Terminal.printable(dir)
          + " is not an experiment directory (it needs experiment.json and runs.csv from 'liaison batch')");
      spec.commandLine().getErr().flush();
      return ExitCode.INVALID_INPUT;
    }
    Path target = outFile == null ? dir.resolve("report.html") : outFile;
    try {
      HtmlReport.write(dir, target);
    } catch (DamagedResultsException e) {
      spec.commandLine().getErr().println("liaison report: " + Terminal.printable(e.getMessage()));
      spec.commandLine().getErr().flush();
      return ExitCode.INVALID_INPUT;
    }
    spec.commandLine().getOut().println("report written to " + target);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
