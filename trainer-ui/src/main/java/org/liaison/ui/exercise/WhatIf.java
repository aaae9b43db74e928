package org.liaison.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import org.liaison.exercise.Counterfactual;
import org.liaison.exercise.IndicatorSeries;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.ObjectiveRater;

/**
 * A counterfactual the trainee asked for: the logged run and the run that took another option at
 * one decision, from the same seed, with what differs between them.
 *
 * @param point the decision point's title
 * @param loggedOption the label of the option taken
 * @param branchOption the label of the option tried instead
 */
public record WhatIf(String point, String loggedOption, String branchOption, Counterfactual.Comparison comparison) {
  /** One objective in both runs. */
  public record ObjectiveDifference(String objective, ObjectiveRater.Rating logged, int loggedMet,
      ObjectiveRater.Rating branch, int branchMet, int total) {}

  public double loggedScore() {
    return comparison.original().result().score();
  }

  public double branchScore() {
    return comparison.branch().result().score();
  }

  /** Each objective's rating and criteria met in the logged run and in the branch, in scenario order. */
  public List<ObjectiveDifference> objectives() {
    List<ObjectiveDifference> out = new ArrayList<>();
    for (ObjectiveRater.ObjectiveRating o : comparison.original().result().objectives()) {
      comparison.branch().result().objectives().stream().filter(b -> b.id().equals(o.id())).findFirst()
          .ifPresent(b -> out.add(new ObjectiveDifference(o.text(), o.rating(), o.met(), b.rating(), b.met(),
              o.total())));
    }
    return out;
  }

  /** The branch's indicators per hour, [hour][indicator ordinal], as the review's charts read them. */
  public float[][] branchHistory() {
    return history(comparison.branch().series());
  }

  static float[][] history(IndicatorSeries.Table table) {
    float[][] out = new float[table.ticks()][Indicator.values().length];
    for (Indicator i : Indicator.values()) {
      double[] series = table.byKey().get(i.key());
      for (int t = 0; t < table.ticks(); t++) {
        out[t][i.ordinal()] = series == null || t >= series.length ? Float.NaN : (float) series[t];
      }
    }
    return out;
  }
}
