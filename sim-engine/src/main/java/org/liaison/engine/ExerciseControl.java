package org.liaison.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.liaison.engine.agents.ActorState;
import org.liaison.events.EngineEvent;
import org.liaison.policy.ControlAct;
import org.liaison.policy.Refusal;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Effect;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Role;
import org.liaison.scenario.read.ParameterRanges;

/**
 * Exercise control's acts on the world, checked and applied between ticks through the desk: the
 * one place that knows what each {@link ControlAct} may change and how. Every act applied is
 * published as a {@link EngineEvent.ControlApplied}, so the event log shows the white cell's hand.
 */
final class ExerciseControl {
  /** The role name control acts carry in the decision log. */
  static final String ROLE = "control";
  /** Number an ad-hoc inject carries in the event log (MSEL entries are numbered from 1). */
  static final int AD_HOC = 0;
  /** Longest delay of an MSEL entry, in hours. */
  static final int MAX_DELAY_HOURS = 24 * 60;

  private final LiaisonSim sim;

  ExerciseControl(LiaisonSim sim) {
    this.sim = sim;
  }

  /** Why the act cannot be applied now, or null if it can. */
  Refusal refusal(ControlAct act) {
    World w = sim.world();
    return switch (act.type()) {
      case PAUSE, RESUME -> null;
      case SPEED -> act.value() == null || !(act.value() >= 0) || act.value().isInfinite()
          ? Refusal.Code.SPEED_NEEDS_VALUE.of() : null;
      case FIRE, CANCEL -> pendingEntryProblem(act.entry());
      case DELAY -> {
        Refusal p = pendingEntryProblem(act.entry());
        if (p != null) {
          yield p;
        }
        yield act.hours() == null || act.hours() < 1 || act.hours() > MAX_DELAY_HOURS
            ? Refusal.Code.DELAY_HOURS.of(MAX_DELAY_HOURS) : null;
      }
      case INJECT -> injectProblem(act, w);
      case DISPOSITION -> {
        if (act.actor() == null || w.actor(act.actor()) < 0) {
          yield Refusal.Code.NO_ACTOR_NAMED.of(act.actor());
        }
        if (!ControlAct.DISPOSITIONS.contains(act.name())) {
          yield Refusal.Code.NO_DISPOSITION.of(act.name(), String.join(", ", ControlAct.DISPOSITIONS));
        }
        yield act.value() == null || !(act.value() >= 0 && act.value() <= 1) ? Refusal.Code.VALUE_OUT_OF_RANGE.of(act.name(), 0, 1) : null;
      }
      case PARAMETER -> parameterProblem(act);
      case NOTE -> blank(act.participant()) ? Refusal.Code.NOTE_NEEDS_PARTICIPANT.of()
          : blank(act.text()) ? Refusal.Code.NOTE_NEEDS_TEXT.of() : null;
      case SEAT -> !sim.isRole(act.role()) ? Refusal.Code.NO_ROLE_NAMED.of(act.role())
          : act.mode() == null ? Refusal.Code.SEAT_NEEDS_MODE.of() : null;
    };
  }

  /** Applies an act {@link #refusal} accepted. */
  void apply(ControlAct act, String by) {
    World w = sim.world();
    switch (act.type()) {
      case FIRE -> sim.fireEntry(entryIndex(act.entry()));
      case DELAY -> sim.delayEntry(entryIndex(act.entry()), act.hours());
      case CANCEL -> sim.cancelEntry(entryIndex(act.entry()));
      case INJECT -> {
        if (!blank(act.message())) {
          sim.publish(new EngineEvent.InjectFired(sim.tick(), AD_HOC, ROLE.toUpperCase(Locale.ROOT), act.from(),
              String.join(",", act.to()), act.message(), null));
          sim.injectFrom(act.from(), String.join(",", act.to()));
        }
        for (Effect e : act.effects() == null ? List.<Effect>of() : act.effects()) {
          sim.apply(e);
        }
      }
      case DISPOSITION -> {
        ActorState a = w.actors[w.actor(act.actor())];
        switch (act.name()) {
          case "hostility" -> {
            a.standingHostility = act.value();
            sim.setHostility(a, act.value(), ROLE);
          }
          case "grievance" -> a.grievance = act.value();
          case "cooperativeness" -> a.cooperativeness = act.value();
          default -> a.ihlCompliance = act.value();
        }
      }
      case PARAMETER -> sim.replaceParameters(withParameter(sim.parameters(), act.name(), act.value()));
      default -> {
        // clock, notes and seats change nothing in the world; the event below records them
      }
    }
    sim.publish(new EngineEvent.ControlApplied(sim.tick(), act.type().name(), by, describe(act)));
  }

