package org.liaison.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.exercise.Counterfactual;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.ui.exercise.SimExecutor;

/** The review's "what if" reports the counterfactual's own score, against the one played. */
class WhatIfTest {
  private static Scenario desk() throws Exception {
    // Read as text: the test scenario lives in the engine's test jar when the build runs from the reactor.
    try (var in = WhatIfTest.class.getResourceAsStream("/scenarios/desk.yaml")) {
      return ScenarioReader.readText(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          "desk.yaml", false);
    }
  }

  @Test
  void theWhatIfValueIsTheScoreOfTheBranchWithTheOtherOption() throws Exception {
    Scenario scenario = desk();
    Counterfactual.RunIndicators played = Counterfactual.run(scenario, 9, new DoctrinePolicy(), null);
    DecisionLog log = played.decisions();
    DecisionLog.Entry first = log.choices().get(0);
    List<String> others = scenario.decisionPoints().stream().filter(p -> p.id().equals(first.point()))
        .flatMap(p -> p.options().stream()).map(DecisionOption::id).filter(id -> !id.equals(first.option())).toList();
    assertTrue(!others.isEmpty(), "the first decision point has another option");
    List<String> differing = new ArrayList<>();
    for (String other : others) {
      double branch = Counterfactual.branch(scenario, log, 0, other, null).branch().result().score();
      ReviewViewModel review = new ReviewViewModel(scenario, played.result(), log, new float[0][],
          SimExecutor.sameThread(), Runnable::run, Map.of());
      review.whatIf(0, other);
      double mine = played.result().score();
      String answer = review.whatIfProperty().get();
      assertTrue(answer.contains(String.format(Locale.ROOT, "would have been %.1f (yours: %.1f, %+.1f)",
          branch, mine, branch - mine)), other + ": " + answer);
      String label = scenario.decisionPoints().stream().filter(p -> p.id().equals(first.point()))
          .flatMap(p -> p.options().stream()).filter(o -> o.id().equals(other)).findFirst().orElseThrow().label();
      assertTrue(answer.contains("“" + label + "”"), "the option is named by its label: " + answer);
      assertTrue(!answer.contains(other), "never by its id " + other + ": " + answer);
      if (!String.format(Locale.ROOT, "%.1f", branch).equals(String.format(Locale.ROOT, "%.1f", mine))) {
        differing.add(other);
      }
    }
    assertTrue(!differing.isEmpty(), "some other option changes the score, so the answer cannot be the score played");
  }
}
