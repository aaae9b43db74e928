package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.ActorState;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.Mandate;

/**
 * Mechanism tests of support to armed groups (model description, section 7): the mandate's leave
 * and the group's consent, what partnering and ending it change, the association seen where the
 * partner operates, and a partner's abuses counted against the mission.
 */
class PartnershipRulesTest {
  /** The quiet villages with a second group, a militia operating in village A only. */
  private static QuietVillages world(Consumer<ObjectNode> edit) {
    return QuietVillages.start(t -> {
      ObjectNode militia = t.withArray("actors").addObject();
      militia.put("id", "militia").put("name", "Village militia").put("kind", "ARMED_FACTION").put("homeZone", "village-a");
      ObjectNode mandate = militia.putObject("mandate");
      mandate.putArray("tasks").add("ATTACK");
      mandate.putArray("zones").add("village-a");
      ObjectNode comms = militia.putObject("communication");
      comms.putArray("languages").add("sg");
      comms.putArray("media").add("MOBILE");
      militia.putObject("dispositions").put("hostility", 0.3).put("ihlCompliance", 0.5);
      edit.accept(t);
    });
  }

  private static Mandate mandate(QuietVillages w) {
    return w.state("battalion").spec.mandate();
  }

  @Test
  void partneringNeedsTheMandatesLeaveAndTheGroupsConsent() {
    QuietVillages w = world(t -> {
      ObjectNode m = (ObjectNode) TestScenarios.actor(t, "battalion").get("mandate");
      m.putArray("proscribed").add("armed-group");
      t.with("parameters").put("consentTrustThreshold", 0.5);
    });
    Partnerships p = w.sim.partnerships();
    assertEquals("armed-group is a proscribed group under the mission's mandate",
        p.supportRefusal(w.state("armed-group"), mandate(w)).text());
    // The militia has no trust in the mission yet: 0.5, exactly the threshold, is consent.
    assertNull(p.supportRefusal(w.state("militia"), mandate(w)));
    w.sim.trust().setPrior(w.actor("militia"), w.actor("battalion"), 0.3, 10, 0);
    assertEquals("militia does not consent to contact (its trust in the mission 0.33 is below 0.50)",
        p.supportRefusal(w.state("militia"), mandate(w)).text());
    assertNull(p.supportRefusal(w.state("relief"), mandate(w)), "an agency is not held to the rule for armed groups");
    assertNull(p.supportRefusal(w.state("elders-a"), mandate(w)));
  }

  @Test
  void partneringArmsTheGroupAndEndingItTakesTheArmsBack() {
    QuietVillages w = world(t -> { });
    ActorState militia = w.state("militia");
    Partnerships p = w.sim.partnerships();
    p.endPartnership(militia);
    assertEquals(1, militia.strengthFactor, 0, "ending what never began changes nothing");
    p.partner(militia);
    assertTrue(militia.partnered);
    double gain = w.p().partnerStrengthGain();
    assertEquals(1 + gain, militia.strengthFactor, 1e-12);
    assertEquals(0.3 - w.p().partnerHostilityReduction(), militia.hostility, 1e-12);
    militia.strengthFactor *= 2;
    p.endPartnership(militia);
    assertFalse(militia.partnered);
    assertEquals(2, militia.strengthFactor, 1e-12, "the support given goes; what the group gained since stays");
    assertEquals(0.3 - w.p().partnerHostilityReduction(), militia.hostility, 1e-12, "hostility is left to what follows");
  }

  /**
   * Seen with the militia in village A: the elders there lose trust in the mission by
   * associationEvidence x max(predation, 1 - IHL compliance), and the armed group, a rival there,
   * grows more hostile by associationHostilityPerDay. Village B sees nothing.
   */
  @Test
  void theMissionIsJudgedByTheCompanyItKeepsWhereThePartnerOperates() {
    QuietVillages w = world(t -> { });
    ActorState militia = w.state("militia");
    militia.predation = 0.2;
    double hostility = w.state("armed-group").hostility;
    w.sim.partnerships().seenTogether(militia, w.sim.world().zone("village-a"));
    List<EngineEvent.TrustEvidence> seen = w.evidence("mission seen with militia");
    assertEquals(1, seen.size());
    assertEquals("elders-a", seen.get(0).from());
    assertEquals("battalion", seen.get(0).to());
    assertEquals(0, seen.get(0).positive(), 0);
    assertEquals(w.p().associationEvidence() * 0.5, seen.get(0).negative(), 1e-12);
    assertEquals(hostility + w.p().associationHostilityPerDay(), w.state("armed-group").hostility, 1e-12);
    assertEquals(0.3, militia.hostility, 0, "the partner itself is no rival of itself");

    militia.predation = 0.9;
    w.sim.partnerships().seenTogether(militia, w.sim.world().zone("village-a"));
    assertEquals(w.p().associationEvidence() * 0.9, w.evidence("mission seen with militia").get(1).negative(), 1e-12);
  }

