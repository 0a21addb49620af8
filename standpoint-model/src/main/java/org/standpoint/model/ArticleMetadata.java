package org.standpoint.model;

import java.io.Serializable;

/**
 * What is known about an article besides its text. Any field may be null when neither the input nor a
 * manifest supplies it.
 *
 * @param sourceFile the file name as ingested, without folders (the export's {@code source_file})
 * @param location where in the file the article was found, e.g. {@code "line 3"} of a JSONL file, or null
 */
public record ArticleMetadata(String sourceFile, String location, String title, String publisher,
                              PartialDate published, String url) implements Serializable {
    public ArticleMetadata {
        if (sourceFile == null || sourceFile.isBlank()) {
            throw new IllegalArgumentException("sourceFile must be named");
        }
        title = blankToNull(title);
        publisher = blankToNull(publisher);
        url = blankToNull(url);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A copy where every null field is filled from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(sourceFile, location,
                title != null ? title : fallback.title,
                publisher != null ? publisher : fallback.publisher,
                published != null ? published : fallback.published,
                url != null ? url : fallback.url);
    }

    /** Where to point a user: {@code file} or {@code file, line 3}. */
    public String origin() {
        return location == null ? sourceFile : sourceFile + ", " + location;
    }
}
