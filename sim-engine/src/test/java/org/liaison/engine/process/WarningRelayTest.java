package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.liaison.comms.Message;
import org.liaison.comms.MessageKind;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.Attack;
import org.liaison.events.EngineEvent;

/**
 * Mechanism tests: who warns through whom (model description, section 7, observation and
 * warning). The elders of village A reach the mission only through the relief NGO. With a
 * willingness slope of 60 the willingness is within 1e-9 of 1 at a trust of 0.9 and of 0 at
 * 0.1, so what each actor does follows from its trust alone.
 */
class WarningRelayTest {

  private static QuietVillages world(double eldersInNgo, double eldersInMission, double ngoInMission) {
    return world(eldersInNgo, eldersInMission, ngoInMission, t -> { });
  }

  private static QuietVillages world(double eldersInNgo, double eldersInMission, double ngoInMission,
      java.util.function.Consumer<ObjectNode> edit) {
    return QuietVillages.start(t -> {
      edit.accept(t);
      t.with("parameters").put("warningTrustSlope", 60).put("warningMemoryWeight", 0);
      ArrayNode channels = t.withArray("channels");
      channels.addObject().put("id", "elders-ngo").put("from", "elders-a").put("to", "relief").put("medium", "MOBILE");
      channels.addObject().put("id", "ngo-mission").put("from", "relief").put("to", "battalion").put("medium", "SATELLITE");
      ArrayNode trust = t.putArray("trust");
      trust.add(prior("elders-a", "relief", eldersInNgo));
      trust.add(prior("elders-a", "battalion", eldersInMission));
      trust.add(prior("relief", "battalion", ngoInMission));
    });
  }

  private static ObjectNode prior(String from, String to, double value) {
    return TestScenarios.YAML.createObjectNode().put("from", from).put("to", to).put("value", value)
        .put("confidence", 1000);
  }

  private static long warningsFrom(QuietVillages w, String from, String to) {
    return w.of(EngineEvent.MessageSent.class).stream()
        .filter(m -> m.kind().equals("EARLY_WARNING") && m.from().equals(from) && m.to().equals(to)).count();
  }

  private static void relay(QuietVillages w, Attack a, int times) {
    for (int i = 0; i < times; i++) {
      w.sim.warnings().relay(new Message(i, MessageKind.EARLY_WARNING, w.actor("elders-a"), w.actor("relief"), 0,
          0, 1, false, a.id));
    }
  }

  /** The intermediary passes a warning on as willingly as its own trust in the mission makes it. */
  @Test
  void anIntermediaryRelaysByItsOwnTrustInTheMissionNotTheWarners() {
    QuietVillages trusting = world(0.9, 0.1, 0.9);
    relay(trusting, trusting.prepare("village-a"), 20);
    assertEquals(20, warningsFrom(trusting, "relief", "battalion"));
    QuietVillages wary = world(0.9, 0.9, 0.1);
    relay(wary, wary.prepare("village-a"), 20);
    assertEquals(0, warningsFrom(wary, "relief", "battalion"));
  }

  @Test
  void anIntermediaryInFearOfReprisalOrBoundNotToShareIntelligenceRelaysNothing() {
    QuietVillages afraid = world(0.9, 0.1, 0.9);
    afraid.state("relief").fear = 1;
    relay(afraid, afraid.prepare("village-a"), 20);
    assertEquals(0, warningsFrom(afraid, "relief", "battalion"));
    QuietVillages principled = world(0.9, 0.1, 0.9,
        t -> TestScenarios.actor(t, "relief").putArray("principles").add("NO_INTELLIGENCE_SHARING"));
    relay(principled, principled.prepare("village-a"), 20);
    assertEquals(0, warningsFrom(principled, "relief", "battalion"));
  }

  /**
   * A community without a route to the mission warns through the intermediary it can reach, judging
   * the mission by its discounted trust through it (opinion discounting): trusting the NGO and
   * the NGO trusting the mission, it warns; when the NGO it trusts distrusts the mission, it does
   * not, whatever its own trust in the mission.
   */
  @Test
  void aCommunityWithoutARouteWarnsThroughTheIntermediaryByItsTrustThroughIt() {
    QuietVillages through = world(0.99, 0.1, 0.99);
    int elders = through.actor("elders-a");
    double via = through.sim.trust().expectedVia(elders, through.actor("relief"), through.actor("battalion"), 0);
    assertEquals(true, via > 0.9, "discounted trust " + via);
    for (int i = 0; i < 20; i++) {
      through.sim.warnings().observed(elders, through.prepare("village-a"));
    }
    assertEquals(20, warningsFrom(through, "elders-a", "relief"));
    assertEquals(0, warningsFrom(through, "elders-a", "battalion"));
    QuietVillages distrusted = world(0.99, 0.99, 0.1);
    for (int i = 0; i < 20; i++) {
      distrusted.sim.warnings().observed(distrusted.actor("elders-a"), distrusted.prepare("village-a"));
    }
    assertEquals(0, warningsFrom(distrusted, "elders-a", "relief"));
  }

  @Test
  void aCommunityWithARouteWarnsTheMissionDirectlyByItsOwnTrust() {
    QuietVillages w = QuietVillages.start(t -> {
      t.with("parameters").put("warningTrustSlope", 60);
      t.withArray("channels").addObject().put("id", "alert").put("from", "elders-a").put("to", "battalion")
          .put("medium", "MOBILE");
      t.putArray("trust").add(prior("elders-a", "battalion", 0.9));
    });
    for (int i = 0; i < 20; i++) {
      w.sim.warnings().observed(w.actor("elders-a"), w.prepare("village-a"));
    }
    assertEquals(20, warningsFrom(w, "elders-a", "battalion"));
    w.state("elders-a").fear = 1;
    w.sim.warnings().observed(w.actor("elders-a"), w.prepare("village-a"));
    assertEquals(20, warningsFrom(w, "elders-a", "battalion"), "fear silences");
  }
}
