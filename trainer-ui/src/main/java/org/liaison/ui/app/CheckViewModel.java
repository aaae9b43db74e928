package org.liaison.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.Score;
import org.liaison.results.check.CheckReport;
import org.liaison.results.check.CheckReport.Finding;
import org.liaison.results.check.CheckReport.Kind;
import org.liaison.results.check.FindingText;
import org.liaison.results.check.ScenarioCheck;
import org.liaison.ui.I18n;
import org.liaison.ui.Names;
import org.liaison.ui.exercise.SimExecutor;

/**
 * The scenario sanity check run from the library: the same check as {@code liaison check}, on a
 * background thread, its findings worded for a trainer (human names, not keys). One status per
 * file, kept while the library is open, so going back to a scenario shows its last check.
 */
public final class CheckViewModel {
  /** Runs per policy: enough to see a criterion nobody meets, quick enough to wait for. */
  public static final int SEEDS = 20;
  /** The check's master seed, the command line's default, so both give the same findings. */
  public static final long MASTER_SEED = 1;

  /** Where one file's check stands. */
  public sealed interface Status {}

  /** The check is running. */
  public record Running() implements Status {}

  /** The check ran: its findings, one line each, in the order of their kinds. */
  public record Done(int seeds, List<Line> findings) implements Status {}

  /** The check could not run. */
  public record Failed(String reason) implements Status {}

  /** One finding: what kind of finding (as the command line labels it) and what it says. */
  public record Line(String kind, String text) {}

  private final SimExecutor executor;
  private final Consumer<Runnable> fx;
  private final int seeds;
  private final ObservableMap<Path, Status> statuses = FXCollections.observableHashMap();
  // One read-only view for every caller: a fresh wrapper per call would drop their listeners when collected.
  private final ObservableMap<Path, Status> readOnly = FXCollections.unmodifiableObservableMap(statuses);

  /**
   * @param executor where the check waits for its runs (off the JavaFX thread)
   * @param fx posts results onto the JavaFX thread
   */
  public CheckViewModel(SimExecutor executor, Consumer<Runnable> fx) {
    this(executor, fx, SEEDS);
  }

  CheckViewModel(SimExecutor executor, Consumer<Runnable> fx, int seeds) {
    this.executor = executor;
    this.fx = fx;
    this.seeds = seeds;
  }

  /** Each file's status; a file never checked has none. */
  public ObservableMap<Path, Status> statuses() {
    return readOnly;
  }

  /** Starts the check of a valid scenario, unless it is running already. */
  public void check(ScenarioEntry entry) {
    if (entry == null || !entry.valid() || statuses.get(entry.file()) instanceof Running) {
      return;
    }
    statuses.put(entry.file(), new Running());
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    executor.execute(() -> {
      Status result;
      try {
        CheckReport report = ScenarioCheck.run(entry.scenario(), seeds, MASTER_SEED, threads);
        result = new Done(seeds, lines(report));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        result = new Failed(I18n.t("check.interrupted"));
      } catch (RuntimeException e) {
        // A fault of Liaison's own, not of the scenario: the trainer reads that it happened, the details go to the log.
        e.printStackTrace();
        result = new Failed(I18n.t("app.internalError"));
      }
      Status done = result;
      fx.accept(() -> statuses.put(entry.file(), done));
    });
  }

  /** The report's findings in a trainer's words: indicators and policies by their names, counts and values as numbers. */
  static List<Line> lines(CheckReport report) {
    List<Line> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      out.add(new Line(kind(f.kind()), say(f.text())));
    }
    return out;
  }

  /** A finding's text, or a part of one, in the trainer's language. */
  static String say(FindingText text) {
    Object[] args = new Object[text.args().size()];
    for (int i = 0; i < args.length; i++) {
      Object arg = text.args().get(i);
      args[i] = switch (text.code().kinds().get(i)) {
        case PART -> say((FindingText) arg);
        case INDICATOR -> indicator((String) arg);
        case COMPONENT -> component((String) arg);
        case POLICY -> policy((String) arg);
        case RUNS -> Integer.parseInt((String) arg);
        case VALUE -> Double.parseDouble((String) arg);
        case CRITERION -> Names.humanise((String) arg);
        case OBJECTIVE, AUTHORED, NUMBER, DESCRIPTION -> arg;
      };
    }
    return I18n.t("finding." + text.code().name(), args);
  }

  private static String indicator(String key) {
    return Indicator.byKey(key).map(Names::indicator).orElse(key);
  }

  private static String component(String key) {
    if (key.equals("score")) {
      return indicator(Indicator.SCORE.key());
    }
    for (Score.Component c : Score.Component.values()) {
      if (c.key().equals(key)) {
        return indicator(c.indicator().key());
      }
    }
    return key;
  }

  private static String policy(String name) {
    return switch (name) {
      case "none", "doctrine", "random" -> I18n.t("check.policy." + name);
      default -> I18n.t("check.policy", name);
    };
  }

  /** A kind of finding in the trainer's language, such as "never opens". */
  static String kind(Kind kind) {
    return I18n.t("check.kind." + kind.name());
  }

  /** Whether a kind of finding is worth a trainer's attention before using the file. */
  public static boolean warning(String kindLabel) {
    return !kind(Kind.AS_MEANT).equals(kindLabel);
  }
}
