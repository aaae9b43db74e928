package org.liaison.results.batch;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Supplies the {@link RunExecutor} that runs the real engine, found through {@link ServiceLoader}
 * so that the batch layer and the command line do not depend on how the engine is built.
 */
public interface RunExecutorProvider {

  /** A fresh executor. */
  RunExecutor create();

  /** The first provider on the class path, if any. */
  static Optional<RunExecutor> find() {
    return ServiceLoader.load(RunExecutorProvider.class).findFirst().map(RunExecutorProvider::create);
  }
}
