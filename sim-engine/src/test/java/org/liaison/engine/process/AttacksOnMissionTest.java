package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.Parameters;

/**
 * Mechanism tests: armed groups attacking the mission. The two-villages world with a troop post
 * of 40 in village A, an observer team of 8 in village B, and a group of 40 fighters operating in
 * both; nothing else moves (no patrols, no attacks on civilians).
 */
class AttacksOnMissionTest {
  private final List<EngineEvent.MissionAttacked> attacks = new ArrayList<>();
  private final List<EngineEvent.MissionAttackPrepared> prepared = new ArrayList<>();

  private LiaisonSim started(double hostility, double attackRate, double casualtyRate) {
    return started(t -> {
      ObjectNode params = t.putObject("parameters");
      params.put("patrolProbabilityPerHour", 0).put("attackRatePerDay", 0).put("falseAlarmRatePerDay", 0)
          .put("missionAttackRatePerDay", attackRate).put("missionCasualtyRate", casualtyRate);
      ObjectNode group = TestScenarios.actor(t, "armed-group");
      ((ObjectNode) group.get("dispositions")).put("hostility", hostility).put("predation", 1.0);
      group.putArray("units").addObject().put("id", "fighters").put("role", "FIGHTERS").put("count", 2)
          .put("strength", 20);
      ArrayNode units = TestScenarios.actor(t, "battalion").putArray("units");
      units.addObject().put("id", "post-a").put("role", "TROOPS").put("strength", 40).put("zone", "village-a");
      units.addObject().put("id", "team-b").put("role", "OBSERVERS").put("strength", 8).put("zone", "village-b");
    });
  }

  private LiaisonSim started(Consumer<ObjectNode> edit) {
    EventBus bus = new EventBus();
    bus.subscribe(e -> {
      if (e instanceof EngineEvent.MissionAttacked m) {
        attacks.add(m);
      } else if (e instanceof EngineEvent.MissionAttackPrepared m) {
        prepared.add(m);
      }
    });
    LiaisonSim sim = new LiaisonSim(TestScenarios.load("two-villages", edit), 7, new NoCoordination(), bus);
    sim.start();
    return sim;
  }

  /** The group prepares an attack on the post of a zone and strikes at once, as at the planned hour. */
  private static Attack strike(LiaisonSim sim, ActorState group, int zone) {
    Attack a = sim.attacksOnMission().prepare(group, zone);
    sim.world().attacks.remove(a);
    sim.attacksOnMission().execute(a);
    return a;
  }

  private static ActorState group(LiaisonSim sim) {
    return sim.world().actors[sim.world().actor("armed-group")];
  }

  @Test
  void theAdvantageIsTheGroupsShareOfTheFightersAndSoldierEquivalentsFacingEachOther() {
    assertEquals(1, AttacksOnMission.advantage(40, 0), 0);
    assertEquals(0.5, AttacksOnMission.advantage(40, 40), 1e-12);
    assertEquals(40 / 40.8, AttacksOnMission.advantage(40, 0.8), 1e-12);
    assertEquals(0, AttacksOnMission.advantage(0, 10), 0);
    Parameters p = Parameters.defaults();
    assertEquals(p.missionAttackRatePerDay() / 24 * 0.6 * 0.5, AttacksOnMission.hourlyProbability(p, 0.6, 0.5), 1e-15);
  }

  @Test
  void aGroupsFightersAreItsUnitsPersonnelTimesItsStrength() {
    LiaisonSim sim = started(0.8, 0.1, 0.03);
    ActorState g = group(sim);
    assertEquals(40, AttacksOnMission.fighters(g), 1e-12);
    g.strengthFactor = 1.25;
    assertEquals(50, AttacksOnMission.fighters(g), 1e-12);
  }

  @Test
  void aGroupWithNoHostilityToTheMissionNeverAttacksItWhateverItsPredation() {
    LiaisonSim sim = started(0.0, 24, 0.5);
    for (int h = 0; h < 5000; h++) {
      sim.attacksOnMission().consider(group(sim));
    }
    assertEquals(List.of(), prepared);
  }

  @Test
  void aGroupWithoutUnitsHasNoFightersAndNeverAttacks() {
    LiaisonSim sim = started(1.0, 24, 0.5);
    group(sim).units.clear();
    for (int h = 0; h < 5000; h++) {
      sim.attacksOnMission().consider(group(sim));
    }
    assertEquals(List.of(), prepared);
  }

