package org.liaison.results.batch;

import java.util.List;
import java.util.Map;
import org.liaison.indicators.Indicator;

/**
 * What one run produced: the final value of each requested indicator and, when asked for, the
 * values at regular ticks. A missing or NaN value is written as NA.
 */
public record RunResult(Map<Indicator, Double> finalValues, List<Sample> timeSeries) {

  public RunResult {
    finalValues = Map.copyOf(finalValues);
    timeSeries = timeSeries == null ? List.of() : List.copyOf(timeSeries);
  }

  /** The indicators at one tick. */
  public record Sample(int tick, Map<Indicator, Double> values) {
    public Sample {
      values = Map.copyOf(values);
    }
  }
}
