package org.liaison.exercise;

import java.util.ArrayList;
import java.util.List;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunResult;
import org.liaison.events.EngineEvent;
import org.liaison.policy.DecisionLog;

/** Keeps a run's decision log in memory: a {@link RunListener} told of every entry. */
public final class DecisionLogRecorder implements RunListener {
  private final List<DecisionLog.Entry> entries = new ArrayList<>();
  private RunResult result;

  @Override
  public void on(EngineEvent event) {
    // entries come through decided()
  }

  @Override
  public void decided(DecisionLog.Entry entry) {
    entries.add(entry);
  }

  @Override
  public void finished(RunResult result) {
    this.result = result;
  }

  /** The log, with a header from the finished run. */
  public DecisionLog log() {
    if (result == null) {
      throw new IllegalStateException("the run has not finished");
    }
    return new DecisionLog(new DecisionLog.Header(result.scenarioId(), result.seed(), result.policy(),
        result.ticks() / 24), entries);
  }
}
