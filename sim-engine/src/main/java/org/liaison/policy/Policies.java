package org.liaison.policy;

import java.util.List;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;

/** The built-in decision policies by name. */
public final class Policies {
  private Policies() {}

  /** Names accepted by {@link #byName(String)}. */
  public static final List<String> NAMES = List.of("none", "doctrine");

  public static DecisionMaker byName(String name) {
    return switch (name) {
      case "none" -> new NoCoordination();
      case "doctrine" -> new DoctrinePolicy();
      default -> throw new IllegalArgumentException(
          "unknown policy '" + name + "'; valid: " + String.join(", ", NAMES));
    };
  }

  /** The option the scenario names as default, or the first if the name matches none. */
  public static DecisionOption defaultOption(DecisionPoint point) {
    return point.options().stream().filter(o -> o.id().equals(point.defaultOption())).findFirst()
        .orElse(point.options().get(0));
  }
}