  private Refusal pendingEntryProblem(Integer number) {
    if (number == null) {
      return Refusal.Code.NO_MSEL_NUMBER.of();
    }
    int i = entryIndex(number);
    if (i < 0) {
      return Refusal.Code.NO_MSEL_ENTRY.of(number);
    }
    return sim.entryDone(i) ? Refusal.Code.MSEL_ENTRY_DONE.of(number) : null;
  }

  private int entryIndex(int number) {
    List<Inject> msel = sim.scenario().msel();
    for (int i = 0; i < msel.size(); i++) {
      if (msel.get(i).number() == number) {
        return i;
      }
    }
    return -1;
  }

  private Refusal injectProblem(ControlAct act, World w) {
    boolean hasMessage = !blank(act.message());
    boolean hasEffects = act.effects() != null && !act.effects().isEmpty();
    if (!hasMessage && !hasEffects) {
      return Refusal.Code.INJECT_EMPTY.of();
    }
    if (hasMessage) {
      if (blank(act.from()) || !(ROLE.equals(act.from()) || w.actor(act.from()) >= 0)) {
        return Refusal.Code.INJECT_SENDER.of(act.from());
      }
      if (act.to() == null || act.to().isEmpty()) {
        return Refusal.Code.INJECT_NO_RECIPIENTS.of();
      }
      Set<String> roles = Set.copyOf(sim.scenario().metadata().roles().stream().map(Role::id).toList());
      for (String to : act.to()) {
        if (!roles.contains(to) && w.actor(to) < 0) {
          return Refusal.Code.NO_RECIPIENT.of(to);
        }
      }
    }
    for (Effect e : hasEffects ? act.effects() : List.<Effect>of()) {
      Refusal p = effectProblem(e, w);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private Refusal effectProblem(Effect e, World w) {
    if (e == null || e.kind() == null) {
      return Refusal.Code.EFFECT_NEEDS_KIND.of();
    }
    if (e.zone() != null && w.zone(e.zone()) < 0) {
      return Refusal.Code.NO_ZONE_NAMED.of(e.zone());
    }
    if (e.actor() != null && w.actor(e.actor()) < 0) {
      return Refusal.Code.NO_ACTOR_NAMED.of(e.actor());
    }
    if (e.amount() != null && !Double.isFinite(e.amount())) {
      return Refusal.Code.EFFECT_AMOUNT_NOT_NUMBER.of();
    }
    return switch (e.kind()) {
      case CHANGE_NEED, DISPLACEMENT, CIVILIAN_HARM -> e.zone() == null ? Refusal.Code.NEEDS_ZONE.of(e.kind()) : null;
      case CHANGE_HOSTILITY, CHANGE_GRIEVANCE, RUMOUR -> e.actor() == null ? Refusal.Code.EFFECT_NEEDS_ACTOR.of(e.kind()) : null;
      case PREPARE_ATTACK -> e.zone() == null || e.actor() == null ? Refusal.Code.ATTACK_NEEDS_FACTION_AND_ZONE.of()
          : w.actors[w.actor(e.actor())].kind() != ActorKind.ARMED_FACTION
              ? Refusal.Code.ATTACK_BY_FACTION_ONLY.of(e.actor()) : null;
      case CHANNEL_DOWN -> e.channel() == null || sim.comms().byId(e.channel()) == null
          ? Refusal.Code.NO_CHANNEL_NAMED.of(e.channel())
          : e.hours() != null && (e.hours() < 1 || e.hours() > MAX_DELAY_HOURS)
              ? Refusal.Code.OUTAGE_HOURS.of(MAX_DELAY_HOURS) : null;
      case MEDIUM_DOWN -> e.medium() == null ? Refusal.Code.NEEDS_MEDIUM.of(e.kind())
          : e.zones().stream().anyMatch(z -> w.zone(z) < 0) ? Refusal.Code.NO_ZONE_AMONG.of(String.join(", ", e.zones()))
          : e.hours() != null && (e.hours() < 1 || e.hours() > MAX_DELAY_HOURS)
              ? Refusal.Code.OUTAGE_HOURS.of(MAX_DELAY_HOURS) : null;
      case ROAD_CLOSED -> (e.zone() == null) == (e.between().size() != 2)
          || e.between().stream().anyMatch(z -> w.zone(z) < 0)
          ? Refusal.Code.ROAD_CLOSED_NEEDS_ZONES.of()
          : e.amount() != null && (e.amount() < 0 || e.amount() > 1) ? Refusal.Code.ROAD_FACTOR.of()
          : e.hours() != null && (e.hours() < 1 || e.hours() > MAX_DELAY_HOURS)
              ? Refusal.Code.CLOSURE_HOURS.of(MAX_DELAY_HOURS) : null;
      case REQUEST -> e.actor() == null || e.task() == null ? Refusal.Code.REQUEST_NEEDS_ACTOR_AND_TASK.of() : null;
    };
  }

  private static Refusal parameterProblem(ControlAct act) {
    double[] range = act.name() == null ? null : ParameterRanges.rangeOf(act.name());
    if (range == null) {
      return Refusal.Code.NO_PARAMETER.of(act.name());
    }
    if (act.value() == null || !(act.value() >= range[0] && act.value() <= range[1])) {
      return Refusal.Code.VALUE_OUT_OF_RANGE.of(act.name(), range[0], range[1]);
    }
    return null;
  }

  /** The parameters with one numeric parameter replaced (an integer one rounded). */
  static Parameters withParameter(Parameters parameters, String name, double value) {
    RecordComponent[] components = Parameters.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        values[i] = c.getAccessor().invoke(parameters);
        if (c.getName().equals(name)) {
          values[i] = c.getType() == Integer.class ? (Object) (int) Math.round(value) : (Object) value;
        }
      }
      return Parameters.class.getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException | InstantiationException | IllegalAccessException | NoSuchMethodException e) {
      throw new IllegalStateException("cannot rebuild the parameters: " + e, e);
    }
  }

