package org.liaison.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.liaison.results.batch.PlanSource;
import org.liaison.results.batch.RunEngine;
import org.liaison.results.batch.RunEngineProvider;

/**
 * {@code --engine spark}: starts (or joins, under {@code spark-submit}) a Spark context. The
 * master is the one given, else the one {@code spark-submit} set, else {@code local[*]}. Spark's
 * web UI and console progress bar are off unless configured: the batch prints its own progress.
 * Runs are plain Spark tasks, so only {@code --format parquet} needs Spark SQL, and its session
 * (with its hundreds of settings and classes) is made then, at the end.
 */
public final class SparkEngineProvider implements RunEngineProvider {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public RunEngine open(PlanSource source, String master, boolean parquet) {
    SparkConf conf = new SparkConf();
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "Liaison batch");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    return new SparkRunEngine(SparkContext.getOrCreate(conf), source, parquet);
  }
}
