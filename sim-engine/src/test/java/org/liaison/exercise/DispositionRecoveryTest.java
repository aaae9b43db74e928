package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.events.EngineEvent;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/** What a dialogue moves in an armed group wears off towards the group's standing disposition. */
class DispositionRecoveryTest {
  private static final String GROUP = "armed-group";

  private static List<EngineEvent.HostilityChanged> hostilityAfterMediation(int days) {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(1, days, events);
    assertTrue(ex.take("commander", CoordinationAction.on(ActionType.MEDIATION, GROUP)).taken());
    ExerciseTest.finish(ex);
    return Desk.of(events, EngineEvent.HostilityChanged.class).stream()
        .filter(h -> h.actor().equals(GROUP)).toList();
  }

  @Test
  void eachDayTheGroupClosesTheDocumentedShareOfTheGapToItsStandingHostility() {
    double standing = Desk.scenario().actors().stream().filter(a -> a.id().equals(GROUP)).findFirst()
        .orElseThrow().dispositions().hostility();
    double rate = Desk.scenario().parameters().dispositionRecoveryPerDay();
    List<EngineEvent.HostilityChanged> changes = hostilityAfterMediation(20);
    assertEquals("mediation", changes.get(0).reason());
    assertTrue(changes.get(0).hostility() < standing);
    int recoveries = 0;
    for (int i = 1; i < changes.size(); i++) {
      if (changes.get(i).reason().equals("disposition recovering")) {
        double before = changes.get(i - 1).hostility();
        assertEquals(before + rate * (standing - before), changes.get(i).hostility(), 1e-12);
        assertEquals(0, changes.get(i).tick() % 24, "recovery is a daily step");
        recoveries++;
      }
    }
    assertTrue(recoveries >= 15, "the group recovers every day after the dialogue: " + recoveries);
    double last = changes.get(changes.size() - 1).hostility();
    assertTrue(standing - last < (standing - changes.get(0).hostility()) / 2,
        "after 20 days less than half of the dialogue's effect is left");
  }

  @Test
  void withoutRecoveryTheDialoguesEffectStays() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(1, 10, events);
    assertTrue(ex.control("control", ControlAct.parameter("dispositionRecoveryPerDay", 0)).taken());
    assertTrue(ex.take("commander", CoordinationAction.on(ActionType.MEDIATION, GROUP)).taken());
    ExerciseTest.finish(ex);
    assertFalse(Desk.of(events, EngineEvent.HostilityChanged.class).stream()
        .anyMatch(h -> h.reason().equals("disposition recovering")));
  }

  @Test
  void theControlCellSetsANewStandingHostilityThatDoesNotWearOff() {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(1, 10, events);
    assertTrue(ex.control("control", ControlAct.disposition(GROUP, "hostility", 0.2)).taken());
    ExerciseTest.finish(ex);
    List<EngineEvent.HostilityChanged> changes = Desk.of(events, EngineEvent.HostilityChanged.class).stream()
        .filter(h -> h.actor().equals(GROUP)).toList();
    assertEquals(0.2, changes.get(0).hostility(), 1e-12);
    assertFalse(changes.stream().anyMatch(h -> h.reason().equals("disposition recovering")),
        "the control cell changed the group's disposition itself, not a passing mood");
  }
}
