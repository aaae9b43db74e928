package org.liaison.results.stats;

/**
 * One comparison as written to {@code comparisons.csv}: group B against group A on one indicator.
 * Within an experiment, A is the baseline policy (or design point 0) and B another. The paired
 * part is {@link PairedComparison#none()} unless the runs share seeds (common random numbers).
 */
public record ComparisonRow(String scenario, String indicator, int designPointA, String policyA, int designPointB,
    String policyB, Comparison comparison, PairedComparison paired) {}
