package org.standpoint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * A file's bytes, read through a stream that stops one byte past the limit, whatever size the file system
     * reports (a device or a file still growing reports 0 or a stale size).
     *
     * @throws TooLarge when the file holds more than {@link #maxArticleBytes()}
     */
    public byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxArticleBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxArticleBytes) {
                throw new TooLarge("too large: more than the " + (maxArticleBytes >= 1048576
                        ? String.format(java.util.Locale.ROOT, "%.1f MB", maxArticleBytes / 1048576.0)
                        : maxArticleBytes / 1024 + " KB") + " limit for one article");
            }
            return bytes;
        }
    }

    /** A file over the limit: its message says so for the user's error line. */
    public static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
