package org.liaison.ui.exercise;

import java.util.HashMap;
import java.util.Map;
import org.liaison.policy.Actions;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.Policies;
import org.liaison.policy.WorldView;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;

/**
 * Decides as a saved {@link DecisionLog} says: the logged option at each decision point (the
 * scenario's default where the log has none) and the logged free actions at the hour they were
 * carried out. Used for headless replays, "what if" branches and resuming a saved exercise.
 */
public final class LogReplay implements DecisionMaker {
  private final DecisionLog log;
  private final Map<String, String> options = new HashMap<>();

  public LogReplay(DecisionLog log) {
    this.log = log;
    for (DecisionLog.Decision d : log.decisions()) {
      options.put(d.point(), d.option());
    }
  }

  @Override
  public String name() {
    return "trainee";
  }

  /** The logged option for a point, or null when the log has none. */
  public DecisionOption logged(DecisionPoint point) {
    String id = options.get(point.id());
    return id == null ? null
        : point.options().stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
  }

  @Override
  public DecisionOption choose(DecisionPoint point, WorldView view) {
    DecisionOption o = logged(point);
    return o != null ? o : Policies.defaultOption(point);
  }

  @Override
  public void daily(WorldView view, Actions actions) {
    for (DecisionLog.FreeAction a : log.actions()) {
      if (a.tick() == view.tick()) {
        actions.take(a.action());
      }
    }
  }
}
