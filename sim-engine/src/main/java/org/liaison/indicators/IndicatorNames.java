package org.liaison.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each indicator's short name with its unit, such as "Trust in the mission (0–1)", from
 * {@code indicator-names.properties} next to this class: the one name the trainer's screens and
 * the command line's summaries show for an indicator. A translation sits beside it as
 * {@code indicator-names_LANG.properties} with every key of the English file.
 */
public final class IndicatorNames {
  private static final String FILE = "indicator-names";
  private static final Map<Indicator, String> ENGLISH = load(FILE + ".properties");
  private static final Map<String, Map<Indicator, String>> TRANSLATED = new ConcurrentHashMap<>();

  private IndicatorNames() {}

  /** The indicator's name in English. */
  public static String of(Indicator indicator) {
    return ENGLISH.get(indicator);
  }

  /** The indicator's name in a language if it has been translated, else in English. */
  public static String of(Indicator indicator, Locale language) {
    String file = FILE + "_" + language.getLanguage() + ".properties";
    if (language.getLanguage().isEmpty() || IndicatorNames.class.getResource(file) == null) {
      return of(indicator);
    }
    return TRANSLATED.computeIfAbsent(file, IndicatorNames::load).get(indicator);
  }

  private static Map<Indicator, String> load(String file) {
    Properties p = new Properties();
    try (InputStream in = IndicatorNames.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from the engine's resources");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Indicator, String> out = new EnumMap<>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      String name = p.getProperty(i.key());
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(file + " has no name for " + i.key());
      }
      out.put(i, name.strip());
    }
    return out;
  }
}
