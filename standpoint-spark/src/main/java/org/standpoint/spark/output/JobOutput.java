package org.standpoint.spark.output;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the job's results. {@code OUTPUT/parquet}: one row per export record with {@code record_type},
 * {@code article} and {@code record} (the record as JSON text, exactly the line {@code standpoint export
 * --format jsonl} writes, so every record type fits one table and keeps its extra fields).
 * {@code OUTPUT/jsonl}: the same records as JSON Lines part files. The error output: one JSON object per line
 * naming the path, file, place and reason.
 */
public final class JobOutput {
    /** The Parquet table's columns. */
    public static final StructType SCHEMA = new StructType()
            .add("record_type", DataTypes.StringType, false)
            .add("article", DataTypes.StringType, false)
            .add("record", DataTypes.StringType, false);

    private JobOutput() {
    }

    /** The folders that must not exist yet, so that a run never mixes its output with an earlier one's. */
    public static List<String> existing(Configuration conf, String... folders) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (String folder : folders) {
            Path p = new Path(folder);
            if (p.getFileSystem(conf).exists(p)) {
                found.add(folder);
            }
        }
        return found;
    }

    public static void records(SparkSession spark, JavaRDD<ExportLine> lines, String output) {
        JavaRDD<Row> rows = lines.map(l -> RowFactory.create(l.type(), l.article(), l.json()));
        spark.createDataFrame(rows, SCHEMA).write().parquet(output + "/parquet");
        spark.createDataset(lines.map(ExportLine::json).rdd(), Encoders.STRING()).write().text(output + "/jsonl");
    }

    public static void errors(SparkSession spark, JavaRDD<JobError> errors, String folder) {
        spark.createDataset(errors.map(JobError::toJson).rdd(), Encoders.STRING()).coalesce(1).write().text(folder);
    }
}
