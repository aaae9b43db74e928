package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorNamesTest {
  @Test
  void everyIndicatorHasANameWithItsUnitInEnglishAndInFrench() {
    for (Indicator i : Indicator.values()) {
      String english = IndicatorNames.of(i);
      String french = IndicatorNames.of(i, Locale.FRENCH);
      assertEquals(english.endsWith(")"), true, "the unit closes the name of " + i.key() + ": " + english);
      assertNotEquals(english, french, "the French name of " + i.key() + " is left in English");
    }
  }

  @Test
  void aLanguageWithoutTranslationReadsEnglish() {
    assertEquals("Trust in the mission (0–1)", IndicatorNames.of(Indicator.TRUST_IN_MISSION, Locale.GERMAN));
    assertEquals("Confiance dans la mission (0–1)", IndicatorNames.of(Indicator.TRUST_IN_MISSION, Locale.FRENCH));
  }
}
