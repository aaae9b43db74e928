package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Task;

/**
 * The doctrine policy's rules one by one, against a world it is shown by hand (no simulation):
 * the two-villages world, whose battalion has 40 staff-hours a day and one patrol unit at its base,
 * keeps its own standing commitments within 60% of them (24 h) less what its routine of meetings
 * costs a day on average (a 12 h forum a week: 24 - 12/7 = 22.3 h; with a weekly 12 h dialogue
 * too, 24 - 24/7 = 20.6 h), and spends on its own initiative at most 24 h a day plus one forum or
 * dialogue (36 h); commitments taken at decision points are paid from the rest. Elders of village B (marginalised) and of village A are
 * community groups; the relief NGO is neutral; the armed group has an IHL compliance of 0.2.
 */
class DoctrineRulesTest {

  /** A world shown to the policy: everything settable, and actions taken against its budget. */
  private static final class World implements WorldView, Actions {
    final Scenario scenario;
    long tick;
    double budget;
    double standing;
    List<String> threatened = List.of("village-a", "village-b");
    final Set<String> alertNetworks = new HashSet<>();
    final Set<String> liaisonOfficers = new HashSet<>();
    final Set<String> deconfliction = new HashSet<>();
    final Set<String> interpreters = new HashSet<>();
    final Map<String, Double> hostility = new HashMap<>(Map.of("armed-group", 0.8));
    final Map<String, Double> trustVia = new HashMap<>();
    double factionTrustInMission = 0.3;
    final List<PendingRequest> requests = new ArrayList<>();
    final List<CoordinationAction> taken = new ArrayList<>();
    final Set<ActionType> notApplicable = new HashSet<>();
    final Set<ActionType> refusedByExecutor = new HashSet<>();
    /** Media down in zones, as "MEDIUM zone". */
    final Set<String> down = new HashSet<>();
    /** Zones no road reaches. */
    final Set<String> closed = new HashSet<>();
    final Map<String, Integer> warnings = new HashMap<>();
    final Map<String, Integer> messages = new HashMap<>();
    List<UnitPosition> units = List.of(new UnitPosition("patrol", "base", "base", null));

    World(Scenario scenario, double budget) {
      this.scenario = scenario;
      this.budget = budget;
    }

    @Override public Scenario scenario() { return scenario; }
    @Override public long tick() { return tick; }
    @Override public long seed() { return 1; }
    @Override public double variable(String name) { throw new IllegalArgumentException(name); }
    @Override public String missionActor() { return "battalion"; }
    @Override public double budgetLeft() { return budget; }
    @Override public double standingCostPerDay() { return standing; }
    @Override public boolean hasLiaisonOfficer(String actor) { return liaisonOfficers.contains(actor); }
    @Override public boolean hasAlertNetwork(String actor) { return alertNetworks.contains(actor); }
    @Override public boolean hasDeconfliction(String actor) { return deconfliction.contains(actor); }
    @Override public boolean hasInterpreters(String language) { return interpreters.contains(language); }
    @Override public boolean missionSpeaks(String language) {
      return scenario.actors().get(0).communication().languages().contains(language);
    }
    @Override public double trustInMission(String actor) { return factionTrustInMission; }
    @Override public double trustVia(String from, String via, String to) { return trustVia.getOrDefault(via, 0.0); }
    @Override public double hostility(String actor) { return hostility.getOrDefault(actor, 0.0); }
    @Override public List<String> threatenedZones() { return threatened; }
    @Override public boolean applicable(CoordinationAction action) { return !notApplicable.contains(action.type()); }
    @Override public List<PendingRequest> pendingRequests() { return requests; }
    @Override public boolean mediumWorks(Medium medium, String zone) { return !down.contains(medium + " " + zone); }
    @Override public Medium alertMedium(String community) {
      List<Medium> media = scenario.actors().stream().filter(a -> a.id().equals(community)).findFirst()
          .map(a -> a.communication().media()).orElse(List.of());
      return Stream.of(Medium.MOBILE, Medium.RADIO, Medium.SATELLITE, Medium.COURIER, Medium.FACE_TO_FACE)
          .filter(media::contains).findFirst().orElse(null);
    }
    @Override public boolean roadOpen(String fromZone, String toZone) { return !closed.contains(toZone); }
    @Override public int warningsReceived(String zone) { return warnings.getOrDefault(zone, 0); }
    @Override public int attacksKnown(String zone) { return 0; }
    @Override public int messagesFrom(String actor) { return messages.getOrDefault(actor, 0); }
    @Override public List<UnitPosition> protectingUnits() { return units; }

