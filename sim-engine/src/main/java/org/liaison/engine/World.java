package org.liaison.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.Delivery;
import org.liaison.policy.PendingRequest;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Hub;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Unit;
import org.liaison.scenario.Zone;
import sim.field.continuous.Continuous2D;
import sim.util.Double2D;

/**
 * The simulated world's state: zones, actors, units on the map, hubs, attacks and deliveries in
 * progress, the mission's standing arrangements. Lookups by id use sorted maps; everything that is
 * iterated is an array or a list in scenario order.
 */
public final class World {
  public final ZoneState[] zones;
  public final ActorState[] actors;
  public final UnitAgent[] units;
  /**
   * The units on the map. Moving units only mark themselves in {@link #moved}, and the field is
   * brought up to date when it is read: writing every moving unit's location each hour cost half
   * of a large run, and the engine's own processes work on zones, not on the field.
   */
  private final Continuous2D field;
  /** Indices of units that moved since the field was last brought up to date. */
  private final BitSet moved = new BitSet();
  public final Hub[] hubs;
  private final boolean[][] hubMembers;
  private final Map<String, Integer> zoneIndex = new TreeMap<>();
  private final Map<String, Integer> actorIndex = new TreeMap<>();
  private final Map<String, Integer> hubIndex = new TreeMap<>();
  /** Indices of mission actors, in scenario order. */
  public final int[] mission;
  /** Indices of armed factions. */
  public final int[] factions;
  /** Indices of humanitarian actors (NGOs and international organisations). */
  public final int[] humanitarians;
  /** Indices of private security companies. */
  public final int[] securityCompanies;
  /** Indices of host-state forces. */
  public final int[] stateForces;
  /** Indices of community groups. */
  public final int[] communities;
  /** Community groups based in each zone. */
  public final int[][] communitiesByZone;
  /** Attacks in preparation, in the order they began. */
  public final List<Attack> attacks = new ArrayList<>();
  /** Deliveries on their way, in the order they were planned. */
  public final List<Delivery> deliveries = new ArrayList<>();
  /** Requests to the mission not yet answered. */
  public final List<PendingRequest> requests = new ArrayList<>();
  /** The mission's standing arrangements in force, in the order they were made. */
  public final List<Arrangement> arrangements = new ArrayList<>();
  /** Messages each actor sent the mission that no reply has answered yet, by actor index. */
  public final int[] unanswered;
  /** Messages each actor sent that reached the mission, answered or not, by actor index. */
  public final int[] received;
  /** Languages the mission has interpreters for. */
  public final TreeSet<String> interpreters = new TreeSet<>();
  /** Languages the mission speaks itself. */
  public final TreeSet<String> missionLanguages = new TreeSet<>();
  private long nextAttackId = 1;
  private long nextDeliveryId = 1;
  double spentToday;
  double standingPerDay;
  private final org.liaison.scenario.Parameters parameters;

  World(Scenario scenario) {
    parameters = scenario.parameters();
    List<Zone> zs = scenario.map().zones();
    zones = new ZoneState[zs.size()];
    for (int i = 0; i < zones.length; i++) {
      zones[i] = new ZoneState(i, zs.get(i));
      zoneIndex.put(zs.get(i).id(), i);
    }
    List<Actor> as = scenario.actors();
    actors = new ActorState[as.size()];
    unanswered = new int[as.size()];
    received = new int[as.size()];
    for (int i = 0; i < actors.length; i++) {
      Actor a = as.get(i);
      int home = zoneIndex.getOrDefault(a.homeZone(), 0);
      actors[i] = new ActorState(i, a, home, zones.length == 0 ? List.of() : zones[home].spec.languages());
      actorIndex.put(a.id(), i);
      if (a.isMission()) {
        missionLanguages.addAll(a.communication().languages());
      }
    }
    hubs = scenario.hubs().toArray(new Hub[0]);
    hubMembers = new boolean[hubs.length][actors.length];
    for (int h = 0; h < hubs.length; h++) {
      hubIndex.put(hubs[h].id(), h);
      for (String m : hubs[h].members()) {
        Integer a = actorIndex.get(m);
        if (a != null) {
          hubMembers[h][a] = true;
        }
      }
    }
    mission = indices(a -> a.isMission());
    factions = indices(a -> a.kind() == ActorKind.ARMED_FACTION);
    humanitarians = indices(ActorState::isHumanitarian);
    communities = indices(a -> a.kind() == ActorKind.COMMUNITY_GROUP);
    securityCompanies = indices(a -> a.kind() == ActorKind.PRIVATE_SECURITY);
    stateForces = indices(a -> a.kind() == ActorKind.STATE_FORCES);
    communitiesByZone = new int[zones.length][];
    for (int z = 0; z < zones.length; z++) {
      final int zz = z;
      communitiesByZone[z] = java.util.Arrays.stream(communities)
          .filter(c -> actors[c].homeZone == zz).toArray();
    }
    double w = scenario.map().widthKm();
    double h = scenario.map().heightKm();
    field = new Continuous2D(Math.max(1.0, Math.max(w, h) / 20.0), w, h);
    List<UnitAgent> list = new ArrayList<>();
    for (ActorState a : actors) {
      for (Unit u : a.spec.units()) {
        int zone = u.zone() != null ? zoneIndex.getOrDefault(u.zone(), a.homeZone) : a.homeZone;
        Double2D pos = zones[zone].centre;
        if (u.position() != null && u.position().size() == 2) {
          pos = new Double2D(u.position().get(0), u.position().get(1));
          zone = zoneAt(pos.x, pos.y, zone);
        }
        for (int k = 0; k < u.count(); k++) {
          String id = u.count() == 1 ? u.id() : u.id() + "-" + (k + 1);
          UnitAgent agent = new UnitAgent(list.size(), id, a, u.role(), u.strength(),
              a.spec.speedKmh(), pos, zone);
          list.add(agent);
          a.units.add(agent);
        }
      }
    }
    units = list.toArray(new UnitAgent[0]);
    for (UnitAgent u : units) {
      field.setObjectLocation(u, new Double2D(u.x(), u.y()));
      if (u.zone() >= 0) {
        enterZone(u, u.zone());
      }
    }
  }

