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
 */
public record Outcome(Reporter reporter, List<ExportLine> lines, JobError error) implements Serializable {
    public Outcome {
        lines = List.copyOf(lines);
    }

    public boolean ok() {
        return error == null;
    }
}
