package org.liaison.scenario.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.scenario.Metadata;

/**
 * The languages of a scenario's texts: the file's own language ({@code metadata.language}), and
 * the choice, for each text given in several languages, of the one a reader reads.
 */
public final class TextLanguages {
  private TextLanguages() {}

  /** A BCP 47 tag in its canonical spelling ({@code fr-cf} becomes {@code fr-CF}), or null if it is not one. */
  public static String canonicalTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  /**
   * The language a file's plain texts are in: its {@code metadata.language}, English when it names
   * none, null (with a problem reported) when what it names is not a language tag.
   */
  static String ownLanguage(LocatedTree tree, LocatedProblems problems) {
    JsonNode given = tree.root().path("metadata").path("language");
    if (given.isMissingNode() || given.isNull()) {
      return Metadata.DEFAULT_LANGUAGE;
    }
    if (!given.isValueNode()) {
      // The structure check says what it is instead of text.
      return Metadata.DEFAULT_LANGUAGE;
    }
    String tag = canonicalTag(given.asText());
    if (tag == null) {
      problems.report("/metadata/language", ProblemText.of(ProblemCode.LANGUAGE_NOT_TAG, given.asText()));
    }
    return tag;
  }

  /**
   * A copy of a checked tree with every text given in several languages replaced by the one a
   * reader of {@code wanted} reads (see {@link #choose}); {@code metadata.language} is left as the
   * file says, since it names the language of the file, not of the copy.
   */
  static JsonNode resolve(JsonNode root, List<String> texts, Locale wanted, String ownLanguage) {
    JsonNode copy = root.deepCopy();
    for (String pointer : texts) {
      JsonNode node = copy.at(pointer);
      if (!(node instanceof ObjectNode map)) {
        continue;
      }
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = copy.at(pointer.substring(0, slash));
      String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      ((ObjectNode) parent).set(key, TextNode.valueOf(choose(map, wanted, ownLanguage)));
    }
    return copy;
  }

  /**
   * The text a reader of {@code wanted} reads: the one in exactly that language, else one in the
   * same language, the plain language first ({@code fr} for a reader of {@code fr-CF}, then {@code fr-BE}),
   * else the one in the scenario's own language, else the first given.
   */
  static String choose(ObjectNode texts, Locale wanted, String ownLanguage) {
    String exact = wanted == null ? null : wanted.toLanguageTag();
    String language = wanted == null ? null : wanted.getLanguage();
    String sameLanguage = null;
    boolean sameIsBare = false;
    String own = null;
    String first = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = texts.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String tag = canonicalTag(entry.getKey());
      String text = entry.getValue().asText();
      if (tag == null) {
        continue;
      }
      if (tag.equals(exact)) {
        return text;
      }
      boolean bare = tag.equals(language);
      if (Locale.forLanguageTag(tag).getLanguage().equals(language) && (sameLanguage == null || bare && !sameIsBare)) {
        sameLanguage = text;
        sameIsBare = bare;
      }
      if (tag.equals(ownLanguage)) {
        own = text;
      }
      if (first == null) {
        first = text;
      }
    }
    return sameLanguage != null ? sameLanguage : own != null ? own : first;
  }
}
