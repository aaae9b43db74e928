package org.liaison.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.liaison.results.batch.BatchPlan;
import org.liaison.results.batch.BatchRunner;
import org.liaison.results.batch.ParameterSpace;
import org.liaison.results.batch.RunsCsv;

/**
 * Parquet copies of a finished experiment's tables, with the columns of the CSV files and their
 * types ({@code NA} becomes null): {@code runs.parquet} and, with a time series,
 * {@code timeseries.parquet}, each a directory as Spark writes it (one part file).
 */
final class ParquetTables {
  static final String RUNS = "runs.parquet";
  static final String TIMESERIES = "timeseries.parquet";

  private ParquetTables() {}

  static void write(SparkSession spark, BatchPlan plan) {
    Path dir = plan.outputDirectory().toAbsolutePath();
    csv(spark, runsSchema(plan)).csv(dir.resolve(BatchRunner.RUNS_CSV).toUri().toString())
        .coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir.resolve(RUNS).toUri().toString());
    if (plan.timeseriesEvery() > 0) {
      StructType series = new StructType(new StructField[] {
          field("run_id", DataTypes.LongType), field("tick", DataTypes.IntegerType),
          field("indicator", DataTypes.StringType), field("value", DataTypes.DoubleType)});
      csv(spark, series).csv(dir.resolve(BatchRunner.TIMESERIES_CSV_GZ).toUri().toString())
          .coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir.resolve(TIMESERIES).toUri().toString());
    }
  }

  /** The CSV dialect of the batch files (docs/batch.md), read strictly. */
  private static DataFrameReader csv(SparkSession spark, StructType schema) {
    return spark.read().schema(schema).option("header", "true").option("mode", "FAILFAST").option("escape", "\"")
        .option("nullValue", "NA").option("positiveInf", "Inf").option("negativeInf", "-Inf");
  }

  static StructType runsSchema(BatchPlan plan) {
    List<String> header = RunsCsv.header(plan);
    List<Object> parameters = ParameterSpace.values(plan.run(0).parameters());
    List<String> parameterNames = ParameterSpace.names();
    List<StructField> fields = new ArrayList<>();
    for (String column : header) {
      int parameter = parameterNames.indexOf(column);
      DataType type = switch (column) {
        case "run_id", "seed" -> DataTypes.LongType;
        case "design_point", "replication" -> DataTypes.IntegerType;
        case "scenario", "policy", "status", "error" -> DataTypes.StringType;
        default -> parameter < 0 ? DataTypes.DoubleType : typeOf(parameters.get(parameter));
      };
      fields.add(field(column, type));
    }
    return new StructType(fields.toArray(new StructField[0]));
  }

  private static DataType typeOf(Object value) {
    if (value instanceof Boolean) {
      return DataTypes.BooleanType;
    }
    return value instanceof Integer ? DataTypes.IntegerType : DataTypes.DoubleType;
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
