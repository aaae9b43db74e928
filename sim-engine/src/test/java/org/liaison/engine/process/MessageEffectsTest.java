package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.comms.Message;
import org.liaison.comms.MessageKind;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.Attack;
import org.liaison.events.EngineEvent;

/**
 * Mechanism tests of what a message does when it arrives or is intercepted (model description,
 * section 6): each hub kind's handling, the formal receiver's check of an informal tip, and each
 * kind of message on delivery (a warning to the mission, held or acted on; a movement
 * notification; a reply; a request owed an answer), with the interceptor's reaction.
 */
class MessageEffectsTest {
  /** The quiet villages with a hub of each kind (battalion and village A's elders are members) and the given edit. */
  private static QuietVillages world(Consumer<ObjectNode> edit) {
    return QuietVillages.start(t -> {
      t.with("parameters").put("situationReportsPerDay", 0);
      var hubs = t.withArray("hubs");
      for (String kind : List.of("CIMIC_CELL", "ALERT_NETWORK", "FORUM", "DATA_PLATFORM")) {
        hubs.addObject().put("id", kind.toLowerCase()).put("name", kind).put("kind", kind)
            .putArray("members").add("battalion").add("elders-a");
      }
      var channels = t.withArray("channels");
      channels.addObject().put("id", "direct").put("from", "elders-a").put("to", "battalion").put("medium", "MOBILE");
      for (String kind : List.of("cimic_cell", "alert_network", "forum", "data_platform")) {
        channels.addObject().put("id", "to-" + kind).put("from", "elders-a").put("to", kind).put("medium", "MOBILE");
      }
      ((ObjectNode) TestScenarios.actor(t, "battalion").get("dispositions")).put("formality", 0.9);
      ((ObjectNode) TestScenarios.actor(t, "elders-a").get("dispositions")).put("formality", 0.1);
      edit.accept(t);
    });
  }

  private static QuietVillages world() {
    return world(t -> { });
  }

  private static int hub(QuietVillages w, String id) {
    return w.sim.world().endpoint(id);
  }

  private static int channel(QuietVillages w, String id) {
    return w.sim.comms().byId(id).index;
  }

  private static Message message(QuietVillages w, MessageKind kind, String from, String to, String channel,
      boolean misunderstood, long subject) {
    return new Message(900, kind, w.actor(from), w.actor(to), channel(w, channel), w.sim.tick(), w.sim.tick(),
        misunderstood, subject);
  }

  // ------------------------------------------------------------------ hubs

  @Test
  void aHubPassesAMessageOnAtItsOwnPaceAndAnActorAddsNothing() {
    QuietVillages w = world();
    CommunicationProcess c = new CommunicationProcess(w.sim);
    assertEquals(12, c.relayHours(hub(w, "forum")), 0);
    assertEquals(1, c.relayHours(hub(w, "cimic_cell")), 0);
    assertEquals(0, c.relayHours(w.actor("elders-a")), 0);
    assertEquals(-1, c.zoneOf(hub(w, "cimic_cell")), "a hub is nowhere");
    assertFalse(c.isActor(hub(w, "cimic_cell")));
    assertTrue(c.isActor(w.actor("relief")));
    assertEquals(w.sim.world().zone("village-a"), c.zoneOf(w.actor("elders-a")));
  }

  /** Met at the forum: both ends gain forumRelayEvidence of each other, unless the message was misunderstood. */
  @Test
  void aForumBuildsTheAcquaintanceOfBothEnds() {
    QuietVillages w = world(t -> t.with("parameters").put("forumRelayEvidence", 0.4));
    Message m = message(w, MessageKind.SITUATION_REPORT, "elders-a", "battalion", "to-forum", false, -1);
    new CommunicationProcess(w.sim).delivered(m, w.sim.tick());
    List<EngineEvent.TrustEvidence> met = w.evidence("met at the forum");
    assertEquals(2, met.size());
    assertEquals(List.of("battalion>elders-a", "elders-a>battalion"),
        met.stream().map(e -> e.from() + ">" + e.to()).toList());
    assertTrue(met.stream().allMatch(e -> e.positive() == 0.4 && e.negative() == 0));

    w.sim.handling().passedOn(message(w, MessageKind.SITUATION_REPORT, "elders-a", "battalion", "to-forum", true, -1),
        hub(w, "forum"));
    w.sim.handling().passedOn(m, -1);
    w.sim.handling().passedOn(m, hub(w, "cimic_cell"));
    assertEquals(2, w.evidence("met at the forum").size(), "misunderstood, direct or through a cell: no acquaintance");

    QuietVillages none = world(t -> t.with("parameters").put("forumRelayEvidence", 0.0));
    none.sim.handling().passedOn(m, hub(none, "forum"));
    assertTrue(none.evidence("met at the forum").isEmpty());
  }

