package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.liaison.events.EngineEvent;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.DoctrinePolicy;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/**
 * Every shipped scenario runs to its last hour under both policies, with attacks, messages and a
 * score to show for it, and doctrine acts where no coordination does not. Whether doctrine scores
 * higher is a statistical question over many seeds, answered in ShippedScenariosDoctrineTest.
 */
class ShippedScenarioRunsTest {
  private static List<Path> shipped() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyShippedScenarioRunsToItsEndWithEventsAndAFiniteScore() throws Exception {
    List<Path> files = shipped();
    assertTrue(files.size() >= 3, "shipped scenarios not found: " + files);
    for (Path file : files) {
      Scenario s = ScenarioReader.read(file);
      for (long seed = 1; seed <= 3; seed++) {
        Runs.Recorded none = checkedRun(file, s, seed, new NoCoordination());
        Runs.Recorded doctrine = checkedRun(file, s, seed, new DoctrinePolicy());
        assertFalse(doctrine.of(EngineEvent.ActionTaken.class).stream().filter(a -> a.source().equals("policy")).toList().isEmpty(),
            file + " seed " + seed + ": doctrine took no coordination action");
        assertTrue(none.of(EngineEvent.ActionTaken.class).stream().noneMatch(a -> a.source().equals("policy")),
            file + " seed " + seed + ": no coordination took a coordination action of its own");
      }
    }
  }

  /**
   * The shipped cases use the mechanisms their situations call for: in Somalia the insurgency
   * retaliates against informants it exposes, the national army patrols and abuses, and Bakaal's
   * guards watch UNFA's site; in CAR the self-defence groups attack and people who flee reach the
   * Sainte-Thérèse site. Checked over ten fixed seeds under no coordination and the doctrine.
   */
  @Test
  void theShippedCasesUseTheMechanismsTheirSituationsCallFor() throws Exception {
    List<EngineEvent> somalia = events("somalia-lower-shabelle.yaml");
    assertTrue(somalia.stream().anyMatch(e -> e instanceof EngineEvent.InformantTargeted t && t.faction().equals("fajr")));
    assertTrue(somalia.stream().anyMatch(e -> e instanceof EngineEvent.PatrolStarted p && p.unit().startsWith("army-")));
    assertTrue(somalia.stream().anyMatch(e -> e instanceof EngineEvent.Abuse a && a.actor().equals("national-army")));
    assertTrue(somalia.stream().anyMatch(e -> e instanceof EngineEvent.AttackDetected d && d.observer().equals("bakaal-security")));
    List<EngineEvent> car = events("car-bangui-periphery.yaml");
    assertTrue(car.stream().anyMatch(e -> e instanceof EngineEvent.AttackExecuted a && a.faction().equals("self-defence")));
    assertTrue(car.stream().anyMatch(e -> e instanceof EngineEvent.Sheltered h && h.camp().equals("idp-site")));
  }

  private static List<EngineEvent> events(String file) throws Exception {
    Scenario s = ScenarioReader.read(Path.of("..", "scenarios", file));
    List<EngineEvent> all = new java.util.ArrayList<>();
    for (long seed = 1; seed <= 10; seed++) {
      all.addAll(Runs.run(s, seed, new NoCoordination()).events());
      all.addAll(Runs.run(s, seed, new DoctrinePolicy()).events());
    }
    return all;
  }

  private static Runs.Recorded checkedRun(Path file, Scenario s, long seed, DecisionMaker policy) {
    Runs.Recorded r = Runs.run(s, seed, policy);
    String what = file + " seed " + seed + " " + policy.name();
    List<EngineEvent.TickEnded> ticks = r.of(EngineEvent.TickEnded.class);
    assertEquals(s.durationHours(), ticks.size(), what + ": hours run");
    assertEquals(s.durationHours() - 1, ticks.get(ticks.size() - 1).tick(), what + ": last hour");
    assertFalse(r.of(EngineEvent.AttackPrepared.class).isEmpty(), what + ": no attack prepared");
    assertFalse(r.of(EngineEvent.MessageSent.class).isEmpty(), what + ": no message sent");
    double score = r.result().score();
    assertTrue(Double.isFinite(score) && score >= 0 && score <= 100, what + ": score " + score);
    return r;
  }
}
