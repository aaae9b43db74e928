package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.policy.DecisionLog.Entry;
import org.liaison.policy.DecisionLog.Header;
import org.liaison.policy.DecisionLog.Kind;
import org.liaison.policy.DecisionLog.Phase;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/**
 * The decision log keeps what a replay of an exercise needs beyond actions and choices: which
 * standing arrangement an END_ARRANGEMENT ends, and the acts of exercise control.
 */
class DecisionLogArrangementsAndControlTest {
  @Test
  void theArrangementAnEndingEndsAndAnActOfControlAreWrittenAndReadBack() throws IOException {
    CoordinationAction officer = CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-a");
    CoordinationAction ending = CoordinationAction.ending(officer);
    List<Entry> entries = List.of(
        new Entry(1, 24, 23, Phase.DESK, "commander", Kind.ACTION, null, null, null, ending, true, null),
        new Entry(2, 30, 29, Phase.DESK, null, Kind.CONTROL, null, null, "control", null, true, null,
            ControlAct.delay(3, 12)));
    DecisionLog log = new DecisionLog(new Header("two-villages", 7, "trainees", 8), entries);
    String text = log.toJsonLines();
    assertTrue(text.contains("\"ends\":\"ASSIGN_LIAISON_OFFICER\""), text);
    assertTrue(text.contains("\"control\":{"), text);
    DecisionLog read = DecisionLog.read(new StringReader(text), "log.jsonl");
    assertEquals(ActionType.ASSIGN_LIAISON_OFFICER, read.entries().get(0).action().ends());
    assertEquals(officer, read.entries().get(0).action().ended());
    assertEquals(ControlAct.delay(3, 12), read.entries().get(1).control());
    assertEquals(entries, read.entries());
  }
}
