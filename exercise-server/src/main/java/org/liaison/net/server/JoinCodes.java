package org.liaison.net.server;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Random join codes: twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * shown in groups of four, about 60 bits each, so a code cannot be guessed and each opens one
 * seat only.
 */
final class JoinCodes {
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private JoinCodes() {}

  /** A fresh code for each seat name, all different. */
  static Map<String, String> forSeats(List<String> seats) {
    Map<String, String> codes = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String seat : seats) {
      String code;
      do {
        code = next();
      } while (!used.add(code));
      codes.put(seat, code);
    }
    return codes;
  }

  static String next() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        b.append('-');
      }
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** A code as typed: spaces and dashes ignored, any case. */
  static String normalise(String typed) {
    String plain = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    if (plain.length() != 12) {
      return plain;
    }
    return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
  }
}
