package org.liaison.results.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;

/**
 * The design over model parameters: which parameter combinations (design points) an experiment
 * runs. Every design point is run for every scenario, policy and replication.
 */
public record Design(
    @JsonProperty(required = true)
    @JsonPropertyDescription("POINTS: the listed points; FACTORIAL: every combination of the factors' values; LATIN_HYPERCUBE or SOBOL: samples over the factors' ranges.")
    DesignKind type,
    @JsonPropertyDescription("POINTS only: each point maps parameter names to values.")
    List<Map<String, Double>> points,
    @JsonPropertyDescription("FACTORIAL, LATIN_HYPERCUBE and SOBOL: the parameters varied, in order, with their values or ranges.")
    Map<String, Factor> factors,
    @JsonPropertyDescription("LATIN_HYPERCUBE: number of design points; SOBOL: number of base samples, each giving (factors + 2) design points; 1 to 100000.")
    Integer samples,
    @JsonPropertyDescription("LATIN_HYPERCUBE only: seed of the sampling, separate from the runs' master seed. Default 1.")
    Integer samplingSeed) {

  public Design {
    points = points == null ? List.of() : List.copyOf(points);
    factors = factors == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
    samplingSeed = samplingSeed == null ? 1 : samplingSeed;
  }

  /** One design point: the parameters as the scenario and the overrides give them. */
  public static Design single() {
    return new Design(DesignKind.POINTS, List.of(Map.of()), null, null, null);
  }
}
