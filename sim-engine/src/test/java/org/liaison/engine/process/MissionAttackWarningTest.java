package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.junit.jupiter.api.Test;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.policy.NoCoordination;

/**
 * Mechanism tests: attacks on the mission's posts are prepared, can be seen and warned of like
 * attacks on civilians, and a warned post stands to and is reinforced; fighters lost lower the
 * group's strength. The two-villages world with a troop post of 40 in village A, an observer team
 * of 8 in village B and a group of 40 fighters; nothing moves or attacks by itself.
 */
class MissionAttackWarningTest {
  private final List<EngineEvent> events = new ArrayList<>();

  private LiaisonSim started(Consumer<ObjectNode> edit) {
    EventBus bus = new EventBus();
    bus.subscribe(events::add);
    LiaisonSim sim = new LiaisonSim(TestScenarios.load("two-villages", t -> {
      ObjectNode params = t.putObject("parameters");
      params.put("patrolProbabilityPerHour", 0).put("attackRatePerDay", 0).put("falseAlarmRatePerDay", 0)
          .put("missionAttackRatePerDay", 0).put("situationReportsPerDay", 0).put("missionCasualtyRate", 1.0)
          .put("unitObservationProbabilityPerHour", 0).put("observationProbabilityPerHour", 0)
          .put("verificationHours", 0);
      ObjectNode group = TestScenarios.actor(t, "armed-group");
      ((ObjectNode) group.get("dispositions")).put("hostility", 1.0).put("predation", 1.0);
      group.putArray("units").addObject().put("id", "fighters").put("role", "FIGHTERS").put("count", 2)
          .put("strength", 20);
      ArrayNode units = TestScenarios.actor(t, "battalion").putArray("units");
      units.addObject().put("id", "post-a").put("role", "TROOPS").put("strength", 40).put("zone", "village-a");
      units.addObject().put("id", "team-b").put("role", "OBSERVERS").put("strength", 8).put("zone", "village-b");
      edit.accept(t);
    }), 3, new NoCoordination(), bus);
    sim.start();
    return sim;
  }

  /** The elders of village B see every preparation at once and, trusting the mission fully, always warn it. */
  private static void watchfulElders(ObjectNode t) {
    t.with("parameters").put("observationProbabilityPerHour", 1.0).put("warningTrustSlope", 100);
    t.withArray("channels").addObject().put("id", "elders-b-line").put("from", "elders-b").put("to", "battalion")
        .put("medium", "MOBILE").put("reliability", 1.0).put("latencyHours", 1);
    t.withArray("trust").addObject().put("from", "elders-b").put("to", "battalion").put("value", 0.95)
        .put("confidence", 40);
  }

  private <T extends EngineEvent> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static ActorState group(LiaisonSim sim) {
    return sim.world().actors[sim.world().actor("armed-group")];
  }

  private static void runTo(LiaisonSim sim, long tick) {
    while (sim.tick() <= tick) {
      sim.stepTick();
    }
  }

  @Test
  void anAttackOnAPostIsPreparedForItsHoursAndUnwarnedStrikesThePostUnprepared() {
    LiaisonSim sim = started(t -> { });
    World w = sim.world();
    int b = w.zone("village-b");
    Attack a = sim.attacksOnMission().prepare(group(sim), b);
    assertTrue(a.onMission);
    assertEquals((long) sim.parameters().missionAttackPreparationHours(), a.executeAt - a.preparedAt);
    assertEquals(40 / 40.8, a.plannedAdvantage, 1e-12);
    assertEquals(8, a.plannedPersonnel);
    EngineEvent.MissionAttackPrepared prepared = of(EngineEvent.MissionAttackPrepared.class).get(0);
    assertEquals("village-b", prepared.zone());
    assertEquals(a.executeAt, prepared.executeAt());
    assertTrue(of(EngineEvent.MissionAttacked.class).isEmpty(), "nothing happens before the planned hour");
    runTo(sim, a.executeAt);
    EngineEvent.MissionAttacked struck = of(EngineEvent.MissionAttacked.class).get(0);
    assertFalse(struck.forewarned());
    assertEquals(0.8, struck.presence(), 1e-12);
    assertEquals(8, struck.personnel());
    assertTrue(of(EngineEvent.MissionAttackWarned.class).isEmpty());
    assertTrue(of(EngineEvent.AttackPrepared.class).isEmpty() && of(EngineEvent.AttackExecuted.class).isEmpty(),
        "an attack on the mission is not counted as one on civilians");
    assertFalse(w.attacks.contains(a));
  }

