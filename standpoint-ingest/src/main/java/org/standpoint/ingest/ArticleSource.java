package org.standpoint.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the articles of one file format. A source streams: each article or failure goes to the sink as soon as
 * it is read, so one bad record never hides the others and a large crawl never sits in memory at once.
 */
public interface ArticleSource {
    /** Whether this source reads files named like {@code file}. */
    boolean accepts(Path file);

    /**
     * Reads {@code file}, passing each article or failure to {@code sink}. Never throws for bad content; an
     * unreadable file becomes one {@link SourceFailure}.
     */
    void read(Path file, Consumer<SourceRecord> sink);
}
