package org.liaison.net.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.scenario.read.TextLanguages;

/**
 * The scenario in each language its seats read: the engine runs the file's own texts, and a seat
 * whose participant reads another language gets the texts the file gives in it (names, briefing,
 * decision points, injects). Each language is read from the file once, when a seat first asks for
 * it, and kept; a copy is used only if it is the running scenario in other words, so a file edited
 * since the server started cannot change what a seat is told.
 */
final class ScenarioLanguages {
  /** Languages kept at most; a client cannot make the server read the file for every tag there is. */
  static final int MAX_LANGUAGES = 8;

  private final Scenario scenario;
  private final Path file;
  private final String own;
  private final Map<String, Scenario> copies = new HashMap<>();
  private final Map<String, SeatFilter> filters = new HashMap<>();
  private final SeatFilter ownFilter;

  ScenarioLanguages(Scenario scenario, Path file) {
    this.scenario = scenario;
    this.file = file;
    String tag = TextLanguages.canonicalTag(scenario.metadata().language());
    this.own = tag == null ? null : Locale.forLanguageTag(tag).getLanguage();
    this.ownFilter = new SeatFilter(scenario);
  }

  /**
   * The language a seat asking for {@code requested} (a BCP 47 tag, or null) reads, as a key of
   * this table: its language subtag, or null for the scenario's own (asked for, not a tag, or one
   * language too many).
   */
  String key(String requested) {
    String tag = requested == null ? null : TextLanguages.canonicalTag(requested);
    if (tag == null) {
      return null;
    }
    String language = Locale.forLanguageTag(tag).getLanguage();
    if (language.equals(own)) {
      return null;
    }
    if (!copies.containsKey(language)) {
      if (copies.size() >= MAX_LANGUAGES) {
        return null;
      }
      Scenario copy = read(language);
      copies.put(language, copy);
      filters.put(language, copy == scenario ? ownFilter : new SeatFilter(copy));
    }
    return language;
  }

  /** The scenario as a seat of this language key reads it. */
  Scenario copy(String key) {
    return key == null ? scenario : copies.getOrDefault(key, scenario);
  }

  /** What a seat of this language key may see, said in its language. */
  SeatFilter filter(String key) {
    return key == null ? ownFilter : filters.getOrDefault(key, ownFilter);
  }

  private Scenario read(String language) {
    try {
      Scenario copy = ScenarioReader.read(file, String.valueOf(file.getFileName()), Locale.forLanguageTag(language));
      boolean same = copy.inOwnLanguage().withParameters(scenario.parameters())
          .equals(scenario.inOwnLanguage().withParameters(scenario.parameters()));
      return same ? copy : scenario;
    } catch (InvalidInputException | RuntimeException e) {
      // The file moved or changed since the start: the seat reads the scenario's own texts.
      return scenario;
    }
  }
}
