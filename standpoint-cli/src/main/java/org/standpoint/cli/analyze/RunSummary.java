package org.standpoint.cli.analyze;

import java.util.List;
import org.standpoint.ingest.SourceFailure;

/**
 * What one analyze run did.
 *
 * @param read articles found in the inputs
 * @param stored articles newly stored (analysed or linked as near-duplicates)
 * @param alreadyStored exact copies of articles stored before or earlier in the run, or by another run meanwhile
 * @param linked near-duplicates stored as links to their original instead of being analysed
 * @param failures every input or article that failed, with its reason
 * @param incomplete articles stored with a stage that did not complete on them, one line each article
 * @param stopped why the run stopped before the end (a full disk), or null when it went through
 * @param unrecorded why the run's record could not be stored in the database, or null when it was
 */
public record RunSummary(int read, int stored, int alreadyStored, int linked, List<SourceFailure> failures,
                         List<SourceFailure> incomplete, long tokens, double seconds, String stopped,
                         String unrecorded) {
    public RunSummary {
        failures = List.copyOf(failures);
        incomplete = List.copyOf(incomplete);
    }

    /** Whether everything read was stored whole or skipped for a reason that is no failure. */
    public boolean clean() {
        return failures.isEmpty() && incomplete.isEmpty() && stopped == null && unrecorded == null;
    }

    /** This summary with the reason its record could not be stored. */
    public RunSummary unrecorded(String reason) {
        return new RunSummary(read, stored, alreadyStored, linked, failures, incomplete, tokens, seconds, stopped,
                reason);
    }

    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : (stored - linked) / seconds;
    }

    /** The closing lines printed after a run. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("read %d articles: %d stored (%d analysed, %d linked as near-duplicates),"
                        + " %d skipped as already stored, %d failed%s; %.2f articles/s, %.0f tokens/s over %.1f s%n",
                read, stored, stored - linked, linked, alreadyStored, failures.size(),
                incomplete.isEmpty() ? "" : ", " + incomplete.stream().map(f -> f.sourceFile() + f.location()).distinct().count()
                        + " stored without a failed stage's layers",
                articlesPerSecond(), seconds <= 0 ? 0 : tokens / seconds, seconds));
        for (SourceFailure f : failures) {
            sb.append("  failed: ").append(f.describe()).append(System.lineSeparator());
        }
        for (SourceFailure f : incomplete) {
            sb.append("  incomplete: ").append(f.describe()).append(System.lineSeparator());
        }
        if (stopped != null) {
            sb.append("stopped early: ").append(stopped).append(System.lineSeparator());
        }
        if (unrecorded != null) {
            sb.append("this run's record could not be stored: ").append(unrecorded).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
