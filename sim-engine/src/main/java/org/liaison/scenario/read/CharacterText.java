package org.liaison.scenario.read;

import java.util.Locale;

/** A character a parser stopped at, said so that a person sees which one, in any language. */
final class CharacterText {
  private CharacterText() {}

  /** The character of a code point: quoted when it prints, else named (a line break, a tab, the end). */
  static ProblemText of(int codePoint) {
    return switch (codePoint) {
      // SnakeYAML reads past the end of the text as the character 0.
      case 0 -> ProblemText.of(ProblemCode.CHAR_END_OF_FILE);
      case '\n', '\r', 0x85, 0x2028, 0x2029 -> ProblemText.of(ProblemCode.CHAR_LINE_BREAK);
      case ' ' -> ProblemText.of(ProblemCode.CHAR_SPACE);
      case '\t' -> ProblemText.of(ProblemCode.CHAR_TAB);
      default -> Character.isISOControl(codePoint) || !Character.isDefined(codePoint)
          || Character.getType(codePoint) == Character.FORMAT
          ? ProblemText.of(ProblemCode.CHAR_CONTROL, String.format(Locale.ROOT, "%04X", codePoint))
          : ProblemText.of(ProblemCode.QUOTED, new String(Character.toChars(codePoint)));
    };
  }
}
