package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.engine.TestScenarios;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Scenario;

/** What the random baseline draws, over many days of a world shown by hand (no simulation). */
class RandomPolicyDrawsTest {
  private static final Scenario WORLD = TestScenarios.load("two-villages");
  private static final List<String> OTHERS = List.of("elders-a", "elders-b", "armed-group", "relief");

  private static final class World implements WorldView, Actions {
    final long seed;
    long tick;
    final List<CoordinationAction> taken = new ArrayList<>();

    World(long seed) {
      this.seed = seed;
    }

    @Override public Scenario scenario() { return WORLD; }
    @Override public long tick() { return tick; }
    @Override public long seed() { return seed; }
    @Override public double variable(String name) { throw new UnsupportedOperationException(); }
    @Override public String missionActor() { return "battalion"; }
    @Override public double budgetLeft() { return 40; }
    @Override public double standingCostPerDay() { return 0; }
    @Override public boolean hasLiaisonOfficer(String actor) { return false; }
    @Override public boolean hasAlertNetwork(String actor) { return false; }
    @Override public boolean hasDeconfliction(String actor) { return false; }
    @Override public boolean hasInterpreters(String language) { return false; }
    @Override public boolean missionSpeaks(String language) { return false; }
    @Override public double trustInMission(String actor) { return 0.5; }
    @Override public double trustVia(String from, String via, String to) { return 0.5; }
    @Override public double hostility(String actor) { return 0; }
    @Override public List<String> threatenedZones() { return List.of(); }
    @Override public boolean applicable(CoordinationAction action) { return true; }
    @Override public List<PendingRequest> pendingRequests() { return List.of(); }
    @Override public boolean mediumWorks(org.liaison.scenario.Medium medium, String zone) { return true; }
    @Override public org.liaison.scenario.Medium alertMedium(String community) { return null; }
    @Override public boolean roadOpen(String fromZone, String toZone) { return true; }
    @Override public int warningsReceived(String zone) { return 0; }
    @Override public int attacksKnown(String zone) { return 0; }
    @Override public int messagesFrom(String actor) { return 0; }
    @Override public List<UnitPosition> protectingUnits() { return List.of(); }
    @Override public ActionResult take(CoordinationAction action) {
      taken.add(action);
      return ActionResult.TAKEN;
    }
    @Override public String wouldRefuse(CoordinationAction action) { return null; }
  }

  @Test
  void itsStreamSeedIsPinnedSoThatOldRunsCanBeRepeated() {
    assertEquals(-3478262081405385979L, RandomPolicy.streamSeed(7));
    assertEquals(-8501525008569836817L, RandomPolicy.streamSeed(0));
    assertEquals(-8814562184269446979L, RandomPolicy.streamSeed(-1));
  }

  @Test
  void eachDayItTakesNoneOneOrTwoActionsAimedAtOthersThanTheMission() {
    int[] perDay = new int[RandomPolicy.ACTIONS_PER_DAY + 2];
    Set<ActionType> types = new HashSet<>();
    Set<Integer> forumSizes = new HashSet<>();
    for (long seed = 1; seed <= 40; seed++) {
      World w = new World(seed);
      RandomPolicy policy = new RandomPolicy();
      for (int day = 0; day < 8; day++) {
        w.tick = day * 24L;
        int before = w.taken.size();
        policy.daily(w, w);
        perDay[w.taken.size() - before]++;
      }
      for (CoordinationAction a : w.taken) {
        types.add(a.type());
        assertTrue(a.target() == null || OTHERS.contains(a.target()), "never aimed at the mission: " + a);
        assertTrue(OTHERS.containsAll(a.members()), "a forum of others: " + a);
        if (a.type() == ActionType.HOLD_COORDINATION_FORUM) {
          forumSizes.add(a.members().size());
        }
        if (a.type() == ActionType.HIRE_INTERPRETERS) {
          assertTrue(List.of("sg", "fr", "en").contains(a.language()), "a language someone speaks: " + a);
        }
      }
    }
    assertEquals(0, perDay[RandomPolicy.ACTIONS_PER_DAY + 1], "never more than two a day");
    for (int n = 0; n <= RandomPolicy.ACTIONS_PER_DAY; n++) {
      assertTrue(perDay[n] > 20, n + " actions on " + perDay[n] + " of 320 days");
    }
    assertTrue(types.contains(ActionType.HIRE_INTERPRETERS) && types.contains(ActionType.OPEN_CHANNEL)
        && types.contains(ActionType.JOINT_PATROL) && types.contains(ActionType.SET_UP_ALERT_NETWORK), "types drawn: " + types);
    assertTrue(forumSizes.size() >= 3, "forums of varied membership: " + forumSizes);
  }

  @Test
  void itChoosesEveryOptionSometimesAndTheSameOnesForTheSameSeed() {
    DecisionPoint point = new DecisionPoint("dp", "Which?", null, null, "commander", "Which?", List.of(
        new DecisionOption("a", "A", null, List.of()), new DecisionOption("b", "B", null, List.of()),
        new DecisionOption("c", "C", null, List.of())), "a");
    Set<String> chosen = new HashSet<>();
    for (long seed = 1; seed <= 30; seed++) {
      World w = new World(seed);
      chosen.add(new RandomPolicy().choose(point, w).id());
      assertEquals(new RandomPolicy().choose(point, w).id(), new RandomPolicy().choose(point, new World(seed)).id());
    }
    assertEquals(Set.of("a", "b", "c"), chosen);
    World w = new World(3);
    RandomPolicy policy = new RandomPolicy();
    List<String> sequence = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sequence.add(policy.choose(point, w).id());
    }
    assertNotEquals(1, new HashSet<>(sequence).size(), "one stream, drawn on: " + sequence);
  }
}
