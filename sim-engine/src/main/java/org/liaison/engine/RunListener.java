package org.liaison.engine;

import org.liaison.events.EventListener;
import org.liaison.indicators.IndicatorTracker;

/** An output of a run: it hears every event, and is told when the run starts and ends. */
public interface RunListener extends EventListener {
  /** Before the first event; indicators is the run's tracker, up to date at each TickEnded. */
  default void started(RunSpec spec, IndicatorTracker indicators) {}

  /** After the last tick. */
  default void finished(RunResult result) {}
}
