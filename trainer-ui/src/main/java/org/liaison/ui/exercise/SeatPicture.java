package org.liaison.ui.exercise;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.indicators.Indicator;
import org.liaison.net.protocol.SeatView;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;

/**
 * Turns the pictures a server sends one seat ({@link SeatView}) into the {@link Snapshot}s the
 * exercise screen draws. What the seat may not see stays unknown: a zone's security is unknown
 * (NaN, drawn as "no data") unless the seat's side knows of an attack there or the seat sees
 * threats, an actor's hostility is unknown, and indicators a role's seat does not get are NaN.
 * The indicator history is kept from the pictures as they arrive, so a seat that joins late has
 * no history before it joined.
 */
final class SeatPicture {
  private static final String[] ARRANGEMENTS = {"liaison officer", "alert network", "deconfliction", "escorted",
      "partnered", "in forum"};

  private final Scenario scenario;
  private final String role;
  private final Map<String, String> participants;
  private final Map<String, Integer> zoneIndex = new HashMap<>();
  private final Map<String, Integer> actorIndex = new HashMap<>();
  private float[][] history = new float[0][];

  /**
   * @param role the seat's role, or null for control and observers
   * @param participants who sits in which role, as far as the seat knows
   */
  SeatPicture(Scenario scenario, String role, Map<String, String> participants) {
    this.scenario = scenario;
    this.role = role;
    this.participants = participants;
    for (int i = 0; i < scenario.map().zones().size(); i++) {
      zoneIndex.put(scenario.map().zones().get(i).id(), i);
    }
    for (int i = 0; i < scenario.actors().size(); i++) {
      actorIndex.put(scenario.actors().get(i).id(), i);
    }
  }

  Snapshot of(SeatView v) {
    int nz = scenario.map().zones().size();
    int na = scenario.actors().size();
    boolean[] attacked = new boolean[nz];
    for (ExerciseSnapshot.AttackView a : v.attacks()) {
      Integer z = zoneIndex.get(a.zone());
      if (z != null && a.knownToMission()) {
        attacked[z] = true;
      }
    }
    double[] security = new double[nz];
    double[] need = new double[nz];
    double[] zoneTrust = new double[nz];
    Arrays.fill(security, Double.NaN);
    Arrays.fill(zoneTrust, Double.NaN);
    for (SeatView.Zone z : v.zones()) {
      Integer i = zoneIndex.get(z.id());
      if (i == null) {
        continue;
      }
      int protection = z.protection() == null ? 0 : z.protection();
      security[i] = attacked[i] ? 0 : z.threat() == null ? Double.NaN : 1 - z.threat() / (1.0 + protection);
      need[i] = z.need();
      zoneTrust[i] = z.trustInMission() == null ? Double.NaN : z.trustInMission();
    }
    double[] hostility = new double[na];
    Arrays.fill(hostility, Double.NaN);
    boolean[][] flags = new boolean[na][ARRANGEMENTS.length];
    for (SeatView.Actor a : v.actors()) {
      Integer i = actorIndex.get(a.id());
      if (i == null) {
        continue;
      }
      hostility[i] = a.hostility() == null ? Double.NaN : a.hostility();
      if (a.arrangements() != null) {
        for (int f = 0; f < ARRANGEMENTS.length; f++) {
          flags[i][f] = a.arrangements().contains(ARRANGEMENTS[f]);
        }
      }
    }
    SnapshotParts.Trust trust = SnapshotParts.trust(v.trust(), actorIndex, na);
    SnapshotParts.Units units = SnapshotParts.units(v.units());
    double[] indicators = new double[Indicator.values().length];
    for (Indicator i : Indicator.values()) {
      Double value = v.indicators() == null ? null : v.indicators().get(i.key());
      indicators[i.ordinal()] = value == null ? Double.NaN : value;
    }
    long tick = v.clock().completed();
    ExerciseSnapshot.Capacity cap = v.capacity();
    return new Snapshot(tick, (int) v.clock().totalTicks(), v.status() == SeatView.Status.FINISHED, security, need,
        zoneTrust, attacked, hostility, flags, trust.expected(), trust.uncertainty(), units.x(), units.y(),
        units.kind(), SnapshotParts.flights(v.messages()), SnapshotParts.channels(v.channels() == null ? List.of() : v.channels()),
        List.of(), indicators, record(tick, indicators), cap == null ? 0 : cap.left(),
        cap == null ? 0 : cap.standingPerDay(), cap == null ? 0 : cap.perDay(), role,
        v.available() == null ? List.of() : ActionCatalogue.of(scenario, v.available()), pending(v),
        v.inbox(), v.incidents(), cap == null ? List.of() : cap.standing());
  }

  /** The history up to this tick, each hour holding the last picture's values seen in it. */
  private float[][] record(long tick, double[] indicators) {
    int rows = (int) Math.max(0, Math.min(tick, scenario.durationHours()));
    if (rows > history.length) {
      float[][] grown = Arrays.copyOf(history, rows);
      for (int t = history.length; t < rows; t++) {
        grown[t] = new float[indicators.length];
        for (int i = 0; i < indicators.length; i++) {
          grown[t][i] = (float) indicators[i];
        }
      }
      history = grown;
    }
    return history;
  }

  /** The seat's first decision waiting for it, as the point its options came from. */
  private ExerciseSession.PendingDecision pending(SeatView v) {
    if (v.pending().isEmpty()) {
      return null;
    }
    ExerciseSnapshot.PendingDecision p = v.pending().get(0);
    List<DecisionOption> options = p.options().stream()
        .map(o -> new DecisionOption(o.id(), o.label(), o.description(), o.actions())).toList();
    DecisionPoint point = new DecisionPoint(p.id(), p.title(), null, null, p.role(), p.dilemma(), options,
        p.defaultOption());
    Role r = scenario.metadata().roles().stream().filter(x -> x.id().equals(p.role())).findFirst()
        .orElse(new Role(p.role(), p.role(), null, null));
    return new ExerciseSession.PendingDecision(point, r, participants.get(r.id()), p.reachedAt());
  }
}