  @Test
  void aCommunityThatSeesThePreparationWarnsAndThePostIsReinforcedBeforeTheHour() {
    LiaisonSim sim = started(MissionAttackWarningTest::watchfulElders);
    World w = sim.world();
    int a = w.zone("village-a");
    int b = w.zone("village-b");
    UnitAgent post = w.units[0];
    assertEquals("post-a", post.id);
    Attack attack = sim.attacksOnMission().prepare(group(sim), b);
    runTo(sim, attack.preparedAt + 3);
    assertTrue(of(EngineEvent.AttackDetected.class).stream()
        .anyMatch(d -> d.attack() == attack.id && d.observer().equals("elders-b")));
    EngineEvent.MissionAttackWarned warned = of(EngineEvent.MissionAttackWarned.class).get(0);
    assertEquals("elders-b", warned.warner());
    assertEquals(attack.executeAt - warned.tick(), warned.leadHours());
    EngineEvent.ResponseDispatched sent = of(EngineEvent.ResponseDispatched.class).get(0);
    assertEquals("post-a", sent.unit());
    assertEquals(attack.id, sent.attack());
    runTo(sim, attack.executeAt - 2);
    assertEquals(b, post.zone(), "the troops hold the threatened post");
    assertEquals(40.8, w.zones[b].deterrent, 1e-12);
    assertEquals(0, w.zones[a].deterrent, 1e-12);
    runTo(sim, attack.executeAt);
    // At the hour the attackers' advantage fell from 40/40.8 to 40/80.8: they strike or call it off.
    List<EngineEvent.MissionAttacked> struck = of(EngineEvent.MissionAttacked.class);
    List<EngineEvent.MissionAttackCalledOff> off = of(EngineEvent.MissionAttackCalledOff.class);
    assertEquals(1, struck.size() + off.size());
    if (off.isEmpty()) {
      assertTrue(struck.get(0).forewarned());
      assertEquals(48, struck.get(0).personnel());
    } else {
      assertEquals("post reinforced", off.get(0).reason());
      assertEquals(40.8, off.get(0).presence(), 1e-12);
    }
    assertTrue(w.actors[w.actor("elders-b")].warningsAnswered > 0, "the elders saw their warning answered");
  }

  @Test
  void aReinforcedPostIsStruckWithTheShareOfTheAdvantageTheAttackersKept() {
    LiaisonSim sim = started(t -> t.with("parameters").put("missionCasualtyRate", 0));
    World w = sim.world();
    int a = w.zone("village-a");
    int struck = 0;
    int tries = 400;
    for (int i = 0; i < tries; i++) {
      Attack attack = sim.attacksOnMission().prepare(group(sim), a);
      w.attacks.remove(attack);
      // Chosen as if the post had been empty-handed: the 40 troops there now halve the advantage.
      attack.plannedAdvantage = 1.0;
      sim.attacksOnMission().execute(attack);
      struck = of(EngineEvent.MissionAttacked.class).size();
    }
    assertEquals(tries, struck + of(EngineEvent.MissionAttackCalledOff.class).size());
    double p = new BinomialTest().binomialTest(tries, struck, 0.5, AlternativeHypothesis.TWO_SIDED);
    assertTrue(p > 0.01, struck + " of " + tries + " went ahead at a kept advantage of 0.5: p = " + p);
    assertTrue(of(EngineEvent.MissionAttackCalledOff.class).stream().allMatch(o -> o.reason().equals("post reinforced")));
  }

