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
   * Runs one simulation to the end of its scenario.
   *
   * @throws Exception when the run fails; the batch records the failure and carries on
   */
  RunResult run(RunRequest request) throws Exception;
}
