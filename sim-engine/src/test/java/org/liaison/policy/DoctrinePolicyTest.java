package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.liaison.engine.Runs;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Scenario;
import org.junit.jupiter.api.Test;

class DoctrinePolicyTest {
  private static List<EngineEvent.ActionTaken> actions(Scenario s) {
    return Runs.run(s, 1, new DoctrinePolicy()).of(EngineEvent.ActionTaken.class);
  }

  @Test
  void onDayOneItLinksTheThreatenedCommunitiesMarginalisedFirst() {
    // A budget large enough for both alert networks to stay within the standing cap (72 * 0.6 - 12 = 31.2).
    List<EngineEvent.ActionTaken> taken = actions(TestScenarios.load("two-villages",
        t -> t.putObject("coordination").put("staffHoursPerDay", 72)));
    List<String> alerts = taken.stream().filter(a -> a.tick() < 24 && a.action().equals("SET_UP_ALERT_NETWORK"))
        .map(EngineEvent.ActionTaken::target).toList();
    assertEquals(List.of("elders-b", "elders-a"), alerts);
  }

  @Test
  void itKeepsItsStandingCommitmentsWithinItsShareLessItsRoutine() {
    List<EngineEvent.ActionTaken> taken = actions(TestScenarios.load("two-villages"));
    double standing = taken.stream().filter(a -> a.source().equals("policy")
        && org.liaison.scenario.ActionType.valueOf(a.action()).standing()).mapToDouble(EngineEvent.ActionTaken::cost).sum();
    assertTrue(standing <= 40 * 0.6 - 12 / 7.0 + 1e-9, "standing " + standing);
    assertTrue(standing > 0);
  }

  @Test
  void itNeverSpendsMoreOnItsOwnInitiativeThanItsShareOfTheDaysBudgetAndOneForum() {
    List<EngineEvent.ActionTaken> taken = actions(TestScenarios.load("two-villages"));
    double[] byDay = new double[8];
    for (EngineEvent.ActionTaken a : taken) {
      if (a.source().equals("policy")) {
        byDay[(int) (a.tick() / 24)] += a.cost();
      }
    }
    for (double spent : byDay) {
      assertTrue(spent <= 40 * 0.6 + 12 + 1e-9, "spent " + spent);
    }
  }

  @Test
  void itDeclinesARequestOutsideTheMandateAndNeverPartnersALowComplianceGroup() {
    Scenario s = TestScenarios.load("two-villages", t -> {
      ObjectNode inject = t.withArray("msel").addObject();
      inject.put("number", 5);
      inject.put("type", "INJECT");
      inject.putObject("at").put("day", 2).put("hour", 5);
      inject.put("from", "relief");
      inject.putArray("to").add("commander");
      inject.put("message", "Please distribute food with your troops.");
      inject.putArray("effects").addObject().put("kind", "REQUEST").put("actor", "relief").put("task", "DELIVER_AID");
    });
    List<EngineEvent.ActionTaken> taken = actions(s);
    assertTrue(taken.stream().anyMatch(a -> a.action().equals("DECLINE_REQUEST") && a.target().equals("relief")));
    assertFalse(taken.stream().anyMatch(a -> a.action().equals("ACCEPT_REQUEST") || a.action().equals("PARTNER_WITH")));
  }

  @Test
  void itHoldsADialogueWithTheHostileFactionWhenTheMandateAllowsMediation() {
    Scenario without = TestScenarios.load("two-villages");
    Scenario with = TestScenarios.load("two-villages", t -> ((ObjectNode) TestScenarios.actor(t, "battalion")
        .get("mandate")).withArray("tasks").add("MEDIATE"));
    assertFalse(actions(without).stream().anyMatch(a -> a.action().equals("MEDIATION")));
    assertTrue(actions(with).stream().anyMatch(a -> a.action().equals("MEDIATION") && a.target().equals("armed-group")));
  }

