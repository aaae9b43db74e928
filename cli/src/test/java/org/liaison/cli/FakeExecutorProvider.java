package org.liaison.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.liaison.indicators.Indicator;
import org.liaison.results.batch.RunExecutor;
import org.liaison.results.batch.RunExecutorProvider;
import org.liaison.results.batch.RunRequest;
import org.liaison.results.batch.RunResult;

/** Supplies a deterministic stand-in for the engine to the commands under test. */
public final class FakeExecutorProvider implements RunExecutorProvider {
  @Override
  public RunExecutor create() {
    return new RunExecutor() {
      @Override
      public Set<String> policies() {
        return Set.of("none", "doctrine", "random");
      }

      @Override
      public RunResult run(RunRequest request) {
        SplittableRandom random = new SplittableRandom(request.seed());
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : request.indicators()) {
          values.put(indicator, random.nextDouble());
        }
        values.put(Indicator.SCORE, 50 + ("doctrine".equals(request.policy()) ? 10 : 0) + 5 * random.nextGaussian());
        List<RunResult.Sample> series = request.recordEvery() > 0
            ? List.of(new RunResult.Sample(0, values), new RunResult.Sample(request.recordEvery(), values)) : List.of();
        return new RunResult(values, series);
      }
    };
  }
}
