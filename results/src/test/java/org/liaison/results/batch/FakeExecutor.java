package org.liaison.results.batch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import org.liaison.indicators.Indicator;

/**
 * A deterministic stand-in for the engine: every value follows from the request alone. The
 * doctrine policy scores about 10 points more than none; casualties grow with the casualty rate.
 */
final class FakeExecutor implements RunExecutor {
  private final LongPredicate failsForSeed;
  private final boolean randomDelays;
  final AtomicLong calls = new AtomicLong();

  FakeExecutor() {
    this(seed -> false, false);
  }

  FakeExecutor(LongPredicate failsForSeed, boolean randomDelays) {
    this.failsForSeed = failsForSeed;
    this.randomDelays = randomDelays;
  }

  @Override
  public Set<String> policies() {
    return Set.of("none", "doctrine", "random");
  }

  /** Accepts a rule file whose text is "ok"; the rules policy scores about 5 points more than none. */
  @Override
  public String problemWithPolicy(String policy) {
    if (policy.startsWith("rules:")) {
      try {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(policy.substring("rules:".length())));
        return text.startsWith("ok") ? null : "rule file says no";
      } catch (java.io.IOException e) {
        return "cannot read " + e.getMessage();
      }
    }
    return RunExecutor.super.problemWithPolicy(policy);
  }

  /** A rule file by its file name without extension, as the engine names one without a name key. */
  @Override
  public String outputName(String policy) {
    if (!policy.startsWith("rules:")) {
      return policy;
    }
    String file = java.nio.file.Path.of(policy.substring("rules:".length())).getFileName().toString();
    return "rules-" + file.substring(0, file.lastIndexOf('.'));
  }

  @Override
  public RunResult run(RunRequest request) throws Exception {
    calls.incrementAndGet();
    if (randomDelays) {
      Thread.sleep(new SplittableRandom(System.nanoTime()).nextInt(3));
    }
    if (failsForSeed.test(request.seed())) {
      throw new IllegalStateException("simulated failure, with \"quotes\", commas\nand a line break");
    }
    SplittableRandom random = new SplittableRandom(request.seed());
    double effect = switch (request.policy()) {
      case "doctrine" -> 10;
      case "random" -> 3;
      default -> request.policy().startsWith("rules:/") ? 5 : 0;
    };
    Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
    for (Indicator indicator : request.indicators()) {
      values.put(indicator, random.nextDouble());
    }
    double casualties = Math.floor(1000 * request.parameters().casualtyRate() * (1 + random.nextDouble()));
    values.put(Indicator.CIVILIAN_CASUALTIES, casualties);
    values.put(Indicator.SCORE, 50 + effect + 5 * random.nextGaussian() - casualties / 10);
    if (values.containsKey(Indicator.MEAN_LATENCY_HOURS)) {
      values.put(Indicator.MEAN_LATENCY_HOURS, Double.NaN);
    }
    List<RunResult.Sample> series = new ArrayList<>();
    int duration = request.scenario().durationHours();
    if (request.recordEvery() > 0) {
      for (int tick = 0; tick <= duration; tick += request.recordEvery()) {
        Map<Indicator, Double> at = new EnumMap<>(Indicator.class);
        for (Map.Entry<Indicator, Double> e : values.entrySet()) {
          at.put(e.getKey(), Double.isNaN(e.getValue()) ? Double.NaN : e.getValue() * tick / duration);
        }
        series.add(new RunResult.Sample(tick, at));
      }
    }
    Map<Indicator, Double> kept = new EnumMap<>(Indicator.class);
    for (Indicator indicator : request.indicators()) {
      kept.put(indicator, values.get(indicator));
    }
    return new RunResult(kept, series);
  }
}
