package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.events.EngineEvent;
import org.liaison.policy.ActionResult;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/** Replies to the mission's messages, and the actions each role may take at the desk. */
class RepliesAndRolesTest {
  private static final CoordinationAction REPLY_MAYOR = CoordinationAction.on(ActionType.REPLY, "mayor");

  @Test
  void aReplyAnswersAMessageOverAChannelAndCountsAsContactWhenItArrives() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(3, 4, events);
    assertEquals("Mayor of village A has sent the mission nothing to answer", ex.check("commander", REPLY_MAYOR).text());
    while (ex.completed() < 27) {
      if (ex.advance((int) (27 - ex.completed()), false) == Exercise.Stop.DECISION) {
        ex.pendingDecisions().forEach(p -> ex.choose(p.role(), p.id(), p.defaultOption()));
      }
    }
    assertTrue(ex.check("commander", REPLY_MAYOR).code() == org.liaison.policy.Refusal.Code.NO_CHANNEL, "the mayor's two requests arrived by inject");
    assertTrue(ex.take("commander", new CoordinationAction(ActionType.OPEN_CHANNEL, "mayor", null, null, null,
        Medium.RADIO, null, null, null)).taken());
    assertTrue(ex.take("commander", REPLY_MAYOR).taken());
    assertTrue(ex.take("civil-affairs", REPLY_MAYOR).taken());
    ActionResult third = ex.take("commander", REPLY_MAYOR);
    assertFalse(third.taken(), "two messages, two answers");
    ExerciseTest.finish(ex);
    List<EngineEvent.MessageSent> sent = Desk.of(events, EngineEvent.MessageSent.class).stream()
        .filter(m -> m.kind().equals("REPLY")).toList();
    assertEquals(2, sent.size());
    assertTrue(sent.stream().allMatch(m -> m.from().equals("battalion") && m.to().equals("mayor")
        && m.channel().equals("open-battalion-mayor-radio")));
    long understood = Desk.of(events, EngineEvent.MessageDelivered.class).stream().filter(m -> m.kind().equals("REPLY")).count()
        - Desk.of(events, EngineEvent.MessageMisunderstood.class).stream().filter(m -> m.kind().equals("REPLY")).count();
    long contact = Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .filter(e -> e.reason().equals("answered by the mission") && e.from().equals("mayor")).count();
    assertEquals(understood, contact, "each reply understood is contact, and nothing else is");
  }

  @Test
  void aRoleTakesOnlyTheActionsItsScenarioGivesIt(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(Desk.class.getResource("/scenarios/desk.yaml").toURI()));
    String limited = text.replace("      title: Civil affairs officer\n",
        "      title: Civil affairs officer\n      actions: [ASSIGN_LIAISON_OFFICER, SET_UP_ALERT_NETWORK, HOLD_COORDINATION_FORUM]\n");
    Path file = dir.resolve("desk.yaml");
    Files.writeString(file, limited);
    Scenario s = ScenarioReader.read(file);
    Exercise ex = new Exercise(s, 1, 2, List.of());
    CoordinationAction patrol = new CoordinationAction(ActionType.DEPLOY_UNITS, null, null, s.map().zones().get(1).id(), null, null, null, null, 1);
    ActionResult refused = ex.take("civil-affairs", patrol);
    assertFalse(refused.taken());
    assertEquals("the Civil affairs officer does not order DEPLOY_UNITS (not among the role's actions)", refused.reason());
    DecisionLog.Entry logged = ex.decisionLog().entries().get(ex.decisionLog().entries().size() - 1);
    assertFalse(logged.taken(), "the refusal is in the decision log");
    assertTrue(ex.take("commander", patrol).taken(), "the commander's role has no list: every action of an armed mission");
    List<ActionType> offered = ex.availableActions("civil-affairs").stream().map(AvailableAction::type).toList();
    assertEquals(List.of(ActionType.ASSIGN_LIAISON_OFFICER, ActionType.SET_UP_ALERT_NETWORK,
        ActionType.HOLD_COORDINATION_FORUM, ActionType.END_ARRANGEMENT, ActionType.REPLY), offered);
    assertTrue(ex.take("civil-affairs", CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "mayor")).taken());
  }

  @Test
  void rolesAskedTogetherGetEachTheirOwnActionsAndTheArrangementsTheyMayEnd(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(Desk.class.getResource("/scenarios/desk.yaml").toURI()));
    Path file = dir.resolve("desk.yaml");
    Files.writeString(file, text.replace("      title: Civil affairs officer\n",
        "      title: Civil affairs officer\n      actions: [ASSIGN_LIAISON_OFFICER, SET_UP_ALERT_NETWORK]\n"));
    Exercise ex = new Exercise(ScenarioReader.read(file), 1, 2, List.of());
    CoordinationAction officer = CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "mayor");
    assertTrue(ex.take("commander", officer).taken());

    Map<String, List<AvailableAction>> together = ex.availableActions(List.of("civil-affairs", "commander"));
    assertEquals(List.of("civil-affairs", "commander"), List.copyOf(together.keySet()));
    assertEquals(ex.availableActions("commander"), together.get("commander"));
    assertEquals(ex.availableActions("civil-affairs"), together.get("civil-affairs"));
    assertEquals(List.of(ActionType.ASSIGN_LIAISON_OFFICER, ActionType.SET_UP_ALERT_NETWORK,
        ActionType.END_ARRANGEMENT, ActionType.REPLY), together.get("civil-affairs").stream()
        .map(AvailableAction::type).toList(), "a role's list is cut to its own actions");
    assertTrue(together.get("commander").size() > together.get("civil-affairs").size());

    AvailableAction commanderEnds = type(together.get("commander"), ActionType.END_ARRANGEMENT);
    AvailableAction affairsEnds = type(together.get("civil-affairs"), ActionType.END_ARRANGEMENT);
    assertEquals(List.of(CoordinationAction.ending(officer)), commanderEnds.candidates(),
        "the role that made the arrangement may end it");
    assertTrue(affairsEnds.candidates().isEmpty());
    assertEquals("ASSIGN_LIAISON_OFFICER with Mayor of village A was made by Force commander; only that role can end it",
        affairsEnds.reason());
    assertEquals(type(together.get("commander"), ActionType.SET_UP_ALERT_NETWORK),
        type(together.get("civil-affairs"), ActionType.SET_UP_ALERT_NETWORK), "what no role changes is the same");
  }

  private static AvailableAction type(List<AvailableAction> actions, ActionType type) {
    return actions.stream().filter(a -> a.type() == type).findFirst().orElseThrow();
  }
}