  /**
   * Over many hours the number of attacks fits the hourly probability (binomial test), and the
   * zones struck follow the group's advantage there (chi-square goodness of fit): the observers
   * of village B (0.8 soldier-equivalents) far more often than the troop post of village A (40).
   */
  @Test
  void attacksComeAtTheirRateAndFallWhereTheMissionIsWeakRelativeToTheGroup() {
    LiaisonSim sim = started(0.6, 2.4, 0);
    ActorState g = group(sim);
    int hours = 20_000;
    for (int h = 0; h < hours; h++) {
      sim.attacksOnMission().consider(g);
    }
    ZoneState a = sim.world().zones[sim.world().zone("village-a")];
    ZoneState b = sim.world().zones[sim.world().zone("village-b")];
    double advantageA = AttacksOnMission.advantage(40, a.deterrent);
    double advantageB = AttacksOnMission.advantage(40, b.deterrent);
    double perHour = AttacksOnMission.hourlyProbability(sim.parameters(), 0.6, Math.max(advantageA, advantageB));
    double pRate = new BinomialTest().binomialTest(hours, prepared.size(), perHour, AlternativeHypothesis.TWO_SIDED);
    assertTrue(pRate > 0.01, "attacks " + prepared.size() + " in " + hours + " hours at p=" + perHour + ": " + pRate);
    long inA = prepared.stream().filter(e -> e.zone().equals("village-a")).count();
    long inB = prepared.stream().filter(e -> e.zone().equals("village-b")).count();
    assertEquals(prepared.size(), inA + inB);
    assertTrue(inB > 2 * inA, inA + " in A, " + inB + " in B");
    double pZones = new ChiSquareTest().chiSquareTest(new double[] {advantageA, advantageB}, new long[] {inA, inB});
    assertTrue(pZones > 0.01, "zones struck do not follow the advantage: " + pZones);
    assertTrue(prepared.stream().allMatch(e -> e.executeAt() - e.tick() == sim.parameters().missionAttackPreparationHours()),
        "each attack is planned missionAttackPreparationHours ahead");
  }

  @Test
  void theHurtLeaveTheirUnitsInTurnAndTheZoneLosesTheirPresence() {
    LiaisonSim sim = started(1.0, 24, 1.0);
    ActorState g = group(sim);
    int a = sim.world().zone("village-a");
    ZoneState zone = sim.world().zones[a];
    UnitAgent post = sim.world().units[0];
    assertEquals("post-a", post.id);
    strike(sim, g, a);
    EngineEvent.MissionAttacked e = attacks.get(0);
    assertEquals("village-a", e.zone());
    assertEquals(40, e.fighters(), 0);
    assertEquals(40, e.presence(), 0);
    assertEquals(40, e.personnel());
    assertTrue(e.casualties() > 0 && e.casualties() <= 40, "casualties " + e.casualties());
    assertEquals(40 - e.casualties(), post.strength);
    assertEquals(40 - e.casualties(), zone.protection);
    assertEquals(40 - e.casualties(), zone.deterrent, 1e-12);
    assertEquals(1, zone.missionUnits, "a unit with people left stays in the zone");
  }

  @Test
  void theMissionLosesTrustInTheGroupThatAttackedIt() {
    LiaisonSim sim = started(1.0, 24, 0);
    ActorState g = group(sim);
    int m = sim.world().primaryMission();
    double before = sim.trust().expected(m, g.index, sim.tick());
    strike(sim, g, sim.world().zone("village-b"));
    assertTrue(sim.trust().expected(m, g.index, sim.tick()) < before);
  }
  @Test
  void afterAnAttackTheForceReinforcesThePostFromElsewhereUntilItMatchesTheAttackers() {
    LiaisonSim sim = started(1.0, 0, 0);
    ActorState g = group(sim);
    int a = sim.world().zone("village-a");
    int b = sim.world().zone("village-b");
    UnitAgent post = sim.world().units[0];
    strike(sim, g, b);
    assertEquals(40, sim.world().zones[a].deterrent, 1e-12, "nothing moves before the force's turn");
    sim.attacksOnMission().reinforce();
    assertEquals(0, sim.world().zones[a].deterrent, 1e-12, "the post of village A left to reinforce village B");
    assertEquals(b, post.destination());
    for (int h = 0; h < 3; h++) {
      sim.stepTick();
    }
    assertEquals(b, post.zone());
    double presence = sim.world().zones[b].deterrent;
    assertTrue(presence >= 40, "presence " + presence);
    assertTrue(AttacksOnMission.advantage(40, presence) <= 0.5);
    sim.attacksOnMission().reinforce();
    assertEquals(b, post.zone(), "no second attack, no new orders");
    for (int h = 0; h < sim.parameters().responseHoldHours() + 3; h++) {
      sim.stepTick();
    }
    assertEquals(a, post.zone(), "after its hold the post went back to its station");
  }
}