    @Override
    public ActionResult take(CoordinationAction action) {
      String refusal = wouldRefuse(action);
      if (refusal != null) {
        return ActionResult.refused(refusal);
      }
      double cost = scenario.coordination().costOf(action.type());
      budget -= cost;
      standing += action.type().standing() ? cost : 0;
      taken.add(action);
      switch (action.type()) {
        case SET_UP_ALERT_NETWORK -> alertNetworks.add(action.target());
        case ASSIGN_LIAISON_OFFICER -> liaisonOfficers.add(action.target());
        case DECONFLICTION_MECHANISM -> deconfliction.add(action.target());
        case HIRE_INTERPRETERS -> interpreters.add(action.language());
        case END_ARRANGEMENT -> {
          standing -= scenario.coordination().costOf(action.ends());
          (action.ends() == ActionType.SET_UP_ALERT_NETWORK ? alertNetworks : liaisonOfficers).remove(action.target());
        }
        default -> { }
      }
      return ActionResult.TAKEN;
    }

    @Override
    public String wouldRefuse(CoordinationAction action) {
      if (refusedByExecutor.contains(action.type())) {
        return "no venue";
      }
      return scenario.coordination().costOf(action.type()) > budget + 1e-9 ? "over budget" : null;
    }

    List<String> takenAsText() {
      return taken.stream().map(a -> a.type() + (a.target() == null ? "" : " " + a.target())
          + (a.via() == null ? "" : " via " + a.via()) + (a.language() == null ? "" : " " + a.language())
          + (a.members().isEmpty() ? "" : " " + a.members())).toList();
    }
  }

  private static Scenario world(Consumer<ObjectNode> edit) {
    return TestScenarios.load("two-villages", edit);
  }

  private static Scenario world() {
    return world(t -> { });
  }

  private static Consumer<ObjectNode> mediationAllowed() {
    return t -> ((ObjectNode) TestScenarios.actor(t, "battalion").get("mandate")).withArray("tasks").add("MEDIATE");
  }

  @Test
  void onAFreshDayItLinksTheMarginalisedThreatenedCommunityFirstThenHoldsAForumWithinItsShare() {
    World w = new World(world(), 40);
    new DoctrinePolicy().daily(w, w);
    assertEquals(List.of("SET_UP_ALERT_NETWORK elders-b", "SET_UP_ALERT_NETWORK elders-a",
        "HOLD_COORDINATION_FORUM [elders-b, elders-a, relief]"), w.takenAsText(),
        "two alert networks (20 h standing) fit under 22.3 h, a deconfliction (26 h) would not; the forum takes the day's"
            + " own spending to 32 of the 36 h");
    assertEquals(8, w.budget, 1e-9);
  }

  @Test
  void withALargerBudgetItLinksEveryThreatenedCommunityAndDeconflictsWithTheHumanitarians() {
    World w = new World(world(t -> t.putObject("coordination").put("staffHoursPerDay", 72)), 72);
    new DoctrinePolicy().daily(w, w);
    assertEquals(List.of("SET_UP_ALERT_NETWORK elders-b", "SET_UP_ALERT_NETWORK elders-a", "DECONFLICTION_MECHANISM relief",
        "HOLD_COORDINATION_FORUM [elders-b, elders-a, relief]", "ASSIGN_LIAISON_OFFICER elders-b"), w.takenAsText(),
        "72 h a day: 34 h of standing fit under 43.2 - 12/7 = 41.5 h, a second officer (42 h) would not");
  }

