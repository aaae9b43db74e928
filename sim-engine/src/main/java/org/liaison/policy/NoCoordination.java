package org.liaison.policy;

import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;

/**
 * The baseline that never coordinates: at a decision point it takes the option with no actions
 * if there is one, otherwise the scenario's default; it takes no free actions.
 */
public final class NoCoordination implements DecisionMaker {
  @Override
  public String name() {
    return "none";
  }

  @Override
  public DecisionOption choose(DecisionPoint point, WorldView view) {
    return point.options().stream().filter(o -> o.actions().isEmpty()).findFirst()
        .orElseGet(() -> Policies.defaultOption(point));
  }

  @Override
  public void daily(WorldView view, Actions actions) {
    // never coordinates
  }
}