  /** A one-line account of the act for the event log. */
  static String describe(ControlAct act) {
    return switch (act.type()) {
      case PAUSE -> "paused";
      case RESUME -> "resumed";
      case SPEED -> act.value() == 0 ? "speed: as fast as possible" : "speed: " + act.value() + " hours per second";
      case FIRE -> "MSEL entry " + act.entry() + " fired now";
      case DELAY -> "MSEL entry " + act.entry() + " delayed by " + act.hours() + " hours";
      case CANCEL -> "MSEL entry " + act.entry() + " cancelled";
      case INJECT -> "inject" + (blank(act.message()) ? "" : " from " + act.from() + " to " + String.join(", ", act.to())
          + ": " + act.message()) + (act.effects() == null || act.effects().isEmpty() ? ""
          : " (" + String.join(", ", act.effects().stream().map(e -> e.kind().name()).toList()) + ")");
      case DISPOSITION -> act.actor() + " " + act.name() + " set to " + act.value();
      case PARAMETER -> act.name() + " set to " + act.value();
      case NOTE -> "note on " + act.participant() + ": " + act.text();
      case SEAT -> "seat of " + act.role() + ": " + (act.mode() == ControlAct.SeatMode.DOCTRINE
          ? "the doctrine decides while it is empty" : "decisions wait while it is empty");
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