  @Test
  void aCommunityOutsideTheThreatenedZonesGetsNoAlertNetworkAndComesAfterThoseInside() {
    World w = new World(world(t -> t.putObject("coordination").put("staffHoursPerDay", 72)), 72);
    w.threatened = List.of("village-a");
    new DoctrinePolicy().daily(w, w);
    assertEquals(List.of("SET_UP_ALERT_NETWORK elders-a", "DECONFLICTION_MECHANISM relief",
        "HOLD_COORDINATION_FORUM [elders-a, elders-b, relief]", "ASSIGN_LIAISON_OFFICER elders-a",
        "ASSIGN_LIAISON_OFFICER elders-b", "ASSIGN_LIAISON_OFFICER relief"), w.takenAsText(),
        "threatened first, the marginalised village B next, the NGO last; 40 h of standing fit under 41.5 h");
  }

  @Test
  void commitmentsTakenAtDecisionPointsDoNotStopItsOwnRoutine() {
    World w = new World(world(), 20);
    w.standing = 20;
    w.threatened = List.of("village-b");
    new DoctrinePolicy().daily(w, w);
    assertEquals(List.of("SET_UP_ALERT_NETWORK elders-b", "DECONFLICTION_MECHANISM relief"), w.takenAsText(),
        "20 h a day already go to answers at decision points; of the 20 h left, its own network and deconfliction"
            + " (16 h) fit under its 22.3 h of standing, and the forum (12 h) no longer fits the day");
  }

  @Test
  void itKeepsItsOwnStandingCommitmentsWithinItsShareLessItsRoutineDayAfterDay() {
    World w = new World(world(), 40);
    w.threatened = List.of("village-b");
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(w, w);
    assertEquals(List.of("SET_UP_ALERT_NETWORK elders-b", "DECONFLICTION_MECHANISM relief",
        "HOLD_COORDINATION_FORUM [elders-b, elders-a, relief]"), w.takenAsText());
    w.tick = 24;
    w.budget = 40 - w.standing;
    w.threatened = List.of("village-a", "village-b");
    doctrine.daily(w, w);
    assertEquals(3, w.taken.size(), "on day 2 a second network (16 + 10) or an officer (16 + 8) would take its own"
        + " standing hours past 22.3; got " + w.takenAsText());
  }

  @Test
  void itHiresInterpretersFirstForTheLanguageMostOfThoseItCannotTalkToSpeak() {
    World w = new World(world(t -> {
      ((ObjectNode) TestScenarios.actor(t, "elders-a").get("communication")).putArray("languages").add("kg").add("sg");
      ((ObjectNode) TestScenarios.actor(t, "elders-b").get("communication")).putArray("languages").add("sg");
    }), 40);
    new DoctrinePolicy().daily(w, w);
    assertEquals("HIRE_INTERPRETERS sg", w.takenAsText().get(0),
        "Sango reaches both villages, Kongo only one: one hire, before the lines a duty officer could not understand");
    assertEquals(1, w.taken.stream().filter(a -> a.type() == ActionType.HIRE_INTERPRETERS).count());
  }

  @Test
  void atADecisionPointAForumThatLeavesCommunitiesOutIsWorthLessThanAnInclusiveOne() {
    Scenario s = world();
    double notables = DoctrinePolicy.score(new CoordinationAction(ActionType.HOLD_COORDINATION_FORUM, null, null,
        null, List.of("elders-a", "relief"), null, null, null, null), s);
    double inclusive = DoctrinePolicy.score(new CoordinationAction(ActionType.HOLD_COORDINATION_FORUM, null, null,
        null, List.of("elders-a", "elders-b", "relief"), null, null, null, null), s);
    assertTrue(inclusive > notables, inclusive + " against " + notables);
  }

  @Test
  void itAnswersRequestsDecliningThoseOutsideTheMandate() {
    World w = new World(world(), 40);
    w.threatened = List.of();
    w.deconfliction.add("relief");
    w.requests.add(new PendingRequest("relief", Task.DELIVER_AID, 3));
    w.requests.add(new PendingRequest("elders-a", Task.PATROL, 4));
    new DoctrinePolicy().daily(w, w);
    assertEquals(List.of(ActionType.DECLINE_REQUEST, ActionType.ACCEPT_REQUEST),
        w.taken.subList(0, 2).stream().map(CoordinationAction::type).toList());
    assertEquals(Task.DELIVER_AID, w.taken.get(0).task());
    assertEquals("elders-a", w.taken.get(1).target());
  }

