package org.liaison.ui.exercise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.liaison.exercise.AvailableAction;
import org.liaison.exercise.Exercise;
import org.liaison.policy.Refusal;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;
import org.liaison.ui.I18n;
import org.liaison.ui.Names;

/**
 * The concrete coordination actions the action panel offers a role: those the exercise says can
 * be taken now, and the plausible others with the reason they cannot.
 */
public final class ActionCatalogue {
  /** One orderable action: a stable key, a label, its cost and why it cannot be taken (null if it can). */
  public record Entry(String key, ActionType type, String label, CoordinationAction action, double cost,
      Refusal reason) {
    public boolean available() {
      return reason == null;
    }
  }

  private ActionCatalogue() {}

  /** The entries for a role now; call between ticks (on the simulation thread). */
  public static List<Entry> of(Exercise exercise, String role) {
    Scenario s = exercise.scenario();
    List<Entry> out = new ArrayList<>();
    for (AvailableAction available : exercise.availableActions(role)) {
      Set<String> seen = new HashSet<>();
      for (CoordinationAction a : available.candidates()) {
        if (seen.add(key(a))) {
          out.add(new Entry(key(a), a.type(), label(s, a), a, available.cost(), null));
        }
      }
      for (CoordinationAction a : plausible(s, available.type())) {
        if (seen.add(key(a))) {
          Refusal why = exercise.check(role, a);
          if (why == null) {
            why = available.refusal();
          }
          out.add(new Entry(key(a), a.type(), label(s, a), a, available.cost(), why));
        }
      }
    }
    return out;
  }

  /**
   * The entries from what a server says a role can do now: the candidates it sent, and the
   * plausible others of each type it refused, with its reason. A server's seat cannot ask why one
   * candidate of an allowed type would be refused, so those are left out.
   */
  public static List<Entry> of(Scenario s, List<AvailableAction> available) {
    List<Entry> out = new ArrayList<>();
    for (AvailableAction a : available) {
      Set<String> seen = new HashSet<>();
      for (CoordinationAction c : a.candidates()) {
        if (seen.add(key(c))) {
          out.add(new Entry(key(c), c.type(), label(s, c), c, a.cost(), null));
        }
      }
      if (!a.allowed()) {
        for (CoordinationAction c : plausible(s, a.type())) {
          if (seen.add(key(c))) {
            out.add(new Entry(key(c), c.type(), label(s, c), c, a.cost(), a.refusal()));
          }
        }
      }
    }
    return out;
  }

  /** Actions of a type worth showing even when they cannot be taken now. */
  static List<CoordinationAction> plausible(Scenario s, ActionType type) {
    List<CoordinationAction> out = new ArrayList<>();
    List<Actor> others = s.actors().stream().filter(a -> !a.isMission()).toList();
    switch (type) {
      case ASSIGN_LIAISON_OFFICER, SHARE_INFORMATION, JOINT_TRAINING -> others.forEach(a -> out.add(CoordinationAction.on(type, a.id())));
      case OPEN_CHANNEL -> others.forEach(a -> {
        for (Medium m : a.communication().media()) {
          out.add(new CoordinationAction(type, a.id(), null, null, null, m, null, null, null));
        }
      });
      case SET_UP_ALERT_NETWORK -> others.stream().filter(a -> a.kind() == ActorKind.COMMUNITY_GROUP)
          .forEach(a -> out.add(CoordinationAction.on(type, a.id())));
      case DECONFLICTION_MECHANISM, ARMED_ESCORT -> others.stream()
          .filter(a -> a.kind() == ActorKind.NGO || a.kind() == ActorKind.INTERNATIONAL_ORGANISATION)
          .forEach(a -> out.add(CoordinationAction.on(type, a.id())));
      case MEDIATION -> others.stream().filter(a -> a.kind() == ActorKind.ARMED_FACTION)
          .forEach(a -> out.add(CoordinationAction.on(type, a.id())));
      case PARTNER_WITH -> others.stream().filter(a -> a.kind() == ActorKind.ARMED_FACTION
          || a.kind() == ActorKind.PRIVATE_SECURITY || a.kind() == ActorKind.LOCAL_AUTHORITY
          || a.kind() == ActorKind.STATE_FORCES)
          .forEach(a -> out.add(CoordinationAction.on(type, a.id())));
      case HIRE_INTERPRETERS -> {
        TreeSet<String> languages = new TreeSet<>();
        s.map().zones().forEach(z -> languages.addAll(z.languages()));
        s.actors().forEach(a -> languages.addAll(a.communication().languages()));
        languages.forEach(l -> out.add(new CoordinationAction(type, null, null, null, null, null, l, null, null)));
      }
      case DEPLOY_UNITS, DISPUTE_RESOLUTION -> s.map().zones().forEach(z -> out.add(
          new CoordinationAction(type, null, null, z.id(), null, null, null, null, type == ActionType.DEPLOY_UNITS ? 1 : null)));
      default -> { }
    }
    return out;
  }

  /** A readable label of an action's arguments, such as "Village chiefs of Gbakoma, by mobile phone". */
  public static String label(Scenario s, CoordinationAction a) {
    Names names = new Names(s);
    List<String> parts = new ArrayList<>();
    if (a.target() != null) {
      parts.add(names.actor(a.target()));
    }
    if (a.via() != null) {
      parts.add(I18n.t("label.via", names.actor(a.via())));
    }
    if (a.medium() != null) {
      parts.add(I18n.t("label.by", Names.medium(a.medium())));
    }
    if (a.zone() != null) {
      parts.add(I18n.t("label.in", names.zone(a.zone())));
    }
    if (a.language() != null) {
      parts.add(Names.language(a.language()));
    }
    if (a.task() != null) {
      parts.add(I18n.t("label.task", Names.task(a.task())));
    }
    if (a.units() != null && a.units() > 1) {
      parts.add(I18n.t("label.units", a.units()));
    }
    if (!a.members().isEmpty()) {
      parts.add(String.join(", ", a.members().stream().map(names::actor).toList()));
    }
    return parts.isEmpty() ? "—" : String.join(", ", parts);
  }

  /** A stable key of an action, equal for equal actions. */
  public static String key(CoordinationAction a) {
    return a.type() + "|" + a.target() + "|" + a.via() + "|" + a.zone() + "|" + a.medium() + "|"
        + a.language() + "|" + a.task() + "|" + a.members();
  }

  /** A readable name of an action type, such as "Assign a liaison officer". */
  public static String typeName(ActionType type) {
    return Names.action(type);
  }
}
