package org.liaison.engine.process;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.Parameters;

/**
 * The two-villages world with nothing moving by chance: no attacks, patrols, false alarms,
 * sightings, deliveries or attacks on the mission unless a test starts them, so each mechanism
 * can be driven by hand and its effect read off exactly.
 */
final class QuietVillages {
  final LiaisonSim sim;
  final List<EngineEvent> events = new ArrayList<>();

  private QuietVillages(LiaisonSim sim, EventBus bus) {
    this.sim = sim;
    bus.subscribe(events::add);
  }

  /** The quiet world after the edit (applied after the quieting parameters), started at tick 0. */
  static QuietVillages start(long seed, Consumer<ObjectNode> edit) {
    EventBus bus = new EventBus();
    LiaisonSim sim = new LiaisonSim(TestScenarios.load("two-villages", t -> {
      t.putObject("parameters").put("attackRatePerDay", 0).put("patrolProbabilityPerHour", 0)
          .put("falseAlarmRatePerDay", 0).put("missionAttackRatePerDay", 0)
          .put("observationProbabilityPerHour", 0).put("unitObservationProbabilityPerHour", 0);
      ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 0);
      t.remove("msel");
      edit.accept(t);
    }), seed, new NoCoordination(), bus);
    QuietVillages world = new QuietVillages(sim, bus);
    sim.start();
    return world;
  }

  static QuietVillages start(Consumer<ObjectNode> edit) {
    return start(7, edit);
  }

  Parameters p() {
    return sim.parameters();
  }

  int actor(String id) {
    return sim.world().actor(id);
  }

  ActorState state(String id) {
    return sim.world().actors[actor(id)];
  }

  ZoneState zone(String id) {
    return sim.world().zones[sim.world().zone(id)];
  }

  /** The armed group starts preparing an attack on the zone now. */
  Attack prepare(String zone) {
    sim.violence().prepareAttack(state("armed-group"), sim.world().zone(zone));
    return sim.world().attacks.get(sim.world().attacks.size() - 1);
  }

  /** Runs ticks until the attack has ended (deterred or executed). */
  void runUntilEnded(Attack attack) {
    while (sim.world().attacks.contains(attack)) {
      sim.stepTick();
    }
  }

  <T extends EngineEvent> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Trust evidence published with this reason. */
  List<EngineEvent.TrustEvidence> evidence(String reason) {
    return of(EngineEvent.TrustEvidence.class).stream().filter(e -> e.reason().equals(reason)).toList();
  }
}
