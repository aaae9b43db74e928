package org.liaison.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.engine.Runs;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.Policies;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ScenarioReader;

class RuleFileTest {
  private static List<String> problems(String text) {
    InvalidRuleFileException e = assertThrows(InvalidRuleFileException.class, () -> RuleFileReader.readText(text, "r.yaml"));
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static RulePolicy policy(String text) throws Exception {
    RuleFileReader.Read read = RuleFileReader.readText(text, "r.yaml");
    return new RulePolicy(Policies.rulesName(read), read.rules());
  }

  @Test
  void anUnknownKeyIsReportedWithFileLineAndColumnAndTheValidKeys() {
    List<String> p = problems("""
        rules:
          - when: "day >= 1"
            takes:
              - {type: SHARE_INFORMATION, target: elders-a}
        """);
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("r.yaml:3:5: rules[0]"), p.get(0));
    assertTrue(p.get(0).contains("take"), p.get(0));
  }

  @Test
  void aConditionThatDoesNotParseIsReportedAtItsLine() {
    List<String> p = problems("""
        name: broken
        rules:
          - when: "warningCoverage <"
            prefer: [MEDIATION]
          - when: "trustInTheMission > 0.5"
            prefer: [MEDIATION]
        """);
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("r.yaml:3:5: rules[0].when: condition does not parse"), p.get(0));
    assertTrue(p.get(1).startsWith("r.yaml:5:5: rules[1].when: unknown name 'trustInTheMission'"), p.get(1));
  }

  @Test
  void anUnknownActionTypeSuggestsTheNearestOne() {
    List<String> p = problems("""
        rules:
          - take:
              - {type: SHARE_INFORMATON, target: elders-a}
        """);
    assertTrue(p.get(0).startsWith("r.yaml:3:10: rules[0].take[0].type"), p.get(0));
    assertTrue(p.get(0).contains("SHARE_INFORMATION"), p.get(0));
  }

  @Test
  void aRuleThatDoesNothingAndAnActionWithoutItsArgumentsAreReported() {
    List<String> p = problems("""
        rules:
          - when: "day == 1"
          - take:
              - {type: SHARE_INFORMATION}
        """);
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).contains("a rule does nothing"), p.get(0));
    assertTrue(p.get(1).startsWith("r.yaml:4:9: rules[1].take[0]: SHARE_INFORMATION needs target"), p.get(1));
  }

  @Test
  void rulesNamingWhatTheScenarioDoesNotHaveAreReportedAgainstIt() throws Exception {
    RuleFileReader.Read read = RuleFileReader.readText("""
        rules:
          - take:
              - {type: SHARE_INFORMATION, target: elders-c}
            choose: {dp-nowhere: x}
        """, "r.yaml");
    List<String> p = read.checkAgainst(TestScenarios.load("two-villages")).stream().map(Problem::toString).toList();
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("r.yaml:3:35: rules[0].take[0].target: no actor 'elders-c'"), p.get(0));
    assertTrue(p.get(1).startsWith("r.yaml:4:14: rules[0].choose.dp-nowhere: no decision point"), p.get(1));
  }

  @Test
  void aRuleTakesItsActionsOnTheDaysItsConditionHolds() throws Exception {
    RulePolicy rules = policy("""
        name: alerts-on-day-two
        rules:
          - when: "day == 2"
            take:
              - {type: SET_UP_ALERT_NETWORK, target: elders-a}
        """);
    assertEquals("rules-alerts-on-day-two", rules.name());
    List<EngineEvent.ActionTaken> taken = Runs.run(TestScenarios.load("two-villages"), 1, rules).of(EngineEvent.ActionTaken.class);
    assertEquals(1, taken.size());
    assertEquals(24, taken.get(0).tick());
    assertEquals("elders-a", taken.get(0).target());
  }

  @Test
  void chooseDecidesAtThePointAndPreferDecidesByActionType() throws Exception {
    Scenario s = desk();
    RulePolicy chooser = policy("""
        rules:
          - choose: {dp-first-day: escort}
          - prefer: [ACCEPT_REQUEST]
        """);
    List<EngineEvent.DecisionTaken> d = Runs.run(s, 1, chooser).of(EngineEvent.DecisionTaken.class);
    assertEquals("escort", d.get(0).option());
    assertEquals("accept", d.get(1).option(), "the preference picks the option that accepts");
    RulePolicy fallback = policy("""
        fallback: NONE
        rules:
          - when: "day > 5"
            choose: {dp-first-day: escort}
        """);
    assertEquals("wait", Runs.run(s, 1, fallback).of(EngineEvent.DecisionTaken.class).get(0).option());
  }

  @Test
  void theShippedExampleRuleFileValidatesAgainstItsScenarioAndRuns() throws Exception {
    Path file = Path.of("..", "scenarios", "policies", "community-first-somalia.yaml");
    Scenario somalia = ScenarioReader.read(Path.of("..", "scenarios", "somalia-lower-shabelle.yaml"));
    RuleFileReader.read(file, file.toString(), somalia);
    DecisionMaker rules = Policies.byName("rules:" + file);
    assertEquals("rules-community-first", rules.name());
    Runs.Recorded r = Runs.run(somalia, 1, rules);
    assertTrue(r.of(EngineEvent.ActionTaken.class).stream().anyMatch(a -> a.target() != null && a.target().equals("idp-committee")));
    assertEquals("community-first", r.of(EngineEvent.DecisionTaken.class).get(0).option());
  }

  private static Scenario desk() throws Exception {
    return ScenarioReader.read(Path.of(RuleFileTest.class.getResource("/scenarios/desk.yaml").toURI()));
  }
}
