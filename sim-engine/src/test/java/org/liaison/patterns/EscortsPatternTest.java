package org.liaison.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.indicators.Indicator;
import org.liaison.policy.DecisionMaker;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Scenario;

/**
 * Escorts reduce protection elsewhere (MODEL pattern 9): a unit escorting a convoy travels with
 * it, off protection, so the attacks on civilians meanwhile find less of the force where they
 * fall. On every shipped scenario with a force, escorting every agency that accepts escorts from
 * the first day (against no coordination, the same seeds) lowers the civilian protection coverage,
 * the share of attacks on civilians that meet some of the mission's protection when their hour
 * comes, at p < 0.01 (Mann-Whitney U) with a Cliff's delta of at least {@link #MIN_DELTA}. The
 * civilian casualties are reported with their test.
 */
@Tag("pattern")
class EscortsPatternTest {
  static final int SEEDS = 200;
  static final double ALPHA = 0.01;
  /** The smallest effect that counts: a "small" Cliff's delta (Romano et al. 2006). */
  static final double MIN_DELTA = 0.147;

  static Stream<Path> scenarios() {
    return Shipped.files();
  }

  /** One run's civilian protection coverage, casualties and unit-hours taken by escorts. */
  record Outcome(double coverage, double casualties, double escortHours) {}

  /**
   * Runs a seed and measures, each hour, the share of the people of the map that an attack would
   * find protected: each zone's people times the chance that the presence there deters an attack
   * of a group at its starting strength, {@code 1 - exp(-D / N)} with N the presence such an attack
   * calls for (the deterrence of section 7 of the ODD), averaged over the hours of the run.
   */
  static Outcome run(Scenario scenario, long seed, int days, DecisionMaker policy) {
    EventBus bus = new EventBus();
    double[] escortHours = new double[1];
    bus.subscribe(e -> {
      if (e instanceof EngineEvent.EscortAssigned a) {
        escortHours[0] += a.hours();
      }
    });
    LiaisonSim sim = new LiaisonSim(scenario, seed, policy, bus);
    sim.start();
    Parameters p = sim.parameters();
    double covered = 0;
    int hours = days * 24;
    for (int h = 0; h < hours; h++) {
      sim.stepTick();
      double people = 0;
      double protectedPeople = 0;
      for (ZoneState z : sim.world().zones) {
        double need = Math.max(1, p.deterrenceStrength()) * Math.sqrt(Math.max(1, z.population) / (double) p.referencePopulation());
        people += z.population;
        protectedPeople += z.population * (1 - Math.exp(-z.deterrent / need));
      }
      covered += people > 0 ? protectedPeople / people : 0;
    }
    sim.finish();
    return new Outcome(covered / hours, sim.indicators().value(Indicator.CIVILIAN_CASUALTIES), escortHours[0]);
  }

  static Outcome[] runs(Scenario scenario, int days, Supplier<DecisionMaker> policy) {
    return IntStream.rangeClosed(1, SEEDS).parallel()
        .mapToObj(seed -> run(scenario, seed, days, policy.get())).toArray(Outcome[]::new);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void escortsTakeProtectionAwayFromCivilians(Path file) {
    ObjectNode tree = Shipped.tree(file);
    assumeTrue(Shipped.hasForce(tree), "no force to escort");
    List<CoordinationAction> escorts = new ArrayList<>();
    for (JsonNode a : tree.withArray("actors")) {
      String kind = a.path("kind").asText();
      boolean refuses = false;
      for (JsonNode p : a.withArray("principles")) {
        refuses |= p.asText().equals("REFUSES_ARMED_ESCORT");
      }
      if ((kind.equals("NGO") || kind.equals("INTERNATIONAL_ORGANISATION")) && !refuses
          && a.path("capacity").path("deliveriesPerWeek").asDouble(0) > 0) {
        escorts.add(CoordinationAction.on(ActionType.ARMED_ESCORT, a.get("id").asText()));
      }
    }
    assumeTrue(!escorts.isEmpty(), "no agency accepts escorts");
    Scenario s = Shipped.variant(file, t -> { });
    int days = s.metadata().durationDays();
    Supplier<DecisionMaker> escort = ShippedScenarioPatternsTest.eachOnce(escorts);
    String name = file.getFileName() + " escorting " + escorts.size() + " agencies";
    Outcome[] none = runs(s, days, NoCoordination::new);
    Outcome[] escorted = runs(s, days, escort);
    System.out.println(name + ": unit-hours taken from protection by escorts, mean "
        + Arrays.stream(escorted).mapToDouble(Outcome::escortHours).average().orElse(0));
    Effect covered = Effect.compare(Arrays.stream(none).mapToDouble(Outcome::coverage).toArray(),
        Arrays.stream(escorted).mapToDouble(Outcome::coverage).toArray());
    Effect harmed = Effect.compare(Arrays.stream(none).mapToDouble(Outcome::casualties).toArray(),
        Arrays.stream(escorted).mapToDouble(Outcome::casualties).toArray());
    System.out.println(name + ": civilian protection coverage: " + covered);
    System.out.println(name + ": civilian casualties: " + harmed);
    assertTrue(covered.p() < ALPHA && covered.delta() <= -MIN_DELTA, name + ": civilian protection coverage: " + covered);
    assertTrue(!(harmed.p() < ALPHA && harmed.meanDifference() < 0), name + ": civilian casualties fell: " + harmed);
  }
}
