package org.liaison.results.batch;

import java.nio.file.Path;
import java.util.function.LongPredicate;

/** Runs small experiments with the fake executor, for tests of what reads experiment directories. */
public final class TestExperiments {
  private TestExperiments() {}

  /** Runs {@code text} (an experiment over the test scenarios) in {@code dir}; returns the output directory. */
  public static Path run(Path dir, String text, String output, LongPredicate failsForSeed) throws Exception {
    Path file = TestFiles.experiment(dir, text);
    FakeExecutor executor = new FakeExecutor(failsForSeed, false);
    BatchPlan plan = ExperimentReader.read(file, executor.policies()).with(2, dir.resolve(output));
    new BatchRunner(executor, p -> { }).run(plan, BatchRunner.Options.defaults());
    return plan.outputDirectory();
  }
}
