package org.liaison.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaison.results.batch.ExperimentDirectoryException;
import org.liaison.results.batch.ShardMerge;
import org.liaison.results.report.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Combines the shard directories of one experiment into one experiment directory. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Combine the directories of 'liaison batch --shard I/N' (every slice of one",
        "experiment) into one experiment directory, byte-identical to an unsharded run,",
        "with its summaries and report. Shards of different experiments, overlapping or",
        "missing slices and unfinished shards are refused before anything is written."})
final class MergeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(arity = "1..*", paramLabel = "DIR", description = "The shard directories, in any order.")
  List<Path> shards;

  @CommandLine.Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The merged experiment directory; must not exist or be empty.")
  Path out;

  @CommandLine.Option(names = "--no-report", description = "Do not write report.html.")
  boolean noReport;

  @Override
  public Integer call() throws IOException {
    ShardMerge.Outcome outcome;
    try {
      outcome = ShardMerge.merge(shards, out);
    } catch (ExperimentDirectoryException e) {
      spec.commandLine().getErr().println("liaison merge: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCode.INVALID_INPUT;
    }
    if (!noReport) {
      HtmlReport.write(out, out.resolve("report.html"));
    }
    spec.commandLine().getOut().println(outcome.shards() + " shards merged: " + outcome.totalRuns() + " runs ("
        + outcome.failed() + " failed); results in " + out);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
