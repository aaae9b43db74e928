package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Scenario;
import org.junit.jupiter.api.Test;

class EarlyWarningTest {
  private static Scenario withAlertChannels(double trust) {
    return TestScenarios.load("two-villages", t -> {
      for (String community : new String[] {"elders-a", "elders-b"}) {
        ObjectNode c = t.withArray("channels").addObject();
        c.put("id", "alert-" + community);
        c.put("from", community);
        c.put("to", "battalion");
        c.put("medium", "MOBILE");
      }
      for (JsonNode prior : t.withArray("trust")) {
        if (prior.get("to").asText().equals("battalion")) {
          ((ObjectNode) prior).put("value", trust);
        }
      }
    });
  }

  private static long warningsSent(Runs.Recorded r) {
    return r.of(EngineEvent.MessageSent.class).stream().filter(m -> m.kind().equals("EARLY_WARNING")).count();
  }

  @Test
  void theWillingnessToWarnIsGradedInTrustAndHalfAtTheThreshold() {
    Scenario s = withAlertChannels(0.7);
    LiaisonSim sim = new LiaisonSim(s, 1, new org.liaison.policy.NoCoordination(), new org.liaison.events.EventBus());
    sim.start();
    int community = sim.world().actor("elders-a");
    int mission = sim.world().actor("battalion");
    double slope = s.parameters().warningTrustSlope();
    double threshold = s.parameters().warningTrustThreshold();
    double expected = 1 / (1 + Math.exp(-slope * (sim.trust().expected(community, mission, 0) - threshold)));
    assertEquals(expected, sim.warnings().willingness(community, mission), 1e-12);
    sim.world().actors[community].warningsIgnored = 3;
    double afterIgnored = sim.warnings().willingness(community, mission);
    double memory = -3.0 / 4.0;
    assertEquals(1 / (1 + Math.exp(-slope * (sim.trust().expected(community, mission, 0) - threshold)
        - s.parameters().warningMemoryWeight() * memory)), afterIgnored, 1e-12);
    sim.world().actors[community].fear = 0.5;
    assertEquals(afterIgnored * 0.5, sim.warnings().willingness(community, mission), 1e-12);
  }

  @Test
  void aTrustedCommunityWithAChannelWarnsAndTheMissionResponds() {
    Runs.Recorded r = Runs.run(withAlertChannels(0.8), 1);
    assertTrue(warningsSent(r) > 0);
    List<EngineEvent.AttackWarned> warned = r.of(EngineEvent.AttackWarned.class);
    assertFalse(warned.isEmpty());
    long attack = warned.get(0).attack();
    assertTrue(r.of(EngineEvent.ResponseDispatched.class).stream().anyMatch(d -> d.attack() == attack));
  }

  @Test
  void aRunCanBeShorterThanTheScenario() {
    Runs.Recorded r = Runs.run(TestScenarios.load("two-villages"), 1);
    assertEquals(8 * 24, r.of(EngineEvent.TickEnded.class).size());
    RunResult shorter = HeadlessRun.run(new RunSpec(TestScenarios.load("two-villages"), 1, "none", 2), List.of());
    assertEquals(48, shorter.ticks());
  }

  @Test
  void aCommunityWithoutAChannelToTheMissionWarnsThroughATrustedIntermediary() {
    Scenario s = TestScenarios.load("two-villages", t -> {
      var channels = t.withArray("channels");
      for (String community : new String[] {"elders-a", "elders-b"}) {
        channels.addObject().put("id", "ngo-" + community).put("from", community).put("to", "relief")
            .put("medium", "MOBILE");
        t.withArray("trust").addObject().put("from", community).put("to", "relief").put("value", 0.9)
            .put("confidence", 10);
      }
      channels.addObject().put("id", "ngo-mission").put("from", "relief").put("to", "battalion")
          .put("medium", "SATELLITE");
      t.withArray("trust").addObject().put("from", "relief").put("to", "battalion").put("value", 0.9)
          .put("confidence", 10);
    });
    Runs.Recorded r = Runs.run(s, 2);
    assertTrue(r.of(EngineEvent.MessageSent.class).stream()
        .anyMatch(m -> m.kind().equals("EARLY_WARNING") && m.to().equals("relief")));
    assertTrue(r.of(EngineEvent.AttackWarned.class).stream().anyMatch(w -> w.warner().equals("relief")));
  }

  @Test
  void anAgencyThatSharesNoIntelligenceDoesNotRelayWarningsToTheForce() {
    Scenario s = TestScenarios.load("two-villages", t -> {
      var channels = t.withArray("channels");
      for (String community : new String[] {"elders-a", "elders-b"}) {
        channels.addObject().put("id", "ngo-" + community).put("from", community).put("to", "relief")
            .put("medium", "MOBILE");
        t.withArray("trust").addObject().put("from", community).put("to", "relief").put("value", 0.9)
            .put("confidence", 10);
      }
      channels.addObject().put("id", "ngo-mission").put("from", "relief").put("to", "battalion")
          .put("medium", "SATELLITE");
      t.withArray("trust").addObject().put("from", "relief").put("to", "battalion").put("value", 0.9)
          .put("confidence", 10);
      ((ObjectNode) TestScenarios.actor(t, "relief")).putArray("principles").add("NO_INTELLIGENCE_SHARING");
    });
    Runs.Recorded r = Runs.run(s, 2);
    assertTrue(r.of(EngineEvent.MessageSent.class).stream()
        .anyMatch(m -> m.kind().equals("EARLY_WARNING") && m.to().equals("relief")));
    assertTrue(r.of(EngineEvent.MessageSent.class).stream()
        .noneMatch(m -> m.kind().equals("EARLY_WARNING") && m.from().equals("relief")));
  }

  @Test
  void respondersGoBackToTheirStationAfterTheAttackTheyCameForHasEnded() {
    // a zone attacked again keeps its responders, so look for a run where one comes back
    boolean back = false;
    for (long seed = 1; seed <= 20 && !back; seed++) {
      Runs.Recorded r = Runs.run(withAlertChannels(0.8), seed);
      EngineEvent.ResponseArrived arrival = r.of(EngineEvent.ResponseArrived.class).stream()
          .filter(a -> a.attack() >= 0).findFirst().orElseThrow();
      back = r.of(EngineEvent.ResponseArrived.class).stream()
          .anyMatch(a -> a.unit().equals(arrival.unit()) && a.attack() < 0 && a.zone().equals("base")
              && a.tick() > arrival.tick());
    }
    assertTrue(back, "in 20 runs no responder returned to base after its attack");
  }
}
