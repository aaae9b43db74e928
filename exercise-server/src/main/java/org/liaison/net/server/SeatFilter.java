package org.liaison.net.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.exercise.AvailableAction;
import org.liaison.exercise.ChannelView;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.net.protocol.SeatKind;
import org.liaison.net.protocol.SeatView;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Refusal;
import org.liaison.scenario.Actor;
import org.liaison.scenario.Dispositions;
import org.liaison.scenario.Hub;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;

/**
 * The fog of war: what each seat may see of the whole picture. The control cell and observers see
 * everything; a role's seat sees what its side knows.
 *
 * <p>A role's side is the mission (every mission actor) if the role acts for a mission actor, else
 * the role's own actor alone. A seat gets: every zone's and actor's public facts (names, kinds,
 * population, displacement, need); what the side knows of them (mission protection and units,
 * attacks it was warned of or saw, its trust and arrangements, for the mission side); its side's
 * units, the messages in flight from or to its side, the trust edges touching it and the channels
 * it knows of (see {@link #knowsChannel}) with how each works now; incidents
 * anyone would hear of (attacks on civilians or on the mission, harm, displacement, deterred
 * attacks) and those its side was part of; its own inbox; its role's pending decision points in
 * full and other roles' as pending only; its role's log and available actions. It never gets
 * hostility, the indicators, other seats, the MSEL or another role's options.
 */
final class SeatFilter {
  /** Incidents anyone in the area hears of. */
  private static final Set<String> PUBLIC_INCIDENTS = Set.of("AttackExecuted", "AttackDeterred", "CivilianHarm",
      "Displacement", "MissionAttacked");

  private final Scenario scenario;
  private final Set<String> missionActors = new HashSet<>();

  SeatFilter(Scenario scenario) {
    this.scenario = scenario;
    for (Actor a : scenario.missionActors()) {
      missionActors.add(a.id());
    }
  }

  /**
   * Everything one broadcast shares: the engine's snapshot and the host's state.
   *
   * @param log the decision log's entries so far
   * @param refusals why each entry was refused, in log order (null for one taken)
   */
  record Picture(ExerciseSnapshot snapshot, SeatView.Status status, double speed, List<DecisionLog.Entry> log,
      List<Refusal> refusals, List<ChannelView> channels, List<SeatView.Seat> seats, List<SeatView.MselEntry> msel,
      Map<Set<String>, SidePicture> sides) {
    Picture(ExerciseSnapshot snapshot, SeatView.Status status, double speed, List<DecisionLog.Entry> log,
        List<Refusal> refusals, List<ChannelView> channels, List<SeatView.Seat> seats, List<SeatView.MselEntry> msel) {
      this(snapshot, status, speed, log, refusals, channels, seats, msel, new HashMap<>());
    }
  }

  /**
   * What every seat of one side sees alike in one picture, built once for all of them: the same
   * lists, so that {@link UpdateWriter} serialises them once too.
   */
  record SidePicture(List<SeatView.Zone> zones, List<SeatView.Actor> actors, List<ExerciseSnapshot.UnitView> units,
      List<ExerciseSnapshot.AttackView> attacks, List<ExerciseSnapshot.Incident> incidents,
      List<ExerciseSnapshot.MessageView> messages, List<ExerciseSnapshot.TrustEdge> trust,
      List<ChannelView> channels) {}

  /** The actor a role acts for: its own, or the first mission actor. */
  String actorOf(String roleId) {
    Role role = scenario.metadata().roles().stream().filter(r -> r.id().equals(roleId)).findFirst().orElse(null);
    if (role != null && role.actor() != null) {
      return role.actor();
    }
    return scenario.missionActors().isEmpty() ? null : scenario.missionActors().get(0).id();
  }

  /** The actors of a role's side. */
  Set<String> sideOf(String roleId) {
    String actor = actorOf(roleId);
    if (actor != null && missionActors.contains(actor)) {
      return Set.copyOf(missionActors);
    }
    return actor == null ? Set.of() : Set.of(actor);
  }

  /**
   * The endpoints whose channels a side knows of: its own actors, whose lines it holds (those of
   * the scenario and those its arrangements opened), and the hubs one of its actors sits in, where
   * the members tell each other how they reach the hub (the coordination cell knows who calls it).
   * A line between two others that meets at no hub of the side stays unknown to it.
   */
  Set<String> knownEnds(Set<String> side) {
    Set<String> ends = new HashSet<>(side);
    for (Hub h : scenario.hubs()) {
      if (h.members() != null && h.members().stream().anyMatch(side::contains)) {
        ends.add(h.id());
      }
    }
    return Set.copyOf(ends);
  }

