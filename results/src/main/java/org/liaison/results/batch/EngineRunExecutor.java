package org.liaison.results.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.PreparedScenario;
import org.liaison.engine.RunListener;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.IndicatorTracker;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.Policies;
import org.liaison.policy.ReplayDecisions;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Scenario;

/**
 * Runs the real engine for the batch layer, through the engine's one runner
 * ({@link HeadlessRun}): the scenario gets the run's complete parameters, the engine the run's
 * seed and policy. Time series are sampled from the run's indicator tracker at the end of ticks
 * 0, K, 2K, ... and of the last tick, numbered as in {@code indicators.csv} of {@code liaison run}.
 */
public final class EngineRunExecutor implements RunExecutor {

  /** Registers this executor for {@link java.util.ServiceLoader}. */
  public static final class Provider implements RunExecutorProvider {
    @Override
    public RunExecutor create() {
      return new EngineRunExecutor();
    }
  }

  @Override
  public Set<String> policies() {
    return new LinkedHashSet<>(Policies.NAMES);
  }

  /** Asks the engine, which reads a rule file or decision log to check it. */
  @Override
  public String problemWithPolicy(String policy) {
    try {
      Policies.check(policy);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage() == null ? "cannot be used" : e.getMessage().lines().findFirst().orElse("");
    }
  }

  /** A rule file by the name every run of it shows ({@code rules-NAME}), as {@code liaison run} names it. */
  @Override
  public String outputName(String policy) {
    return policy.startsWith(Policies.RULES)
        ? Policies.rulesName(Path.of(policy.substring(Policies.RULES.length()))) : policy;
  }

  /**
   * Each scenario of the experiment prepared once, by identity (the plan holds one object per
   * scenario file, and hashing a scenario's contents would cost more than preparing it): its runs
   * share the tables on every thread, whatever their parameters.
   */
  private final Map<Scenario, Prepared> prepared = Collections.synchronizedMap(new IdentityHashMap<>());

  /** A scenario's tables, and its copy with the parameters of the design point run last. */
  private static final class Prepared {
    private final Scenario scenario;
    private final PreparedScenario tables;
    private volatile Scenario lastCopy;

    Prepared(Scenario scenario) {
      this.scenario = scenario;
      this.tables = PreparedScenario.of(scenario);
    }

    /**
     * The scenario with a design point's parameters; the plan gives every run of a point the same
     * parameters object, so consecutive runs of a point share one copy.
     */
    Scenario withParameters(Parameters parameters) {
      Scenario copy = lastCopy;
      if (copy == null || copy.parameters() != parameters) {
        copy = scenario.withParameters(parameters);
        lastCopy = copy;
      }
      return copy;
    }
  }

  @Override
  public RunResult run(RunRequest request) {
    Prepared scenario = prepared.computeIfAbsent(request.scenario(), Prepared::new);
    Scenario withParameters = scenario.withParameters(request.parameters());
    Recorder recorder = new Recorder(request.recordEvery(), request.indicators());
    org.liaison.engine.RunSpec spec = new org.liaison.engine.RunSpec(withParameters, request.seed(), request.policy(), null);
    org.liaison.engine.RunResult result = HeadlessRun.run(spec, scenario.tables,
        decisionMaker(request.policy()), List.of(recorder), EngineRunExecutor::stopIfInterrupted);
    Map<Indicator, Double> finals = new EnumMap<>(Indicator.class);
    for (Indicator indicator : request.indicators()) {
      Double value = result.indicators().get(indicator.key());
      finals.put(indicator, value == null ? Double.NaN : value);
    }
    return new RunResult(finals, recorder.samples);
  }

  /** A batch interrupts a run it has given up (past its time limit); the run then ends at the next tick. */
  private static void stopIfInterrupted(long ticksDone) {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted after " + ticksDone + " ticks");
    }
  }

  /**
   * A run of a batch has its own seed and parameters, so a decision log is played in that world
   * (leniently, see {@link ReplayDecisions#inAnotherWorld}); a strict replay would refuse every
   * run whose seed is not the log's.
   */
  private static DecisionMaker decisionMaker(String policy) {
    if (policy.startsWith(Policies.REPLAY)) {
      try {
        return ReplayDecisions.inAnotherWorld(DecisionLog.read(Path.of(policy.substring(Policies.REPLAY.length()))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Policies.byName(policy);
  }

  /** Samples the kept indicators every K ticks and at the last tick. */
  private static final class Recorder implements RunListener {
    private final int every;
    private final List<Indicator> indicators;
    private final List<RunResult.Sample> samples = new ArrayList<>();
    private IndicatorTracker tracker;
    private long lastTick;

    Recorder(int every, List<Indicator> indicators) {
      this.every = every;
      this.indicators = indicators;
    }

    @Override
    public void started(org.liaison.engine.RunSpec spec, IndicatorTracker tracker) {
      this.tracker = tracker;
      this.lastTick = spec.ticks() - 1L;
    }

    @Override
    public void on(EngineEvent event) {
      if (every > 0 && event instanceof EngineEvent.TickEnded end && (end.tick() % every == 0 || end.tick() == lastTick)) {
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : indicators) {
          values.put(indicator, tracker.value(indicator));
        }
        samples.add(new RunResult.Sample((int) end.tick(), values));
      }
    }
  }
}
