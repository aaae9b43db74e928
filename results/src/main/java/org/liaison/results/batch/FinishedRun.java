package org.liaison.results.batch;

import java.io.Serializable;

/**
 * A run done and already formatted where it ran, so the single writer only appends bytes; it
 * crosses the network when the runs are Spark tasks.
 *
 * @param runId the run's number
 * @param error the run's error, or null when it succeeded
 * @param row its line of {@code runs.csv}, with the line end
 * @param series its gzip member of {@code timeseries.csv.gz}, or null
 * @param nanos time spent inside the executor
 * @param cpuNanos CPU time of the run's thread inside the executor, or -1 where the virtual machine
 *     cannot measure it
 * @param workerCpuNanos CPU time of the run's thread for the whole run: the executor, the row and
 *     the time series (-1 where it cannot be measured)
 */
public record FinishedRun(long runId, String error, String row, byte[] series, long nanos, long cpuNanos,
    long workerCpuNanos) implements Serializable {
  private static final long serialVersionUID = 1L;
}