  /** Whether a side that knows the channels of these endpoints ({@link #knownEnds}) knows a channel. */
  static boolean knowsChannel(Set<String> knownEnds, String from, String to) {
    return knownEnds.contains(from) || knownEnds.contains(to);
  }

  /**
   * The scenario as a seat may know it before anything happens: the whole file for control and
   * observers; for a role's seat the map, the actors' public facts, the channels its side knows of, hubs, roles and
   * objectives and the costs of coordination, but no MSEL, no decision point (its own come with
   * its picture when they are reached), no actor's dispositions other than its side's and no
   * trust prior its side is not part of.
   */
  Scenario briefing(Seat seat) {
    if (seat.kind() != SeatKind.ROLE) {
      return scenario;
    }
    Set<String> side = sideOf(seat.role());
    Set<String> ends = knownEnds(side);
    List<Actor> actors = scenario.actors().stream().map(a -> side.contains(a.id()) ? a
        : new Actor(a.id(), a.name(), a.kind(), a.mission(), a.homeZone(), a.speedKmh(), a.units(), a.mandate(),
            a.capacity(), a.communication(), new Dispositions(null, null, null, null, null, null),
            a.principles(), a.client())).toList();
    return new Scenario(scenario.schema(), scenario.formatVersion(), scenario.metadata(), scenario.map(),
        scenario.seasons(), actors, scenario.hubs(),
        scenario.trust().stream().filter(t -> side.contains(t.from()) || side.contains(t.to())).toList(),
        scenario.channels().stream().filter(c -> knowsChannel(ends, c.from(), c.to())).toList(), scenario.media(),
        List.of(), List.of(), scenario.coordination(), scenario.scoring(),
        scenario.parameters(), null);
  }

  SeatView view(Seat seat, Picture p, List<AvailableAction> available) {
    ExerciseSnapshot s = p.snapshot();
    if (seat.kind() != SeatKind.ROLE) {
      return whole(seat, p);
    }
    String role = seat.role();
    Set<String> side = sideOf(role);
    boolean mission = side.stream().anyMatch(missionActors::contains);
    String actor = actorOf(role);

    SidePicture shared = p.sides().computeIfAbsent(side, k -> sidePicture(s, p.channels(), side, mission));
    List<ExerciseSnapshot.InboxItem> inbox = s.inbox().stream()
        .filter(item -> item.to().contains(role) || item.to().contains("all")
            || item.to().stream().anyMatch(to -> to.equals(actor) || (mission && missionActors.contains(to))
                && !isRole(to)))
        .toList();
    List<ExerciseSnapshot.PendingDecision> pending = s.pending().stream().filter(d -> d.role().equals(role)).toList();
    List<SeatView.Waiting> waiting = s.pending().stream().filter(d -> !d.role().equals(role))
        .map(d -> new SeatView.Waiting(d.id(), d.title(), d.role(), d.reachedAt())).toList();
    List<SeatView.LogLine> log = lines(p.log().stream().filter(e -> role.equals(e.role())).toList(), p.refusals());
    return new SeatView(s.clock(), p.status(), p.speed(), p.log().size(), shared.zones(), shared.actors(),
        shared.units(), shared.attacks(), shared.incidents(), shared.messages(), shared.trust(), shared.channels(), null,
        mission ? s.capacity() : null, inbox, pending, waiting, log, available, null, null);
  }

