package org.liaison.ui.network;

import java.util.List;
import java.util.Map;
import org.liaison.net.protocol.SeatView;
import org.liaison.policy.ControlAct;
import org.liaison.policy.Refusal;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Scenario;
import org.liaison.ui.Names;
import org.liaison.ui.Refusals;
import org.liaison.ui.exercise.ActionCatalogue;

/**
 * A line of the exercise's decision log as the control console shows it: the hour, who, and what
 * was done, said in the console's language with the scenario's names (an action by its type and
 * target, a choice by the decision point's title and the option's label, a control act by what it
 * did), and why it was refused if it was. The log's codes and ids stay in the file for tools.
 */
final class ConsoleLog {
  private final NetworkViewModel vm;
  private final Scenario scenario;
  private final Names names;
  private final Refusals refusals;

  ConsoleLog(NetworkViewModel vm, Scenario scenario) {
    this.vm = vm;
    this.scenario = scenario;
    this.names = new Names(scenario);
    this.refusals = new Refusals(names);
  }

  /** The line, with who did it: the participant's name, else the role's title from {@code roleTitles}. */
  String say(SeatView.LogLine l, Map<String, String> roleTitles) {
    String who = l.by() != null ? l.by() : roleTitles.getOrDefault(l.role(), names.role(l.role()));
    String refused = l.taken() ? ""
        : " — " + refusals.say(l.refusal() != null ? l.refusal() : Refusal.other(l.reason()));
    return vm.format("console.logLine", l.tick(), who, what(l)) + refused;
  }

  private String what(SeatView.LogLine l) {
    if (l.control() != null) {
      return control(l.control());
    }
    if (l.action() != null) {
      return ActionCatalogue.typeName(l.action().type()) + " — " + ActionCatalogue.label(scenario, l.action());
    }
    if (l.point() != null) {
      DecisionPoint point = scenario.decisionPoints().stream().filter(p -> p.id().equals(l.point())).findFirst()
          .orElse(null);
      String option = point == null ? Names.words(l.option()) : point.options().stream()
          .filter(o -> o.id().equals(l.option())).map(DecisionOption::label).findFirst().orElse(Names.words(l.option()));
      return vm.format("console.act.CHOICE", point == null ? Names.words(l.point()) : point.title(), option);
    }
    return Names.humanise(l.what());
  }

  private String control(ControlAct c) {
    String key = "console.act." + c.type().name();
    return switch (c.type()) {
      case PAUSE, RESUME -> vm.format(key);
      case SPEED -> vm.format(key, c.value());
      case FIRE, CANCEL -> vm.format(key, c.entry());
      case DELAY -> vm.format(key, c.entry(), c.hours());
      case INJECT -> vm.format(key, c.from() == null ? names.actor("control") : names.actor(c.from()),
          recipients(c.to()), c.effects() == null || c.effects().isEmpty() ? 0 : 1,
          c.effects() == null || c.effects().isEmpty() ? "" : Names.effect(c.effects().get(0).kind()));
      case DISPOSITION -> vm.format(key, names.actor(c.actor()), adjustable(c.name(), "disposition."), c.value());
      case PARAMETER -> vm.format(key, adjustable(c.name(), "parameter."), c.value());
      case NOTE -> vm.format(key, c.participant());
      case SEAT -> vm.format(key, names.role(c.role()), vm.text().getString("console.mode." + c.mode().name()));
    };
  }

  /** A disposition's or parameter's name; one the console does not know (a refused act) in words. */
  private String adjustable(String code, String kind) {
    return code != null && vm.text().containsKey(kind + code) ? vm.text().getString(kind + code) : Names.words(code);
  }

  private String recipients(List<String> to) {
    if (to == null || to.isEmpty()) {
      return "—";
    }
    return String.join(", ", to.stream().map(id -> scenario.metadata().roles().stream().anyMatch(r -> r.id().equals(id))
        ? names.role(id) : names.actor(id)).toList());
  }
}
