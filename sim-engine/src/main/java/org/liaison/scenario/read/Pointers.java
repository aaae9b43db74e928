package org.liaison.scenario.read;

/** Conversions between JSON pointers and the dotted paths shown to users. */
public final class Pointers {
  /** Longest key shown in full in a path; a hostile key could otherwise make every message huge. */
  private static final int MAX_KEY_SHOWN = 40;

  private Pointers() {}

  /** The pointer of a key inside the mapping at {@code pointer}, escaped as JSON Pointer requires. */
  public static String child(String pointer, String field) {
    return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of an element of the list at {@code pointer}. */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** {@code /actors/2/homeZone} becomes {@code actors[2].homeZone}. */
  public static String toPath(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String token : pointer.split("/")) {
      if (token.isEmpty()) {
        continue;
      }
      String decoded = token.replace("~1", "/").replace("~0", "~");
      if (!decoded.isEmpty() && decoded.chars().allMatch(Character::isDigit)) {
        path.append('[').append(decoded).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(decoded.length() > MAX_KEY_SHOWN ? decoded.substring(0, MAX_KEY_SHOWN - 3) + "..." : decoded);
      }
    }
    return path.toString();
  }
}