  // ------------------------------------------------------------------ formality

  @Test
  void aTipIsCheckedByTheFormalityGapUnlessAnArrangementVouchesForIt() {
    QuietVillages w = world();
    Message tip = message(w, MessageKind.EARLY_WARNING, "elders-a", "battalion", "direct", false, 1);
    MessageHandling h = w.sim.handling();
    assertEquals(5, h.verificationHours(tip, -1), "6 hours times a gap of 0.8, rounded");
    assertEquals(0, h.verificationHours(tip, hub(w, "cimic_cell")), "a coordination cell vouches for it");
    assertEquals(0, h.verificationHours(tip, hub(w, "alert_network")));
    assertEquals(5, h.verificationHours(tip, hub(w, "forum")));
    assertEquals(5, h.verificationHours(tip, hub(w, "data_platform")));
    w.state("elders-a").liaisonOfficer = true;
    assertEquals(0, h.verificationHours(tip, -1), "the mission's liaison officer is the formality");
    w.state("elders-a").liaisonOfficer = false;
    Message down = new Message(901, MessageKind.EARLY_WARNING, w.actor("battalion"), w.actor("elders-a"),
        channel(w, "direct"), 0, 0, false, 1);
    assertEquals(0, h.verificationHours(down, -1), "the mission's own word, and a less formal receiver, need no check");
  }

  @Test
  void aHeldWarningIsActedOnWhenItsCheckIsDoneAndOnlyIfTheAttackIsStillComing() {
    QuietVillages w = world();
    Attack attack = w.prepare("village-a");
    Message tip = message(w, MessageKind.EARLY_WARNING, "elders-a", "battalion", "direct", false, attack.id);
    MessageHandling h = w.sim.handling();
    assertFalse(h.hold(tip, hub(w, "alert_network"), attack, 10), "no check: acted on now");
    assertTrue(h.hold(tip, -1, attack, 10));
    List<String> acted = new ArrayList<>();
    MessageHandling.Responder responder = (a, warner, receiver) ->
        acted.add(a.id + ":" + w.sim.world().actors[warner].id() + ">" + w.sim.world().actors[receiver].id());
    h.release(14, responder);
    assertEquals(List.of(), acted);
    h.release(15, responder);
    assertEquals(List.of(attack.id + ":elders-a>battalion"), acted);
    EngineEvent.WarningVerified verified = w.of(EngineEvent.WarningVerified.class).get(0);
    assertEquals(5, verified.hours(), 0);
    assertEquals("elders-a", verified.warner());
    assertEquals("battalion", verified.receiver());
    assertEquals(15, verified.tick());
    h.release(16, responder);
    assertEquals(1, acted.size(), "released once");

    assertTrue(h.hold(tip, -1, attack, 20));
    w.sim.world().attacks.remove(attack);
    h.release(30, responder);
    assertEquals(1, acted.size(), "an attack already over calls for no response");
    assertEquals(1, w.of(EngineEvent.WarningVerified.class).size());
  }

  // ------------------------------------------------------------------ delivery by kind

  @Test
  void aWarningThatReachesTheMissionSendsRespondersOnceCheckedOrAtOnceThroughAnAlertNetwork() {
    QuietVillages checked = world();
    Attack a = checked.prepare("village-a");
    new CommunicationProcess(checked.sim)
        .delivered(message(checked, MessageKind.EARLY_WARNING, "elders-a", "battalion", "direct", false, a.id), 0);
    assertTrue(checked.of(EngineEvent.AttackWarned.class).isEmpty(), "the battalion checks the tip first");
    assertEquals(1, checked.sim.world().unanswered[checked.actor("elders-a")], "the elders are owed an answer");

    QuietVillages alerted = world();
    Attack b = alerted.prepare("village-a");
    new CommunicationProcess(alerted.sim).delivered(
        message(alerted, MessageKind.EARLY_WARNING, "elders-a", "battalion", "to-alert_network", false, b.id), 0);
    assertEquals(1, alerted.of(EngineEvent.AttackWarned.class).size());
    assertEquals(b.id, alerted.of(EngineEvent.AttackWarned.class).get(0).attack());

    QuietVillages misunderstood = world();
    Attack c = misunderstood.prepare("village-a");
    new CommunicationProcess(misunderstood.sim).delivered(
        message(misunderstood, MessageKind.EARLY_WARNING, "elders-a", "battalion", "to-alert_network", true, c.id), 0);
    assertTrue(misunderstood.of(EngineEvent.AttackWarned.class).isEmpty(), "a misunderstood warning does nothing");
    assertEquals(1, misunderstood.sim.world().unanswered[misunderstood.actor("elders-a")], "but it was received");
  }

