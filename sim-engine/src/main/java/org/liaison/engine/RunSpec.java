package org.liaison.engine;

import java.util.Objects;
import org.liaison.policy.Policies;
import org.liaison.scenario.Metadata;
import org.liaison.scenario.Scenario;

/**
 * What to run: a scenario, a seed, a decision policy by name (see {@link Policies#byName}: none,
 * doctrine, random, rules:FILE, replay:FILE), and optionally fewer or more days than the scenario
 * sets.
 *
 * @param days days to simulate (1 to {@link Metadata#MAX_DURATION_DAYS}), or null for the scenario's duration
 */
public record RunSpec(Scenario scenario, long seed, String policy, Integer days) {
  public RunSpec {
    Objects.requireNonNull(scenario, "scenario");
    policy = policy == null ? "none" : policy;
    if (!Policies.NAMES.contains(policy) && !policy.startsWith(Policies.RULES)
        && !policy.startsWith(Policies.REPLAY)) {
      Policies.byName(policy); // throws, naming the valid policies
    }
    if (days != null && (days < 1 || days > Metadata.MAX_DURATION_DAYS)) {
      throw new IllegalArgumentException("days must be from 1 to " + Metadata.MAX_DURATION_DAYS
          + " (the longest exercise a scenario can describe): " + days);
    }
  }

  /** Number of ticks (hours) to run. */
  public int ticks() {
    return (days != null ? days : scenario.metadata().durationDays()) * 24;
  }
}
