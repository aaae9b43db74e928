package org.liaison.policy.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liaison.policy.Actions;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.policy.NoCoordination;
import org.liaison.policy.Policies;
import org.liaison.policy.WorldView;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.condition.Condition;

/** A decision maker that follows a {@link RuleFile}. */
public final class RulePolicy implements DecisionMaker {
  private final String name;
  private final RuleFile rules;
  private final List<Condition> conditions;
  private final Set<Integer> fired = new HashSet<>();
  private final DecisionMaker fallback;

  /**
   * @param name the policy's name in outputs, such as {@code rules-cautious}
   */
  public RulePolicy(String name, RuleFile rules) {
    this.name = name;
    this.rules = rules;
    this.conditions = rules.rules().stream().map(r -> r.when() == null ? null : Condition.parse(r.when())).toList();
    this.fallback = switch (rules.fallback()) {
      case NONE -> new NoCoordination();
      case DOCTRINE -> new DoctrinePolicy();
      case DEFAULT -> null;
    };
  }

  @Override
  public String name() {
    return name;
  }

  private boolean holds(int i, WorldView view) {
    Condition c = conditions.get(i);
    return c == null || c.holds(view::variable);
  }

  @Override
  public DecisionOption choose(DecisionPoint point, WorldView view) {
    List<Rule> list = rules.rules();
    for (int i = 0; i < list.size(); i++) {
      String option = list.get(i).choose().get(point.id());
      if (option != null && holds(i, view)) {
        for (DecisionOption o : point.options()) {
          if (o.id().equals(option)) {
            return o;
          }
        }
      }
    }
    for (int i = 0; i < list.size(); i++) {
      List<ActionType> prefer = list.get(i).prefer();
      if (!prefer.isEmpty() && holds(i, view)) {
        DecisionOption best = null;
        int bestRank = Integer.MAX_VALUE;
        for (DecisionOption o : point.options()) {
          int rank = Integer.MAX_VALUE - 1;
          for (CoordinationAction a : o.actions()) {
            int r = prefer.indexOf(a.type());
            if (r >= 0) {
              rank = Math.min(rank, r);
            }
          }
          if (rank < bestRank) {
            best = o;
            bestRank = rank;
          }
        }
        if (best != null && bestRank < Integer.MAX_VALUE - 1) {
          return best;
        }
      }
    }
    return fallback != null ? fallback.choose(point, view) : Policies.defaultOption(point);
  }

  @Override
  public void daily(WorldView view, Actions actions) {
    List<Rule> list = rules.rules();
    for (int i = 0; i < list.size(); i++) {
      Rule rule = list.get(i);
      if (rule.take().isEmpty() || (rule.once() && fired.contains(i)) || !holds(i, view)) {
        continue;
      }
      fired.add(i);
      for (CoordinationAction a : rule.take()) {
        if (actions.wouldRefuse(a) == null) {
          actions.take(a);
        }
      }
    }
  }
}
