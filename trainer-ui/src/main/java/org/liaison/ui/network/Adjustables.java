package org.liaison.ui.network;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.Parameters;

/**
 * What the control cell may adjust while the exercise runs, each by its name in the console's
 * language: an actor's dispositions, as the engine lists them, and the model's numeric parameters,
 * as the parameters' record declares them, so that a disposition or parameter the engine gains is
 * offered without a list of its own here (and a missing name fails the bundles' test).
 */
final class Adjustables {
  /** The parameters' descriptions in languages other than the model's English, one file a language. */
  private static final String TRANSLATED_ABOUT = "org.liaison.ui.i18n.parameters";
  private final ResourceBundle text;

  Adjustables(ResourceBundle text) {
    this.text = text;
  }

  /** The dispositions a control act may set. */
  static List<String> dispositions() {
    return ControlAct.DISPOSITIONS;
  }

  /** The numeric model parameters a control act may set, in the record's order. */
  static List<String> parameters() {
    return Arrays.stream(Parameters.class.getRecordComponents())
        .filter(c -> Number.class.isAssignableFrom(c.getType()))
        .map(RecordComponent::getName)
        .toList();
  }

  /** Whether a parameter takes whole numbers only (the engine rounds a value set to it). */
  static boolean whole(String code) {
    return Arrays.stream(Parameters.class.getRecordComponents())
        .anyMatch(c -> c.getName().equals(code) && c.getType() == Integer.class);
  }

  /** The parameters in the alphabetical order of their names in the console's language. */
  List<String> parametersByName() {
    Collator collator = Collator.getInstance(locale());
    return parameters().stream().sorted(Comparator.comparing(this::parameter, collator)).toList();
  }

  String disposition(String code) {
    return text.getString("disposition." + code);
  }

  String parameter(String code) {
    return text.getString("parameter." + code);
  }

  /**
   * What a parameter does: in English the model's own documentation of it, in another language its
   * translation, or null where there is none (the name alone is shown rather than English text).
   */
  String about(String code) {
    if (locale().getLanguage().isEmpty() || locale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
      try {
        JsonPropertyDescription d = Parameters.class.getMethod(code).getAnnotation(JsonPropertyDescription.class);
        return d == null ? null : d.value();
      } catch (NoSuchMethodException e) {
        return null;
      }
    }
    try {
      ResourceBundle translated = ResourceBundle.getBundle(TRANSLATED_ABOUT, locale(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      return translated.containsKey(code) ? translated.getString(code) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** A parameter's value in the given parameters, or null if it has none. */
  static Number value(Parameters parameters, String code) {
    try {
      return (Number) Parameters.class.getMethod(code).invoke(parameters);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }

  private Locale locale() {
    return text.getLocale();
  }
}
