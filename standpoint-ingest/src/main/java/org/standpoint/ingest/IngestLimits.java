package org.standpoint.ingest;

/**
 * Bounds that keep one oversized input from exhausting memory.
 *
 * @param maxArticleBytes largest single article (a text or HTML file, a JSONL line, a WARC record) accepted
 */
public record IngestLimits(long maxArticleBytes) {
    /** 5 MB: an order of magnitude above the longest news article HTML pages we have seen. */
    public static final IngestLimits DEFAULT = new IngestLimits(5L * 1024 * 1024);

    public IngestLimits {
        if (maxArticleBytes < 1024) {
            throw new IllegalArgumentException("maxArticleBytes must be at least 1024, got " + maxArticleBytes);
        }
    }

    public String tooLarge(long bytes) {
        return String.format("too large: %.1f MB exceeds the %.1f MB limit for one article",
                bytes / 1048576.0, maxArticleBytes / 1048576.0);
    }
}
