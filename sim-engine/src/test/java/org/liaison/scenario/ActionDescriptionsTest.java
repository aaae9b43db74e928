package org.liaison.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActionDescriptionsTest {
  @Test
  void everyActionTypeSaysWhatItDoesNeedsCausesAndRisks() {
    for (ActionType t : ActionType.values()) {
      ActionDescriptions.Description d = ActionDescriptions.of(t);
      for (String part : new String[] {d.does(), d.needs(), d.effects(), d.risks()}) {
        assertFalse(part.isBlank(), t.name());
        assertFalse(part.contains(t.name()), t.name() + " is described in words, not by its code: " + part);
      }
      assertTrue(d.needs().contains("every day") == t.standing(),
          t.name() + ": the preconditions say it is standing exactly when it is");
    }
  }
}
