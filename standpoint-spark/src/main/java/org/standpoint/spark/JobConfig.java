package org.standpoint.spark;

/**
 * What one run of the Spark job reads and writes.
 *
 * @param input a file, folder or glob, local or as an {@code hdfs://} or {@code s3a://} URI
 * @param output the folder that receives {@code parquet/} and {@code jsonl/}; must not exist yet
 * @param errors the folder for the error output (JSON Lines); must not exist yet
 * @param manifest a manifest CSV ({@code file,published,publisher,url}) or null
 * @param partitions how many tasks share the annotation work
 */
public record JobConfig(String input, String output, String errors, String manifest, int partitions) {
    public JobConfig {
        if (input == null || input.isBlank() || output == null || output.isBlank()) {
            throw new IllegalArgumentException("the job needs an input and an output, got " + input + " and " + output);
        }
        if (errors == null || errors.isBlank()) {
            errors = output + "/errors";
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
    }
}
