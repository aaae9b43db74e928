package org.liaison.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.engine.Runs;
import org.liaison.events.EngineEvent;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.Scenario;

/**
 * Pattern check on the shipped scenarios: groups more hostile to the mission attack it more often,
 * so whatever raises their hostility (association with their rivals, interception, harm) has a
 * cost in the mission's own people. Each armed group's hostility is raised by 0.3 (at most 1);
 * attacks on the mission over fixed seeds, Mann-Whitney U at p &lt; 0.01 with at least a small
 * Cliff's delta.
 */
@Tag("pattern")
class AttacksOnMissionPatternTest {
  static java.util.stream.Stream<Path> scenarios() {
    return Shipped.files();
  }

  private static double attacksOnMission(Runs.Recorded r) {
    return r.of(EngineEvent.MissionAttacked.class).size();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void moreHostileGroupsAttackTheMissionMoreOften(Path file) {
    Scenario shipped = Shipped.variant(file, t -> { });
    Scenario hostile = Shipped.variant(file, t -> {
      for (JsonNode a : t.withArray("actors")) {
        if (a.path("kind").asText().equals("ARMED_FACTION")) {
          ObjectNode d = a.has("dispositions") ? (ObjectNode) a.get("dispositions")
              : ((ObjectNode) a).putObject("dispositions");
          double hostility = d.path("hostility").asDouble(0);
          // Predation defaults to hostility: keep it where it was, only the enmity to the mission moves.
          d.put("predation", d.path("predation").asDouble(hostility));
          d.put("hostility", Math.min(1, hostility + 0.3));
        }
      }
    });
    int seeds = ShippedScenarioPatternsTest.MORE_SEEDS;
    int days = shipped.metadata().durationDays();
    Effect e = Effect.compare(
        Shipped.metric(shipped, seeds, days, NoCoordination::new, AttacksOnMissionPatternTest::attacksOnMission),
        Shipped.metric(hostile, seeds, days, NoCoordination::new, AttacksOnMissionPatternTest::attacksOnMission));
    System.out.println(file.getFileName() + " attacks on the mission, hostility +0.3: " + e);
    assertTrue(e.p() < ShippedScenarioPatternsTest.ALPHA && e.delta() >= ShippedScenarioPatternsTest.MIN_DELTA,
        file.getFileName() + ": " + e);
  }
}