  /**
   * Soldier-equivalents a unit adds to a zone's deterrent: the mission's troops count fully, its
   * police and observers by their scenario weights (armed presence deters more than watching); the
   * host state's troops and police count by the state-force weight on top. A security company's
   * guards protect their client's site, not the zone's people: they count only against an attack
   * on that site ({@code PrivateSecurity.guarding}). Fighters of armed groups deter no one: they
   * are the threat.
   */
  public double deterrentOf(UnitAgent unit) {
    ActorKind kind = unit.actor.kind();
    double weight = unit.actor.isMission() ? 1 : kind == ActorKind.STATE_FORCES ? parameters.stateForceProtectionWeight() : 0;
    return weight * switch (unit.role) {
      case TROOPS -> unit.strength;
      case POLICE -> unit.strength * parameters.policeProtectionWeight();
      case OBSERVERS -> unit.strength * parameters.observerProtectionWeight();
      default -> 0;
    };
  }

  private int[] indices(java.util.function.Predicate<ActorState> test) {
    return java.util.Arrays.stream(actors).filter(test).mapToInt(a -> a.index).toArray();
  }

  private int zoneAt(double x, double y, int fallback) {
    for (ZoneState z : zones) {
      if (z.contains(x, y)) {
        return z.index;
      }
    }
    return fallback;
  }

  /** Called when a unit's location changed. */
  public void moved(UnitAgent unit) {
    moved.set(unit.index);
  }

  /**
   * The units on the map, each at its current location. Reading it writes the locations of the
   * units that moved, so read it on the simulation's thread, between steps.
   */
  public Continuous2D field() {
    for (int i = moved.nextSetBit(0); i >= 0; i = moved.nextSetBit(i + 1)) {
      field.setObjectLocation(units[i], new Double2D(units[i].x(), units[i].y()));
    }
    moved.clear();
    return field;
  }

  /** Called when a unit stops in a zone. */
  public void enterZone(UnitAgent unit, int zone) {
    if (unit.protects()) {
      zones[zone].protection += unit.strength;
    }
    zones[zone].deterrent += deterrentOf(unit);
    if (unit.actor.isMission()) {
      zones[zone].missionUnits++;
    }
  }

  /** Called when a unit leaves a zone. */
  public void leaveZone(UnitAgent unit, int zone) {
    if (unit.protects()) {
      zones[zone].protection -= unit.strength;
    }
    zones[zone].deterrent = Math.max(0, zones[zone].deterrent - deterrentOf(unit));
    if (unit.actor.isMission()) {
      zones[zone].missionUnits--;
    }
  }

  public int zone(String id) {
    Integer i = zoneIndex.get(id);
    return i == null ? -1 : i;
  }

  public int actor(String id) {
    Integer i = actorIndex.get(id);
    return i == null ? -1 : i;
  }

  /** Endpoint index of a hub (after the actors), or -1. */
  public int hubEndpoint(String id) {
    Integer i = hubIndex.get(id);
    return i == null ? -1 : actors.length + i;
  }

  /** Endpoint index of an actor or hub id, or -1. */
  public int endpoint(String id) {
    int a = actor(id);
    return a >= 0 ? a : hubEndpoint(id);
  }

  public String endpointId(int endpoint) {
    return endpoint < actors.length ? actors[endpoint].id() : hubs[endpoint - actors.length].id();
  }

  public boolean hubHasMember(int endpoint, int actor) {
    int h = endpoint - actors.length;
    return h >= 0 && h < hubs.length && hubMembers[h][actor];
  }

  public boolean isMission(int actor) {
    return actor >= 0 && actor < actors.length && actors[actor].isMission();
  }

  /** The first mission actor, for whom trainees and policies act. */
  public int primaryMission() {
    return mission.length == 0 ? -1 : mission[0];
  }

  /** The id of the next attack (or false alarm): ids count up from 1 in the order they begin. */
  public long newAttackId() {
    return nextAttackId++;
  }

  /** The id of the next delivery: ids count up from 1 in the order they are planned. */
  public long newDeliveryId() {
    return nextDeliveryId++;
  }

  public List<Attack> attacks() {
    return Collections.unmodifiableList(attacks);
  }

  public double spentToday() {
    return spentToday;
  }

  public double standingPerDay() {
    return standingPerDay;
  }
}
