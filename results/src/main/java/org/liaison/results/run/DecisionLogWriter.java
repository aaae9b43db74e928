package org.liaison.results.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunResult;
import org.liaison.events.EngineEvent;
import org.liaison.policy.DecisionLog;

/**
 * Writes the decision log ({@code decisions.jsonl}) of a run: entries are kept as they come and
 * written with their header when the run finishes (the header names the decision maker, known
 * for certain only then). The format is {@link DecisionLog}'s.
 */
public final class DecisionLogWriter implements RunListener {
  private final Writer out;
  private final List<DecisionLog.Entry> entries = new ArrayList<>();

  public DecisionLogWriter(Writer out) {
    this.out = out;
  }

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
    try {
      new DecisionLog(new DecisionLog.Header(result.scenarioId(), result.seed(), result.policy()), entries)
          .write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
