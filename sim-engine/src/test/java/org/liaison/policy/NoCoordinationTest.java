package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;

/** The baseline without coordination chooses to do nothing wherever an option lets it. */
class NoCoordinationTest {
  private static final DecisionOption PHONES = new DecisionOption("phones", "Phones", null,
      List.of(CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, "elders-a")));
  private static final DecisionOption ESCORT = new DecisionOption("escort", "Escort", null,
      List.of(CoordinationAction.on(ActionType.ARMED_ESCORT, "relief")));
  private static final DecisionOption WAIT = new DecisionOption("wait", "Wait", null, List.of());

  private static DecisionPoint point(String dflt, DecisionOption... options) {
    return new DecisionPoint("dp", "Which?", null, null, "commander", "Which?", List.of(options), dflt);
  }

  @Test
  void itTakesTheOptionWithoutActionsWhateverTheDefault() {
    assertEquals("wait", new NoCoordination().choose(point("phones", PHONES, WAIT), null).id());
  }

  @Test
  void whenEveryOptionActsItTakesTheDefault() {
    assertEquals("escort", new NoCoordination().choose(point("escort", PHONES, ESCORT), null).id());
    assertEquals("none", new NoCoordination().name());
  }
}
