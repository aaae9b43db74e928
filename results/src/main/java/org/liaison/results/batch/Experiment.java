package org.liaison.results.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;

/**
 * A batch experiment as a researcher writes it: which scenarios and policies to run, under which
 * parameters, how often, and what to keep. Read by {@link ExperimentReader}; paths are relative
 * to the experiment file.
 */
public record Experiment(
    @JsonProperty("$schema")
    @JsonPropertyDescription("Optional location of the JSON schema, for editors; ignored by Liaison.")
    String schema,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Version of the experiment format; this release reads 1.")
    Integer formatVersion,
    @JsonPropertyDescription("Short name of the experiment, used in reports; defaults to the file name.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Scenario files to run, relative to the experiment file.")
    List<String> scenarios,
    @JsonPropertyDescription("Variants of listed scenarios, by label: each file has the metadata.id of a scenario under scenarios and is run beside it as ID:LABEL, compared against it, with its own seeds (or the same seeds, with common random numbers). Labels use letters, digits, '.', '_' and '-'.")
    Map<String, String> variants,
    @JsonPropertyDescription("Policies that play the mission's decisions, such as none, doctrine or random; the first is the baseline of comparisons. Default: none.")
    List<String> policies,
    @JsonPropertyDescription("Model parameters set for every run, by the names of the scenario's parameters section; they replace the scenario's values. Booleans are written 0 (false) or 1 (true).")
    Map<String, Double> parameters,
    @JsonPropertyDescription("Which parameter combinations to run; absent: one design point with the scenario's parameters.")
    Design design,
    @JsonPropertyDescription("Replications (differently seeded runs) per scenario, design point and policy, 1 to 100000.")
    Integer replications,
    @JsonPropertyDescription("Master seed from which the seed of every run is derived (any whole number).")
    Long seed,
    @JsonPropertyDescription("Common random numbers: true gives every policy, design point and variant of a scenario the same seeds (the seed depends on the scenario's id and the replication only), so that comparisons can pair runs by replication. Default false.")
    Boolean commonRandomNumbers,
    @JsonPropertyDescription("Indicators to keep, by key; default: every indicator. The score is always kept.")
    List<String> indicators,
    @JsonPropertyDescription("Keep a time series every this many ticks (hours) in timeseries.csv.gz; 0 or absent: final values only.")
    Integer timeseriesEvery,
    @JsonPropertyDescription("Runs executed at once; default: every available processor. Results do not depend on it.")
    Integer threads,
    @JsonPropertyDescription("Output directory, relative to the experiment file; default: runs/ followed by the experiment name.")
    String output) {

  /** The format version this release reads. */
  public static final int FORMAT_VERSION = 1;
  /** Replications when the file gives none. */
  public static final int DEFAULT_REPLICATIONS = 10;
  /** Master seed when the file gives none. */
  public static final long DEFAULT_SEED = 1L;

  public Experiment {
    scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    variants = variants == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variants));
    policies = policies == null || policies.isEmpty() ? List.of("none") : List.copyOf(policies);
    parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    design = design == null ? Design.single() : design;
    replications = replications == null ? DEFAULT_REPLICATIONS : replications;
    seed = seed == null ? DEFAULT_SEED : seed;
    commonRandomNumbers = commonRandomNumbers != null && commonRandomNumbers;
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    timeseriesEvery = timeseriesEvery == null ? 0 : timeseriesEvery;
  }
}
