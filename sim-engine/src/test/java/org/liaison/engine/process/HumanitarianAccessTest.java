package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.engine.agents.Delivery;
import org.liaison.events.EngineEvent;

/**
 * Mechanism tests of humanitarian action (model description, section 7): where an agency sends its
 * convoys, the access it negotiates on arrival (blocked with aidBlockProbability x insecurity x
 * min(1, 2 (1 - acceptance))), an informed agency waiting out a warned attack, the escort's effect,
 * and deconfliction with the mission's units. Convoys are put on the road by hand, arriving now, so
 * that each rule is read off one arrival; trust in the agency is set with a confidence of a million
 * observations, so that the evidence of one delivery does not move it.
 */
class HumanitarianAccessTest {
  private static final double CERTAIN = 1e6;

  private static QuietVillages world(Consumer<ObjectNode> edit) {
    return QuietVillages.start(edit);
  }

  /** Trust of one actor in another, held fixed by a confidence no delivery moves. */
  private static void trust(QuietVillages w, String from, String to, double value) {
    w.sim.trust().setPrior(w.actor(from), w.actor(to), value, CERTAIN, w.sim.tick());
  }

  /** A convoy of the relief agency arriving in the zone now. */
  private static Delivery arriving(QuietVillages w, String zone, boolean escorted) {
    Delivery d = new Delivery(w.sim.world().newDeliveryId(), w.actor("relief"), w.sim.world().zone(zone),
        w.sim.tick(), escorted);
    w.sim.world().deliveries.add(d);
    return d;
  }

  private static long blocked(QuietVillages w, String reason) {
    return w.of(EngineEvent.AidBlocked.class).stream().filter(b -> b.reason().equals(reason)).count();
  }

  /** Runs n convoys to the zone, arriving now, and returns how many were denied access. */
  private static long denied(QuietVillages w, String zone, int n) {
    for (int i = 0; i < n; i++) {
      arriving(w, zone, false);
    }
    long before = blocked(w, "access denied");
    w.sim.humanitarian().arrivals();
    return blocked(w, "access denied") - before;
  }

  // ------------------------------------------------------------------ planning

