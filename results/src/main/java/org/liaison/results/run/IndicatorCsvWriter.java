package org.liaison.results.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunResult;
import org.liaison.engine.RunSpec;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.IndicatorTracker;

/**
 * Writes {@code indicators.csv}: a header {@code tick} then every indicator key in
 * {@link Indicator} order, and one row per tick with values rounded to six decimals.
 */
public final class IndicatorCsvWriter implements RunListener {
  private final Writer out;
  private IndicatorTracker indicators;

  public IndicatorCsvWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void started(RunSpec spec, IndicatorTracker tracker) {
    this.indicators = tracker;
    StringBuilder header = new StringBuilder("tick");
    for (Indicator i : Indicator.values()) {
      header.append(',').append(i.key());
    }
    line(header.append('\n').toString());
  }

  @Override
  public void on(EngineEvent event) {
    if (event instanceof EngineEvent.TickEnded end) {
      StringBuilder row = new StringBuilder().append(end.tick());
      for (Indicator i : Indicator.values()) {
        row.append(',').append(format(indicators.value(i)));
      }
      line(row.append('\n').toString());
    }
  }

  /** A number with at most six decimals and no trailing zeros. */
  static String format(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  private void line(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finished(RunResult result) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