  @Test
  void aPostThatStoodToIsHurtLessAndOneThatLeftIsNotStruck() {
    LiaisonSim sim = started(t -> t.with("parameters").put("forewarnedHarmReduction", 1.0));
    World w = sim.world();
    int b = w.zone("village-b");
    Attack unwarned = sim.attacksOnMission().prepare(group(sim), b);
    w.attacks.remove(unwarned);
    sim.attacksOnMission().execute(unwarned);
    EngineEvent.MissionAttacked first = of(EngineEvent.MissionAttacked.class).get(0);
    assertTrue(first.casualties() > 0, "8 observers against 40 fighters at a casualty rate of 1");
    assertEquals(8 - first.casualties(), w.units[1].strength);

    Attack forewarned = sim.attacksOnMission().prepare(group(sim), b);
    w.attacks.remove(forewarned);
    forewarned.warnedAt = sim.tick();
    sim.attacksOnMission().execute(forewarned);
    EngineEvent.MissionAttacked second = of(EngineEvent.MissionAttacked.class).get(1);
    assertTrue(second.forewarned());
    assertEquals(0, second.casualties(), "standing to avoided all the harm");

    Attack missed = sim.attacksOnMission().prepare(group(sim), b);
    w.attacks.remove(missed);
    w.units[1].sendTo(sim, w.zone("village-a"), -1);
    sim.attacksOnMission().execute(missed);
    EngineEvent.MissionAttackCalledOff off = of(EngineEvent.MissionAttackCalledOff.class).get(0);
    assertEquals("no post to strike", off.reason());
    assertEquals(2, of(EngineEvent.MissionAttacked.class).size());
  }

  @Test
  void attackersLoseFightersByTheDefendersShareAndTheirStrengthFallsWithThem() {
    LiaisonSim sim = started(t -> { });
    World w = sim.world();
    ActorState g = group(sim);
    int a = w.zone("village-a");
    Attack probe = new Attack(999, g.index, a, 0, 36);
    double neededBefore = sim.posture().needed(probe);
    Attack attack = sim.attacksOnMission().prepare(g, a);
    w.attacks.remove(attack);
    sim.attacksOnMission().execute(attack);
    EngineEvent.MissionAttacked struck = of(EngineEvent.MissionAttacked.class).get(0);
    // 40 fighters against a post of 40: each side has half the fight, and loses Poisson(1 × 0.5 × 40).
    assertTrue(struck.fightersLost() > 0);
    assertEquals((40.0 - struck.fightersLost()) / 40, g.strengthFactor, 1e-12);
    assertEquals(40 - struck.fightersLost(), AttacksOnMission.fighters(g), 1e-9);
    EngineEvent.FightersLost lost = of(EngineEvent.FightersLost.class).get(0);
    assertEquals("armed-group", lost.faction());
    assertEquals("village-a", lost.zone());
    assertEquals(struck.fightersLost(), lost.lost());
    assertEquals(40 - struck.fightersLost(), lost.fighters(), 1e-9);
    assertEquals(g.strengthFactor, lost.strength(), 0);
    assertEquals("attack on the mission", lost.cause());
    // What the group can do falls with it: an attack on civilians calls for less force to deter.
    assertEquals(neededBefore * g.strengthFactor, sim.posture().needed(probe), 1e-9);
  }

  @Test
  void aGroupWithoutFightersLeftPreparesNoAttackAndRecruitmentBringsItBack() {
    LiaisonSim sim = started(t -> t.with("parameters").put("attackRatePerDay", 24));
    World w = sim.world();
    ActorState g = group(sim);
    sim.armedGroups().lose(g, 40, w.zone("village-b"), "test");
    assertEquals(0, g.strengthFactor, 0);
    for (int h = 0; h < 500; h++) {
      sim.violence().prepare(g);
    }
    assertTrue(w.attacks.isEmpty(), "a group without fighters prepares no attack");

    g.strengthFactor = 0.5;
    ActorState elders = w.actors[w.actor("elders-b")];
    elders.grievance = 0.4;
    sim.armedGroups().daily();
    assertEquals(0.5 * (1 + sim.parameters().recruitmentPerGrievancePerDay() * 0.4), g.strengthFactor, 1e-12);
  }
}
