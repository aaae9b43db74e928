package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.events.EngineEvent;

/**
 * Mechanism tests: each way the processes move trust, with the evidence the model description
 * gives (section 7, Trust), read off the evidence published.
 */
class TrustMechanismsTest {

  private static void assertEvidence(EngineEvent.TrustEvidence e, String from, String to, double positive,
      double negative) {
    assertEquals(from, e.from(), e.toString());
    assertEquals(to, e.to(), e.toString());
    assertEquals(positive, e.positive(), 1e-12, e.toString());
    assertEquals(negative, e.negative(), 1e-12, e.toString());
  }

  /** An attack executed where the mission is mandated to protect: the zone's communities lose trust in it. */
  @Test
  void anExecutedAttackIsAFailureToProtectInTheEyesOfTheZonesCommunities() {
    QuietVillages w = QuietVillages.start(t -> { });
    Attack a = w.prepare("village-a");
    w.runUntilEnded(a);
    assertEquals(1, w.of(EngineEvent.AttackExecuted.class).size(), "no presence in the village: executed");
    List<EngineEvent.TrustEvidence> failure = w.evidence("failure to protect");
    assertEquals(1, failure.size(), failure.toString());
    assertEvidence(failure.get(0), "elders-a", "battalion", 0, w.p().commitmentEvidence());
    assertEquals(1, w.zone("village-a").knownAttacks);
    assertEquals(0, w.zone("village-b").knownAttacks);
  }

