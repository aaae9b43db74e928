package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.events.EngineEvent;

/**
 * Mechanism tests of routine reporting (model description, section 7): who sends situation reports
 * to the mission (every actor but the mission and armed groups that has a route to it) and how often
 * (situationReportsPerDay / 24 an hour, scaled by cooperativeness and willingness to warn).
 */
class SituationReportingTest {
  /** Channels to the battalion from village A's elders, the armed group and the agency; none from village B. */
  private static QuietVillages world(double reportsPerDay) {
    return world(reportsPerDay, t -> { });
  }

  private static QuietVillages world(double reportsPerDay, Consumer<ObjectNode> edit) {
    return QuietVillages.start(t -> {
      t.with("parameters").put("situationReportsPerDay", reportsPerDay);
      var channels = t.withArray("channels");
      channels.addObject().put("id", "a").put("from", "elders-a").put("to", "battalion").put("medium", "MOBILE");
      channels.addObject().put("id", "g").put("from", "armed-group").put("to", "battalion").put("medium", "MOBILE");
      channels.addObject().put("id", "r").put("from", "relief").put("to", "battalion").put("medium", "SATELLITE");
      edit.accept(t);
    });
  }

  private static List<String> senders(QuietVillages w) {
    return w.of(EngineEvent.MessageSent.class).stream().filter(m -> m.kind().equals("SITUATION_REPORT"))
        .map(m -> m.from() + ">" + m.to()).toList();
  }

  /** At 2,400 reports a day the chance each hour is certain for anyone willing at all. */
  @Test
  void everyoneWithALineToTheMissionReportsButTheArmedGroups() {
    QuietVillages w = world(2400);
    new ReportingProcess(w.sim).step();
    assertEquals(List.of("elders-a>battalion", "relief>battalion"), senders(w));
  }

  @Test
  void anActorThatWouldNotWarnOrDoesNotCooperateDoesNotReport() {
    QuietVillages afraid = world(2400);
    afraid.state("elders-a").fear = 1;
    afraid.state("relief").cooperativeness = 0;
    new ReportingProcess(afraid.sim).step();
    assertEquals(List.of(), senders(afraid));
  }

  @Test
  void noReportsWhenTheScenarioAsksForNone() {
    QuietVillages w = world(0);
    for (int h = 0; h < 24; h++) {
      new ReportingProcess(w.sim).step();
    }
    assertEquals(List.of(), senders(w));
  }

  /** One report a day at most: over a day of turns the elders and the agency send a handful, not one an hour. */
  @Test
  void reportsComeAtTheDailyRate() {
    QuietVillages w = world(1);
    for (int h = 0; h < 24; h++) {
      new ReportingProcess(w.sim).step();
    }
    assertTrue(senders(w).size() <= 6, senders(w).toString());
  }
}
