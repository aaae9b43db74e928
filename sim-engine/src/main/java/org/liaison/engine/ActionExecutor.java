package org.liaison.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.liaison.comms.MessageKind;
import org.liaison.engine.agents.ActorState;
import org.liaison.policy.PendingRequest;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventReason;
import org.liaison.policy.ActionResult;
import org.liaison.policy.Actions;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Refusal;
import org.liaison.policy.Refusal.Code;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Channel;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Principle;
import org.liaison.scenario.Task;

/**
 * The one way coordination actions change the world: it checks an action's preconditions and the
 * day's budget, refuses with a reason before changing anything, or applies the action through the
 * agents (channels, contacts, interpreters, unit moves, partners' flags) and records an event.
 */
public final class ActionExecutor {
  /** Actions that keep charging their cost every day after the first: those {@link ActionType#standing()} says. */
  public static final Set<ActionType> STANDING = java.util.Collections.unmodifiableSet(
      java.util.EnumSet.copyOf(java.util.Arrays.stream(ActionType.values()).filter(ActionType::standing).toList()));

  private final LiaisonSim sim;
  private final World world;

  ActionExecutor(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /**
   * The actions interface for one source of decisions (a policy, a decision point, a trainee),
   * writing each action asked for to the decision log.
   *
   * @param source the source events record
   * @param phase where in the tick the actions happen, for the decision log
   * @param role the role the log records
   * @param point the decision point whose option the actions belong to, or null
   */
  public Source asActions(String source, DecisionLog.Phase phase, String role, String point) {
    return new Source(source, phase, role, point);
  }

  /** Actions taken in the name of one source; every event records the source. */
  public final class Source implements Actions {
    private final String name;
    private final DecisionLog.Phase phase;
    private final String role;
    private final String point;

    Source(String name, DecisionLog.Phase phase, String role, String point) {
      this.name = name;
      this.phase = phase;
      this.role = role;
      this.point = point;
    }

    @Override
    public ActionResult take(CoordinationAction action) {
      ActionResult r = execute(action, name, role);
      sim.logDecision(phase, role, DecisionLog.Kind.ACTION, point, null, null, action, r.taken(), r.refusal());
      if (r.taken()) {
        sim.responded(action, name);
      }
      return r;
    }

    @Override
    public String wouldRefuse(CoordinationAction action) {
      Refusal r = refusal(action, role);
      return r == null ? null : r.text();
    }
  }

  /** Checks and applies an action in the name of a source that is also its role. */
  public ActionResult execute(CoordinationAction action, String source) {
    return execute(action, source, source);
  }

  /**
   * Checks and applies an action; a refusal publishes an event and changes nothing else. A
   * standing action taken becomes an arrangement of the role, with the channels it opened.
   */
  public ActionResult execute(CoordinationAction action, String source, String role) {
    Refusal reason = refusal(action, role);
    int m = world.primaryMission();
    String missionId = m >= 0 ? world.actors[m].id() : "none";
    if (reason != null) {
      sim.publish(new EngineEvent.ActionRefused(sim.tick(), action.type().name(), missionId,
          action.target(), reason.text(), source));
      return ActionResult.refused(reason);
    }
    double cost = sim.scenario().coordination().costOf(action.type());
    world.spentToday += cost;
    if (STANDING.contains(action.type())) {
      world.standingPerDay += cost;
    }
    int channelsBefore = sim.comms().channels().size();
    String detail = apply(action, m);
    if (STANDING.contains(action.type())) {
      List<Integer> opened = new ArrayList<>();
      for (int c = channelsBefore; c < sim.comms().channels().size(); c++) {
        opened.add(c);
      }
      world.arrangements.add(new Arrangement(action, role, sim.tick(), cost, opened));
    }
    sim.publish(new EngineEvent.ActionTaken(sim.tick(), action.type().name(), missionId,
        action.target(), action.zone(), detail, cost, source));
    return ActionResult.TAKEN;
  }

  /** Why the action cannot be taken now whoever asks, or null if it can. */
  public Refusal refusal(CoordinationAction a) {
    return refusal(a, null);
  }

  /**
   * Why the action cannot be taken now in the name of a role (null: whoever asks), or null if it
   * can.
   */
  public Refusal refusal(CoordinationAction a, String role) {
    Refusal reason = preconditionRefusal(a, role);
    if (reason != null) {
      return reason;
    }
    double cost = sim.scenario().coordination().costOf(a.type());
    if (cost > sim.budgetLeft() + 1e-9) {
      return Code.NOT_ENOUGH_CAPACITY.of(cost, sim.budgetLeft());
    }
    return null;
  }

  /** Why the action cannot be taken whatever the budget and whoever asks, or null if its preconditions hold. */
  public Refusal preconditionRefusal(CoordinationAction a) {
    return preconditionRefusal(a, null);
  }

  /**
   * Why the action cannot be taken whatever the budget in the name of a role (null: whoever
   * asks), or null if its preconditions hold. Only the role that made an arrangement ends it.
   */
  public Refusal preconditionRefusal(CoordinationAction a, String role) {
    int m = world.primaryMission();
    if (m < 0) {
      return Code.NO_MISSION.of();
    }
    ActionType type = a.type();
    if (type == null) {
      return Code.NO_ACTION_TYPE.of();
    }
    ActorState target = null;
    if (needsTarget(type)) {
      if (a.target() == null) {
        return Code.NEEDS_TARGET.of(type);
      }
      int t = world.actor(a.target());
      if (t < 0) {
        return Code.UNKNOWN_ACTOR.of(a.target());
      }
      target = world.actors[t];
      if (target.isMission()) {
        return Code.TARGET_IN_MISSION.of();
      }
    }
    int zone = -1;
    if (type == ActionType.JOINT_PATROL || type == ActionType.DISPUTE_RESOLUTION
        || type == ActionType.DEPLOY_UNITS) {
      if (a.zone() == null) {
        return Code.NEEDS_ZONE.of(type);
      }
      zone = world.zone(a.zone());
      if (zone < 0) {
        return Code.UNKNOWN_ZONE.of(a.zone());
      }
    }
    var mandate = world.actors[m].spec.mandate();
    if (target != null && (type == ActionType.PARTNER_WITH || type == ActionType.JOINT_TRAINING
        || type == ActionType.JOINT_PATROL)) {
      Refusal barred = sim.partnerships().supportRefusal(target, mandate);
      if (barred != null) {
        return barred;
      }
    }
    Refusal specific = switch (type) {
      case ASSIGN_LIAISON_OFFICER -> target.liaisonOfficer ? Code.LIAISON_OFFICER_PRESENT.of(target.id()) : null;
      case OPEN_CHANNEL -> a.medium() == null ? Code.NEEDS_MEDIUM.of(type)
          : !target.spec.communication().media().contains(a.medium())
              ? Code.MEDIUM_NOT_USED.of(target.id(), a.medium())
              : sim.comms().hasDirect(m, target.index, a.medium())
                  ? Code.CHANNEL_EXISTS.of(a.medium(), target.id()) : null;
      case SET_UP_ALERT_NETWORK -> target.kind() != ActorKind.COMMUNITY_GROUP
          ? Code.ALERT_COMMUNITY_ONLY.of()
          : alertMedium(target) == null ? Code.ALERT_NO_MEDIUM.of(target.id())
          : target.alertNetwork ? Code.ALERT_EXISTS.of(target.id()) : null;
      case HIRE_INTERPRETERS -> a.language() == null ? Code.NEEDS_LANGUAGE.of(type)
          : world.missionLanguages.contains(a.language()) ? Code.MISSION_SPEAKS.of(a.language())
          : world.interpreters.contains(a.language()) ? Code.INTERPRETERS_HIRED.of(a.language()) : null;
      case HOLD_COORDINATION_FORUM -> forumRefusal(a);
      case JOINT_PATROL, DEPLOY_UNITS -> !world.actors[m].spec.mandate().coversZone(a.zone())
          ? Code.OUTSIDE_MANDATE.of(a.zone())
          : idleUnits(zone).length == 0 ? Code.NO_FREE_UNIT.of() : null;
      case SHARE_INFORMATION -> sim.comms().route(m, target.index) == null ? Code.NO_CHANNEL.of(target.id())
          : mandate.proscribes(target.id()) ? Code.PROSCRIBED.of(target.id())
          : target.hasPrinciple(Principle.NO_INTELLIGENCE_SHARING)
              ? Code.NO_INTELLIGENCE_SHARING.of(target.id()) : null;
      case DECONFLICTION_MECHANISM -> !target.isHumanitarian()
          ? Code.DECONFLICTION_HUMANITARIAN_ONLY.of()
          : target.deconfliction ? Code.DECONFLICTION_EXISTS.of(target.id()) : null;
      case MEDIATION -> target.kind() != ActorKind.ARMED_FACTION ? Code.MEDIATION_FACTIONS_ONLY.of()
          : a.via() != null && world.actor(a.via()) < 0 ? Code.UNKNOWN_INTERMEDIARY.of(a.via())
          : a.via() == null && mandate.proscribes(target.id())
              ? Code.MEDIATE_THROUGH_INTERMEDIARY.of(target.id()) : null;
      case ACCEPT_REQUEST, DECLINE_REQUEST -> a.task() == null ? Code.NEEDS_TASK.of(type) : null;
      case ARMED_ESCORT -> !target.isHumanitarian() ? Code.ESCORT_HUMANITARIAN_ONLY.of()
          : target.hasPrinciple(Principle.REFUSES_ARMED_ESCORT) ? Code.REFUSES_ESCORT.of(target.id())
          : target.escorted ? Code.ALREADY_ESCORTED.of(target.id()) : null;
      case PARTNER_WITH -> !target.isArmed() ? Code.PARTNER_ARMED_ONLY.of()
          : target.partnered ? Code.ALREADY_PARTNER.of(target.id()) : null;
      case JOINT_TRAINING, DISPUTE_RESOLUTION -> null;
      case END_ARRANGEMENT -> endRefusal(a, role);
      case REPLY -> world.unanswered[target.index] == 0 ? Code.NOTHING_TO_ANSWER.of(name(target))
          : sim.comms().route(m, target.index) == null ? Code.NO_CHANNEL.of(name(target)) : null;
    };
    return specific;
  }

  private Refusal endRefusal(CoordinationAction a, String role) {
    if (a.ends() == null || !a.ends().standing()) {
      return Code.NEEDS_ARRANGEMENT.of(ActionType.END_ARRANGEMENT);
    }
    Arrangement arrangement = arrangement(a);
    if (arrangement == null) {
      return Code.NO_ARRANGEMENT.of(describe(a.ended()));
    }
    if (role != null && !role.equals(arrangement.role())) {
      return Code.MADE_BY_OTHER_ROLE.of(describe(arrangement.action()), roleTitle(arrangement.role()));
    }
    return null;
  }

  /** The arrangement in force an END_ARRANGEMENT names, or null. */
  private Arrangement arrangement(CoordinationAction end) {
    for (Arrangement x : world.arrangements) {
      if (x.endedBy(end)) {
        return x;
      }
    }
    return null;
  }

  /** "ASSIGN_LIAISON_OFFICER with Jareer committee", "HIRE_INTERPRETERS for so". */
  private String describe(CoordinationAction a) {
    int t = a.target() == null ? -1 : world.actor(a.target());
    return a.type() + (t >= 0 ? " with " + name(world.actors[t]) : a.target() != null ? " with " + a.target()
        : a.language() != null ? " for " + a.language() : "");
  }

  private static String name(ActorState a) {
    return a.spec.name() == null ? a.id() : a.spec.name();
  }

  private String roleTitle(String role) {
    return sim.scenario().metadata().roles().stream().filter(r -> r.id().equals(role))
        .map(org.liaison.scenario.Role::title).findFirst()
        .orElse("policy".equals(role) ? "the standing policy" : role);
  }

  private Refusal forumRefusal(CoordinationAction a) {
    if (a.members().isEmpty()) {
      return Code.FORUM_NEEDS_MEMBERS.of();
    }
    for (String id : a.members()) {
      if (world.actor(id) < 0) {
        return Code.UNKNOWN_FORUM_MEMBER.of(id);
      }
    }
    return null;
  }

  private static boolean needsTarget(ActionType type) {
    return switch (type) {
      case HIRE_INTERPRETERS, HOLD_COORDINATION_FORUM, DISPUTE_RESOLUTION, DEPLOY_UNITS, END_ARRANGEMENT -> false;
      default -> true;
    };
  }

  private UnitAgent[] idleUnits(int zone) {
    return java.util.Arrays.stream(world.units)
        .filter(u -> u.protects() && !u.moving() && u.zone() != zone
            && !Double.isInfinite(u.hoursTo(sim, world.zones[zone])))
        .sorted(java.util.Comparator.comparingDouble((UnitAgent u) -> u.hoursTo(sim, world.zones[zone]))
            .thenComparingInt(u -> u.index))
        .toArray(UnitAgent[]::new);
  }

  private String apply(CoordinationAction a, int m) {
    ActorState target = a.target() == null ? null : world.actors[world.actor(a.target())];
    switch (a.type()) {
      case ASSIGN_LIAISON_OFFICER -> {
        target.liaisonOfficer = true;
        ensureChannel(m, target.index, Medium.FACE_TO_FACE, "lo");
        contact(m, target.index, 1);
        include(target, false);
        return "face-to-face channel and daily contact";
      }
      case OPEN_CHANNEL -> {
        ensureChannel(m, target.index, a.medium(), "open");
        return a.medium().name();
      }
      case SET_UP_ALERT_NETWORK -> {
        target.alertNetwork = true;
        Medium medium = alertMedium(target);
        // The alert network is a line of its own, watched round the clock by the operations
        // centre: a contact the mission already has on the same medium does not stand in for it.
        addChannel(target.index, m, medium, "alert");
        contact(m, target.index, 1);
        include(target, false);
        return "alert channel to the mission by " + medium;
      }
      case HIRE_INTERPRETERS -> {
        world.interpreters.add(a.language());
        return a.language();
      }
      case HOLD_COORDINATION_FORUM -> {
        for (String id : a.members()) {
          ActorState member = world.actors[world.actor(id)];
          if (member.isMission()) {
            continue;
          }
          contact(m, member.index, 1);
          member.lastForum = sim.tick();
          include(member, true);
        }
        return String.join(",", a.members());
      }
      case JOINT_TRAINING -> {
        contact(m, target.index, 2);
        target.ihlCompliance = Math.min(1, target.ihlCompliance + p().trainingIhlGain());
        target.cooperativeness = Math.min(1, target.cooperativeness + p().trainingIhlGain());
        return "ihlCompliance " + round(target.ihlCompliance);
      }
      case JOINT_PATROL -> {
        int zone = world.zone(a.zone());
        UnitAgent u = idleUnits(zone)[0];
        u.sendTo(sim, zone, -1);
        sim.publish(new EngineEvent.ResponseDispatched(sim.tick(), u.id, a.zone(), -1, u.hoursTo(sim, world.zones[zone])));
        contact(m, target.index, 1);
        if (target.kind() == ActorKind.ARMED_FACTION || target.kind() == ActorKind.STATE_FORCES) {
          sim.partnerships().seenTogether(target, zone);
        }
        return u.id;
      }
      case SHARE_INFORMATION -> {
        sim.comms().send(MessageKind.SITUATION_REPORT, m, target.index, -1, sim.tick());
        sim.evidence(target.index, m, p().contactEvidence(), 0, "information shared");
        if (target.kind() == ActorKind.ARMED_FACTION && !world.actors[m].spec.mandate().allows(Task.SHARE_INTELLIGENCE)) {
          deviation(m, Task.SHARE_INTELLIGENCE, null, EventReason.Code.INFORMATION_SHARED_WITH.text(target.id()));
        }
        return null;
      }
      case DECONFLICTION_MECHANISM -> {
        target.deconfliction = true;
        if (sim.comms().route(target.index, m) == null) {
          ensureChannel(target.index, m, Medium.MOBILE, "deconfliction");
        }
        contact(m, target.index, 1);
        return "movement notifications";
      }
      case MEDIATION -> {
        int via = a.via() == null ? -1 : world.actor(a.via());
        double t = via >= 0 ? sim.trust().expectedVia(target.index, via, m, sim.tick())
            : sim.trust().expected(target.index, m, sim.tick());
        double reduction = p().mediationHostilityReduction() * Math.min(1, 2 * t);
        sim.setHostility(target, target.hostility - reduction, EventReason.Code.MEDIATION.text());
        target.predation = Math.max(0, target.predation - reduction);
        sim.evidence(target.index, m, p().contactEvidence(), 0, "mediation");
        if (!world.actors[m].spec.mandate().allows(Task.MEDIATE)) {
          deviation(m, Task.MEDIATE, null, EventReason.Code.MEDIATION_WITH.text(target.id()));
        }
        return "trust used " + round(t);
      }
      case ACCEPT_REQUEST -> {
        removeRequest(target.id(), a.task());
        sim.evidence(target.index, m, p().commitmentEvidence(), 0, "request accepted");
        if (!world.actors[m].spec.mandate().allows(a.task())) {
          deviation(m, a.task(), a.zone(), EventReason.Code.REQUEST_ACCEPTED.text(target.id()));
          for (int h : world.humanitarians) {
            if (world.actors[h].hasPrinciple(Principle.NEUTRALITY) && h != target.index) {
              sim.evidence(h, m, 0, p().partialityEvidence(), "mission acting outside its mandate");
            }
          }
        }
        return a.task().name();
      }
      case DECLINE_REQUEST -> {
        removeRequest(target.id(), a.task());
        if (world.actors[m].spec.mandate().allows(a.task())) {
          sim.evidence(target.index, m, 0, p().commitmentEvidence(), "request within the mandate declined");
        }
        return a.task().name();
      }
      case DISPUTE_RESOLUTION -> {
        int zone = world.zone(a.zone());
        for (ActorState actor : world.actors) {
          if (actor.homeZone == zone && !actor.isMission()) {
            actor.grievance = Math.max(0, actor.grievance - p().disputeGrievanceReduction());
            if (actor.kind() == ActorKind.COMMUNITY_GROUP) {
              sim.evidence(actor.index, m, p().contactEvidence(), 0, "dispute resolution");
            }
          }
        }
        return null;
      }
      case DEPLOY_UNITS -> {
        int zone = world.zone(a.zone());
        int n = a.units() == null ? 1 : Math.max(1, a.units());
        UnitAgent[] idle = idleUnits(zone);
        StringBuilder sent = new StringBuilder();
        for (int i = 0; i < Math.min(n, idle.length); i++) {
          idle[i].sendTo(sim, zone, -1);
          sim.publish(new EngineEvent.ResponseDispatched(sim.tick(), idle[i].id, a.zone(), -1,
              idle[i].hoursTo(sim, world.zones[zone])));
          sent.append(i == 0 ? "" : ",").append(idle[i].id);
        }
        return sent.toString();
      }
      case ARMED_ESCORT -> {
        target.escorted = true;
        if (!world.actors[m].spec.mandate().allows(Task.ESCORT)) {
          deviation(m, Task.ESCORT, null, EventReason.Code.ESCORT_OF.text(target.id()));
        }
        return null;
      }
      case PARTNER_WITH -> {
        sim.partnerships().partner(target);
        if (target.kind() == ActorKind.PRIVATE_SECURITY && alertMedium(target) != null) {
          // The arrangement is a line from the guards to the operations centre.
          ensureChannel(target.index, m, alertMedium(target), "partner");
        }
        contact(m, target.index, 1);
        return "ihlCompliance " + round(target.ihlCompliance);
      }
      case END_ARRANGEMENT -> {
        return end(arrangement(a));
      }
      case REPLY -> {
        world.unanswered[target.index]--;
        sim.comms().send(MessageKind.REPLY, m, target.index, -1, sim.tick());
        return "reply to " + target.id();
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Ends an arrangement: its daily cost stops from the next day (today's hours are spent), the
   * channels it opened close, and what it did stops doing it; trust is left to what follows (no
   * more daily contact, warnings that no longer get through).
   */
  private String end(Arrangement x) {
    world.arrangements.remove(x);
    world.standingPerDay = Math.max(0, world.standingPerDay - x.perDay());
    ActorState target = x.action().target() == null ? null : world.actors[world.actor(x.action().target())];
    switch (x.action().type()) {
      case ASSIGN_LIAISON_OFFICER -> target.liaisonOfficer = false;
      case SET_UP_ALERT_NETWORK -> target.alertNetwork = false;
      case HIRE_INTERPRETERS -> world.interpreters.remove(x.action().language());
      case DECONFLICTION_MECHANISM -> target.deconfliction = false;
      case ARMED_ESCORT -> target.escorted = false;
      case PARTNER_WITH -> sim.partnerships().endPartnership(target);
      default -> throw new IllegalStateException(x.action().type() + " is not a standing arrangement");
    }
    if (target != null) {
      exclude(target);
    }
    List<String> closed = new ArrayList<>();
    for (int c : x.channels()) {
      var channel = sim.comms().channels().get(c);
      sim.comms().close(channel, sim.tick());
      closed.add(channel.id);
    }
    sim.publish(new EngineEvent.ArrangementEnded(sim.tick(), x.action().type().name(),
        world.actors[world.primaryMission()].id(), x.action().target(), x.action().language(),
        String.join(",", closed), x.perDay(), x.since(), x.role()));
    return x.action().type().name() + (closed.isEmpty() ? "" : " closed " + String.join(",", closed));
  }

  /** Media an alert network can run on, in the order the mission prefers them. */
  private static final Medium[] ALERT_MEDIA = {Medium.MOBILE, Medium.RADIO, Medium.SATELLITE, Medium.COURIER, Medium.FACE_TO_FACE};

  /** The medium an alert network uses with a community: the first it can use, so it reaches people. */
  private static Medium alertMedium(ActorState community) {
    for (Medium m : ALERT_MEDIA) {
      if (community.spec.communication().media().contains(m)) {
        return m;
      }
    }
    return null;
  }

  private static String round(double v) {
    return String.format(java.util.Locale.ROOT, "%.3f", v);
  }

  private void removeRequest(String actor, Task task) {
    Iterator<PendingRequest> it = world.requests.iterator();
    while (it.hasNext()) {
      PendingRequest r = it.next();
      if (r.actor().equals(actor) && r.task() == task) {
        it.remove();
        return;
      }
    }
  }

  private void deviation(int actor, Task task, String zone, String cause) {
    sim.publish(new EngineEvent.MandateDeviation(sim.tick(), world.actors[actor].id(),
        task.name(), zone, cause));
  }

  /** Regular contact: small positive evidence both ways, times the number of contacts. */
  private void contact(int m, int other, int times) {
    sim.evidence(other, m, p().contactEvidence() * times, 0, "contact");
    sim.evidence(m, other, p().contactEvidence() * times, 0, "contact");
  }

  private void ensureChannel(int from, int to, Medium medium, String prefix) {
    if (!sim.comms().hasDirect(from, to, medium)) {
      addChannel(from, to, medium, prefix);
    }
  }

  private void addChannel(int from, int to, Medium medium, String prefix) {
    Channel defaults = new Channel(prefix, world.endpointId(from), world.endpointId(to), medium,
        null, null, null, null, null);
    String id = prefix + "-" + world.endpointId(from) + "-" + world.endpointId(to) + "-"
        + medium.name().toLowerCase(java.util.Locale.ROOT);
    var a = world.zones[world.actors[from].homeZone].centre;
    var b = world.zones[world.actors[to].homeZone].centre;
    // A liaison officer lives with the actor: the meeting needs no travel.
    double km = prefix.equals("lo") ? 0 : Math.hypot(a.x - b.x, a.y - b.y);
    var profile = sim.comms().profile();
    var channel = sim.comms().add(id, from, to, medium, profile.latencyHours(medium, km),
        profile.reliability(medium, km), defaults.capacityPerHour(), profile.interception(medium),
        defaults.bidirectional());
    channel.travels = channel.travels && km > 0;
    channel.openedAt = sim.tick();
  }

  /** Marks a community group as taking part in coordination, publishing the change once. */
  void include(ActorState actor, boolean forum) {
    if (forum) {
      actor.inForum = true;
    }
    if (actor.kind() == ActorKind.COMMUNITY_GROUP && actor.included() && !actor.inclusionPublished) {
      actor.inclusionPublished = true;
      ZoneState z = world.zones[actor.homeZone];
      sim.publish(new EngineEvent.InclusionChanged(sim.tick(), actor.id(), z.id(),
          z.spec.population(), z.spec.marginalised(), true));
    }
  }

  /**
   * A community group no longer taking part in coordination in any way (its last arrangement
   * ended, its forum lapsed) is announced as left out, once.
   */
  private void exclude(ActorState actor) {
    if (actor.kind() == ActorKind.COMMUNITY_GROUP && !actor.included() && actor.inclusionPublished) {
      actor.inclusionPublished = false;
      ZoneState z = world.zones[actor.homeZone];
      sim.publish(new EngineEvent.InclusionChanged(sim.tick(), actor.id(), z.id(),
          z.spec.population(), z.spec.marginalised(), false));
    }
  }

  /**
   * Forum attendance lapses {@code forumLapseDays} after the last forum an actor attended: a forum
   * that is no longer convened no longer includes anyone, except the members of the scenario's own
   * coordination hubs.
   */
  void lapseForums() {
    long lapse = 24L * p().forumLapseDays();
    for (ActorState a : world.actors) {
      if (a.inForum && !a.hubMember && a.lastForum >= 0 && sim.tick() - a.lastForum >= lapse) {
        a.inForum = false;
        exclude(a);
      }
    }
  }

  /** Medium an alert network with this community group would run on, or null if none. */
  Medium alertMediumOf(ActorState community) {
    return alertMedium(community);
  }

  /** The run's parameters now: the control cell may change them during an exercise. */
  private Parameters p() {
    return sim.parameters();
  }
}
