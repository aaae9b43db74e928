package org.liaison.cli;

import org.liaison.scenario.read.Problem;

/** What the command line prints of text it did not write: scenario names, file names, messages. */
final class Terminal {
  private Terminal() {}

  /**
   * The text with control characters shown escaped, so that text from a file cannot move the
   * cursor, clear the screen or retitle the terminal.
   */
  static String printable(Object text) {
    return text == null ? "" : Problem.printable(text.toString());
  }

  /**
   * Whether standard error is a terminal, where progress may rewrite its own line. Java cannot
   * ask about standard error alone, so the launcher tells it; without the launcher, an
   * interactive console stands in.
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty("liaison.stderr.terminal");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }
}
