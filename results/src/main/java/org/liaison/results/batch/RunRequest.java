package org.liaison.results.batch;

import java.util.List;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Scenario;

/**
 * What one run needs: the scenario, the complete parameters to use (the scenario's own, with the
 * experiment's overrides and design point applied), the policy, the seed and what to record.
 *
 * @param scenario the scenario as read; its own {@code parameters} are superseded by {@code parameters}
 * @param parameters every model parameter for this run
 * @param policy the policy that plays the mission's decisions
 * @param seed the run's seed, in [0, 2^53)
 * @param recordEvery record the indicators every this many ticks; 0 for final values only
 * @param indicators the indicators to report (the score is always among them)
 */
public record RunRequest(Scenario scenario, Parameters parameters, String policy, long seed, int recordEvery,
    List<Indicator> indicators) {

  public RunRequest {
    indicators = List.copyOf(indicators);
  }
}
