package org.liaison.results.batch;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Supplies a {@link RunEngine} by name, found through {@link ServiceLoader}: an engine with heavy
 * dependencies (Spark) lives in a module of its own and is on the class path only when asked for.
 */
public interface RunEngineProvider {

  /** What the engine is called on the command line, e.g. {@code spark}. */
  String name();

  /**
   * Opens the engine.
   *
   * @param source how the engine's workers read the plan again
   * @param master where to run (for Spark a master URL such as {@code local[2]}); null for the
   *     engine's default or the one its launcher set
   * @param parquet whether to write Parquet copies of the tables once the experiment is complete
   */
  RunEngine open(PlanSource source, String master, boolean parquet);

  /** The provider of this name on the class path, if any. */
  static Optional<RunEngineProvider> find(String name) {
    return ServiceLoader.load(RunEngineProvider.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals(name)).findFirst();
  }
}
