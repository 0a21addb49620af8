package org.standpoint.spark;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one run of the job did, in the terms of {@code standpoint analyze}'s summary.
 *
 * @param read articles found in the inputs
 * @param stored articles written (analysed, or linked as near-duplicates)
 * @param linked near-duplicates written as links to their original instead of being analysed
 * @param copies exact copies of an article read earlier, skipped
 * @param failed inputs and articles in the error output
 * @param records export records written, by type
 */
public record JobSummary(long read, long stored, long linked, long copies, long failed, Map<String, Long> records,
                         double seconds) {
    public JobSummary {
        records = Map.copyOf(records);
    }

    /** The closing line printed after a run. */
    public String describe() {
        String written = new TreeMap<>(records).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return String.format("read %d articles: %d stored (%d analysed, %d linked as near-duplicates), %d skipped as"
                        + " exact copies, %d failed; wrote %s in %.1f s%n", read, stored, stored - linked, linked,
                copies, failed, written.isEmpty() ? "no records" : written, seconds);
    }
}