  @Test
  void aMissionNotMandatedToProtectCiviliansThereIsNotBlamedForTheAttack() {
    QuietVillages notProtecting = QuietVillages.start(t ->
        ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate")).putArray("tasks").add("PATROL").add("MONITOR"));
    notProtecting.runUntilEnded(notProtecting.prepare("village-a"));
    assertEquals(1, notProtecting.of(EngineEvent.AttackExecuted.class).size());
    assertEquals(List.of(), notProtecting.evidence("failure to protect"));
    QuietVillages elsewhere = QuietVillages.start(t ->
        ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate")).putArray("zones").add("base").add("village-b"));
    elsewhere.runUntilEnded(elsewhere.prepare("village-a"));
    assertEquals(1, elsewhere.of(EngineEvent.AttackExecuted.class).size());
    assertEquals(List.of(), elsewhere.evidence("failure to protect"));
  }

  /**
   * Civilian harm: every community gives harmEvidence times the square root of the casualties
   * against the perpetrator, the zone's communities gain grievance per casualty, and the people
   * displaced leave.
   */
  @Test
  void civilianHarmCostsThePerpetratorTrustEverywhereAndRaisesGrievanceWhereItHappens() {
    QuietVillages w = QuietVillages.start(t -> { });
    w.sim.violence().harm(w.sim.world().zone("village-a"), w.actor("armed-group"), 9, "test");
    List<EngineEvent.TrustEvidence> harm = w.evidence("civilian harm");
    assertEquals(2, harm.size(), harm.toString());
    assertEvidence(harm.get(0), "elders-a", "armed-group", 0, w.p().harmEvidence() * 3);
    assertEvidence(harm.get(1), "elders-b", "armed-group", 0, w.p().harmEvidence() * 3);
    assertEquals(9 * w.p().harmHostilityPerCasualty(), w.state("elders-a").grievance, 1e-12);
    assertEquals(0, w.state("elders-b").grievance, 0);
    EngineEvent.CivilianHarm event = w.of(EngineEvent.CivilianHarm.class).get(0);
    assertEquals("armed-group", event.perpetrator());
    assertEquals(9, event.casualties());
    assertEquals(4000 - Math.round(9 * w.p().displacementPerCasualty()), w.zone("village-a").population);
    assertEquals(0.8, w.state("armed-group").hostility, 1e-12, "harm by a group does not change its hostility");
  }

  @Test
  void grievanceFromHarmIsCappedAtOne() {
    QuietVillages w = QuietVillages.start(t -> { });
    w.sim.violence().harm(w.sim.world().zone("village-a"), -1, 100_000, "test");
    assertEquals(1, w.state("elders-a").grievance, 0);
    assertEquals(List.of(), w.evidence("civilian harm"), "an unknown perpetrator loses no one's trust");
    assertEquals("unknown", w.of(EngineEvent.CivilianHarm.class).get(0).perpetrator());
  }

  @Test
  void harmByTheMissionMakesTheZonesGroupsAndCommunitiesMoreHostileToIt() {
    QuietVillages w = QuietVillages.start(t -> { });
    double group = w.state("armed-group").hostility;
    double eldersA = w.state("elders-a").hostility;
    double eldersB = w.state("elders-b").hostility;
    w.sim.violence().harm(w.sim.world().zone("village-a"), w.actor("battalion"), 4, "test");
    double rise = 4 * w.p().harmHostilityPerCasualty();
    assertEquals(group + rise, w.state("armed-group").hostility, 1e-12);
    assertEquals(eldersA + rise, w.state("elders-a").hostility, 1e-12);
    assertEquals(eldersB, w.state("elders-b").hostility, 1e-12, "harm is felt where it happens");
    assertEvidence(w.evidence("civilian harm").get(0), "elders-a", "battalion", 0, w.p().harmEvidence() * 2);
  }

  @Test
  void noCasualtiesNoHarm() {
    QuietVillages w = QuietVillages.start(t -> { });
    w.sim.violence().harm(w.sim.world().zone("village-a"), w.actor("armed-group"), 0, "test");
    assertEquals(List.of(), w.of(EngineEvent.CivilianHarm.class));
    assertEquals(List.of(), w.evidence("civilian harm"));
  }

  /** A warning answered by a responder in time: commitment evidence both ways; the warner remembers it. */
  @Test
  void aWarningActedOnBuildsTrustBothWays() {
    QuietVillages w = QuietVillages.start(t -> { });
    Attack a = w.prepare("village-a");
    int elders = w.actor("elders-a");
    int battalion = w.actor("battalion");
    w.sim.response().warned(a, elders, battalion);
    a.arrived.add(w.state("battalion").units.get(0));
    w.sim.world().attacks.remove(a);
    w.sim.response().ended(a);
    List<EngineEvent.TrustEvidence> acted = w.evidence("warning acted on");
    assertEquals(2, acted.size(), acted.toString());
    assertEvidence(acted.get(0), "elders-a", "battalion", w.p().commitmentEvidence(), 0);
    assertEvidence(acted.get(1), "battalion", "elders-a", w.p().commitmentEvidence(), 0);
    assertEquals(1, w.state("elders-a").warningsAnswered, 0);
    assertEquals(0, w.state("elders-a").warningsIgnored, 0);
  }

  @Test
  void aWarningNobodyAnsweredCostsTheMissionTheWarnersTrust() {
    QuietVillages w = QuietVillages.start(t -> { });
    Attack a = w.prepare("village-a");
    w.sim.response().warned(a, w.actor("elders-a"), w.actor("battalion"));
    w.sim.world().attacks.remove(a);
    w.sim.response().ended(a);
    List<EngineEvent.TrustEvidence> ignored = w.evidence("warning not acted on");
    assertEquals(1, ignored.size(), ignored.toString());
    assertEvidence(ignored.get(0), "elders-a", "battalion", 0, w.p().commitmentEvidence());
    assertEquals(List.of(), w.evidence("warning acted on"));
    assertEquals(1, w.state("elders-a").warningsIgnored, 0);
    assertEquals(0, w.state("elders-a").warningsAnswered, 0);
  }

  @Test
  void theMissionsOwnSightingAndAnUnwarnedAttackMoveNoOnesTrust() {
    QuietVillages w = QuietVillages.start(t -> { });
    Attack seen = w.prepare("village-a");
    int battalion = w.actor("battalion");
    w.sim.response().warned(seen, battalion, battalion);
    w.sim.world().attacks.remove(seen);
    w.sim.response().ended(seen);
    Attack unwarned = w.prepare("village-b");
    w.sim.world().attacks.remove(unwarned);
    w.sim.response().ended(unwarned);
    assertEquals(List.of(), w.evidence("warning acted on"));
    assertEquals(List.of(), w.evidence("warning not acted on"));
    assertEquals(0, w.state("elders-a").warningsIgnored + w.state("elders-b").warningsIgnored, 0);
  }

  /** A false alarm that drew responders: the mission trusts the community a little less. */
  @Test
  void aFalseAlarmThatDrewRespondersCostsTheCommunityTheMissionsTrust() {
    QuietVillages w = QuietVillages.start(t -> { });
    int elders = w.actor("elders-a");
    Attack alarm = new Attack(w.sim.world().newAttackId(), -1, w.sim.world().zone("village-a"), 0, 12, true);
    w.sim.world().attacks.add(alarm);
    w.sim.response().warned(alarm, elders, w.actor("battalion"));
    assertEquals(List.of(), w.of(EngineEvent.AttackWarned.class), "a false alarm is no attack warned of");
    assertTrue(w.of(EngineEvent.ResponseDispatched.class).size() > 0, "the mission cannot tell and responds");
    alarm.arrived.add(w.state("battalion").units.get(0));
    w.sim.world().attacks.remove(alarm);
    w.sim.response().ended(alarm);
    List<EngineEvent.TrustEvidence> lost = w.evidence("false alarm");
    assertEquals(1, lost.size(), lost.toString());
    assertEvidence(lost.get(0), "battalion", "elders-a", 0, w.p().contactEvidence());
    assertEquals(0, w.state("elders-a").warningsAnswered + w.state("elders-a").warningsIgnored, 0,
        "the community's memory of answered warnings is about real attacks");
  }

  @Test
  void aFalseAlarmNobodyCameForCostsNothing() {
    QuietVillages w = QuietVillages.start(t -> { });
    Attack alarm = new Attack(w.sim.world().newAttackId(), -1, w.sim.world().zone("village-a"), 0, 12, true);
    w.sim.world().attacks.add(alarm);
    alarm.warner = w.actor("elders-a");
    alarm.warnedAt = 0;
    w.sim.world().attacks.remove(alarm);
    w.sim.response().ended(alarm);
    assertEquals(List.of(), w.evidence("false alarm"));
  }

  /** An alert network's daily contact: contactEvidence times the contacts a day, both ways. */
  @Test
  void anAlertNetworksDailyContactBuildsTrustBothWays() {
    QuietVillages w = QuietVillages.start(t -> { });
    w.state("elders-b").alertNetwork = true;
    w.sim.warnings().daily();
    List<EngineEvent.TrustEvidence> contact = w.evidence("alert network contact");
    assertEquals(2, contact.size(), contact.toString());
    double each = w.p().contactEvidence() * w.p().alertNetworkContactsPerDay();
    assertTrue(each > 0);
    assertEvidence(contact.get(0), "elders-b", "battalion", each, 0);
    assertEvidence(contact.get(1), "battalion", "elders-b", each, 0);
  }

  /** Memory of warnings and fear fade by the forgetting factor each day; reprisals add fear, up to 1. */
  @Test
  void memoryAndFearFadeDailyAndReprisalsAddFear() {
    QuietVillages w = QuietVillages.start(t -> t.with("parameters").put("trustForgettingPerDay", 0.9)
        .put("reprisalFear", 0.3));
    ActorState a = w.state("elders-a");
    a.warningsAnswered = 2;
    a.warningsIgnored = 1;
    w.sim.warnings().reprisal(w.sim.world().zone("village-a"));
    assertEquals(0.3, a.fear, 1e-12);
    assertEquals(0, w.state("elders-b").fear, 0, "fear is of reprisals in one's own zone");
    w.sim.warnings().daily();
    assertEquals(1.8, a.warningsAnswered, 1e-12);
    assertEquals(0.9, a.warningsIgnored, 1e-12);
    assertEquals(0.27, a.fear, 1e-12);
    for (int i = 0; i < 4; i++) {
      w.sim.warnings().reprisal(w.sim.world().zone("village-a"));
    }
    assertEquals(1, a.fear, 0);
  }
}