  @Test
  void atADecisionPointAnOptionWhoseActionsAreAlreadyInPlaceCountsForNothing() {
    Scenario s = TestScenarios.load("two-villages", t -> {
      ObjectNode dp = t.withArray("decisionPoints").addObject();
      dp.put("id", "phones");
      dp.put("title", "Phones?");
      dp.putObject("at").put("day", 1).put("hour", 3);
      dp.put("role", "commander");
      dp.put("dilemma", "Hand out phones?");
      dp.put("default", "wait");
      var options = dp.putArray("options");
      options.addObject().put("id", "wait").put("label", "Wait");
      options.addObject().put("id", "phones").put("label", "Phones").putArray("actions").addObject()
          .put("type", "SET_UP_ALERT_NETWORK").put("target", "elders-a");
    });
    Runs.Recorded r = Runs.run(s, 1, new DoctrinePolicy());
    assertEquals("wait", r.of(EngineEvent.DecisionTaken.class).get(0).option());
  }

  @Test
  void inARunItKeepsAThreatenedCommunityReachableThroughAPhoneOutageWithoutUsingThePhones() {
    Scenario s = TestScenarios.load("two-villages", t -> {
      ObjectNode inject = t.withArray("msel").addObject();
      inject.put("number", 5);
      inject.put("type", "INJECT");
      inject.putObject("at").put("day", 1).put("hour", 1);
      inject.put("from", "control");
      inject.putArray("to").add("commander");
      inject.put("message", "The mast at village B is down.");
      ObjectNode outage = inject.putArray("effects").addObject().put("kind", "MEDIUM_DOWN").put("medium", "MOBILE")
          .put("hours", 96);
      outage.putArray("zones").add("village-b");
    });
    List<EngineEvent.ActionTaken> taken = actions(s).stream().filter(a -> a.source().equals("policy")).toList();
    assertTrue(taken.stream().anyMatch(a -> a.tick() == 24 && a.action().equals("ASSIGN_LIAISON_OFFICER")
        && a.target().equals("elders-b")), "the morning after the mast fell, an officer goes to village B: " + taken);
    assertFalse(taken.stream().anyMatch(a -> a.tick() >= 24 && a.tick() < 120 && a.action().equals("OPEN_CHANNEL")
        && "MOBILE".equals(a.detail())), "no line over the dead phones");
    List<EngineEvent.ArrangementEnded> ended = Runs.run(s, 1, new DoctrinePolicy()).of(EngineEvent.ArrangementEnded.class);
    assertTrue(ended.stream().anyMatch(e -> e.arrangement().equals("ASSIGN_LIAISON_OFFICER") && e.target().equals("elders-b")
        && e.tick() >= 97 && e.tick() <= 120), "withdrawn at the first review after the phones are back: " + ended);
  }

  @Test
  void inARunItSendsAUnitForwardOnlyOnceWarningsOrAttacksHaveComeIn() {
    Runs.Recorded r = Runs.run(TestScenarios.load("two-villages"), 3, new DoctrinePolicy());
    List<EngineEvent.ActionTaken> deployed = r.of(EngineEvent.ActionTaken.class).stream()
        .filter(a -> a.source().equals("policy") && a.action().equals("DEPLOY_UNITS")).toList();
    for (EngineEvent.ActionTaken d : deployed) {
      long known = r.of(EngineEvent.AttackWarned.class).stream().filter(w -> w.tick() < d.tick()).count()
          + r.of(EngineEvent.AttackExecuted.class).stream().filter(e -> e.tick() < d.tick() && e.zone().equals(d.zone())).count()
          + r.of(EngineEvent.AttackDetected.class).stream().filter(e -> e.tick() < d.tick() && e.zone().equals(d.zone())).count();
      assertTrue(known > 0, "a unit went to " + d.zone() + " on day " + (d.tick() / 24 + 1) + " before anything was known");
    }
  }
}
