package org.standpoint.spark.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.standpoint.analysis.AnalysisConfig;
import org.standpoint.analysis.export.ExportRecords;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.model.Article;
import org.standpoint.model.Event;
import org.standpoint.model.ReportCount;
import org.standpoint.pipeline.Document;
import org.standpoint.spark.input.Cleaned;
import org.standpoint.spark.output.ExportLine;
import org.standpoint.spark.output.JobError;
import org.standpoint.spark.output.Reporter;

/**
 * Runs one cleaned article through the executor's pipeline and turns the result into the export records
 * {@code standpoint export} would write for it. A failing article becomes an {@link Outcome} with its error,
 * never an exception, so one bad article cannot fail the task and with it the job.
 */
public final class ArticleAnalysis {
    private ArticleAnalysis() {
    }

    /** The outcome of {@code c} analysed with {@code config}, stopped past {@code budget} as {@code analyze} stops. */
    public static Outcome analyze(Cleaned c, AnalysisConfig config, Duration budget) {
        Article a = c.article();
        Document doc;
        try {
            doc = ExecutorPipeline.get(config, budget).run(Document.of(a));
        } catch (RuntimeException e) {
            return failed(c, String.valueOf(e));
        }
        // As analyze stores it: the article with every layer that succeeded, each stage that did not an error line.
        // The job's output is no database that extract could run again, so the line says only what is missing.
        List<JobError> incomplete = doc.failures().stream().map(f -> new JobError(c.key().path(),
                new SourceFailure(a.metadata().sourceFile(), a.metadata().location(),
                        "written, but stage " + f.describe()))).toList();
        return new Outcome(Reporter.of(a), lines(doc), null, incomplete);
    }

    /**
     * The article's records in export order. Events are written alone (one article, one source); each dated
     * one carries its key so that {@code EventReportCounts} can count its reports across the batch.
     */
    private static List<ExportLine> lines(Document doc) {
        List<ExportLine> lines = new ArrayList<>();
        Iterator<Event> events = doc.extraction().events().iterator();
        ExportRecords.forEach(doc.article(), doc.extraction(), e -> ReportCount.ALONE, r -> lines.add(
                ExportLine.of(r, "event".equals(r.get("type")) ? events.next().reportKey() : null)));
        return lines;
    }

    private static Outcome failed(Cleaned c, String reason) {
        Article a = c.article();
        return new Outcome(null, List.of(), new JobError(c.key().path(),
                new SourceFailure(a.metadata().sourceFile(), a.metadata().location(), reason)), List.of());
    }
}