  @Test
  void itHiresInterpretersForALanguageNoPartnerShareswithTheMission() {
    Scenario s = world(t -> {
      ObjectNode comms = (ObjectNode) TestScenarios.actor(t, "elders-b").get("communication");
      comms.putArray("languages").add("sg");
    });
    World w = new World(s, 40);
    w.threatened = List.of();
    w.deconfliction.add("relief");
    new DoctrinePolicy().daily(w, w);
    assertEquals("HIRE_INTERPRETERS sg", w.takenAsText().get(0), "village B's elders speak only Sango");
    World hired = new World(s, 40);
    hired.threatened = List.of();
    hired.deconfliction.add("relief");
    hired.interpreters.add("sg");
    new DoctrinePolicy().daily(hired, hired);
    assertEquals(ActionType.HOLD_COORDINATION_FORUM, hired.taken.get(0).type(), "interpreters already hired");
  }

  @Test
  void itHoldsAForumAtTheIntervalAndNotBetween() {
    World w = new World(world(), 40);
    w.threatened = List.of();
    w.deconfliction.add("relief");
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(w, w);
    long forums = forums(w);
    assertEquals(1, forums);
    for (long day = 1; day <= 7; day++) {
      w.tick = day * 24 + 5;
      w.budget = 40;
      doctrine.daily(w, w);
      assertEquals(day < 7 ? 1 : 2, forums(w), "day " + day);
    }
  }

  @Test
  void aForumTheExecutorRefusesIsTriedAgainTheNextDay() {
    World w = new World(world(), 40);
    w.threatened = List.of();
    w.deconfliction.add("relief");
    w.refusedByExecutor.add(ActionType.HOLD_COORDINATION_FORUM);
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(w, w);
    assertEquals(0, forums(w));
    w.refusedByExecutor.clear();
    w.tick = 24;
    w.budget = 40;
    doctrine.daily(w, w);
    assertEquals(1, forums(w), "the refused forum did not count as held");
  }

  private static long forums(World w) {
    return w.taken.stream().filter(a -> a.type() == ActionType.HOLD_COORDINATION_FORUM).count();
  }

  @Test
  void itTalksToAHostileFactionThroughThePartnerItTrustsMostWhenTheMandateAllows() {
    World w = new World(world(mediationAllowed()), 40);
    w.threatened = List.of();
    w.deconfliction.add("relief");
    w.trustVia.put("elders-a", 0.5);
    w.trustVia.put("elders-b", 0.4);
    new DoctrinePolicy().daily(w, w);
    assertEquals(List.of("HOLD_COORDINATION_FORUM [elders-b, elders-a, relief]", "MEDIATION armed-group via elders-a",
        "ASSIGN_LIAISON_OFFICER elders-b"), w.takenAsText(),
        "forum and dialogue (24 h) and one officer (8 h) make 32 of the 36 h; a second officer would leave 0 h of the day");
  }

  @Test
  void itTalksDirectlyWhenNoPartnerIsTrustedMoreAndNotAtAllToAFactionNoLongerHostile() {
    World direct = new World(world(mediationAllowed()), 40);
    direct.threatened = List.of();
    direct.deconfliction.add("relief");
    direct.trustVia.put("elders-a", 0.3);
    new DoctrinePolicy().daily(direct, direct);
    assertEquals("MEDIATION armed-group", direct.takenAsText().get(1), "0.3 through the elders is no better than 0.3 direct");
    World calm = new World(world(mediationAllowed()), 40);
    calm.threatened = List.of();
    calm.deconfliction.add("relief");
    calm.hostility.put("armed-group", 0.0);
    new DoctrinePolicy().daily(calm, calm);
    assertEquals(List.of(ActionType.HOLD_COORDINATION_FORUM, ActionType.ASSIGN_LIAISON_OFFICER,
        ActionType.ASSIGN_LIAISON_OFFICER), calm.taken.stream().map(CoordinationAction::type).toList(),
        "no dialogue with a calm faction: its 12 h go to a second officer");
  }

