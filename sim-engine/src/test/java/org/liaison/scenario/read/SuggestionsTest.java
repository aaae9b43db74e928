package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> POLICIES = List.of("none", "doctrine", "random");

  @Test
  void aNameOneEditAwaySuggestsTheValidOne() {
    assertEquals(" (did you mean 'doctrine'?)", Suggestions.suggestion("doctrin", POLICIES));
    assertEquals(" (did you mean 'none'?)", Suggestions.suggestion("nome", POLICIES));
  }

  @Test
  void swappedLettersCountAsTwoEditsAndStillSuggest() {
    assertEquals(" (did you mean 'doctrine'?)", Suggestions.suggestion("dcotrine", POLICIES));
  }

  @Test
  void caseIsIgnoredButTheValidSpellingIsShown() {
    assertEquals(" (did you mean 'doctrine'?)", Suggestions.suggestion("DOCTRINE", POLICIES));
  }

  @Test
  void theNearestOfSeveralCloseNamesIsChosen() {
    assertEquals(" (did you mean 'none'?)", Suggestions.suggestion("nonee", List.of("nine", "none")));
  }

  @Test
  void aLongSharedPrefixSuggestsAtUpToHalfTheLength() {
    assertEquals(" (did you mean 'timeseriesEvery'?)",
        Suggestions.suggestion("timeseries", List.of("seed", "timeseriesEvery")));
  }

  @Test
  void anUnrelatedOrImplausiblyLongNameGetsNoSuggestion() {
    assertEquals("", Suggestions.suggestion("xyz", POLICIES));
    assertEquals("", Suggestions.suggestion("doctrine" + "x".repeat(60), List.of("doctrine" + "x".repeat(59))));
  }
}