  @Test
  void anAgencyPlansOnlyForZonesInNeedThatItsMandateCovers() {
    QuietVillages w = world(t -> {
      ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 168);
      ((ObjectNode) TestScenarios.actor(t, "relief").get("mandate")).putArray("zones").add("village-b");
    });
    for (int i = 0; i < 10; i++) {
      w.sim.humanitarian().plan(w.state("relief"));
    }
    List<EngineEvent.AidPlanned> planned = w.of(EngineEvent.AidPlanned.class);
    assertEquals(10, planned.size(), "168 deliveries a week is one an hour");
    assertTrue(planned.stream().allMatch(p -> p.zone().equals("village-b")), planned.toString());
    assertEquals(10, w.sim.world().deliveries.size());
    Delivery d = w.sim.world().deliveries.get(0);
    long hours = Math.max(1, Math.round(w.sim.access().roadHours(w.state("relief").homeZone, d.zone,
        w.state("relief").spec.speedKmh())));
    assertEquals(w.sim.tick() + hours, d.arrivesAt);
    assertTrue(hours > 1);
  }

  @Test
  void withNoZoneInNeedNothingIsPlanned() {
    QuietVillages w = world(t -> {
      ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 168);
      for (var z : t.get("map").get("zones")) {
        ((ObjectNode) z).put("need", 0);
      }
    });
    for (int i = 0; i < 10; i++) {
      w.sim.humanitarian().plan(w.state("relief"));
    }
    assertEquals(List.of(), w.of(EngineEvent.AidPlanned.class));
  }

  /** Zones are drawn by need times people: two villages alike share the convoys, a near-empty one gets few. */
  @Test
  void convoysGoWhereMorePeopleAreInNeed() {
    QuietVillages even = world(t ->
        ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 168));
    for (int i = 0; i < 40; i++) {
      even.sim.humanitarian().plan(even.state("relief"));
    }
    long toA = even.of(EngineEvent.AidPlanned.class).stream().filter(p -> p.zone().equals("village-a")).count();
    assertTrue(toA >= 10 && toA <= 30, toA + " of 40 to village A, where the two villages are alike");

    QuietVillages uneven = world(t -> {
      ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 168);
      ((ObjectNode) t.get("map").get("zones").get(2)).put("population", 10);
    });
    for (int i = 0; i < 40; i++) {
      uneven.sim.humanitarian().plan(uneven.state("relief"));
    }
    long toB = uneven.of(EngineEvent.AidPlanned.class).stream().filter(p -> p.zone().equals("village-b")).count();
    assertTrue(toB <= 2, toB + " of 40 to a village of 10 people against one of 4,000");
  }

  /** 84 deliveries a week: one chance in two an hour, so a day of turns plans about 12, not one each hour. */
  @Test
  void anAgencyPlansAtItsWeeklyRate() {
    QuietVillages w = world(t ->
        ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 84));
    for (int i = 0; i < 24; i++) {
      w.sim.humanitarian().plan(w.state("relief"));
    }
    int planned = w.of(EngineEvent.AidPlanned.class).size();
    assertTrue(planned >= 4 && planned <= 20, planned + " of 24 hours planned a delivery");
  }

  @Test
  void aConvoyBehindAClosedRoadIsPlannedAndBlockedAtOnce() {
    QuietVillages w = world(t -> {
      ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 168);
      ((ObjectNode) TestScenarios.actor(t, "relief").get("mandate")).putArray("zones").add("village-b");
      ObjectNode season = t.withArray("seasons").addObject();
      season.put("id", "rains").put("name", "Rains").putObject("from").put("day", 1);
      season.putArray("closures").addObject().put("zone", "village-b");
    });
    w.sim.access().update(w.sim.tick());
    w.sim.humanitarian().plan(w.state("relief"));
    assertEquals(1, w.of(EngineEvent.AidPlanned.class).size());
    assertEquals(1, blocked(w, "road closed"));
    assertEquals(List.of(), w.sim.world().deliveries, "nothing is on the road");
  }

  @Test
  void anAgencyInTheDeconflictionMechanismNotifiesTheMissionOfItsMovement() {
    QuietVillages w = world(t -> {
      ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 168);
      ((ObjectNode) TestScenarios.actor(t, "relief").get("mandate")).putArray("zones").add("village-b");
      t.withArray("channels").addObject().put("id", "relief-battalion").put("from", "relief")
          .put("to", "battalion").put("medium", "SATELLITE").put("reliability", 1.0).put("latencyHours", 1);
    });
    w.sim.humanitarian().plan(w.state("relief"));
    assertTrue(w.of(EngineEvent.MessageSent.class).isEmpty(), "an agency outside the mechanism tells no one");
    w.state("relief").deconfliction = true;
    w.sim.humanitarian().plan(w.state("relief"));
    List<EngineEvent.MessageSent> sent = w.of(EngineEvent.MessageSent.class);
    assertEquals(1, sent.size());
    assertEquals("MOVEMENT_NOTIFICATION", sent.get(0).kind());
    assertEquals("battalion", sent.get(0).to());
    Delivery silent = w.sim.world().deliveries.get(0);
    Delivery d = w.sim.world().deliveries.get(1);
    for (int h = 0; h < 3 && !d.notified; h++) {
      w.sim.stepTick();
    }
    assertTrue(d.notified, "the notification that reached the mission deconflicts the convoy");
    assertTrue(!silent.notified);
  }

  // ------------------------------------------------------------------ access on arrival

  @Test
  void aConvoyArrivingThisHourDeliversAndEasesTheNeed() {
    QuietVillages w = world(t -> { });
    Delivery later = new Delivery(w.sim.world().newDeliveryId(), w.actor("relief"), w.sim.world().zone("village-a"),
        w.sim.tick() + 1, false);
    w.sim.world().deliveries.add(later);
    arriving(w, "village-a", false);
    w.state("armed-group").hostility = 0;
    w.state("armed-group").predation = 0;
    w.sim.humanitarian().arrivals();
    List<EngineEvent.AidDelivered> delivered = w.of(EngineEvent.AidDelivered.class);
    assertEquals(1, delivered.size());
    assertEquals(0.6 - w.p().needReliefPerDelivery(), delivered.get(0).needAfter(), 1e-12);
    assertEquals(0.6 - w.p().needReliefPerDelivery(), w.zone("village-a").need, 1e-12);
    assertEquals(List.of(later), w.sim.world().deliveries, "the convoy due next hour is still on the road");
    List<EngineEvent.TrustEvidence> contact = w.evidence("aid delivered");
    assertEquals(1, contact.size());
    assertEquals("elders-a", contact.get(0).from());
    assertEquals("relief", contact.get(0).to());
    assertEquals(w.p().contactEvidence(), contact.get(0).positive(), 0);
    assertTrue(w.evidence("delivered as deconflicted").isEmpty(), "the convoy was not notified");
  }

  @Test
  void needNeverFallsBelowZero() {
    QuietVillages w = world(t -> t.with("parameters").put("needReliefPerDelivery", 1.0));
    w.state("armed-group").hostility = 0;
    arriving(w, "village-a", false);
    w.sim.humanitarian().arrivals();
    assertEquals(0, w.zone("village-a").need, 0);
  }

  /**
   * With aidBlockProbability 1 and an attack being prepared in the zone (insecurity 1), a convoy
   * accepted by no one (trust 0) is always turned back, and one that the armed group and the
   * community fully accept always gets through: the acceptance, not the threat alone, decides.
   */
  @Test
  void accessRespondsToAcceptance() {
    Consumer<ObjectNode> certain = t -> t.with("parameters").put("aidBlockProbability", 1.0);
    QuietVillages refused = world(certain);
    refused.prepare("village-a");
    trust(refused, "armed-group", "relief", 0);
    trust(refused, "elders-a", "relief", 0);
    assertEquals(20, denied(refused, "village-a", 20));
    assertTrue(refused.of(EngineEvent.AidDelivered.class).isEmpty());
    assertEquals(0.6, refused.zone("village-a").need, 0, "a blocked convoy relieves nothing");

    QuietVillages accepted = world(certain);
    accepted.prepare("village-a");
    trust(accepted, "armed-group", "relief", 1);
    trust(accepted, "elders-a", "relief", 1);
    assertEquals(0, denied(accepted, "village-a", 20));
    assertEquals(20, accepted.of(EngineEvent.AidDelivered.class).size());
  }

  /**
   * Acceptance is the mean of the armed group's trust (0.9) and the community's (0.5): 0.7, so
   * min(1, 2 x 0.3) = 0.6; the group's hostility 0.8 is the insecurity; with aidBlockProbability 1
   * a convoy is blocked with probability 0.48. Of 400, 192 are expected, with a standard deviation
   * of 10; leaving out the group's or the community's acceptance, or the insecurity, would give 64,
   * 320 or 240.
   */
  @Test
  void theChanceOfBeingBlockedIsInsecurityTimesTheShortfallOfAcceptance() {
    QuietVillages w = world(t -> t.with("parameters").put("aidBlockProbability", 1.0));
    w.state("armed-group").hostility = 0.8;
    w.state("armed-group").predation = 0.1;
    trust(w, "armed-group", "relief", 0.9);
    trust(w, "elders-a", "relief", 0.5);
    long n = denied(w, "village-a", 400);
    assertTrue(Math.abs(n - 192) <= 50, n + " of 400 blocked where 192 are expected");
  }

  /**
   * The group's trust 0.1 and the community's 0.7 make an acceptance of 0.4, short of full
   * acceptance by more than half, so the chance is the insecurity, 0.8: about 320 of 400. Taking
   * the groups as accepting (as where none operates) would give 0.24, 96 of 400.
   */
  @Test
  void aGroupThatDoesNotAcceptTheAgencyCountsWhereItOperates() {
    QuietVillages w = world(t -> t.with("parameters").put("aidBlockProbability", 1.0));
    w.state("armed-group").hostility = 0.8;
    w.state("armed-group").predation = 0.1;
    trust(w, "armed-group", "relief", 0.1);
    trust(w, "elders-a", "relief", 0.7);
    long n = denied(w, "village-a", 400);
    assertTrue(Math.abs(n - 320) <= 45, n + " of 400 blocked where 320 are expected");
  }

  /** Where no community lives (the base), the groups' acceptance alone is weighed. */
  @Test
  void whereNoCommunityLivesTheGroupsAcceptanceDecides() {
    QuietVillages w = world(t -> {
      t.with("parameters").put("aidBlockProbability", 1.0);
      ((ObjectNode) TestScenarios.actor(t, "armed-group").get("mandate")).putArray("zones");
      for (var z : t.get("map").get("zones")) {
        ((ObjectNode) z).put("need", 0.5);
      }
    });
    w.state("armed-group").hostility = 1;
    trust(w, "armed-group", "relief", 0);
    assertEquals(10, denied(w, "base", 10));
  }

  /** Two communities in the zone count by their mean: one refusing and one accepting make 0.5, with the group's 0.5. */
  @Test
  void theCommunitiesOfAZoneCountByTheirMean() {
    QuietVillages w = world(t -> {
      t.with("parameters").put("aidBlockProbability", 1.0);
      ObjectNode women = t.withArray("actors").addObject();
      women.put("id", "women-a").put("name", "Women of village A").put("kind", "COMMUNITY_GROUP").put("homeZone", "village-a");
      women.putObject("mandate").putArray("tasks").add("MONITOR");
      ObjectNode comms = women.putObject("communication");
      comms.putArray("languages").add("sg");
      comms.putArray("media").add("FACE_TO_FACE");
      women.putObject("dispositions").put("cooperativeness", 0.6);
    });
    w.prepare("village-a");
    trust(w, "armed-group", "relief", 0.5);
    trust(w, "elders-a", "relief", 0);
    trust(w, "women-a", "relief", 1);
    assertEquals(20, denied(w, "village-a", 20), "acceptance 0.5 leaves the chance at the insecurity, 1");
  }

  /** Predation counts as insecurity as hostility does: the larger of the two. */
  @Test
  void aPredatoryGroupBlocksAsAHostileOneDoes() {
    QuietVillages w = world(t -> t.with("parameters").put("aidBlockProbability", 1.0));
    w.state("armed-group").hostility = 0;
    w.state("armed-group").predation = 1;
    trust(w, "armed-group", "relief", 0);
    trust(w, "elders-a", "relief", 0);
    assertEquals(10, denied(w, "village-a", 10));
  }

  @Test
  void whereNoGroupIsHostileOrPredatoryNoConvoyIsBlocked() {
    QuietVillages w = world(t -> t.with("parameters").put("aidBlockProbability", 1.0));
    w.state("armed-group").hostility = 0;
    w.state("armed-group").predation = 0;
    trust(w, "armed-group", "relief", 0);
    trust(w, "elders-a", "relief", 0);
    assertEquals(0, denied(w, "village-a", 20));
  }

  /**
   * Where no armed group operates, only the community's acceptance is weighed against full
   * acceptance by the (absent) groups: a community that fully accepts the agency lets every convoy
   * through even while an attack is prepared there.
   */
  @Test
  void whereNoGroupOperatesTheGroupsCountAsAccepting() {
    QuietVillages w = world(t -> {
      t.with("parameters").put("aidBlockProbability", 1.0);
      ((ObjectNode) TestScenarios.actor(t, "armed-group").get("mandate")).putArray("zones").add("village-b");
    });
    w.prepare("village-a");
    trust(w, "elders-a", "relief", 1);
    trust(w, "armed-group", "relief", 0);
    assertEquals(0, denied(w, "village-a", 20));
  }

  /** An attack being prepared in another zone does not make this one insecure. */
  @Test
  void onlyAnAttackInTheConvoysZoneRaisesItsInsecurity() {
    QuietVillages w = world(t -> t.with("parameters").put("aidBlockProbability", 1.0));
    w.state("armed-group").hostility = 0;
    w.state("armed-group").predation = 0;
    w.prepare("village-b");
    trust(w, "armed-group", "relief", 0);
    trust(w, "elders-a", "relief", 0);
    assertEquals(0, denied(w, "village-a", 20));
    w.prepare("village-a");
    assertEquals(20, denied(w, "village-a", 20));
  }

  // ------------------------------------------------------------------ informed agencies and escorts

  /** A warned attack on village A, with the threat known to the mission. */
  private static void warnedOfAnAttackOnVillageA(QuietVillages w) {
    w.sim.response().warned(w.prepare("village-a"), w.actor("elders-a"), w.actor("battalion"));
    assertTrue(w.sim.response().threatKnownIn(w.sim.world().zone("village-a")));
  }

  @Test
  void anAgencyInformedOfAWarnedAttackWaitsADayAndOneThatIsNotDrivesIn() {
    QuietVillages w = world(t -> { });
    warnedOfAnAttackOnVillageA(w);
    w.state("relief").deconfliction = true;
    Delivery d = arriving(w, "village-a", false);
    w.sim.humanitarian().arrivals();
    assertEquals(w.sim.tick() + 24, d.arrivesAt);
    assertEquals(List.of(d), w.sim.world().deliveries);
    assertTrue(w.of(EngineEvent.AidDelivered.class).isEmpty() && w.of(EngineEvent.AidBlocked.class).isEmpty());

    w.sim.world().deliveries.clear();
    w.state("relief").deconfliction = false;
    w.state("relief").liaisonOfficer = true;
    Delivery withOfficer = arriving(w, "village-a", false);
    w.sim.humanitarian().arrivals();
    assertEquals(w.sim.tick() + 24, withOfficer.arrivesAt, "a liaison officer informs the agency as well");

    w.sim.world().deliveries.clear();
    w.state("relief").liaisonOfficer = false;
    Delivery uninformed = arriving(w, "village-a", false);
    w.sim.humanitarian().arrivals();
    assertTrue(w.sim.world().deliveries.isEmpty(), "an agency that does not hear of the threat arrives");
    assertEquals(uninformed.id, lastOutcome(w));
  }

  @Test
  void anIndependentAgencyKeepsOutOfTheMissionsPictureAndAnEscortedConvoyGoesOn() {
    QuietVillages w = world(t -> TestScenarios.actor(t, "relief").putArray("principles").add("INDEPENDENCE"));
    warnedOfAnAttackOnVillageA(w);
    w.state("relief").deconfliction = true;
    w.state("relief").liaisonOfficer = true;
    Delivery independent = arriving(w, "village-a", false);
    w.sim.humanitarian().arrivals();
    assertTrue(w.sim.world().deliveries.isEmpty());
    assertEquals(independent.id, lastOutcome(w));

    QuietVillages escorted = world(t -> { });
    warnedOfAnAttackOnVillageA(escorted);
    escorted.state("relief").deconfliction = true;
    Delivery d = arriving(escorted, "village-a", true);
    escorted.sim.humanitarian().arrivals();
    assertTrue(escorted.sim.world().deliveries.isEmpty(), "an escorted convoy does not wait");
    assertEquals(d.id, lastOutcome(escorted));
  }

  /** The delivery of the last aid outcome, delivered or blocked. */
  private static long lastOutcome(QuietVillages w) {
    return w.events.stream().filter(e -> e instanceof EngineEvent.AidDelivered || e instanceof EngineEvent.AidBlocked)
        .map(e -> e instanceof EngineEvent.AidDelivered a ? a.delivery() : ((EngineEvent.AidBlocked) e).delivery())
        .reduce((a, b) -> b).orElseThrow();
  }

  /** With escortBlockFactor 0 an escorted convoy always gets through where an unescorted one never does. */
  @Test
  void anEscortLowersTheChanceOfBeingBlocked() {
    QuietVillages w = world(t -> t.with("parameters").put("aidBlockProbability", 1.0).put("escortBlockFactor", 0.0)
        .put("associationHurtsAcceptance", false));
    w.prepare("village-a");
    trust(w, "armed-group", "relief", 0);
    trust(w, "elders-a", "relief", 0);
    assertEquals(10, denied(w, "village-a", 10));
    for (int i = 0; i < 10; i++) {
      arriving(w, "village-a", true);
    }
    w.sim.humanitarian().arrivals();
    assertEquals(10, w.of(EngineEvent.AidDelivered.class).size());
  }

  /**
   * An escorted convoy is seen with the force by the groups of the zone: each loses trust in the
   * agency by partialityEvidence, doubled for an agency holding neutrality, and grows more hostile
   * by associationHostilityPerDay. Groups that do not operate in the zone see nothing.
   */
  @Test
  void anEscortedConvoyIsSeenWithTheForce() {
    QuietVillages neutral = world(t -> ((ObjectNode) t.with("parameters")).put("aidBlockProbability", 0.0));
    neutral.state("armed-group").hostility = 0.5;
    arriving(neutral, "village-a", true);
    neutral.sim.humanitarian().arrivals();
    List<EngineEvent.TrustEvidence> seen = neutral.evidence("seen with the military");
    assertEquals(1, seen.size());
    assertEquals("armed-group", seen.get(0).from());
    assertEquals("relief", seen.get(0).to());
    assertEquals(0, seen.get(0).positive(), 0);
    assertEquals(neutral.p().partialityEvidence() * neutral.p().principledAssociationFactor(), seen.get(0).negative(), 1e-12);
    assertEquals(0.5 + neutral.p().associationHostilityPerDay(), neutral.state("armed-group").hostility, 1e-12);

    QuietVillages plain = world(t -> {
      t.with("parameters").put("aidBlockProbability", 0.0);
      TestScenarios.actor(t, "relief").putArray("principles");
    });
    arriving(plain, "village-a", true);
    plain.sim.humanitarian().arrivals();
    assertEquals(plain.p().partialityEvidence(), plain.evidence("seen with the military").get(0).negative(), 1e-12);

    for (String principle : List.of("IMPARTIALITY", "INDEPENDENCE")) {
      QuietVillages principled = world(t -> {
        t.with("parameters").put("aidBlockProbability", 0.0);
        TestScenarios.actor(t, "relief").putArray("principles").add(principle);
      });
      arriving(principled, "village-a", true);
      principled.sim.humanitarian().arrivals();
      assertEquals(principled.p().partialityEvidence() * principled.p().principledAssociationFactor(),
          principled.evidence("seen with the military").get(0).negative(), 1e-12, principle);
    }

    QuietVillages elsewhere = world(t -> {
      t.with("parameters").put("aidBlockProbability", 0.0);
      ((ObjectNode) TestScenarios.actor(t, "armed-group").get("mandate")).putArray("zones").add("village-b");
    });
    double hostility = elsewhere.state("armed-group").hostility;
    arriving(elsewhere, "village-a", true);
    elsewhere.sim.humanitarian().arrivals();
    assertTrue(elsewhere.evidence("seen with the military").isEmpty());
    assertEquals(hostility, elsewhere.state("armed-group").hostility, 0);
  }

  @Test
  void whereTheScenarioHoldsThatAssociationDoesNotHurtAnEscortCostsNothing() {
    QuietVillages w = world(t -> t.with("parameters").put("aidBlockProbability", 0.0)
        .put("associationHurtsAcceptance", false));
    double hostility = w.state("armed-group").hostility;
    arriving(w, "village-a", true);
    w.sim.humanitarian().arrivals();
    assertEquals(1, w.of(EngineEvent.AidDelivered.class).size());
    assertTrue(w.evidence("seen with the military").isEmpty());
    assertEquals(hostility, w.state("armed-group").hostility, 0);
  }

  /** The escort is the nearest free protecting unit; of two alike the first, and never one holding a threatened zone. */
  @Test
  void theEscortIsTheNearestFreeUnitAndTheTripCountsBothWays() {
    QuietVillages w = world(t -> {
      ((ObjectNode) TestScenarios.actor(t, "relief").get("capacity")).put("deliveriesPerWeek", 168);
      ((ObjectNode) TestScenarios.actor(t, "relief").get("mandate")).putArray("zones").add("village-b");
      t.with("parameters").put("deterrenceStrength", 40).put("referencePopulation", 4000)
          .put("responseDeterrenceGoal", 0.1);
      ArrayNode units = TestScenarios.actor(t, "battalion").putArray("units");
      units.addObject().put("id", "first").put("role", "TROOPS").put("strength", 10).put("zone", "base");
      units.addObject().put("id", "second").put("role", "TROOPS").put("strength", 10).put("zone", "base");
      units.addObject().put("id", "holding").put("role", "TROOPS").put("strength", 10).put("zone", "village-a");
      units.addObject().put("id", "observers").put("role", "OBSERVERS").put("strength", 10).put("zone", "village-b");
    });
    w.state("relief").escorted = true;
    // The unit holding village A already deters beyond the response goal there: no one else is sent.
    w.sim.response().warned(w.prepare("village-a"), w.actor("elders-a"), w.actor("battalion"));
    assertEquals(List.of(), w.of(EngineEvent.ResponseDispatched.class));
    w.sim.humanitarian().plan(w.state("relief"));
    EngineEvent.EscortAssigned escort = w.of(EngineEvent.EscortAssigned.class).get(0);
    Delivery d = w.sim.world().deliveries.get(0);
    assertEquals(2 * (d.arrivesAt - w.sim.tick()), escort.hours(), "there and back");
    assertTrue(!escort.unit().equals("holding") && !escort.unit().equals("observers"), escort.unit());
    assertEquals("first", escort.unit(), "the first free one of two alike");
  }

  // ------------------------------------------------------------------ deconfliction

  /** The quiet villages with a post of the battalion in village A and every unannounced convoy meeting it. */
  private static QuietVillages withAPostInVillageA() {
    return world(t -> {
      t.with("parameters").put("aidBlockProbability", 0.0).put("deconflictionIncidentProbability", 1.0);
      ArrayNode units = TestScenarios.actor(t, "battalion").putArray("units");
      units.addObject().put("id", "post").put("role", "TROOPS").put("strength", 10).put("zone", "village-a");
    });
  }

  @Test
  void aConvoyTheMissionWasNotToldOfMeetsAnIncidentWithItsUnits() {
    QuietVillages w = withAPostInVillageA();
    assertEquals(1, w.zone("village-a").missionUnits);
    Delivery d = arriving(w, "village-a", false);
    w.sim.humanitarian().arrivals();
    assertEquals(1, blocked(w, "incident with mission units"));
    assertEquals(d.id, lastOutcome(w));
    assertEquals(0.6, w.zone("village-a").need, 0);
    List<EngineEvent.TrustEvidence> incident = w.evidence("incident with mission units");
    assertEquals(1, incident.size());
    assertEquals("relief", incident.get(0).from());
    assertEquals("battalion", incident.get(0).to());
    assertEquals(w.p().commitmentEvidence(), incident.get(0).negative(), 0);
    assertEquals(0, incident.get(0).positive(), 0);

    arriving(w, "village-b", false);
    w.sim.humanitarian().arrivals();
    assertEquals(1, w.of(EngineEvent.AidDelivered.class).size(), "no incident where the mission has no units");
  }

  @Test
  void aDeconflictedConvoyPassesTheMissionsUnitsAndTheAgencyCreditsTheMission() {
    QuietVillages w = withAPostInVillageA();
    Delivery d = arriving(w, "village-a", false);
    w.sim.humanitarian().notified(d.id + 1000);
    assertTrue(!d.notified, "a notification of another movement");
    w.sim.humanitarian().notified(d.id);
    assertTrue(d.notified);
    w.sim.humanitarian().arrivals();
    assertEquals(0, blocked(w, "incident with mission units"));
    assertEquals(1, w.of(EngineEvent.AidDelivered.class).size());
    List<EngineEvent.TrustEvidence> credit = w.evidence("delivered as deconflicted");
    assertEquals(1, credit.size());
    assertEquals("relief", credit.get(0).from());
    assertEquals("battalion", credit.get(0).to());
    assertEquals(w.p().commitmentEvidence(), credit.get(0).positive(), 0);
  }
}