  @Test
  void itTalksToAFactionAgainOnlyAfterTheInterval() {
    World w = new World(world(mediationAllowed()), 40);
    w.threatened = List.of();
    w.deconfliction.add("relief");
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(w, w);
    for (long day = 1; day <= 8; day++) {
      w.tick = day * 24;
      w.budget = 40;
      doctrine.daily(w, w);
      long dialogues = w.taken.stream().filter(a -> a.type() == ActionType.MEDIATION).count();
      // On day 7 the forum and the officer posted on day 1 (8 + 12 of 24 h) leave no room for a
      // dialogue the same day; it follows on day 8.
      assertEquals(day < 8 ? 1 : 2, dialogues, "day " + day);
    }
  }

  @Test
  void withNothingElseToDoItPostsLiaisonOfficersWithinItsShare() {
    World w = new World(world(), 40);
    w.threatened = List.of();
    w.deconfliction.addAll(List.of("relief"));
    w.liaisonOfficers.add("elders-b");
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(w, w);
    w.tick = 24;
    w.budget = 40;
    doctrine.daily(w, w);
    assertEquals(List.of("HOLD_COORDINATION_FORUM [elders-b, elders-a, relief]", "ASSIGN_LIAISON_OFFICER elders-a",
        "ASSIGN_LIAISON_OFFICER relief"), w.takenAsText(),
        "the forum and two officers (28 h) fit the day's 36 h and the officers (16 h) the 22.3 h of standing;"
            + " on day 2 nobody is left without an officer");
  }

  // Commanding the force, outages and closures, the review of its own commitments.

