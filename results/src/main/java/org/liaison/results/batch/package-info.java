/**
 * Batch experiments: an experiment file ({@link org.liaison.results.batch.ExperimentReader})
 * becomes a numbered plan of runs ({@link org.liaison.results.batch.BatchPlan}) with seeds
 * derived from each run's identity ({@link org.liaison.results.batch.Seeds}); the
 * {@link org.liaison.results.batch.BatchRunner} executes them in parallel through a
 * {@link org.liaison.results.batch.RunExecutor} and writes {@code runs.csv} in run-id order,
 * resumably. Start with {@code BatchRunner} and {@code RunExecutor}; the engine is reached only
 * through {@link org.liaison.results.batch.EngineRunExecutor}.
 */
package org.liaison.results.batch;
