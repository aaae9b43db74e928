package org.liaison.scenario.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed document together with where each node began in the text, keyed by JSON pointer.
 *
 * <p>Checks made after parsing can then still name the line and column of what they reject.
 */
public record LocatedTree(JsonNode root, Map<String, Position> positions) {

  /** A 1-based line and column. */
  public record Position(int line, int column) {}

  /** Where the node at this pointer starts, or the nearest ancestor's position when it is absent. */
  public Position positionOf(String pointer) {
    String p = pointer;
    while (true) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return new Position(1, 1);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
