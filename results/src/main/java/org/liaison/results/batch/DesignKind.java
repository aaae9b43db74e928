package org.liaison.results.batch;

/** The kinds of parameter design an experiment can use. */
public enum DesignKind {
  /** Explicit design points. */
  POINTS,
  /** Every combination of the factors' values (full factorial). */
  FACTORIAL,
  /** Latin hypercube sample: each factor's range cut into n strata, one point in each. */
  LATIN_HYPERCUBE,
  /** The first n points of a Sobol low-discrepancy sequence, scaled to the factors' ranges. */
  SOBOL
}
