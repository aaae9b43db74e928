package org.liaison.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.engine.TestScenarios;
import org.liaison.policy.ActionResult;
import org.liaison.policy.Actions;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ScenarioReader;

/** What a rule file is checked for against a scenario, and how a rule policy ranks options and takes actions. */
class RuleChecksAndRankingTest {

  private static List<String> against(String rules, Scenario scenario) throws Exception {
    return RuleFileReader.readText(rules, "r.yaml").checkAgainst(scenario).stream().map(Problem::toString).toList();
  }

  private static Scenario desk() throws Exception {
    return ScenarioReader.read(Path.of(RuleChecksAndRankingTest.class.getResource("/scenarios/desk.yaml").toURI()));
  }

  @Test
  void unknownIntermediariesZonesAndMembersAreReportedWhereTheyStand() throws Exception {
    List<String> p = against("""
        rules:
          - take:
              - {type: MEDIATION, target: elders-a, via: eldrs-b}
              - {type: DEPLOY_UNITS, zone: vilage-a}
              - {type: HOLD_COORDINATION_FORUM, members: [elders-a, nobody]}
        """, TestScenarios.load("two-villages"));
    assertEquals(3, p.size(), p.toString());
    assertEquals("r.yaml:3:45: rules[0].take[0].via: no actor 'eldrs-b' (did you mean 'elders-b'?) "
        + "in scenario two-villages; actors: battalion, elders-a, elders-b, armed-group, relief", p.get(0));
    assertEquals("r.yaml:4:30: rules[0].take[1].zone: no zone 'vilage-a' (did you mean 'village-a'?) "
        + "in scenario two-villages; zones: base, village-a, village-b", p.get(1));
    assertEquals("r.yaml:5:61: rules[0].take[2].members[1]: no actor 'nobody' in scenario two-villages", p.get(2));
  }

  @Test
  void anUnknownOptionAtAKnownPointIsReportedWithTheOptions() throws Exception {
    List<String> p = against("""
        rules:
          - choose: {dp-first-day: escrot, dp-guard: accept}
        """, desk());
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).endsWith("rules[0].choose.dp-first-day: no option 'escrot' (did you mean 'escort'?) at dp-first-day;"
        + " options: alerts, escort, wait"), p.get(0));
  }

  @Test
  void problemsAreSortedByTheirPlaceInTheFile() throws Exception {
    List<String> p = against("""
        rules:
          - choose: {dp-nowhere: x}
            take:
              - {type: SHARE_INFORMATION, target: nobody}
        """, desk());
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("r.yaml:2:"), p.toString());
    assertTrue(p.get(1).startsWith("r.yaml:4:"), p.toString());
  }

  /** A hostile file can name very many actors that do not exist: only the first hundred problems get a hint. */
  @Test
  void onlyTheFirstHundredProblemsGetADidYouMeanHint() throws Exception {
    StringBuilder text = new StringBuilder("rules:\n  - take:\n");
    for (int i = 0; i < 101; i++) {
      text.append("      - {type: SHARE_INFORMATION, target: elders-x}\n");
    }
    List<String> p = against(text.toString(), TestScenarios.load("two-villages"));
    assertEquals(101, p.size());
    assertTrue(p.get(99).contains("(did you mean"), p.get(99));
    assertTrue(!p.get(100).contains("(did you mean"), p.get(100));
  }

  @Test
  void readingAgainstAScenarioReturnsTheRulesOrThrowsEveryProblem(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("good.yaml"), "rules:\n  - take:\n      - {type: SHARE_INFORMATION, target: elders-a}\n");
    RuleFileReader.Read read = RuleFileReader.read(good, "good.yaml", TestScenarios.load("two-villages"));
    assertEquals(1, read.rules().rules().size());
    assertEquals("good.yaml", read.file());
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  - take:\n      - {type: SHARE_INFORMATION, target: elders-c}\n");
    InvalidRuleFileException e = assertThrows(InvalidRuleFileException.class,
        () -> RuleFileReader.read(bad, "bad.yaml", TestScenarios.load("two-villages")));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).toString().startsWith("bad.yaml:3:"), e.problems().toString());
  }

  // ---------------------------------------------------------------- ranking

  private static CoordinationAction action(ActionType type) {
    return new CoordinationAction(type, "x", null, null, List.of(), null, null, null, null);
  }

  private static DecisionOption option(String id, ActionType... types) {
    return new DecisionOption(id, id, null, java.util.Arrays.stream(types).map(RuleChecksAndRankingTest::action).toList());
  }

  private static final DecisionPoint POINT = new DecisionPoint("dp", "A point", null, null, "commander", "Choose.",
      List.of(option("wait"), option("talk", ActionType.MEDIATION),
          option("both", ActionType.ACCEPT_REQUEST, ActionType.SHARE_INFORMATION),
          option("share", ActionType.SHARE_INFORMATION)), "wait");

  private static RulePolicy prefer(String... lists) {
    List<Rule> rules = new ArrayList<>();
    for (String list : lists) {
      rules.add(new Rule(null, null, null, null,
          java.util.Arrays.stream(list.split(",")).map(ActionType::valueOf).toList()));
    }
    return new RulePolicy("ranked", new RuleFile("ranked", null, null, rules));
  }

  @Test
  void theOptionWhoseBestActionRanksHighestWinsAndTheFirstOfEqualRankIsTaken() {
    assertEquals("talk", prefer("MEDIATION,SHARE_INFORMATION").choose(POINT, null).id());
    assertEquals("both", prefer("SHARE_INFORMATION,MEDIATION").choose(POINT, null).id(),
        "an option ranks by its best action; of two options with it, the first");
    assertEquals("both", prefer("DEPLOY_UNITS,ACCEPT_REQUEST,MEDIATION").choose(POINT, null).id(),
        "a type no option takes ranks nothing");
  }

  @Test
  void aPreferenceNoOptionMeetsPassesToTheNextRuleThenTheDefault() {
    assertEquals("talk", prefer("DEPLOY_UNITS", "JOINT_PATROL,MEDIATION").choose(POINT, null).id(),
        "a preference no option meets decides nothing");
    assertEquals("wait", prefer("DEPLOY_UNITS").choose(POINT, null).id(), "then the scenario's default option");
  }

  /** Rules are read every day; a rule marked once takes its actions on the first day it holds only. */
  @Test
  void aRuleMarkedOnceTakesItsActionsOnceAndOthersEveryDay() {
    CoordinationAction share = action(ActionType.SHARE_INFORMATION);
    CoordinationAction talk = action(ActionType.MEDIATION);
    RulePolicy policy = new RulePolicy("daily", new RuleFile("daily", null, null, List.of(
        new Rule(null, true, List.of(share), null, null),
        new Rule(null, false, List.of(talk), null, null))));
    List<ActionType> taken = new ArrayList<>();
    Actions sink = new Actions() {
      @Override
      public ActionResult take(CoordinationAction a) {
        taken.add(a.type());
        return null;
      }

      @Override
      public String wouldRefuse(CoordinationAction a) {
        return null;
      }
    };
    policy.daily(null, sink);
    policy.daily(null, sink);
    policy.daily(null, sink);
    assertEquals(List.of(ActionType.SHARE_INFORMATION, ActionType.MEDIATION, ActionType.MEDIATION, ActionType.MEDIATION),
        taken);
  }
}
