package org.liaison.results.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunResult;
import org.liaison.events.EngineEvent;
import org.liaison.exercise.DecisionLogRecorder;
import org.liaison.policy.DecisionLog;

/**
 * Writes the decision log ({@code decisions.jsonl}) of a run: entries are kept as they come and
 * written with their header when the run finishes (the header names the decision maker, known
 * for certain only then). The format is {@link DecisionLog}'s.
 */
public final class DecisionLogWriter implements RunListener {
  private final Writer out;
  private final DecisionLogRecorder recorder = new DecisionLogRecorder();

  public DecisionLogWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void on(EngineEvent event) {
    recorder.on(event);
  }

  @Override
  public void decided(DecisionLog.Entry entry) {
    recorder.decided(entry);
  }

  @Override
  public void finished(RunResult result) {
    recorder.finished(result);
    try {
      recorder.log().write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
