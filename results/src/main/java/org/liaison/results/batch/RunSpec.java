package org.liaison.results.batch;

import org.liaison.scenario.Parameters;

/**
 * The identity of one run and everything needed to repeat it alone.
 *
 * @param runId the run's number: runs are numbered by scenario, then design point, then policy,
 *     then replication (fastest), from 0
 * @param scenarioIndex index of the scenario in the experiment
 * @param designPoint index of the design point, from 0
 * @param policy the policy name
 * @param replication replication number, from 1
 * @param seed the derived seed
 * @param parameters the complete parameters of the run
 */
public record RunSpec(long runId, int scenarioIndex, int designPoint, String policy, int replication, long seed,
    Parameters parameters) {}
