package org.liaison.engine;

import java.util.List;
import org.liaison.scenario.CoordinationAction;

/**
 * A standing arrangement in force: the action that made it, who made it, when, what it costs each
 * day and the channels it opened, which close when it ends.
 *
 * @param role the role in whose name it was made ({@code policy} for a policy's own action)
 * @param since the tick it was made
 * @param perDay staff-hours it costs every day, as charged when it was made
 * @param channels indices of the channels it opened
 */
public record Arrangement(CoordinationAction action, String role, long since, double perDay, List<Integer> channels) {
  public Arrangement {
    channels = List.copyOf(channels);
  }

  /** Whether an END_ARRANGEMENT action names this arrangement: its type and its target or language. */
  public boolean endedBy(CoordinationAction end) {
    return end.ends() == action.type() && java.util.Objects.equals(end.target(), action.target())
        && java.util.Objects.equals(end.language(), action.language());
  }
}
