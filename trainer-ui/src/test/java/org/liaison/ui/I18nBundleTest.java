package org.liaison.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class I18nBundleTest {
  private static TreeSet<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (var in = I18n.class.getResourceAsStream("i18n/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void theFrenchBundleHasATextForEveryEnglishOneAndNoOther() throws IOException {
    assertEquals(keys("messages.properties"), keys("messages_fr.properties"));
    assertEquals(keys("network.properties"), keys("network_fr.properties"));
  }

  @Test
  void everyIndicatorIsNamedInTheTrainersLanguage() {
    try {
      I18n.setLocale(java.util.Locale.FRENCH);
      assertEquals("Confiance dans la mission (0–1)", Names.indicator(org.liaison.indicators.Indicator.TRUST_IN_MISSION));
      I18n.setLocale(java.util.Locale.ENGLISH);
      assertEquals("Trust in the mission (0–1)", Names.indicator(org.liaison.indicators.Indicator.TRUST_IN_MISSION));
    } finally {
      I18n.setLocale(java.util.Locale.ENGLISH);
    }
  }

  @Test
  void textsFollowTheChosenLanguage() {
    try {
      I18n.setLocale(java.util.Locale.FRENCH);
      assertEquals("Confirmer cette décision", I18n.t("decision.confirm"));
      assertEquals("Coûte 9,5 heures-personnel", I18n.t("decision.cost", 9.5));
      I18n.setLocale(java.util.Locale.ENGLISH);
      assertEquals("Costs 9.5 staff-hours", I18n.t("decision.cost", 9.5));
    } finally {
      I18n.setLocale(java.util.Locale.ENGLISH);
    }
  }

  @Test
  void networkScreensFollowTheChosenLanguageAndShowApostrophesAsWritten() {
    try {
      I18n.setLocale(java.util.Locale.FRENCH);
      var seat = new org.liaison.ui.network.NetworkViewModel(Runnable::run, Runnable::run);
      assertEquals("Code d’accès", seat.text().getString("join.code"));
      assertEquals("Refusé : pas d’accès", seat.format("seat.refused", "pas d’accès"));
      I18n.setLocale(java.util.Locale.ENGLISH);
      var english = new org.liaison.ui.network.NetworkViewModel(Runnable::run, Runnable::run);
      assertEquals("Join code", english.text().getString("join.code"));
    } finally {
      I18n.setLocale(java.util.Locale.ENGLISH);
    }
  }
}