  @Test
  void aRequestIsOwedAnAnswerAndAReportIsNot() {
    QuietVillages w = world();
    CommunicationProcess c = new CommunicationProcess(w.sim);
    c.delivered(message(w, MessageKind.SITUATION_REPORT, "elders-a", "battalion", "direct", false, -1), 0);
    assertEquals(0, w.sim.world().unanswered[w.actor("elders-a")]);
    c.delivered(message(w, MessageKind.REQUEST, "elders-a", "battalion", "direct", false, -1), 0);
    assertEquals(1, w.sim.world().unanswered[w.actor("elders-a")]);
  }

  @Test
  void aReplyFromTheMissionIsContactForTheOneAnswered() {
    QuietVillages w = world();
    CommunicationProcess c = new CommunicationProcess(w.sim);
    c.delivered(message(w, MessageKind.REPLY, "battalion", "elders-a", "direct", false, -1), 0);
    List<EngineEvent.TrustEvidence> answered = w.evidence("answered by the mission");
    assertEquals(1, answered.size());
    assertEquals("elders-a", answered.get(0).from());
    assertEquals("battalion", answered.get(0).to());
    assertEquals(w.p().contactEvidence(), answered.get(0).positive(), 0);
    c.delivered(message(w, MessageKind.REPLY, "elders-a", "battalion", "direct", false, -1), 0);
    assertEquals(1, w.evidence("answered by the mission").size(), "the mission is not answered by the mission");
  }

  @Test
  void aMovementNotificationDeconflictsItsConvoy() {
    QuietVillages w = world(t -> t.withArray("channels").addObject().put("id", "relief-battalion")
        .put("from", "relief").put("to", "battalion").put("medium", "SATELLITE"));
    var d = new org.liaison.engine.agents.Delivery(w.sim.world().newDeliveryId(), w.actor("relief"),
        w.sim.world().zone("village-a"), 50, false);
    w.sim.world().deliveries.add(d);
    new CommunicationProcess(w.sim).delivered(
        message(w, MessageKind.MOVEMENT_NOTIFICATION, "relief", "battalion", "relief-battalion", false, d.id), 0);
    assertTrue(d.notified);
  }

  /** A warning delivered to a community, not the mission, is relayed by its own rule, and only while the attack is coming. */
  @Test
  void aWarningToAnIntermediaryIsRelayedOnlyWhileTheAttackIsComing() {
    QuietVillages w = world(t -> {
      t.withArray("channels").addObject().put("id", "b-a").put("from", "elders-b").put("to", "elders-a").put("medium", "MOBILE");
      t.withArray("trust").addObject().put("from", "elders-a").put("to", "battalion").put("value", 0.99).put("confidence", 100);
    });
    Attack a = w.prepare("village-b");
    CommunicationProcess c = new CommunicationProcess(w.sim);
    c.delivered(message(w, MessageKind.EARLY_WARNING, "elders-b", "elders-a", "b-a", false, a.id + 1000), 0);
    assertTrue(w.of(EngineEvent.MessageSent.class).isEmpty(), "a warning of no attack under way is not passed on");
    for (int i = 0; i < 20 && w.of(EngineEvent.MessageSent.class).isEmpty(); i++) {
      c.delivered(message(w, MessageKind.EARLY_WARNING, "elders-b", "elders-a", "b-a", false, a.id), 0);
    }
    assertEquals("battalion", w.of(EngineEvent.MessageSent.class).get(0).to());
  }

  // ------------------------------------------------------------------ interception

  /** The interceptor is the most hostile group; of two equally hostile, the first. */
  @Test
  void theMostHostileGroupIntercepts() {
    QuietVillages w = world(t -> {
      ObjectNode militia = t.withArray("actors").addObject();
      militia.put("id", "militia").put("name", "Militia").put("kind", "ARMED_FACTION").put("homeZone", "village-a");
      militia.putObject("mandate").putArray("tasks").add("ATTACK");
      ObjectNode comms = militia.putObject("communication");
      comms.putArray("languages").add("sg");
      comms.putArray("media").add("MOBILE");
      militia.putObject("dispositions").put("hostility", 0.9);
    });
    CommunicationProcess c = new CommunicationProcess(w.sim);
    assertEquals(w.actor("militia"), c.interceptor());
    w.state("militia").hostility = 0.8;
    assertEquals(0.8, w.state("armed-group").hostility, 0);
    assertEquals(w.actor("armed-group"), c.interceptor());
    w.state("militia").hostility = 0.2;
    assertEquals(w.actor("armed-group"), c.interceptor());
  }