  @Test
  void aRivalThatDoesNotOperateInTheZoneDoesNotSeeTheMissionThere() {
    QuietVillages w = world(t ->
        ((ObjectNode) TestScenarios.actor(t, "armed-group").get("mandate")).putArray("zones").add("village-b"));
    double hostility = w.state("armed-group").hostility;
    w.sim.partnerships().seenTogether(w.state("militia"), w.sim.world().zone("village-a"));
    assertEquals(hostility, w.state("armed-group").hostility, 0);
  }

  /**
   * Each day a partner is seen where it operates (the militia only in village A) and, with
   * partnerViolationRatePerDay x (1 - IHL compliance), commits an abuse: a compliance violation of
   * the mission that costs it the trust of the zone's communities. Groups not partnered do neither.
   */
  @Test
  void aPartnersAbusesAreTheMissionsComplianceViolations() {
    QuietVillages w = world(t -> t.with("parameters").put("partnerViolationRatePerDay", 2.0));
    w.sim.partnerships().daily();
    assertTrue(w.of(EngineEvent.ComplianceViolation.class).isEmpty(), "no partner, no violation");
    assertTrue(w.evidence("mission seen with militia").isEmpty());
    w.sim.partnerships().partner(w.state("militia"));
    w.sim.partnerships().daily();
    List<EngineEvent.ComplianceViolation> violations = w.of(EngineEvent.ComplianceViolation.class);
    assertEquals(1, violations.size(), "2 x (1 - 0.5) a day is certain");
    assertEquals("militia", violations.get(0).partner());
    assertEquals("village-a", violations.get(0).zone());
    assertEquals("battalion", violations.get(0).partnerOf());
    List<EngineEvent.TrustEvidence> abuse = w.evidence("abuse by a partner of the mission");
    assertEquals(1, abuse.size());
    assertEquals("elders-a", abuse.get(0).from());
    assertEquals(w.p().commitmentEvidence(), abuse.get(0).negative(), 0);
    assertEquals(1, w.evidence("mission seen with militia").size());

    QuietVillages lawful = world(t -> t.with("parameters").put("partnerViolationRatePerDay", 2.0));
    lawful.state("militia").ihlCompliance = 1;
    lawful.sim.partnerships().partner(lawful.state("militia"));
    for (int d = 0; d < 10; d++) {
      lawful.sim.partnerships().daily();
    }
    assertTrue(lawful.of(EngineEvent.ComplianceViolation.class).isEmpty(), "a partner that keeps the law commits none");
  }

  /** A partner operating in both villages is seen in each, by people: with village B emptied, only in A. */
  @Test
  void aPartnerOperatesWherePeopleAre() {
    QuietVillages w = world(t -> ((ObjectNode) t.get("map").get("zones").get(2)).put("population", 0));
    ActorState group = w.state("armed-group");
    w.sim.partnerships().partner(group);
    for (int d = 0; d < 20; d++) {
      w.sim.partnerships().daily();
    }
    List<EngineEvent.TrustEvidence> seen = w.evidence("mission seen with armed-group");
    assertTrue(seen.size() >= 19, seen.size() + " of 20 days seen");
    long inA = seen.stream().filter(e -> e.from().equals("elders-a")).count();
    assertTrue(inA >= 19, inA + " of 20 days in village A");
  }

  @Test
  void aPartnerOperatingInTwoVillagesAlikeIsSeenInBoth() {
    QuietVillages w = world(t -> t.with("parameters").put("partnerViolationRatePerDay", 0.0));
    w.sim.partnerships().partner(w.state("armed-group"));
    for (int d = 0; d < 40; d++) {
      w.sim.partnerships().daily();
    }
    List<EngineEvent.TrustEvidence> seen = w.evidence("mission seen with armed-group");
    long inA = seen.stream().filter(e -> e.from().equals("elders-a")).count();
    long inB = seen.stream().filter(e -> e.from().equals("elders-b")).count();
    assertEquals(40, inA + inB);
    assertTrue(inA >= 8 && inB >= 8, inA + " days in village A, " + inB + " in village B");
  }
}
