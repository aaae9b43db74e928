package org.liaison.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.liaison.policy.PendingRequest;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Zone;

/** The concrete coordination actions a trainee can order in a scenario, with readable labels. */
public final class ActionCatalogue {
  /** One orderable action: a stable key, a label and the action itself. */
  public record Entry(String key, ActionType type, String label, CoordinationAction action) {}

  private ActionCatalogue() {}

  /** Every action the action panel offers, for the scenario and the requests pending now. */
  public static List<Entry> entries(Scenario s, List<PendingRequest> requests) {
    List<Entry> out = new ArrayList<>();
    List<Actor> others = s.actors().stream().filter(a -> !a.isMission()).toList();
    for (Actor a : others) {
      String name = a.name();
      add(out, ActionType.ASSIGN_LIAISON_OFFICER, name, CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, a.id()));
      add(out, ActionType.SHARE_INFORMATION, name, CoordinationAction.on(ActionType.SHARE_INFORMATION, a.id()));
      add(out, ActionType.JOINT_TRAINING, name, CoordinationAction.on(ActionType.JOINT_TRAINING, a.id()));
      for (Medium m : a.communication().media()) {
        add(out, ActionType.OPEN_CHANNEL, name + " by " + m.name().toLowerCase().replace('_', ' '),
            new CoordinationAction(ActionType.OPEN_CHANNEL, a.id(), null, null, null, m, null, null, null));
      }
      switch (a.kind()) {
        case COMMUNITY_GROUP -> add(out, ActionType.SET_UP_ALERT_NETWORK, name,
            CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, a.id()));
        case NGO, INTERNATIONAL_ORGANISATION -> {
          add(out, ActionType.DECONFLICTION_MECHANISM, name, CoordinationAction.on(ActionType.DECONFLICTION_MECHANISM, a.id()));
          add(out, ActionType.ARMED_ESCORT, name, CoordinationAction.on(ActionType.ARMED_ESCORT, a.id()));
        }
        case ARMED_FACTION -> add(out, ActionType.MEDIATION, name, CoordinationAction.on(ActionType.MEDIATION, a.id()));
        default -> { }
      }
      if (a.kind() == ActorKind.ARMED_FACTION || a.kind() == ActorKind.PRIVATE_SECURITY
          || a.kind() == ActorKind.LOCAL_AUTHORITY) {
        add(out, ActionType.PARTNER_WITH, name, CoordinationAction.on(ActionType.PARTNER_WITH, a.id()));
        add(out, ActionType.JOINT_PATROL, name + " in " + zoneName(s, a.homeZone()),
            new CoordinationAction(ActionType.JOINT_PATROL, a.id(), null, a.homeZone(), null, null, null, null, null));
      }
    }
    List<String> members = others.stream().filter(a -> a.kind() != ActorKind.ARMED_FACTION)
        .map(Actor::id).toList();
    if (!members.isEmpty()) {
      add(out, ActionType.HOLD_COORDINATION_FORUM, "all civilian actors (" + members.size() + ")",
          new CoordinationAction(ActionType.HOLD_COORDINATION_FORUM, null, null, null, members, null, null, null, null));
    }
    TreeSet<String> languages = new TreeSet<>();
    s.map().zones().forEach(z -> languages.addAll(z.languages()));
    s.actors().forEach(a -> languages.addAll(a.communication().languages()));
    for (String l : languages) {
      add(out, ActionType.HIRE_INTERPRETERS, l,
          new CoordinationAction(ActionType.HIRE_INTERPRETERS, null, null, null, null, null, l, null, null));
    }
    for (Zone z : s.map().zones()) {
      add(out, ActionType.DEPLOY_UNITS, z.name(),
          new CoordinationAction(ActionType.DEPLOY_UNITS, null, null, z.id(), null, null, null, null, 1));
      add(out, ActionType.DISPUTE_RESOLUTION, z.name(),
          new CoordinationAction(ActionType.DISPUTE_RESOLUTION, null, null, z.id(), null, null, null, null, null));
    }
    for (PendingRequest r : requests) {
      String who = s.actors().stream().filter(a -> a.id().equals(r.actor())).map(Actor::name).findFirst().orElse(r.actor());
      String task = r.task().name().toLowerCase().replace('_', ' ');
      add(out, ActionType.ACCEPT_REQUEST, who + ": " + task,
          new CoordinationAction(ActionType.ACCEPT_REQUEST, r.actor(), null, null, null, null, null, r.task(), null));
      add(out, ActionType.DECLINE_REQUEST, who + ": " + task,
          new CoordinationAction(ActionType.DECLINE_REQUEST, r.actor(), null, null, null, null, null, r.task(), null));
    }
    return out;
  }

  private static String zoneName(Scenario s, String id) {
    return s.map().zones().stream().filter(z -> z.id().equals(id)).map(Zone::name).findFirst().orElse(id);
  }

  private static void add(List<Entry> out, ActionType type, String label, CoordinationAction action) {
    out.add(new Entry(key(action), type, label, action));
  }

  /** A stable key of an action, equal for equal actions. */
  public static String key(CoordinationAction a) {
    return a.type() + "|" + a.target() + "|" + a.zone() + "|" + a.medium() + "|" + a.language() + "|"
        + a.task() + "|" + a.members().size();
  }

  /** A readable name of an action type, such as "Assign liaison officer". */
  public static String typeName(ActionType type) {
    String s = type.name().toLowerCase().replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