  @Test
  void theFirstListedGroupInterceptsWhenItIsTheMostHostile() {
    QuietVillages w = world(t -> {
      var actors = t.withArray("actors");
      for (int i = 0; i < actors.size(); i++) {
        if (actors.get(i).get("id").asText().equals("armed-group")) {
          actors.insert(0, actors.remove(i));
          break;
        }
      }
      ObjectNode militia = actors.addObject();
      militia.put("id", "militia").put("name", "Militia").put("kind", "ARMED_FACTION").put("homeZone", "village-a");
      militia.putObject("mandate").putArray("tasks").add("ATTACK");
      ObjectNode comms = militia.putObject("communication");
      comms.putArray("languages").add("sg");
      comms.putArray("media").add("MOBILE");
      militia.putObject("dispositions").put("hostility", 0.1);
    });
    assertEquals(0, w.actor("armed-group"));
    assertEquals(0, new CommunicationProcess(w.sim).interceptor());
  }

  @Test
  void withoutArmedGroupsNoOneIntercepts() {
    QuietVillages w = world(t -> {
      var actors = t.withArray("actors");
      for (int i = 0; i < actors.size(); i++) {
        if (actors.get(i).get("id").asText().equals("armed-group")) {
          actors.remove(i);
        }
      }
    });
    assertEquals(-1, new CommunicationProcess(w.sim).interceptor());
  }

  /**
   * An intercepted report makes the interceptor more hostile by interceptionHostility and costs
   * the sender's trust in the receiver contactEvidence; only an intercepted warning from a
   * community where the interceptor operates exposes the informant.
   */
  @Test
  void anInterceptionAngersTheInterceptorAndCostsTheSendersTrust() {
    QuietVillages w = world();
    w.state("armed-group").hostility = 0.5;
    CommunicationProcess c = new CommunicationProcess(w.sim);
    c.intercepted(message(w, MessageKind.SITUATION_REPORT, "elders-a", "battalion", "direct", false, -1),
        w.actor("armed-group"), 0);
    assertEquals(0.5 + w.p().interceptionHostility(), w.state("armed-group").hostility, 1e-12);
    List<EngineEvent.TrustEvidence> lost = w.evidence("message intercepted");
    assertEquals(1, lost.size());
    assertEquals("elders-a", lost.get(0).from());
    assertEquals("battalion", lost.get(0).to());
    assertEquals(w.p().contactEvidence(), lost.get(0).negative(), 0);
    assertTrue(w.of(EngineEvent.InformantTargeted.class).isEmpty(), "a report exposes no informant");

    QuietVillages elsewhere = world(t ->
        ((ObjectNode) TestScenarios.actor(t, "armed-group").get("mandate")).putArray("zones").add("village-b"));
    new CommunicationProcess(elsewhere.sim).intercepted(
        message(elsewhere, MessageKind.EARLY_WARNING, "elders-a", "battalion", "direct", false, -1),
        elsewhere.actor("armed-group"), 0);
    assertTrue(elsewhere.of(EngineEvent.InformantTargeted.class).isEmpty(), "the group does not operate in village A");

    QuietVillages exposed = world();
    new CommunicationProcess(exposed.sim).intercepted(
        message(exposed, MessageKind.EARLY_WARNING, "elders-a", "battalion", "direct", false, -1),
        exposed.actor("armed-group"), 0);
    assertEquals("elders-a", exposed.of(EngineEvent.InformantTargeted.class).get(0).community());
  }

  /** Over a closed road a messenger is slower; a hub lies on no road. */
  @Test
  void aMessageTravelsAsTheRoadsAllow() {
    QuietVillages w = world(t -> {
      ObjectNode season = t.withArray("seasons").addObject();
      season.put("id", "rains").put("name", "Rains").putObject("from").put("day", 1);
      season.putArray("closures").addObject().put("zone", "village-a").put("speedFactor", 0.2);
    });
    w.sim.access().update(0);
    CommunicationProcess c = new CommunicationProcess(w.sim);
    assertEquals(0.2, c.travelFactor(w.actor("battalion"), w.actor("elders-a")), 1e-12);
    assertEquals(1, c.travelFactor(w.actor("battalion"), hub(w, "forum")), 0);
    assertEquals(1, c.travelFactor(hub(w, "forum"), w.actor("battalion")), 0);
    assertEquals(30, c.distanceKm(w.actor("battalion"), w.actor("elders-b")), 1e-9);
  }
}
