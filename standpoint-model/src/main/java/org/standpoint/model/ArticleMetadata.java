package org.standpoint.model;

import java.io.Serializable;

/**
 * What is known about an article besides its text. Any field but {@code sourceFile} and {@code publishedFrom}
 * may be null when neither the input nor a manifest supplies it.
 *
 * @param sourceFile the file name as ingested, without folders (the export's {@code source_file})
 * @param location where in the file the article was found, e.g. {@code "line 3"} of a JSONL file, or null
 * @param publishedFrom where {@code published} came from: {@link DateOrigin#NONE} exactly when it is null
 * @param url the article's web address when it is one ({@code http} or {@code https}); any other scheme
 *            ({@code javascript:}, {@code file:}, {@code data:}) is dropped, since the address is shown as a link
 *
 * <p>Title and publisher hold no control characters ({@link ControlCharacters}).
 */
public record ArticleMetadata(String sourceFile, String location, String title, String publisher,
                              PartialDate published, String url, DateOrigin publishedFrom) implements Serializable {
    public ArticleMetadata {
        if (sourceFile == null || sourceFile.isBlank()) {
            throw new IllegalArgumentException("sourceFile must be named");
        }
        if (publishedFrom == null || (published == null) != (publishedFrom == DateOrigin.NONE)) {
            throw new IllegalArgumentException("published " + published + " cannot come from " + publishedFrom
                    + " in " + sourceFile);
        }
        title = blankToNull(ControlCharacters.removed(title));
        publisher = blankToNull(ControlCharacters.removed(publisher));
        url = webAddress(blankToNull(ControlCharacters.removed(url)));
    }

    /** Metadata the input supplies itself: a date, if any, comes from the input's own metadata. */
    public ArticleMetadata(String sourceFile, String location, String title, String publisher,
                           PartialDate published, String url) {
        this(sourceFile, location, title, publisher, published, url,
                published == null ? DateOrigin.NONE : DateOrigin.METADATA);
    }

    /** The address when it is http(s), else null. */
    private static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && !url.contains(" ") ? url : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A copy where every null field is filled from {@code fallback}, a date with its origin. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        boolean ownDate = published != null;
        return new ArticleMetadata(sourceFile, location,
                title != null ? title : fallback.title,
                publisher != null ? publisher : fallback.publisher,
                ownDate ? published : fallback.published,
                url != null ? url : fallback.url,
                ownDate ? publishedFrom : fallback.publishedFrom);
    }

    /** A copy with another title. */
    public ArticleMetadata withTitle(String newTitle) {
        return new ArticleMetadata(sourceFile, location, newTitle, publisher, published, url, publishedFrom);
    }

    /** A copy with a publication date and where it came from. */
    public ArticleMetadata withPublished(PartialDate date, DateOrigin from) {
        return new ArticleMetadata(sourceFile, location, title, publisher, date, url, from);
    }

    /** Where to point a user: {@code file} or {@code file, line 3}, escaped to stay one line of a message. */
    public String origin() {
        return ControlCharacters.escaped(location == null ? sourceFile : sourceFile + ", " + location);
    }
}