  private static List<UnitPosition> unitsAtBase(int n) {
    List<UnitPosition> units = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      units.add(new UnitPosition("patrol-" + i, "base", "base", null));
    }
    return units;
  }

  private static List<String> deployments(World w) {
    return w.taken.stream().filter(a -> a.type() == ActionType.DEPLOY_UNITS).map(CoordinationAction::zone).toList();
  }

  @Test
  void itSendsAUnitForwardToTheZoneWhereWarningsConcentrated() {
    World w = new World(world(), 40);
    w.units = unitsAtBase(3);
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(w, w);
    assertEquals(List.of(), deployments(w), "no warning yet, no picture: the force patrols by itself");
    w.warnings.put("village-a", 3);
    w.warnings.put("village-b", 1);
    w.tick = 24;
    w.budget = 40 - w.standing;
    doctrine.daily(w, w);
    assertEquals(List.of("village-a"), deployments(w), "one unit, to where most warnings came from");
    assertEquals(1, w.taken.get(w.taken.size() - 1).units());
  }

  @Test
  void itSendsNoUnitWhereNoRoadIsOpenOrWhereAUnitAlreadyIs() {
    World closed = new World(world(), 40);
    closed.units = unitsAtBase(3);
    closed.closed.add("village-a");
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(closed, closed);
    closed.warnings.put("village-a", 3);
    closed.warnings.put("village-b", 1);
    closed.tick = 24;
    closed.budget = 40 - closed.standing;
    doctrine.daily(closed, closed);
    assertEquals(List.of("village-b"), deployments(closed), "the road to village A is closed");
    World held = new World(world(), 40);
    held.units = new ArrayList<>(unitsAtBase(3));
    held.units.add(new UnitPosition("patrol-4", "village-a", "base", null));
    DoctrinePolicy other = new DoctrinePolicy();
    other.daily(held, held);
    held.warnings.put("village-a", 3);
    held.tick = 24;
    held.budget = 40 - held.standing;
    other.daily(held, held);
    assertEquals(List.of(), deployments(held), "a unit is already in village A");
  }

  @Test
  void itKeepsAtMostAThirdOfTheProtectingUnitsInForwardPosts() {
    World w = new World(world(), 40);
    w.units = unitsAtBase(2);
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(w, w);
    w.warnings.put("village-a", 3);
    w.tick = 24;
    doctrine.daily(w, w);
    assertEquals(List.of(), deployments(w), "one post of two units would be half the force");
  }

  @Test
  void atADecisionPointAUnitSentByAClosedRoadOrALineOverAFailedMediumCountsForNothing() {
    World w = new World(world(), 40);
    assertEquals(1, DoctrinePolicy.score(new CoordinationAction(ActionType.DEPLOY_UNITS, null, null, "village-a", null,
        null, null, null, null), w));
    w.closed.add("village-a");
    assertEquals(-1, DoctrinePolicy.score(new CoordinationAction(ActionType.DEPLOY_UNITS, null, null, "village-a", null,
        null, null, null, null), w), "it would wait at the closed road instead of protecting anyone");
    CoordinationAction phones = new CoordinationAction(ActionType.OPEN_CHANNEL, "elders-a", null, null, null,
        Medium.MOBILE, null, null, null);
    assertEquals(1, DoctrinePolicy.score(phones, w));
    w.down.add("MOBILE village-a");
    assertEquals(0, DoctrinePolicy.score(phones, w), "the phones are down in village A");
    assertEquals(0, DoctrinePolicy.score(on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"), w));
    assertEquals(2, DoctrinePolicy.score(on(ActionType.SET_UP_ALERT_NETWORK, "elders-b"), w));
  }

  @Test
  void itSetsUpNoAlertNetworkOverAFailedMediumAndKeepsTheLineUpAnotherWay() {
    World w = new World(world(), 40);
    w.down.add("MOBILE village-b");
    new DoctrinePolicy().daily(w, w);
    List<String> taken = w.takenAsText();
    assertTrue(!taken.contains("SET_UP_ALERT_NETWORK elders-b"), taken.toString());
    assertTrue(taken.contains("SET_UP_ALERT_NETWORK elders-a"), taken.toString());
    assertEquals("ASSIGN_LIAISON_OFFICER elders-b", taken.get(0),
        "village B's elders have only phones and meetings: an officer, who lives with them, first");
    World radio = new World(world(t -> ((ObjectNode) TestScenarios.actor(t, "elders-b").get("communication"))
        .putArray("media").add("MOBILE").add("RADIO")), 40);
    radio.down.add("MOBILE village-b");
    new DoctrinePolicy().daily(radio, radio);
    assertTrue(radio.taken.stream().anyMatch(a -> a.type() == ActionType.OPEN_CHANNEL && a.target().equals("elders-b")
        && a.medium() == Medium.RADIO), radio.takenAsText().toString());
  }

  @Test
  void itSetsUpNoAlertNetworkWhereNoForceCanAnswerAWarning() {
    World w = new World(world(), 40);
    w.units = List.of();
    new DoctrinePolicy().daily(w, w);
    assertTrue(w.taken.stream().noneMatch(a -> a.type() == ActionType.SET_UP_ALERT_NETWORK), w.takenAsText().toString());
  }

  /** Every partner sends the mission a report: no officer is withdrawn for silence. */
  private static void reportDaily(World w) {
    for (String actor : List.of("elders-a", "elders-b", "relief")) {
      w.messages.merge(actor, 1, Integer::sum);
    }
  }

  @Test
  void itEndsAnAlertNetworkInAZoneWithNoThreatForTheReviewWindow() {
    World w = new World(world(t -> t.putObject("coordination").put("staffHoursPerDay", 72)), 72);
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(w, w);
    assertTrue(w.alertNetworks.containsAll(List.of("elders-a", "elders-b")));
    w.threatened = List.of("village-b");
    for (long day = 1; day <= 7; day++) {
      w.tick = day * 24;
      w.budget = 72 - w.standing;
      reportDaily(w);
      doctrine.daily(w, w);
      boolean ended = w.taken.stream().anyMatch(a -> a.type() == ActionType.END_ARRANGEMENT);
      assertEquals(day == 7, ended, "day " + day + ": " + w.takenAsText());
    }
    CoordinationAction end = w.taken.stream().filter(a -> a.type() == ActionType.END_ARRANGEMENT).findFirst().orElseThrow();
    assertEquals(ActionType.SET_UP_ALERT_NETWORK, end.ends());
    assertEquals("elders-a", end.target(), "village B is still threatened: its network stays");
  }

  @Test
  void anAlertNetworkInAQuietZoneStaysWhileAFactionStillOperatesThere() {
    World w = new World(world(t -> t.putObject("coordination").put("staffHoursPerDay", 72)), 72);
    DoctrinePolicy doctrine = new DoctrinePolicy();
    for (long day = 0; day <= 10; day++) {
      w.tick = day * 24;
      w.budget = 72 - w.standing;
      reportDaily(w);
      doctrine.daily(w, w);
    }
    assertTrue(w.taken.stream().noneMatch(a -> a.type() == ActionType.END_ARRANGEMENT), w.takenAsText().toString());
  }

  @Test
  void itWithdrawsAnOfficerFromAnActorThatSendsNothingAndPostsNoneUntilItSpeaks() {
    World w = new World(world(), 40);
    w.threatened = List.of();
    w.deconfliction.add("relief");
    w.liaisonOfficers.add("relief");
    DoctrinePolicy doctrine = new DoctrinePolicy();
    doctrine.daily(w, w);
    assertTrue(w.liaisonOfficers.containsAll(List.of("elders-b", "elders-a")), w.takenAsText().toString());
    for (long day = 1; day <= 8; day++) {
      w.tick = day * 24;
      w.budget = 40 - w.standing;
      w.messages.merge("elders-a", 1, Integer::sum);
      doctrine.daily(w, w);
      List<String> ends = w.taken.stream().filter(a -> a.type() == ActionType.END_ARRANGEMENT).map(CoordinationAction::target).toList();
      assertEquals(day >= 7 ? List.of("elders-b") : List.of(), ends, "day " + day);
    }
    assertTrue(!w.liaisonOfficers.contains("elders-b"), "not posted again while the elders of village B stay silent");
    assertTrue(w.liaisonOfficers.contains("elders-a"), "the elders of village A report every day");
    w.messages.put("elders-b", 1);
    w.tick = 9 * 24;
    w.budget = 40 - w.standing;
    doctrine.daily(w, w);
    assertTrue(w.liaisonOfficers.contains("elders-b"), "they spoke: an officer again " + w.takenAsText());
  }

  // Options at decision points.

  private static DecisionOption option(String id, CoordinationAction... actions) {
    return new DecisionOption(id, id, null, List.of(actions));
  }

  private static DecisionPoint point(String dflt, DecisionOption... options) {
    return new DecisionPoint("dp", "A dilemma", null, null, "commander", "Which?", List.of(options), dflt);
  }

  private static CoordinationAction on(ActionType type, String target) {
    return CoordinationAction.on(type, target);
  }

  @Test
  void anOptionCountsOnlyTheActionsThatWouldTakeEffectWithinTheBudgetLeft() {
    World w = new World(world(), 15);
    assertEquals(2, DoctrinePolicy.score(option("two-alerts", on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"),
        on(ActionType.SET_UP_ALERT_NETWORK, "elders-b")), w), 1e-12, "the second does not fit in the 5 h left");
    assertEquals(4, DoctrinePolicy.score(option("officer-and-share", on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-a"),
        on(ActionType.SHARE_INFORMATION, "elders-b")), w), 1e-12);
    assertEquals(2, DoctrinePolicy.score(option("exactly", on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-a"),
        on(ActionType.HIRE_INTERPRETERS, null)), new World(world(), 14)), 1e-12,
        "8 + 6 = 14 fits exactly, but 8 + 6 standing is over the 12 h of standing commitments");
    assertEquals(2, DoctrinePolicy.score(option("exact", on(ActionType.SET_UP_ALERT_NETWORK, "elders-a")), new World(world(), 10)),
        1e-12, "10 h left, 10 h needed: it fits");
    assertEquals(2, DoctrinePolicy.score(option("then-nothing", on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-a"),
        on(ActionType.SHARE_INFORMATION, "elders-b")), new World(world(), 9)), 1e-12, "after 8 h, 1 h is left: no sharing");
    World big = new World(world(), 40);
    assertEquals(2, DoctrinePolicy.score(option("standing", on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"),
        on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-b")), big), 1e-12, "10 + 8 standing is over 12 h");
    big.notApplicable.add(ActionType.SET_UP_ALERT_NETWORK);
    assertEquals(2, DoctrinePolicy.score(option("standing", on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"),
        on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-b")), big), 1e-12, "an alert network already in place counts nothing");
  }

  @Test
  void itChoosesTheBestOptionAndKeepsTheDefaultOnATie() {
    World w = new World(world(), 40);
    DecisionOption wait = option("wait");
    DecisionOption share = option("share", on(ActionType.SHARE_INFORMATION, "elders-a"));
    DecisionOption alert = option("alert", on(ActionType.SET_UP_ALERT_NETWORK, "elders-a"));
    DecisionOption partner = option("partner", on(ActionType.PARTNER_WITH, "armed-group"));
    assertSame(share, new DoctrinePolicy().choose(point("share", wait, share, alert, partner), w), "2 ties 2: the default");
    assertSame(share, new DoctrinePolicy().choose(point("share", alert, share), w));
    assertSame(alert, new DoctrinePolicy().choose(point("wait", wait, alert, share), w), "the first of the best");
    assertSame(wait, new DoctrinePolicy().choose(point("wait", partner, wait), w), "partnering a low-compliance group is worse than waiting");
    assertSame(alert, new DoctrinePolicy().choose(point("nobody", alert, share), w),
        "a default that names no option is the first");
  }

  @Test
  void eachActionIsValuedAsTheDoctrineWouldHaveIt() {
    Scenario s = world();
    assertEquals(2, DoctrinePolicy.score(on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-a"), s));
    assertEquals(2, DoctrinePolicy.score(on(ActionType.MEDIATION, "armed-group"), s));
    assertEquals(2, DoctrinePolicy.score(on(ActionType.SHARE_INFORMATION, "elders-a"), s));
    assertEquals(-1, DoctrinePolicy.score(on(ActionType.SHARE_INFORMATION, "armed-group"), s), "never arm a faction with the picture");
    assertEquals(2, DoctrinePolicy.score(on(ActionType.JOINT_TRAINING, "relief"), s));
    assertEquals(-2, DoctrinePolicy.score(on(ActionType.JOINT_TRAINING, "armed-group"), s));
    assertEquals(1, DoctrinePolicy.score(on(ActionType.JOINT_PATROL, "elders-a"), s));
    assertEquals(-2, DoctrinePolicy.score(on(ActionType.JOINT_PATROL, "armed-group"), s));
    assertEquals(1, DoctrinePolicy.score(on(ActionType.OPEN_CHANNEL, "elders-a"), s));
    assertEquals(1, DoctrinePolicy.score(new CoordinationAction(ActionType.DEPLOY_UNITS, null, null, "village-a", null, null,
        null, null, null), s));
    assertEquals(-4, DoctrinePolicy.score(on(ActionType.PARTNER_WITH, "armed-group"), s));
    assertEquals(0, DoctrinePolicy.score(on(ActionType.PARTNER_WITH, "elders-a"), s));
    assertEquals(-3, DoctrinePolicy.score(on(ActionType.ARMED_ESCORT, "relief"), s), "a neutral humanitarian");
    assertEquals(0, DoctrinePolicy.score(on(ActionType.ARMED_ESCORT, "elders-a"), s));
    assertEquals(2, DoctrinePolicy.score(request(ActionType.DECLINE_REQUEST, Task.DELIVER_AID), s));
    assertEquals(-1, DoctrinePolicy.score(request(ActionType.DECLINE_REQUEST, Task.PATROL), s));
    assertEquals(-3, DoctrinePolicy.score(request(ActionType.ACCEPT_REQUEST, Task.DELIVER_AID), s));
    assertEquals(1, DoctrinePolicy.score(request(ActionType.ACCEPT_REQUEST, Task.PATROL), s));
  }

  @Test
  void aFactionAtTheComplianceThresholdIsNotALowCompliancePartner() {
    Scenario s = world(t -> ((ObjectNode) TestScenarios.actor(t, "armed-group").get("dispositions")).put("ihlCompliance", 0.5));
    assertEquals(2, DoctrinePolicy.score(on(ActionType.JOINT_TRAINING, "armed-group"), s));
    assertEquals(1, DoctrinePolicy.score(on(ActionType.JOINT_PATROL, "armed-group"), s));
    assertEquals(0, DoctrinePolicy.score(on(ActionType.PARTNER_WITH, "armed-group"), s));
    assertEquals(-1, DoctrinePolicy.score(on(ActionType.SHARE_INFORMATION, "armed-group"), s), "still armed");
  }

  private static CoordinationAction request(ActionType type, Task task) {
    return new CoordinationAction(type, "relief", null, null, null, null, null, task, null);
  }
}
