package org.liaison.engine;

import org.liaison.events.EventListener;
import org.liaison.indicators.IndicatorTracker;
import org.liaison.policy.DecisionLog;

/** An output of a run: it hears every event, and is told when the run starts and ends. */
public interface RunListener extends EventListener {
  /** Before the first event; indicators is the run's tracker, up to date at each TickEnded. */
  default void started(RunSpec spec, IndicatorTracker indicators) {}

  /** A decision log entry was made (an action asked for, a choice made), on the simulation's thread. */
  default void decided(DecisionLog.Entry entry) {}

  /** After the last tick. */
  default void finished(RunResult result) {}
}
