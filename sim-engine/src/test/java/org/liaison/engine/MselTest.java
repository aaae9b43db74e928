package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.liaison.events.EngineEvent;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.scenario.Scenario;
import org.junit.jupiter.api.Test;

class MselTest {
  private static ObjectNode inject(ObjectNode tree, int number, String type) {
    ObjectNode inject = tree.withArray("msel").addObject();
    inject.put("number", number);
    inject.put("type", type);
    inject.put("from", "control");
    inject.putArray("to").add("commander");
    inject.put("message", "test " + number);
    return inject;
  }

  @Test
  void aTimedInjectFiresAtItsTickExactlyOnce() {
    Runs.Recorded r = Runs.run(TestScenarios.load("two-villages"), 1);
    List<EngineEvent.InjectFired> fired = r.of(EngineEvent.InjectFired.class);
    assertEquals(1, fired.size());
    assertEquals(6, fired.get(0).tick());
    assertEquals(1, fired.get(0).number());
  }

  @Test
  void aContingencyInjectFiresTheFirstTimeItsConditionHoldsAndAppliesItsEffects() {
    Scenario s = TestScenarios.load("two-villages", t -> {
      ObjectNode c = inject(t, 7, "CONTINGENCY");
      c.put("condition", "attacksPrepared >= 1 and day >= 2");
      ObjectNode effect = c.putArray("effects").addObject();
      effect.put("kind", "DISPLACEMENT");
      effect.put("zone", "village-a");
      effect.put("amount", 123);
    });
    Runs.Recorded r = Runs.run(s, 3);
    List<EngineEvent.InjectFired> fired = r.of(EngineEvent.InjectFired.class).stream()
        .filter(f -> f.number() == 7).toList();
    assertEquals(1, fired.size());
    long at = fired.get(0).tick();
    assertTrue(at >= 24, "fired on day 1 at " + at);
    long firstPrepared = r.of(EngineEvent.AttackPrepared.class).get(0).tick();
    assertTrue(at > firstPrepared, "fired before any attack was prepared");
    assertTrue(r.of(EngineEvent.Displacement.class).stream()
        .anyMatch(d -> d.tick() == at && d.people() == 123 && d.zone().equals("village-a")));
  }

  @Test
  void aPrepareAttackEffectStartsAnAttackOnTheZone() {
    Scenario s = TestScenarios.load("two-villages", t -> {
      ObjectNode c = inject(t, 8, "INJECT");
      c.putObject("at").put("day", 1).put("hour", 2);
      ObjectNode effect = c.putArray("effects").addObject();
      effect.put("kind", "PREPARE_ATTACK");
      effect.put("zone", "village-a");
      effect.put("actor", "armed-group");
    });
    Runs.Recorded r = Runs.run(s, 5);
    assertTrue(r.of(EngineEvent.AttackPrepared.class).stream()
        .anyMatch(a -> a.tick() == 2 && a.zone().equals("village-a")));
  }

  @Test
  void aDecisionPointIsAnsweredOnceAndItsActionsTakenThroughTheExecutor() {
    Scenario s = TestScenarios.load("two-villages", t -> {
      ObjectNode dp = t.withArray("decisionPoints").addObject();
      dp.put("id", "alert");
      dp.put("title", "Alert network?");
      dp.putObject("at").put("day", 1).put("hour", 3);
      dp.put("role", "commander");
      dp.put("dilemma", "Talk to the armed group?");
      dp.put("default", "wait");
      var options = dp.putArray("options");
      options.addObject().put("id", "wait").put("label", "Wait");
      ObjectNode act = options.addObject().put("id", "talk").put("label", "Talk");
      act.putArray("actions").addObject().put("type", "MEDIATION").put("target", "armed-group");
      // Room for the dilemma after the doctrine's own first day (two networks and a forum, 32 h).
      t.putObject("coordination").put("staffHoursPerDay", 60);
    });
    Runs.Recorded none = Runs.run(s, 1);
    assertEquals("wait", none.of(EngineEvent.DecisionTaken.class).get(0).option());
    Runs.Recorded doctrine = Runs.run(s, 1, new DoctrinePolicy());
    List<EngineEvent.DecisionTaken> taken = doctrine.of(EngineEvent.DecisionTaken.class);
    assertEquals(1, taken.size());
    assertEquals("talk", taken.get(0).option());
    assertTrue(doctrine.of(EngineEvent.ActionTaken.class).stream().anyMatch(a -> a.action().equals("MEDIATION")));
  }
}
