package org.standpoint.spark.analysis;

import java.io.Serializable;
import java.util.List;
import org.standpoint.spark.output.ExportLine;
import org.standpoint.spark.output.JobError;
import org.standpoint.spark.output.Reporter;

/**
 * What analysing one article gave: its export records, or the error that stopped it.
 *
 * @param reporter the article as a reporter of its own events; null when it failed
 * @param lines its export records (dated events still without their report counts); empty when it failed
 * @param error why it failed, or null
 * @param incomplete the stages that did not complete on it, one error line each: its records hold the rest
 */
public record Outcome(Reporter reporter, List<ExportLine> lines, JobError error, List<JobError> incomplete)
        implements Serializable {
    public Outcome {
        lines = List.copyOf(lines);
        incomplete = List.copyOf(incomplete);
    }

    public boolean ok() {
        return error == null;
    }
}
