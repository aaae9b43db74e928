package org.liaison.results.stats;

/**
 * One comparison as written to {@code comparisons.csv}: group B against group A on one indicator.
 * Within an experiment, A is the baseline policy, design point 0 or the scenario a variant
 * changes, and B another. The paired part is {@link PairedComparison#none()} unless the runs
 * share seeds (common random numbers).
 *
 * @param scenario A's scenario
 * @param scenarioB B's scenario: A's, except when a variant is compared with its scenario
 */
public record ComparisonRow(String scenario, String scenarioB, String indicator, int designPointA, String policyA,
    int designPointB, String policyB, Comparison comparison, PairedComparison paired) {

  /** Two groups of one scenario. */
  public ComparisonRow(String scenario, String indicator, int designPointA, String policyA, int designPointB,
      String policyB, Comparison comparison, PairedComparison paired) {
    this(scenario, scenario, indicator, designPointA, policyA, designPointB, policyB, comparison, paired);
  }

  /** Whether A and B are runs of different scenarios (a variant and the scenario it changes). */
  public boolean acrossScenarios() {
    return !scenario.equals(scenarioB);
  }
}
