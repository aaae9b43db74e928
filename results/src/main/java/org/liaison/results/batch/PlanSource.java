package org.liaison.results.batch;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.read.InvalidInputException;

/**
 * How to read a plan again, somewhere else: engines that run tasks in other processes (Spark
 * executors) ship this small recipe rather than the plan, and each process reads the files
 * itself. The files must be readable there at the same absolute paths (a shared file system);
 * {@link BatchPlan#fingerprint()} tells whether they were the same files.
 */
public sealed interface PlanSource extends Serializable {

  /** Reads the plan; the thread count and output directory are not part of it and are left as read. */
  BatchPlan read(RunExecutor executor) throws InvalidInputException;

  /** An experiment file. */
  record ExperimentFile(String path) implements PlanSource {
    private static final long serialVersionUID = 1L;

    public ExperimentFile {
      path = Path.of(path).toAbsolutePath().normalize().toString();
    }

    @Override
    public BatchPlan read(RunExecutor executor) throws InvalidInputException {
      return ExperimentReader.read(Path.of(path), executor);
    }
  }

  /** The scenario form: one scenario with replications, policies, seed and time-series step. */
  record ScenarioForm(String scenario, int replications, List<String> policies, long seed, boolean commonRandomNumbers,
      int timeseriesEvery) implements PlanSource {
    private static final long serialVersionUID = 1L;

    public ScenarioForm {
      scenario = Path.of(scenario).toAbsolutePath().normalize().toString();
      policies = List.copyOf(policies);
    }

    @Override
    public BatchPlan read(RunExecutor executor) throws InvalidInputException {
      return ExperimentReader.quick(Path.of(scenario), replications, policies, seed, commonRandomNumbers,
          List.of(Indicator.values()), timeseriesEvery, 1, null, executor::outputName);
    }
  }
}
