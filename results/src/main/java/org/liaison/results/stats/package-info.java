/**
 * Statistics of an experiment directory, read back from its files: group summaries with
 * t-based confidence intervals, rank and mean comparisons with effect sizes, paired comparisons
 * under common random numbers, and sensitivity measures; {@link
 * org.liaison.results.stats.SummaryWriter} writes {@code summary.csv}, {@code summary.json} and
 * {@code comparisons.csv}.
 */
package org.liaison.results.stats;
