package org.liaison.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;
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
import org.liaison.scenario.Zone;
import sim.field.continuous.Continuous2D;
import sim.util.Double2D;

/**
 * The simulated world's state: zones, actors, units on the map, hubs, attacks and deliveries in
 * progress, the mission's standing arrangements. What does not change in a run (indexes by id, groups
 * of actors, hubs' members, zones' shapes) comes from the scenario's {@link PreparedScenario}, shared
 * by its runs; everything that is iterated is an array or a list in scenario order.
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
  /** The scenario's tables shared by all its runs: the indexes by id, the groups, the hubs' members. */
  private final PreparedScenario prepared;
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
  public final Set<String> missionLanguages;
  private long nextAttackId = 1;
  private long nextDeliveryId = 1;
  double spentToday;
  double standingPerDay;
  private final org.liaison.scenario.Parameters parameters;

  World(Scenario scenario, PreparedScenario prepared) {
    this.prepared = prepared;
    parameters = scenario.parameters();
    zones = zoneStates(scenario.map().zones(), prepared);
    actors = actorStates(scenario.actors(), prepared);
    unanswered = new int[actors.length];
    received = new int[actors.length];
    missionLanguages = prepared.missionLanguages;
    hubs = scenario.hubs().toArray(new Hub[0]);
    mission = prepared.mission;
    factions = prepared.factions;
    humanitarians = prepared.humanitarians;
    communities = prepared.communities;
    securityCompanies = prepared.securityCompanies;
    stateForces = prepared.stateForces;
    communitiesByZone = prepared.communitiesByZone;
    double w = scenario.map().widthKm();
    double h = scenario.map().heightKm();
    field = new Continuous2D(Math.max(1.0, Math.max(w, h) / 20.0), w, h);
    units = deploy(prepared.units);
  }

  private static ZoneState[] zoneStates(List<Zone> specs, PreparedScenario prepared) {
    ZoneState[] states = new ZoneState[specs.size()];
    for (int i = 0; i < states.length; i++) {
      states[i] = new ZoneState(i, specs.get(i), prepared.shapes[i]);
    }
    return states;
  }

  private static ActorState[] actorStates(List<Actor> specs, PreparedScenario prepared) {
    ActorState[] states = new ActorState[specs.size()];
    for (int i = 0; i < states.length; i++) {
      states[i] = new ActorState(i, specs.get(i), prepared.homeZones[i], prepared.languages.get(i));
    }
    return states;
  }

  /** The units at their starting places, on the map and counted in their zones. */
  private UnitAgent[] deploy(PreparedScenario.UnitPlacement[] placements) {
    UnitAgent[] agents = new UnitAgent[placements.length];
    for (int i = 0; i < agents.length; i++) {
      agents[i] = deploy(i, placements[i]);
    }
    return agents;
  }

  private UnitAgent deploy(int index, PreparedScenario.UnitPlacement p) {
    ActorState a = actors[p.actor()];
    UnitAgent agent = new UnitAgent(index, p.id(), a, p.role(), p.strength(), a.spec.speedKmh(),
        new Double2D(p.x(), p.y()), p.zone());
    a.units.add(agent);
    field.setObjectLocation(agent, new Double2D(agent.x(), agent.y()));
    if (agent.zone() >= 0) {
      enterZone(agent, agent.zone());
    }
    return agent;
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
    Integer i = prepared.zoneIndex.get(id);
    return i == null ? -1 : i;
  }

  public int actor(String id) {
    Integer i = prepared.actorIndex.get(id);
    return i == null ? -1 : i;
  }

  /** Endpoint index of a hub (after the actors), or -1. */
  public int hubEndpoint(String id) {
    Integer i = prepared.hubIndex.get(id);
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
    return h >= 0 && h < hubs.length && prepared.hubMembers[h][actor];
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
