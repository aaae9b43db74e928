package org.liaison.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English text with numbered holes ({0}, {1}…; '' for an apostrophe, as in a
 * {@link java.text.MessageFormat} pattern) that the engine fills and a reader can take apart again:
 * texts the engine writes to logs and reports keep their words, and a trainer can still tell
 * which text it is and with what arguments, to say it in another language.
 */
public final class TextTemplate {
  /** Any text, as short as the rest of the template allows. */
  public static final String ANY = ".+?";
  private static final Pattern HOLE = Pattern.compile("\\{(\\d)}");
  private final String template;
  private final Pattern pattern;
  private final int arity;

  /** A template whose holes each take any text (the shortest that lets the rest match). */
  public TextTemplate(String template, int arity) {
    this(template, java.util.Collections.nCopies(arity, ANY));
  }

  /**
   * A template whose holes take text of the given patterns, for holes that follow each other with
   * nothing but a space between them.
   */
  public TextTemplate(String template, List<String> holes) {
    this.template = template;
    this.arity = holes.size();
    String literal = template.replace("''", "'");
    StringBuilder regex = new StringBuilder();
    Matcher m = HOLE.matcher(literal);
    int at = 0;
    int found = 0;
    while (m.find()) {
      int hole = Integer.parseInt(m.group(1));
      regex.append(Pattern.quote(literal.substring(at, m.start()))).append('(')
          .append(hole < arity ? holes.get(hole) : ANY).append(')');
      at = m.end();
      found++;
    }
    regex.append(Pattern.quote(literal.substring(at)));
    if (found != arity) {
      throw new IllegalStateException("template '" + template + "' has " + found + " holes but declares " + arity);
    }
    this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** The template as written, a {@link java.text.MessageFormat} pattern. */
  public String template() {
    return template;
  }

  /** The text with the arguments in their holes. */
  public String fill(List<String> args) {
    String out = template.replace("''", "'");
    for (int i = 0; i < args.size(); i++) {
      out = out.replace("{" + i + "}", args.get(i));
    }
    return out;
  }

  /** The arguments if the whole text was made from this template, else null. */
  public List<String> match(String text) {
    Matcher m = pattern.matcher(text);
    if (!m.matches()) {
      return null;
    }
    List<String> args = new ArrayList<>();
    for (int i = 1; i <= arity; i++) {
      args.add(m.group(i));
    }
    return args;
  }

  /**
   * A {@link java.text.MessageFormat} pattern with its holes filled in one pass, so that an
   * argument that looks like a hole stays as written: '' is an apostrophe, and a lone quote only
   * quotes (a brace, say) and is dropped. Only holes are filled; a pattern with formats such as
   * {@code {0,number}} is not for this.
   */
  public static String fillOnce(String pattern, List<String> args) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    Matcher m = HOLE.matcher(pattern);
    int at = 0;
    while (m.find()) {
      literal(pattern.substring(at, m.start()), out);
      out.append(args.get(Integer.parseInt(m.group(1))));
      at = m.end();
    }
    literal(pattern.substring(at), out);
    return out.toString();
  }

  private static void literal(String run, StringBuilder out) {
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c != '\'') {
        out.append(c);
      } else if (i + 1 < run.length() && run.charAt(i + 1) == '\'') {
        out.append('\'');
        i++;
      }
    }
  }
}
