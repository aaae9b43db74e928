package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.EnumMap;
import java.util.Map;

/**
 * The mission's coordination capacity and what each action costs.
 *
 * <p>Capacity is staff-hours per day. An action's cost is charged against the day it is taken;
 * standing actions (a liaison officer, interpreters) keep charging it every day after.
 */
public record Coordination(
    @JsonPropertyDescription("Staff-hours per day the mission can spend on coordination; defaults to 40.") Double staffHoursPerDay,
    @JsonPropertyDescription("Cost in staff-hours of each action type; unlisted types keep their default cost.") Map<ActionType, Double> actionCosts) {

  private static final Map<ActionType, Double> DEFAULT_COSTS = defaultCosts();

  public Coordination {
    staffHoursPerDay = staffHoursPerDay == null ? 40.0 : staffHoursPerDay;
    Map<ActionType, Double> merged = new EnumMap<>(DEFAULT_COSTS);
    if (actionCosts != null) {
      actionCosts.forEach((type, cost) -> {
        if (type != null && cost != null) {
          merged.put(type, cost);
        }
      });
    }
    actionCosts = java.util.Collections.unmodifiableMap(merged);
  }

  /** Cost of one action of this type in staff-hours. */
  public double costOf(ActionType type) {
    return actionCosts.get(type);
  }

  /** Default costs, documented in the authoring guide; every action type has one. */
  public static Map<ActionType, Double> defaultCosts() {
    Map<ActionType, Double> costs = new EnumMap<>(ActionType.class);
    costs.put(ActionType.ASSIGN_LIAISON_OFFICER, 8.0);
    costs.put(ActionType.OPEN_CHANNEL, 4.0);
    costs.put(ActionType.SET_UP_ALERT_NETWORK, 10.0);
    costs.put(ActionType.HIRE_INTERPRETERS, 6.0);
    costs.put(ActionType.HOLD_COORDINATION_FORUM, 12.0);
    costs.put(ActionType.JOINT_TRAINING, 10.0);
    costs.put(ActionType.JOINT_PATROL, 8.0);
    costs.put(ActionType.SHARE_INFORMATION, 2.0);
    costs.put(ActionType.DECONFLICTION_MECHANISM, 6.0);
    costs.put(ActionType.MEDIATION, 12.0);
    costs.put(ActionType.ACCEPT_REQUEST, 8.0);
    costs.put(ActionType.DECLINE_REQUEST, 1.0);
    costs.put(ActionType.DISPUTE_RESOLUTION, 10.0);
    costs.put(ActionType.DEPLOY_UNITS, 4.0);
    costs.put(ActionType.ARMED_ESCORT, 6.0);
    costs.put(ActionType.PARTNER_WITH, 8.0);
    costs.put(ActionType.END_ARRANGEMENT, 0.0);
    costs.put(ActionType.REPLY, 1.0);
    return java.util.Collections.unmodifiableMap(costs);
  }
}
