package org.standpoint.model;

import java.util.Locale;

/**
 * Where an article's publication date came from, so a user can tell a date the publisher stated in its metadata
 * from one read out of a dateline in the text. In order of trust: the input's own metadata and the manifest
 * are taken as given; a date from the text is used only when neither gives one.
 */
public enum DateOrigin {
    /** A manifest CSV row for the file. */
    MANIFEST,
    /** The input's own metadata: HTML meta tags or JSON-LD, a JSON Lines field. */
    METADATA,
    /** A dateline in the article's text ("Wednesday 21 August 2013", "Published April 17 2017"). */
    TEXT,
    /** Stored before the origin was recorded. */
    UNRECORDED,
    /** No publication date is known. */
    NONE;

    /** The lower-case name used in exports and the database. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The origin named by {@link #label()}, or null for null. */
    public static DateOrigin ofLabel(String label) {
        return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
