package org.liaison.results.batch;

import java.util.Set;

/**
 * Runs one simulation: the only thing the batch layer needs from the engine.
 *
 * <p>Implementations must be safe to call from several threads at once (each call builds its own
 * simulation) and deterministic: the same request gives the same result, whatever else runs.
 */
public interface RunExecutor {

  /** The policy names this executor understands, such as none, doctrine and random. */
  Set<String> policies();

  /**
   * Why this executor cannot run {@code policy}, or null when it can. Policies read from a file
   * ({@code rules:FILE}, {@code replay:FILE}) arrive here with the file's resolved path. The
   * default accepts exactly {@link #policies()}.
   */
  default String problemWithPolicy(String policy) {
    return policies().contains(policy) ? null
        : "unknown policy '" + policy + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(policies()));
  }

  /**
   * The one name {@code policy} has in every output (tables, summaries, seeds). A policy read from
   * a file arrives as for {@link #problemWithPolicy}; the default keeps the name as given.
   */
  default String outputName(String policy) {
    return policy;
  }

  /**
   * Runs one simulation to the end of its scenario.
   *
   * @throws Exception when the run fails; the batch records the failure and carries on
   */
  RunResult run(RunRequest request) throws Exception;
}
