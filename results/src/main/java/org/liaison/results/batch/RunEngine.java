package org.liaison.results.batch;

import java.io.IOException;
import java.util.PrimitiveIterator;

/**
 * Where the runs of a batch execute when not on the batch's own threads, for example as tasks of
 * a distributed engine. The batch layer keeps everything else (the directory, resume, the single
 * writer, progress and the summary), so the files do not depend on where the runs went.
 */
public interface RunEngine extends AutoCloseable {

  /** Receives finished runs, in run-id order. */
  interface Sink {
    /** Writes one run; returns false to stop (no further runs are needed). */
    boolean accept(FinishedRun run) throws IOException;
  }

  /**
   * Runs every id of {@code pending} (ascending), each as {@link BatchRunner#finish} does, and
   * hands them to {@code sink} in the same order, stopping early when it returns false.
   */
  void execute(BatchPlan plan, PrimitiveIterator.OfLong pending, Sink sink) throws IOException;

  /** Called once every run of the plan (or of the shard) is in the directory, after the summary. */
  default void completed(BatchPlan plan) throws IOException {}

  /** Releases the engine (for Spark, stops its context). */
  @Override
  default void close() {}
}
