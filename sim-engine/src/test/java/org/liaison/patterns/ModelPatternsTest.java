package org.liaison.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.liaison.engine.Runs;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.Indicator;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Pattern-oriented validation: each pattern of the model is a statistical comparison of two arms
 * of 120 fixed seeds each, tested with Mann-Whitney U at p < 0.01, on the two-villages scenario.
 */
@org.junit.jupiter.api.Tag("pattern")
class ModelPatternsTest {
  private static final int SEEDS = 120;
  private static final double ALPHA = 0.01;

  private static double[] arm(Consumer<ObjectNode> edit, Supplier<DecisionMaker> policy,
      ToDoubleFunction<Runs.Recorded> metric) {
    Scenario s = TestScenarios.load("two-villages", edit);
    return Runs.metric(s, SEEDS, policy, metric);
  }

  private static double indicator(Runs.Recorded r, Indicator i) {
    return r.result().indicators().get(i.key());
  }

  /** Casualties of attacks by factions (not of harm scripted by injects). */
  private static double attackCasualties(Runs.Recorded r) {
    return r.of(EngineEvent.AttackExecuted.class).stream().mapToInt(EngineEvent.AttackExecuted::casualties).sum();
  }

  /** An inject on day 2: a mission patrol harms eight civilians in village A. */
  private static void missionHarmsCiviliansOnDayTwo(ObjectNode t) {
    ObjectNode inject = t.withArray("msel").addObject();
    inject.put("number", 90);
    inject.put("type", "INJECT");
    inject.putObject("at").put("day", 2).put("hour", 0);
    inject.put("from", "control");
    inject.putArray("to").add("commander");
    inject.put("message", "A patrol fired on a crowd in village A.");
    ObjectNode effect = inject.putArray("effects").addObject();
    effect.put("kind", "CIVILIAN_HARM");
    effect.put("zone", "village-a");
    effect.put("actor", "battalion");
    effect.put("amount", 8);
  }

  private static void alertChannels(ObjectNode tree) {
    var channels = tree.withArray("channels");
    for (String community : new String[] {"elders-a", "elders-b"}) {
      ObjectNode c = channels.addObject();
      c.put("id", "alert-" + community);
      c.put("from", community);
      c.put("to", "battalion");
      c.put("medium", "MOBILE");
    }
  }

  private static void assertLess(String what, Effect e) {
    System.out.println(what + ": " + e);
    assertTrue(e.p() < ALPHA && e.meanDifference() < 0, what + ": " + e);
  }

  private static void assertGreater(String what, Effect e) {
    System.out.println(what + ": " + e);
    assertTrue(e.p() < ALPHA && e.meanDifference() > 0, what + ": " + e);
  }

  @Test
  void morePeacekeepingTroopsInTheVillagesMeanFewerCivilianCasualties() {
    double[] atBase = arm(t -> { }, NoCoordination::new, ModelPatternsTest::attackCasualties);
    double[] inVillages = arm(t -> {
      var units = TestScenarios.actor(t, "battalion").withArray("units");
      units.removeAll();
      for (String zone : new String[] {"village-a", "village-b"}) {
        ObjectNode u = units.addObject();
        u.put("id", "guard-" + zone);
        u.put("zone", zone);
        u.put("count", 2);
        u.put("strength", 10);
      }
    }, NoCoordination::new, ModelPatternsTest::attackCasualties);
    assertLess("casualties with two patrols in each village", Effect.compare(atBase, inVillages));
  }

  @Test
  void trustedCommunityAlertChannelsRaiseWarningCoverageAndDeterrenceAndLowerCasualties() {
    ToDoubleFunction<Runs.Recorded> coverage = r -> indicator(r, Indicator.WARNING_COVERAGE);
    Effect cov = Effect.compare(arm(t -> { }, NoCoordination::new, coverage),
        arm(ModelPatternsTest::alertChannels, NoCoordination::new, coverage));
    Effect cas = Effect.compare(arm(t -> { }, NoCoordination::new, ModelPatternsTest::attackCasualties),
        arm(ModelPatternsTest::alertChannels, NoCoordination::new, ModelPatternsTest::attackCasualties));
    assertGreater("warning coverage with alert channels", cov);
    assertLess("casualties with alert channels", cas);
  }

