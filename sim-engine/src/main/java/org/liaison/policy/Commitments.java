package org.liaison.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;

/**
 * The doctrine's review of its own standing commitments: each costs staff-hours every day, so
 * one that no longer pays is ended and its hours go where they do.
 *
 * <p>An alert network is ended once its community's zone has had no threat (no hostile faction
 * operating there), no warning, sighting or attack for {@code doctrineReviewDays}, and it has been
 * in place at least that long. A liaison officer is withdrawn from an actor that has sent the
 * mission nothing (no report, no warning, no request) for {@code doctrineReviewDays} since the
 * officer was posted or since its last message; no officer is posted there again until it speaks.
 * An officer posted to bridge a network outage is withdrawn once the medium works again. Only its
 * own arrangements are reviewed: those made at decision points belong to the trainees' roles.
 */
final class Commitments {
  /** Day each of its own alert networks and liaison officers was made, by type and target. */
  private final Map<String, Long> since = new TreeMap<>();
  /** Messages each actor with one of its officers had sent the mission, and the day the count last rose. */
  private final Map<String, Integer> heard = new TreeMap<>();
  private final Map<String, Long> lastHeard = new TreeMap<>();
  /** Messages each actor whose officer was withdrawn had sent by then. */
  private final Map<String, Integer> withdrawn = new TreeMap<>();
  /** Officers posted to bridge an outage, with the medium whose return ends them. */
  private final Map<String, Medium> forOutage = new TreeMap<>();

  /** An officer was posted with a community while its usual medium is down. */
  void postedForOutage(String actor, Medium usual) {
    forOutage.put(actor, usual);
  }

  /** A standing action of its own was taken on a day. */
  void made(CoordinationAction action, long day) {
    if (action.type() == ActionType.SET_UP_ALERT_NETWORK || action.type() == ActionType.ASSIGN_LIAISON_OFFICER) {
      since.put(key(action.type(), action.target()), day);
    }
  }

  /** Whether an officer may be posted with an actor: not one whose officer was withdrawn and that has not spoken since. */
  boolean worthAnOfficer(WorldView view, String actor) {
    Integer before = withdrawn.get(actor);
    return before == null || view.messagesFrom(actor) > before;
  }

  /** Ends the alert networks and liaison officers of its own that no longer pay, at the start of a day. */
  void review(WorldView view, ThreatPicture picture, DoctrinePolicy.Initiative today, long day) {
    Scenario scenario = view.scenario();
    int window = scenario.parameters().doctrineReviewDays();
    String home = scenario.missionActors().isEmpty() ? null : scenario.missionActors().get(0).homeZone();
    for (String actor : new ArrayList<>(forOutage.keySet())) {
      String zone = homeZone(scenario, actor);
      Medium usual = forOutage.get(actor);
      if (!view.hasLiaisonOfficer(actor)) {
        forOutage.remove(actor);
      } else if (zone != null && view.mediumWorks(usual, zone) && (home == null || view.mediumWorks(usual, home))
          && today.end(CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, actor),
              scenario.coordination().costOf(ActionType.ASSIGN_LIAISON_OFFICER))) {
        forOutage.remove(actor);
      }
    }
    for (String key : new ArrayList<>(since.keySet())) {
      ActionType type = ActionType.valueOf(key.substring(0, key.indexOf(' ')));
      String target = key.substring(key.indexOf(' ') + 1);
      long made = since.get(key);
      if (!inPlace(view, type, target)) {
        since.remove(key);
        heard.remove(target);
        lastHeard.remove(target);
        continue;
      }
      if (type == ActionType.ASSIGN_LIAISON_OFFICER) {
        int count = view.messagesFrom(target);
        Integer before = heard.put(target, count);
        if (before == null) {
          lastHeard.put(target, made);
        } else if (count > before) {
          lastHeard.put(target, day);
        }
      }
      boolean ends = switch (type) {
        case SET_UP_ALERT_NETWORK -> day - made >= window && quiet(view, picture, scenario, target, window);
        case ASSIGN_LIAISON_OFFICER -> day - lastHeard.get(target) >= window;
        default -> false;
      };
      if (ends && today.end(CoordinationAction.on(type, target), scenario.coordination().costOf(type))) {
        since.remove(key);
        if (type == ActionType.ASSIGN_LIAISON_OFFICER) {
          withdrawn.put(target, view.messagesFrom(target));
          heard.remove(target);
          lastHeard.remove(target);
        }
      }
    }
  }

  /**
   * Ends the oldest of its own alert networks whose zone sent no warning and saw no attack over the
   * review window and that has been in place at least that long, to free its hours for a zone
   * where the threat now is; false if there is none.
   */
  boolean endQuietNetwork(WorldView view, ThreatPicture picture, DoctrinePolicy.Initiative today, long day) {
    Scenario scenario = view.scenario();
    int window = scenario.parameters().doctrineReviewDays();
    String oldest = null;
    for (Map.Entry<String, Long> e : since.entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(ActionType.SET_UP_ALERT_NETWORK.name() + " ") || day - e.getValue() < window) {
        continue;
      }
      String target = key.substring(key.indexOf(' ') + 1);
      String zone = homeZone(scenario, target);
      if (zone != null && view.hasAlertNetwork(target) && picture.recent(zone, window) == 0
          && (oldest == null || e.getValue() < since.get(oldest))) {
        oldest = key;
      }
    }
    if (oldest == null) {
      return false;
    }
    String target = oldest.substring(oldest.indexOf(' ') + 1);
    if (!today.end(CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, target),
        scenario.coordination().costOf(ActionType.SET_UP_ALERT_NETWORK))) {
      return false;
    }
    since.remove(oldest);
    return true;
  }

  private static String homeZone(Scenario scenario, String actor) {
    return scenario.actors().stream().filter(a -> a.id().equals(actor)).map(Actor::homeZone).findFirst().orElse(null);
  }

  /** No hostile faction operates in the community's zone and nothing reached the mission from it over the window. */
  private static boolean quiet(WorldView view, ThreatPicture picture, Scenario scenario, String community, int window) {
    String zone = homeZone(scenario, community);
    return zone != null && !view.threatenedZones().contains(zone) && picture.recent(zone, window) == 0;
  }

  private static boolean inPlace(WorldView view, ActionType type, String target) {
    return switch (type) {
      case SET_UP_ALERT_NETWORK -> view.hasAlertNetwork(target);
      case ASSIGN_LIAISON_OFFICER -> view.hasLiaisonOfficer(target);
      default -> false;
    };
  }

  private static String key(ActionType type, String target) {
    return type.name() + " " + target;
  }
}
