package org.liaison.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The trainer's user-facing texts, read from the {@code i18n/messages} resource bundles in the
 * language chosen (English unless {@code --lang fr} or the library's language switch says
 * otherwise; the machine's locale does not decide, so tests read the same texts everywhere). Every text is a {@link MessageFormat} pattern, so the bundles write the
 * apostrophe as ’ (a plain one would start a quote).
 */
public final class I18n {
  private static final String BUNDLE = "org.liaison.ui.i18n.messages";
  private static final String NETWORK_BUNDLE = "org.liaison.ui.i18n.network";
  private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

  private I18n() {}

  /** Switches the language of texts created from now on. */
  public static void setLocale(Locale locale) {
    bundle = load(locale);
  }

  /** The language texts are in now. */
  public static Locale locale() {
    return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
  }

  /** The text of a key, with its arguments filled in. */
  public static String t(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text for '" + key + "' in the trainer's message bundle", e);
    }
    return new MessageFormat(pattern, locale()).format(args);
  }

  /** Whether the bundle has a text for the key. */
  public static boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The network screens' texts (join screen, control console, scripted events' kinds), in the language texts are in now. */
  public static ResourceBundle network() {
    return ResourceBundle.getBundle(NETWORK_BUNDLE, locale(), ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static ResourceBundle load(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
