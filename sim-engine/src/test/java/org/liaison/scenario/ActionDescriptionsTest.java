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

  @Test
  void theFrenchDescriptionsTranslateEveryActionTypeAndSayWhichAreStanding() {
    for (ActionType t : ActionType.values()) {
      ActionDescriptions.Description fr = ActionDescriptions.of(t, java.util.Locale.FRENCH);
      ActionDescriptions.Description en = ActionDescriptions.of(t);
      for (String part : new String[] {fr.does(), fr.needs(), fr.effects(), fr.risks()}) {
        assertFalse(part.isBlank(), t.name());
      }
      assertFalse(fr.does().equals(en.does()), t.name() + " is translated");
      assertTrue(fr.needs().contains("chaque jour") == t.standing(), t.name() + " says in French whether it is standing");
    }
    assertTrue(ActionDescriptions.of(ActionType.REPLY, java.util.Locale.GERMAN) == ActionDescriptions.of(ActionType.REPLY),
        "a language without a translation reads the English");
  }
}
