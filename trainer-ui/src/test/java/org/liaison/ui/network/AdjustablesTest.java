package org.liaison.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.read.ParameterRanges;

class AdjustablesTest {
  private static Properties bundle(String file) throws IOException {
    Properties p = new Properties();
    try (var in = Adjustables.class.getResourceAsStream("/org/liaison/ui/i18n/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** Each file on its own, so that a French name missing is not hidden by the English fallback. */
  @Test
  void everyDispositionAndNumericParameterHasANameInEnglishAndFrenchAndNoTwoShareOne() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String file : List.of("network.properties", "network_fr.properties")) {
      Properties text = bundle(file);
      for (String kind : List.of("disposition.", "parameter.")) {
        var codes = kind.equals("disposition.") ? Adjustables.dispositions() : Adjustables.parameters();
        var names = new HashSet<String>();
        for (String code : codes) {
          String name = text.getProperty(kind + code);
          if (name == null || name.isBlank()) {
            missing.add(file + ": " + kind + code);
          } else if (!names.add(name)) {
            missing.add(file + ": " + kind + code + " has the name of another: " + name);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyNumericParameterIsDescribedInFrench() throws IOException {
    Properties french = bundle("parameters_fr.properties");
    assertEquals(List.of(), Adjustables.parameters().stream()
        .filter(p -> french.getProperty(p) == null || french.getProperty(p).isBlank()).toList());
    assertEquals(new java.util.TreeSet<>(Adjustables.parameters()), new java.util.TreeSet<>(french.stringPropertyNames()),
        "no description of a parameter the model no longer has");
  }

  @Test
  void theParametersOfferedAreTheNumericOnesTheEngineTakes() {
    List<String> offered = Adjustables.parameters();
    assertTrue(offered.contains("trustForgettingPerDay") && offered.contains("doctrineReviewDays"), offered.toString());
    assertTrue(!offered.contains("associationHurtsAcceptance"), "a hypothesis switch is no number to set");
    for (String p : offered) {
      assertNotNull(ParameterRanges.rangeOf(p), p + " has no range, so the engine would refuse it");
    }
    assertTrue(Adjustables.whole("patrolHours") && !Adjustables.whole("casualtyRate"));
    Parameters defaults = Parameters.defaults();
    assertEquals(defaults.trustForgettingPerDay(), Adjustables.value(defaults, "trustForgettingPerDay"));
    assertEquals(defaults.patrolHours(), Adjustables.value(defaults, "patrolHours"));
  }

  @Test
  void aParametersDescriptionIsTheModelsInEnglishAndItsTranslationInFrench() {
    var english = new Adjustables(ResourceBundle.getBundle("org.liaison.ui.i18n.network", Locale.ENGLISH,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    var french = new Adjustables(ResourceBundle.getBundle("org.liaison.ui.i18n.network", Locale.FRENCH,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    assertEquals("People displaced per civilian casualty.", english.about("displacementPerCasualty"));
    assertEquals("Personnes déplacées par victime civile.", french.about("displacementPerCasualty"));
    assertEquals("Oubli de la confiance par jour", french.parameter("trustForgettingPerDay"));
    assertEquals("Trust forgetting per day", english.parameter("trustForgettingPerDay"));
    assertEquals("Respect du DIH", french.disposition("ihlCompliance"));
  }
}
