package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.ActorState;
import org.liaison.events.EngineEvent;

/**
 * Mechanism tests of the slow drivers of armed groups (model description, section 7): recruitment
 * from the grievance of the communities where a group operates, and the drift of hostility and
 * predation back to the group's standing disposition.
 */
class ArmedGroupDriftTest {
  /** The quiet villages with recruitment at 0.1 per fully aggrieved community and day, and the given recovery. */
  private static QuietVillages world(double recovery, String... zones) {
    return QuietVillages.start(t -> {
      t.with("parameters").put("recruitmentPerGrievancePerDay", 0.1).put("dispositionRecoveryPerDay", recovery);
      if (zones.length > 0) {
        var z = ((ObjectNode) TestScenarios.actor(t, "armed-group").get("mandate")).putArray("zones");
        for (String zone : zones) {
          z.add(zone);
        }
      }
    });
  }

  @Test
  void aGroupRecruitsFromTheGrievanceOfTheCommunitiesWhereItOperates() {
    QuietVillages w = world(0);
    ActorState group = w.state("armed-group");
    w.state("elders-a").grievance = 0.5;
    w.state("elders-b").grievance = 0.25;
    new ArmedGroups(w.sim).daily();
    assertEquals(1 + 0.1 * 0.75, group.strengthFactor, 1e-12);
    List<EngineEvent.Recruited> recruited = w.of(EngineEvent.Recruited.class);
    assertEquals(1, recruited.size());
    assertEquals("armed-group", recruited.get(0).faction());
    assertEquals(1.075, recruited.get(0).strength(), 1e-12);
    new ArmedGroups(w.sim).daily();
    assertEquals(1.075 * 1.075, group.strengthFactor, 1e-12, "recruitment compounds day after day");

    QuietVillages onlyB = world(0, "village-b");
    onlyB.state("elders-a").grievance = 0.5;
    onlyB.state("elders-b").grievance = 0.25;
    new ArmedGroups(onlyB.sim).daily();
    assertEquals(1.025, onlyB.state("armed-group").strengthFactor, 1e-12, "village A's grievance is not its to use");
  }

  @Test
  void withoutGrievanceOrWithoutRecruitmentNoOneJoins() {
    QuietVillages calm = world(0);
    new ArmedGroups(calm.sim).daily();
    assertEquals(1, calm.state("armed-group").strengthFactor, 0);
    assertTrue(calm.of(EngineEvent.Recruited.class).isEmpty());

    QuietVillages off = QuietVillages.start(t -> t.with("parameters").put("recruitmentPerGrievancePerDay", 0)
        .put("dispositionRecoveryPerDay", 0));
    off.state("elders-a").grievance = 1;
    new ArmedGroups(off.sim).daily();
    assertEquals(1, off.state("armed-group").strengthFactor, 0);
    assertTrue(off.of(EngineEvent.Recruited.class).isEmpty());
  }

  /** With recovery at 0.5 a day, half of the way back to the standing disposition is made each day. */
  @Test
  void hostilityAndPredationDriftBackToTheStandingDisposition() {
    QuietVillages w = world(0.5);
    ActorState group = w.state("armed-group");
    group.standingHostility = 0.8;
    group.standingPredation = 0.2;
    w.sim.setHostility(group, 0.4, "test");
    group.predation = 0.6;
    new ArmedGroups(w.sim).daily();
    assertEquals(0.6, group.hostility, 1e-12);
    assertEquals(0.4, group.predation, 1e-12);
    EngineEvent.HostilityChanged changed = w.of(EngineEvent.HostilityChanged.class).stream()
        .filter(h -> h.reason().equals("disposition recovering")).findFirst().orElseThrow();
    assertEquals(0.6, changed.hostility(), 1e-12);
    new ArmedGroups(w.sim).daily();
    assertEquals(0.7, group.hostility, 1e-12);
    assertEquals(0.3, group.predation, 1e-12);
  }

  @Test
  void aGroupWithinATenthOfAPercentOfItsStandingHostilityStaysPut() {
    QuietVillages w = world(0.5);
    ActorState group = w.state("armed-group");
    group.standingHostility = 0.8;
    w.sim.setHostility(group, 0.8005, "test");
    new ArmedGroups(w.sim).daily();
    assertEquals(0.8005, group.hostility, 1e-12);
  }

  @Test
  void withoutRecoveryWhatMovedAGroupStays() {
    QuietVillages w = world(0);
    ActorState group = w.state("armed-group");
    group.standingHostility = 0.8;
    group.standingPredation = 0.2;
    w.sim.setHostility(group, 0.4, "test");
    group.predation = 0.6;
    new ArmedGroups(w.sim).daily();
    assertEquals(0.4, group.hostility, 0);
    assertEquals(0.6, group.predation, 0);
  }
}
