package org.standpoint.spark;

import java.time.Duration;
import org.standpoint.analysis.AnalysisConfig;

/**
 * What one run of the Spark job reads and writes.
 *
 * @param input a file, folder or glob, local or as an {@code hdfs://} or {@code s3a://} URI
 * @param output the folder that receives {@code parquet/} and {@code jsonl/}; must not exist yet
 * @param errors the folder for the error output (JSON Lines); must not exist yet
 * @param manifest a manifest CSV ({@code file,published,publisher,url}) or null
 * @param partitions how many tasks share the annotation work
 * @param analysis the CoreNLP settings and the user's own actors and policies, shipped to every executor
 * @param articleBudget the most one article may take on an executor; past it the article is written with the
 *                      stages that finished and an error line names the rest, as {@code analyze} does
 */
public record JobConfig(String input, String output, String errors, String manifest, int partitions,
                        AnalysisConfig analysis, Duration articleBudget) {
    public JobConfig {
        if (input == null || input.isBlank() || output == null || output.isBlank()) {
            throw new IllegalArgumentException("the job needs an input and an output, got " + input + " and " + output);
        }
        if (errors == null || errors.isBlank()) {
            errors = output + "/errors";
        }
        if (analysis == null) {
            throw new IllegalArgumentException("the job needs its analysis settings");
        }
        if (articleBudget == null || articleBudget.isNegative() || articleBudget.isZero()) {
            throw new IllegalArgumentException("the article budget must be positive, got " + articleBudget);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
    }
}
