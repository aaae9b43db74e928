package org.liaison.ui.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaison.engine.RunResult;
import org.liaison.scenario.Scenario;
import org.liaison.exercise.Counterfactual;
import org.liaison.policy.DecisionLog;
import org.liaison.ui.exercise.ObserverNote;
import org.liaison.ui.exercise.Replay;
import org.liaison.ui.I18n;
import org.liaison.ui.exercise.WhatIf;
import org.liaison.ui.exercise.ReviewReport;
import org.liaison.ui.exercise.SimExecutor;

/**
 * The after-action review: the trainee's result, the scores the same scenario gets without
 * coordination and under doctrine (computed in the background with progress), and "what if"
 * branches at decisions.
 */
public final class ReviewViewModel {
  /** Background runs per policy. */
  public static final int REPLICATIONS = 8;

  private final Scenario scenario;
  private final RunResult result;
  private final DecisionLog log;
  private final float[][] history;
  private final SimExecutor executor;
  private final Consumer<Runnable> fx;
  private final java.util.Map<String, String> participants;

  // ---------------------------------------------------------------- properties
  private final ReadOnlyObjectWrapper<List<Double>> noneScores = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<List<Double>> doctrineScores = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper whatIf = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<WhatIf> whatIfRun = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

  public ReviewViewModel(Scenario scenario, RunResult result, DecisionLog log, float[][] history,
      SimExecutor executor, Consumer<Runnable> fx, java.util.Map<String, String> participants) {
    this.participants = java.util.Map.copyOf(participants);
    this.scenario = scenario;
    this.result = result;
    this.log = log;
    this.history = history;
    this.executor = executor;
    this.fx = fx;
  }

  public Scenario scenario() {
    return scenario;
  }

  public RunResult result() {
    return result;
  }

  public DecisionLog log() {
    return log;
  }

  /** Who sat in each role, by role id. */
  public java.util.Map<String, String> participants() {
    return participants;
  }

  public float[][] history() {
    return history;
  }

  public ReadOnlyObjectProperty<List<Double>> noneScoresProperty() {
    return noneScores.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<List<Double>> doctrineScoresProperty() {
    return doctrineScores.getReadOnlyProperty();
  }

  /** Share of the background runs done, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The outcome of the last "what if", as a sentence. */
  public ReadOnlyStringProperty whatIfProperty() {
    return whatIf.getReadOnlyProperty();
  }

  /** The last counterfactual computed, with both runs, or null. */
  public ReadOnlyObjectProperty<WhatIf> whatIfRunProperty() {
    return whatIfRun.getReadOnlyProperty();
  }

  /** Exercise control's notes on participants, in the order they were taken. */
  public List<ObserverNote> notes() {
    return ObserverNote.in(log);
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  // ---------------------------------------------------------------- commands

  /** Starts the background runs of none and doctrine; results arrive on the FX thread. */
  public void computeComparisons() {
    long firstSeed = log.header().seed() + 1000;
    executor.execute(() -> {
      List<Double> none = Replay.replications(scenario, "none", firstSeed, REPLICATIONS,
          p -> fx.accept(() -> progress.set(p / 2)));
      fx.accept(() -> noneScores.set(none));
      List<Double> doctrine = Replay.replications(scenario, "doctrine", firstSeed, REPLICATIONS,
          p -> fx.accept(() -> progress.set(0.5 + p / 2)));
      fx.accept(() -> doctrineScores.set(doctrine));
    });
  }

  /**
   * Replays the log with another option at one of its choices, in the background.
   *
   * @param choice which choice, from 0 among the log's choices
   */
  public void whatIf(int choice, String option) {
    whatIf.set(I18n.t("review.whatIfComputing"));
    DecisionLog.Entry logged = log.choices().get(choice);
    org.liaison.scenario.DecisionPoint point = scenario.decisionPoints().stream()
        .filter(p -> p.id().equals(logged.point())).findFirst().orElseThrow();
    executor.execute(() -> {
      Counterfactual.Comparison comparison = Counterfactual.branch(scenario, log, choice, option, null);
      WhatIf w = new WhatIf(point.title(), label(point, logged.option()), label(point, option), comparison);
      String text = I18n.t("review.whatIfAnswer", w.branchOption(), w.point(), w.branchScore(), result.score(),
          w.branchScore() - result.score());
      fx.accept(() -> {
        whatIf.set(text);
        whatIfRun.set(w);
      });
    });
  }

  /** Writes the review as one self-contained HTML file. */
  public void export(Path file) throws IOException {
    Files.writeString(file, ReviewReport.html(scenario, result, log, history, noneScores.get(),
        doctrineScores.get(), participants, notes(), whatIfRun.get()), StandardCharsets.UTF_8);
    status.set(I18n.t("review.exported", file.getFileName()));
  }

  private static String label(org.liaison.scenario.DecisionPoint point, String option) {
    return point.options().stream().filter(o -> o.id().equals(option)).map(org.liaison.scenario.DecisionOption::label)
        .findFirst().orElse(option);
  }
}
