package org.liaison.ui;

import java.util.List;
import java.util.Locale;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.scenario.Hub;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Task;

/**
 * What an incident a server sends says, in the trainer's language with the scenario's names: the
 * server sends its numbers, names and reason apart from its English text, and the bundle's
 * {@code incidentDetail.KIND} says them.
 */
public final class Incidents {
  private final Names names;
  private final Scenario scenario;

  public Incidents(Names names) {
    this.names = names;
    this.scenario = names.scenario();
  }

  /** What happened ("Dawn Movement attacked: 3 casualties"), or "" for a kind this program does not know. */
  public String detail(ExerciseSnapshot.Incident i) {
    String key = "incidentDetail." + i.kind();
    if (!I18n.has(key)) {
      return "";
    }
    String who = i.actor() == null || "unknown".equals(i.actor()) ? I18n.t("incidentDetail.unknown")
        : names.actor(i.actor());
    String why = names.eventReason(i.reason());
    List<String> f = i.facts();
    Object[] args = switch (i.kind()) {
      case "AttackExecuted", "AttackDeterred", "Displacement" -> new Object[] {who, number(f, 0)};
      case "MissionAttacked" -> new Object[] {who, number(f, 0), number(f, 1)};
      case "CivilianHarm" -> new Object[] {who, number(f, 0), why};
      case "AidBlocked" -> new Object[] {who, why};
      case "MandateDeviation" -> new Object[] {f.isEmpty() ? "" : task(f.get(0)), why};
      case "ComplianceViolation" -> new Object[] {who, f.isEmpty() ? "" : names.actor(f.get(0))};
      case "MessageIntercepted" -> new Object[] {who, f.isEmpty() ? "" : messageKind(f.get(0)),
          f.size() < 2 ? "" : endpoint(f.get(1)), f.size() < 3 ? "" : endpoint(f.get(2))};
      default -> new Object[] {who};
    };
    return I18n.t(key, args);
  }

  private static long number(List<String> facts, int i) {
    try {
      return i < facts.size() ? Math.round(Double.parseDouble(facts.get(i))) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String task(String code) {
    for (Task t : Task.values()) {
      if (t.name().equals(code)) {
        return Names.task(t);
      }
    }
    return code;
  }

  private static String messageKind(String kind) {
    return I18n.has("message." + kind) ? I18n.t("message." + kind) : kind.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** An actor's or a hub's name. */
  private String endpoint(String id) {
    return scenario.hubs().stream().filter(h -> h.id().equals(id)).map(Hub::name).findFirst()
        .orElseGet(() -> names.actor(id));
  }
}
