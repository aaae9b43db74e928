package org.liaison.exercise;

import java.util.LinkedHashMap;
import java.util.Map;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunSpec;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.IndicatorTracker;

/**
 * Keeps every indicator's value at the end of every tick: the per-tick series that charts,
 * after-action reviews and counterfactual comparisons plot.
 */
public final class IndicatorSeries implements RunListener {
  private IndicatorTracker tracker;
  private double[][] values;
  private int ticks;

  /** A recorder for a run's tracker, given later by {@link #started}. */
  public IndicatorSeries() {
    this.values = new double[Indicator.values().length][0];
  }

  IndicatorSeries(IndicatorTracker tracker, int expectedTicks) {
    this.tracker = tracker;
    this.values = new double[Indicator.values().length][Math.max(0, expectedTicks)];
  }

  @Override
  public void started(RunSpec spec, IndicatorTracker indicators) {
    tracker = indicators;
    values = new double[Indicator.values().length][spec.ticks()];
    ticks = 0;
  }

  @Override
  public void on(EngineEvent event) {
    if (event instanceof EngineEvent.TickEnded && tracker != null) {
      if (ticks == values[0].length) {
        for (int i = 0; i < values.length; i++) {
          values[i] = java.util.Arrays.copyOf(values[i], Math.max(24, ticks * 2));
        }
      }
      double[] now = tracker.values();
      for (int i = 0; i < values.length; i++) {
        values[i][ticks] = now[i];
      }
      ticks++;
    }
  }

  /** The series so far, copied. */
  public Table table() {
    Map<String, double[]> map = new LinkedHashMap<>();
    for (Indicator i : Indicator.values()) {
      map.put(i.key(), java.util.Arrays.copyOf(values[i.ordinal()], ticks));
    }
    return new Table(ticks, map);
  }

  /**
   * Indicator values per tick.
   *
   * @param ticks number of ticks recorded
   * @param byKey for each indicator key (in enum order), its value at the end of tick 0, 1, ...
   */
  public record Table(int ticks, Map<String, double[]> byKey) {
    /** The series of one indicator (not copied: do not change it). */
    public double[] of(Indicator indicator) {
      return byKey.get(indicator.key());
    }
  }
}
