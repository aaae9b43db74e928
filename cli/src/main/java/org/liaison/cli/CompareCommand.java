package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaison.results.io.AtomicFile;
import org.liaison.results.stats.ComparisonRow;
import org.liaison.results.stats.ExperimentDifferences;
import org.liaison.results.stats.DamagedResultsException;
import org.liaison.results.stats.RunsTable;
import org.liaison.results.stats.SummaryWriter;
import org.liaison.scenario.read.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Compares two experiment directories group by group (scenario, design point, policy). */
@Command(name = "compare", header = "Compare the runs of two experiment directories, with effect sizes and tests.",
    mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Compare the runs of experiment directory B against A, for every scenario,",
        "policy and set of parameter values both have (whatever design point each gave it):",
        "means, Mann-Whitney U with rank-biserial r, Welch's t with Cohen's d and Hedges' g,",
        "and, when both use common random numbers with one master seed, paired tests.",
        "Positive differences and effects mean B is higher. Says on standard error what",
        "differs between the experiments; writes CSV with the columns of comparisons.csv."})
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", paramLabel = "DIR_A", description = "The reference experiment directory.")
  Path a;

  @CommandLine.Parameters(index = "1", paramLabel = "DIR_B", description = "The experiment directory compared with it.")
  Path b;

  @CommandLine.Option(names = "--indicator", paramLabel = "KEY", split = ",",
      description = "Only these indicators (default: every indicator both kept).")
  List<String> indicators;

  @CommandLine.Option(names = "--out", paramLabel = "FILE", description = "Write the CSV to FILE instead of standard output.")
  Path outFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    RunsTable tableA;
    RunsTable tableB;
    try {
      tableA = RunsTable.read(a);
      tableB = RunsTable.read(b);
    } catch (DamagedResultsException e) {
      err.println("liaison compare: " + Terminal.printable(e.getMessage()));
      return ExitCode.INVALID_INPUT;
    }
    if (indicators != null) {
      indicators = indicators.stream().map(String::strip).toList();
      List<String> kept = tableA.indicators().stream().filter(tableB.indicators()::contains).toList();
      boolean unknown = false;
      for (String indicator : indicators) {
        if (!kept.contains(indicator)) {
          err.println("liaison compare: --indicator: '" + Terminal.printable(indicator) + "' is not an indicator both kept"
              + Suggestions.suggestion(indicator, kept) + "; allowed: " + String.join(", ", kept));
          unknown = true;
        }
      }
      if (unknown) {
        return ExitCode.INVALID_INPUT;
      }
    }
    List<String> differences = ExperimentDifferences.between(tableA, tableB);
    if (differences.isEmpty()) {
      err.println("compare: " + a + " and " + b + " hold the same experiment");
    } else {
      err.println("compare: " + a + " (A) and " + b + " (B) differ in:");
      differences.forEach(d -> err.println("  " + d));
    }
    boolean paired = tableA.commonRandomNumbers() && tableB.commonRandomNumbers()
        && tableA.experiment().path("seed").asLong() == tableB.experiment().path("seed").asLong();
    err.println(paired ? "compare: both use common random numbers with the same master seed: runs are paired by "
        + "replication (Wilcoxon signed-rank and paired t in the paired_ columns)"
        : "compare: the runs are independent samples (paired statistics need common random numbers and the same "
        + "master seed in both)");
    err.flush();
    List<ComparisonRow> rows = SummaryWriter.comparisonsBetween(tableA, tableB).stream()
        .filter(r -> indicators == null || indicators.contains(r.indicator())).toList();
    if (rows.isEmpty()) {
      err.println("liaison compare: " + a + " and " + b + " share no scenario, design point, policy and indicator;"
          + " nothing to compare");
      return ExitCode.INVALID_INPUT;
    }
    StringWriter csv = new StringWriter();
    SummaryWriter.writeComparisons(csv, rows);
    if (outFile == null) {
      spec.commandLine().getOut().print(csv);
      spec.commandLine().getOut().flush();
    } else {
      AtomicFile.writeString(outFile, csv.toString());
      spec.commandLine().getOut().println(rows.size() + " comparisons written to " + outFile);
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }
}
