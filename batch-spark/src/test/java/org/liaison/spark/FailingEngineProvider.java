package org.liaison.spark;

import java.util.Set;
import org.liaison.results.batch.EngineRunExecutor;
import org.liaison.results.batch.RunExecutor;
import org.liaison.results.batch.RunExecutorProvider;
import org.liaison.results.batch.RunRequest;
import org.liaison.results.batch.RunResult;

/**
 * The real engine, except that runs whose seed is a multiple of 5 throw: found first by the
 * service loader in these tests, on the driver and on Spark's executors alike.
 */
public final class FailingEngineProvider implements RunExecutorProvider {
  @Override
  public RunExecutor create() {
    EngineRunExecutor engine = new EngineRunExecutor();
    return new RunExecutor() {
      @Override
      public Set<String> policies() {
        return engine.policies();
      }

      @Override
      public RunResult run(RunRequest request) {
        if (request.seed() % 5 == 0) {
          throw new IllegalStateException("simulated failure of seed " + request.seed());
        }
        return engine.run(request);
      }
    };
  }
}
