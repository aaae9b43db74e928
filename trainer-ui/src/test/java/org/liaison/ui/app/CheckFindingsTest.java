package org.liaison.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.results.check.FindingText;
import org.liaison.results.check.FindingText.Code;
import org.liaison.ui.I18n;

/** The sanity check's findings in the trainer's words: indicators and policies by name, numbers in the language's way. */
class CheckFindingsTest {
  @AfterEach
  void backToEnglish() {
    I18n.setLocale(Locale.ENGLISH);
  }

  @Test
  void aCriterionNobodyMeetsIsSaidInFrenchWithTheAuthorsWords() {
    FindingText text = FindingText.of(Code.MET_BY_NONE,
        FindingText.of(Code.CRITERION_OF, "warningCoverage >= 0.9", "Protect civilians"), 60);
    I18n.setLocale(Locale.FRENCH);
    String french = CheckViewModel.say(text);
    assertEquals("« " + org.liaison.ui.Names.indicator(org.liaison.indicators.Indicator.WARNING_COVERAGE) + " >= 0.9 » (objectif « Protect civilians ») n’est rempli"
        + " par aucune politique dans 60 parties évaluées", french);
  }

  @Test
  void aConstantComponentNamesItsMeasureAndPolicyAndWritesTheValueAsTheLanguageDoes() {
    FindingText text = FindingText.of(Code.CONSTANT_COMPONENT, "civilianHarm", "0.5000", "doctrine", 20);
    I18n.setLocale(Locale.FRENCH);
    assertEquals(org.liaison.ui.Names.indicator(org.liaison.indicators.Indicator.SCORE_CIVILIAN_HARM) + " vaut 0,5 dans chaque partie selon la doctrine où il est"
        + " observé (20 parties) : il ne distingue pas ces parties.", CheckViewModel.say(text));
    I18n.setLocale(Locale.ENGLISH);
    assertEquals(org.liaison.ui.Names.indicator(org.liaison.indicators.Indicator.SCORE_CIVILIAN_HARM) + " is 0.5 in every run under the doctrine where it is"
        + " observed (20 runs): it cannot tell those runs apart.", CheckViewModel.say(text));
  }
}
