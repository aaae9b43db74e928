package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunSpec;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Scenario;

class RandomPolicyTest {
  private record Run(List<EngineEvent> events, List<DecisionLog.Entry> decisions) {}

  private static Run run(Scenario s, long seed, DecisionMaker policy) {
    List<EngineEvent> events = new ArrayList<>();
    List<DecisionLog.Entry> decisions = new ArrayList<>();
    RunListener recorder = new RunListener() {
      @Override
      public void on(EngineEvent e) {
        events.add(e);
      }

      @Override
      public void decided(DecisionLog.Entry e) {
        decisions.add(e);
      }
    };
    HeadlessRun.run(new RunSpec(s, seed, "none", null), policy, List.of(recorder), t -> { });
    return new Run(events, decisions);
  }

  @Test
  void theSameSeedGivesTheSameRandomDecisions() {
    Scenario s = TestScenarios.load("two-villages");
    assertEquals(run(s, 3, new RandomPolicy()).events(), run(s, 3, new RandomPolicy()).events());
  }

  @Test
  void itTakesActionsAndTheyDifferBetweenSeeds() {
    Scenario s = TestScenarios.load("two-villages");
    Run a = run(s, 3, new RandomPolicy());
    Run b = run(s, 4, new RandomPolicy());
    assertTrue(a.decisions().stream().anyMatch(DecisionLog.Entry::taken));
    assertNotEquals(a.decisions().stream().map(DecisionLog.Entry::action).toList(),
        b.decisions().stream().map(DecisionLog.Entry::action).toList());
  }

  @Test
  void itsDrawsNeverComeFromTheModelsStream() {
    // The replay of its decisions makes no draws at all; if the policy drew from the model's
    // stream, the model's own draws would differ between the two runs.
    Scenario s = TestScenarios.load("two-villages");
    Run random = run(s, 5, new RandomPolicy());
    DecisionLog log = new DecisionLog(new DecisionLog.Header("two-villages", 5, "random", s.metadata().durationDays()), random.decisions());
    assertEquals(random.events(), run(s, 5, new ReplayDecisions(log)).events());
  }

  @Test
  void itsStreamSeedIsDerivedFromTheRunSeedButIsNotIt() {
    assertNotEquals(7L, RandomPolicy.streamSeed(7));
    assertNotEquals(RandomPolicy.streamSeed(7), RandomPolicy.streamSeed(8));
    assertNotEquals(RandomPolicy.streamSeed(7), RandomPolicy.streamSeed(7L ^ (1L << 40)),
        "the high half of the run seed matters");
  }

  @Test
  void policiesAreFoundByName() {
    assertEquals("random", Policies.byName("random").name());
    assertEquals("doctrine", Policies.byName("doctrine").name());
    assertEquals("none", Policies.byName("none").name());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Policies.byName("greedy"));
    assertTrue(e.getMessage().contains("none, doctrine, random, rules:FILE, replay:FILE"), e.getMessage());
  }
}
