package org.liaison.results.batch;

/** The kinds of parameter design an experiment can use. */
public enum DesignKind {
  /** Explicit design points. */
  POINTS,
  /** Every combination of the factors' values (full factorial). */
  FACTORIAL,
  /** Latin hypercube sample: each factor's range cut into n strata, one point in each. */
  LATIN_HYPERCUBE,
  /**
   * Saltelli's design for variance-based sensitivity: n base points of a Sobol low-discrepancy
   * sequence, each giving k + 2 design points (matrices A, B and AB_i), scaled to the factors'
   * ranges; the batch then computes first- and total-order Sobol indices.
   */
  SOBOL
}
