package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.comms.ChannelState;
import org.liaison.events.EventBus;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Effect;
import org.liaison.scenario.EffectKind;
import org.liaison.scenario.Medium;

/** Mechanism tests with exact outcomes for consent and due diligence, outages, flight and patrols. */
class ModelV2MechanismTest {
  private static LiaisonSim started(Consumer<ObjectNode> edit) {
    LiaisonSim sim = new LiaisonSim(TestScenarios.load("two-villages", edit), 1, new NoCoordination(), new EventBus());
    sim.start();
    return sim;
  }

  @Test
  void theMandatesNoContactListBarsPartneringTheGroup() {
    LiaisonSim sim = started(t -> ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate"))
        .putArray("noContact").add("armed-group"));
    assertEquals("armed-group is on the mandate's no-contact list (human rights due diligence)",
        sim.actions().preconditionRefusal(CoordinationAction.on(ActionType.PARTNER_WITH, "armed-group")).text());
  }

  @Test
  void aGroupThatDistrustsTheMissionRefusesJointTraining() {
    LiaisonSim sim = started(t -> t.withArray("trust").addObject().put("from", "armed-group")
        .put("to", "battalion").put("value", 0.1).put("confidence", 10));
    org.liaison.policy.Refusal reason = sim.actions().preconditionRefusal(
        CoordinationAction.on(ActionType.JOINT_TRAINING, "armed-group"));
    assertTrue(reason != null && reason.code() == org.liaison.policy.Refusal.Code.NO_CONSENT
        && reason.text().startsWith("armed-group does not consent to contact"), String.valueOf(reason));
  }

  @Test
  void partneringRaisesTheGroupsStrengthAndLeavesItsPredation() {
    LiaisonSim sim = started(t -> { });
    var group = sim.world().actors[sim.world().actor("armed-group")];
    double predation = group.predation;
    sim.partnerships().partner(group);
    assertEquals(1 + sim.parameters().partnerStrengthGain(), group.strengthFactor, 1e-12);
    assertEquals(predation, group.predation, 0);
    assertEquals(0.8 - sim.parameters().partnerHostilityReduction(), group.hostility, 1e-12);
  }

  @Test
  void aMediumOutageTakesDownThatMediumsChannelsOfActorsBasedInTheZoneOnly() {
    LiaisonSim sim = started(t -> {
      var channels = t.withArray("channels");
      channels.addObject().put("id", "a-mobile").put("from", "elders-a").put("to", "battalion").put("medium", "MOBILE");
      channels.addObject().put("id", "b-mobile").put("from", "elders-b").put("to", "battalion").put("medium", "MOBILE");
      channels.addObject().put("id", "a-radio").put("from", "elders-a").put("to", "battalion").put("medium", "RADIO");
    });
    sim.apply(new Effect(EffectKind.MEDIUM_DOWN, "village-a", null, null, null, null, 48, Medium.MOBILE));
    ChannelState aMobile = sim.comms().byId("a-mobile");
    assertTrue(aMobile.downAt(47));
    assertFalse(aMobile.downAt(48));
    assertFalse(sim.comms().byId("b-mobile").downAt(1));
    assertFalse(sim.comms().byId("a-radio").downAt(1));
  }

  @Test
  void peopleWhoFleeGoToTheNearestCampWhoseNeedGrows() {
    LiaisonSim sim = started(t -> {
      var zones = t.with("map").withArray("zones");
      ObjectNode camp = zones.addObject();
      camp.put("id", "camp").put("name", "Camp").put("kind", "CAMP").put("population", 1000).put("need", 0.2)
          .put("vulnerability", 0.5);
      var polygon = camp.putArray("polygon");
      polygon.addArray().add(0).add(0);
      polygon.addArray().add(1).add(0);
      polygon.addArray().add(1).add(1);
    });
    int a = sim.world().zone("village-a");
    int camp = sim.world().zone("camp");
    int before = sim.world().zones[a].population;
    sim.displacement().flee(a, 1000);
    assertEquals(before - 1000, sim.world().zones[a].population);
    assertEquals(2000, sim.world().zones[camp].population);
    assertEquals(0.2 + 0.8 * 1000 / 2000.0, sim.world().zones[camp].need, 1e-12);
  }
  @Test
  void anEscortLeavesProtectionAtItsStationForTheWholeTripAndComesBack() {
    var bus = new EventBus();
    var events = new java.util.ArrayList<org.liaison.events.EngineEvent>();
    bus.subscribe(events::add);
    LiaisonSim sim = new LiaisonSim(TestScenarios.load("two-villages", t -> {
      t.with("parameters").put("attackRatePerDay", 0).put("patrolProbabilityPerHour", 0)
          .put("falseAlarmRatePerDay", 0).put("missionAttackRatePerDay", 0);
      TestScenarios.actor(t, "relief").with("capacity").put("deliveriesPerWeek", 168);
      t.with("map").withArray("zones").forEach(z -> {
        if (z.get("id").asText().equals("village-b")) {
          ((ObjectNode) z).put("need", 0);
        }
      });
    }), 1, new NoCoordination(), bus);
    sim.start();
    World w = sim.world();
    int base = w.zone("base");
    w.actors[w.actor("relief")].escorted = true;
    double before = w.zones[base].deterrent;
    sim.stepTick();
    var escort = events.stream().filter(org.liaison.events.EngineEvent.EscortAssigned.class::isInstance)
        .map(org.liaison.events.EngineEvent.EscortAssigned.class::cast).findFirst().orElseThrow();
    assertEquals("village-a", escort.zone());
    var unit = java.util.Arrays.stream(w.units).filter(u -> u.id.equals(escort.unit())).findFirst().orElseThrow();
    assertTrue(unit.zone() != base, "the escort left the base with the convoy");
    long out = events.stream().filter(org.liaison.events.EngineEvent.EscortAssigned.class::isInstance).count();
    assertEquals(before - 10 * out, w.zones[base].deterrent, 1e-9, "each escort takes its ten soldiers off the base's protection");
    w.actors[w.actor("relief")].escorted = false;
    for (int h = 0; h < 12 && unit.zone() != base; h++) {
      sim.stepTick();
    }
    assertEquals(base, unit.zone(), "the escort came back to its station after the trip");
  }
}