  @Test
  void civilianHarmByTheMissionLowersTrustAndWarningsAfterwards() {
    Consumer<ObjectNode> harm = t -> {
      alertChannels(t);
      missionHarmsCiviliansOnDayTwo(t);
    };
    long from = 24;
    ToDoubleFunction<Runs.Recorded> trust = r -> indicator(r, Indicator.TRUST_IN_MISSION_COMMUNITY);
    ToDoubleFunction<Runs.Recorded> warnings = r -> r.of(EngineEvent.AttackWarned.class).stream()
        .filter(w -> w.tick() > from && !w.warner().equals("battalion")).count();
    Effect t = Effect.compare(arm(ModelPatternsTest::alertChannels, NoCoordination::new, trust),
        arm(harm, NoCoordination::new, trust));
    Effect w = Effect.compare(arm(ModelPatternsTest::alertChannels, NoCoordination::new, warnings),
        arm(harm, NoCoordination::new, warnings));
    assertLess("community trust in the mission after harm", t);
    assertLess("community warnings after harm", w);
  }

  @Test
  void aLanguageBarrierWithoutInterpretersLengthensLatencyAndCausesMisunderstanding() {
    Consumer<ObjectNode> noSharedLanguage = t -> {
      alertChannels(t);
      for (String community : new String[] {"elders-a", "elders-b"}) {
        ObjectNode comm = (ObjectNode) TestScenarios.actor(t, community).get("communication");
        comm.putArray("languages").add("sg");
      }
    };
    Supplier<DecisionMaker> interpreters = () -> Runs.onDayOne(new CoordinationAction(
        ActionType.HIRE_INTERPRETERS, null, null, null, null, null, "sg", null, null));
    ToDoubleFunction<Runs.Recorded> latency = r -> indicator(r, Indicator.MEAN_LATENCY_HOURS);
    ToDoubleFunction<Runs.Recorded> misunderstood = r -> indicator(r, Indicator.MESSAGES_MISUNDERSTOOD);
    Effect l = Effect.compare(arm(noSharedLanguage, interpreters, latency),
        arm(noSharedLanguage, NoCoordination::new, latency));
    Effect m = Effect.compare(arm(noSharedLanguage, interpreters, misunderstood),
        arm(noSharedLanguage, NoCoordination::new, misunderstood));
    assertGreater("mean latency without interpreters", l);
    assertGreater("messages misunderstood without interpreters", m);
  }

  @Test
  void partneringALowComplianceArmedGroupBringsComplianceViolations() {
    ToDoubleFunction<Runs.Recorded> violations = r -> indicator(r, Indicator.COMPLIANCE_VIOLATIONS);
    Effect e = Effect.compare(arm(t -> { }, NoCoordination::new, violations),
        arm(t -> { }, () -> Runs.onDayOne(CoordinationAction.on(ActionType.PARTNER_WITH, "armed-group")),
            violations));
    assertGreater("compliance violations when partnering the armed group", e);
  }

  @Test
  void theBacklashOfCivilianHarmByTheMissionLastsWeeks() {
    Consumer<ObjectNode> month = t -> {
      alertChannels(t);
      ((ObjectNode) t.get("metadata")).put("durationDays", 29);
    };
    Consumer<ObjectNode> harmThenMonth = t -> {
      month.accept(t);
      missionHarmsCiviliansOnDayTwo(t);
    };
    long weekThree = 15 * 24;
    ToDoubleFunction<Runs.Recorded> lateWarnings = r -> r.of(EngineEvent.AttackWarned.class).stream()
        .filter(w -> w.tick() >= weekThree && !w.warner().equals("battalion")).count();
    Effect w = Effect.compare(arm(month, NoCoordination::new, lateWarnings),
        arm(harmThenMonth, NoCoordination::new, lateWarnings));
    assertLess("community warnings in weeks 3 and 4 after harm on day 2", w);
  }
}
