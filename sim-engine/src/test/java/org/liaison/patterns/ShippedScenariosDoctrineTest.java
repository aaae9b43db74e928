package org.liaison.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunResult;
import org.liaison.engine.RunSpec;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/**
 * Pattern test in every shipped scenario: over fixed seeds, the doctrine scores better than no
 * coordination (Mann-Whitney U, p < 0.01), and the indicators say why: more community trust in
 * the mission, more warning coverage, fewer casualties. Against random coordination it keeps to
 * the mandate where random breaches it, and never scores significantly worse.
 */
@org.junit.jupiter.api.Tag("pattern")
class ShippedScenariosDoctrineTest {
  static final int SEEDS = 150;

  static Stream<Path> shippedScenarios() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  /** Final indicators of seeds 1..SEEDS; each run is independent, so a parallel stream keeps every seed's result. */
  static List<Map<String, Double>> runs(Scenario scenario, String policy) {
    return IntStream.rangeClosed(1, SEEDS).parallel()
        .mapToObj(seed -> HeadlessRun.run(new RunSpec(scenario, seed, policy, null), List.of()))
        .map(RunResult::indicators).toList();
  }

  static double[] values(List<Map<String, Double>> runs, Indicator indicator) {
    return runs.stream().mapToDouble(m -> m.get(indicator.key())).toArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedScenarios")
  void theDoctrineScoresBetterThanNoAndRandomCoordinationAndTheIndicatorsShowWhy(Path file) throws Exception {
    Scenario scenario = ScenarioReader.read(file);
    List<Map<String, Double>> none = runs(scenario, "none");
    List<Map<String, Double>> doctrine = runs(scenario, "doctrine");
    List<Map<String, Double>> random = runs(scenario, "random");
    String name = file.getFileName().toString();
    Effect score = Effect.compare(values(none, Indicator.SCORE), values(doctrine, Indicator.SCORE));
    Effect trust = Effect.compare(values(none, Indicator.TRUST_IN_MISSION_COMMUNITY),
        values(doctrine, Indicator.TRUST_IN_MISSION_COMMUNITY));
    Effect coverage = Effect.compare(values(none, Indicator.WARNING_COVERAGE),
        values(doctrine, Indicator.WARNING_COVERAGE));
    Effect casualties = Effect.compare(values(none, Indicator.CIVILIAN_CASUALTIES),
        values(doctrine, Indicator.CIVILIAN_CASUALTIES));
    Effect againstRandom = Effect.compare(values(random, Indicator.SCORE), values(doctrine, Indicator.SCORE));
    Effect accessRandom = Effect.compare(values(random, Indicator.HUMANITARIAN_ACCESS),
        values(doctrine, Indicator.HUMANITARIAN_ACCESS));
    Effect casualtiesRandom = Effect.compare(values(random, Indicator.CIVILIAN_CASUALTIES),
        values(doctrine, Indicator.CIVILIAN_CASUALTIES));
    System.out.println(name + " score, doctrine against none: " + score);
    System.out.println(name + " score, doctrine against random: " + againstRandom);
    System.out.println(name + " humanitarian access, doctrine against random: " + accessRandom);
    System.out.println(name + " casualties, doctrine against random: " + casualtiesRandom);
    System.out.println(name + " community trust: " + trust);
    System.out.println(name + " warning coverage: " + coverage);
    System.out.println(name + " casualties: " + casualties);
    assertTrue(score.p() < 0.01 && score.meanDifference() > 0, name + " composite score with doctrine: " + score);
    assertTrue(trust.p() < 0.01 && trust.meanDifference() > 0, name + " community trust with doctrine: " + trust);
    assertTrue(coverage.p() < 0.01 && coverage.meanDifference() > 0, name + " warning coverage with doctrine: " + coverage);
    assertTrue(casualties.p() < 0.01 && casualties.meanDifference() < 0, name + " casualties with doctrine: " + casualties);
    Effect conductRandom = Effect.compare(values(random, Indicator.SCORE_CONDUCT),
        values(doctrine, Indicator.SCORE_CONDUCT));
    System.out.println(name + " conduct, doctrine against random: " + conductRandom);
    // The outcome-first score does not separate the doctrine from random coordination everywhere:
    // in Somalia random reaches the doctrine's outcomes (it takes actions the MSEL expects and the
    // doctrine does not) while acting outside the mandate. The doctrine must keep to the mandate
    // where random does not, and never score significantly worse.
    assertTrue(conductRandom.p() < 0.01 && conductRandom.meanDifference() > 0,
        name + " conduct with doctrine against random: " + conductRandom);
    assertTrue(!(againstRandom.p() < 0.01 && againstRandom.meanDifference() < 0),
        name + " composite score with doctrine against random: " + againstRandom);
  }
}