  private SidePicture sidePicture(ExerciseSnapshot s, List<ChannelView> allChannels, Set<String> side,
      boolean mission) {
    List<SeatView.Zone> zones = new ArrayList<>();
    for (ExerciseSnapshot.ZoneView z : s.zones()) {
      zones.add(new SeatView.Zone(z.id(), z.name(), z.population(), z.displaced(), z.need(),
          mission ? z.protection() : null, mission ? z.missionUnits() : null, null,
          mission ? z.knownThreats() : null, mission && !Double.isNaN(z.trustInMission()) ? z.trustInMission() : null));
    }
    List<SeatView.Actor> actors = new ArrayList<>();
    for (ExerciseSnapshot.ActorView a : s.actors()) {
      actors.add(new SeatView.Actor(a.id(), a.name(), a.kind(), a.homeZone(), a.mission(),
          mission ? a.trustInMission() : null, null, mission ? arrangements(a) : null, null));
    }
    List<ExerciseSnapshot.UnitView> units = s.units().stream().filter(u -> side.contains(u.actor())).toList();
    List<ExerciseSnapshot.AttackView> attacks = mission
        ? s.attacks().stream().filter(ExerciseSnapshot.AttackView::knownToMission).toList() : List.of();
    List<ExerciseSnapshot.Incident> incidents = s.incidents().stream()
        .filter(i -> PUBLIC_INCIDENTS.contains(i.kind())
            || (i.actor() != null && side.contains(i.actor()) && !"MessageIntercepted".equals(i.kind()))
            || (mission && "ComplianceViolation".equals(i.kind())))
        .toList();
    List<ExerciseSnapshot.MessageView> messages = s.messages().stream()
        .filter(m -> side.contains(m.from()) || side.contains(m.to())).toList();
    List<ExerciseSnapshot.TrustEdge> trust = s.trust().stream()
        .filter(t -> side.contains(t.from()) || side.contains(t.to())).toList();
    // A channel's condition is known where the channel is: an outage or a closed road elsewhere is not.
    Set<String> ends = knownEnds(side);
    List<ChannelView> channels = allChannels.stream().filter(c -> knowsChannel(ends, c.from(), c.to())).toList();
    return new SidePicture(zones, actors, units, attacks, incidents, messages, trust, channels);
  }

  private boolean isRole(String id) {
    return scenario.metadata().roles().stream().anyMatch(r -> r.id().equals(id));
  }

  private SeatView whole(Seat seat, Picture p) {
    ExerciseSnapshot s = p.snapshot();
    List<SeatView.Zone> zones = s.zones().stream().map(z -> new SeatView.Zone(z.id(), z.name(), z.population(),
        z.displaced(), z.need(), z.protection(), z.missionUnits(), z.threat(), z.knownThreats(),
        Double.isNaN(z.trustInMission()) ? null : z.trustInMission())).toList();
    boolean control = seat.kind() == SeatKind.CONTROL;
    // The levers the control cell moves are its own: observers watch the players, not the scenario's settings.
    List<SeatView.Actor> actors = s.actors().stream().map(a -> new SeatView.Actor(a.id(), a.name(), a.kind(),
        a.homeZone(), a.mission(), a.trustInMission(), a.hostility(), arrangements(a),
        control ? a.dispositions() : null)).toList();
    return new SeatView(s.clock(), p.status(), p.speed(), p.log().size(), zones, actors, s.units(), s.attacks(),
        s.incidents(), s.messages(), s.trust(), p.channels(), s.indicators(), s.capacity(), s.inbox(), s.pending(),
        List.of(), lines(p.log(), p.refusals()), null, p.seats(), control ? p.msel() : null);
  }

  private static List<String> arrangements(ExerciseSnapshot.ActorView a) {
    List<String> out = new ArrayList<>();
    if (a.liaisonOfficer()) {
      out.add("liaison officer");
    }
    if (a.alertNetwork()) {
      out.add("alert network");
    }
    if (a.deconfliction()) {
      out.add("deconfliction");
    }
    if (a.escorted()) {
      out.add("escorted");
    }
    if (a.partnered()) {
      out.add("partnered");
    }
    if (a.inForum()) {
      out.add("in forum");
    }
    return out;
  }

  private static List<SeatView.LogLine> lines(List<DecisionLog.Entry> entries, List<Refusal> refusals) {
    List<SeatView.LogLine> out = new ArrayList<>();
    for (int i = Math.max(0, entries.size() - SeatView.LOG_LINES); i < entries.size(); i++) {
      DecisionLog.Entry e = entries.get(i);
      String what = switch (e.kind()) {
        case ACTION -> e.action() == null ? "?" : e.action().type().name()
            + (e.action().target() != null ? " " + e.action().target() : "")
            + (e.action().zone() != null ? " in " + e.action().zone() : "");
        case CHOICE -> e.point() + ": " + e.option();
        case CONTROL -> e.control() == null ? "?" : e.control().type().name();
      };
      out.add(new SeatView.LogLine(e.seq(), e.tick(), e.role(), e.kind().key(), what, e.by(), e.taken(), e.reason(),
          e.seq() <= refusals.size() ? refusals.get(e.seq() - 1) : null, e.control(), e.action(), e.point(), e.option()));
    }
    return out;
  }
}
