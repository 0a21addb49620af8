package org.standpoint.model;

import java.util.Locale;

/**
 * Where a record's date comes from: stated in the text ("on Tuesday", "in March"), or, when the text states
 * none, the publication date of the article reporting it. A user counting events by date can keep the two
 * apart: a publication date says when the event was reported, not when it happened.
 */
public enum DateBasis {
    /** The text states when it happened. */
    STATED,
    /** The text states no date: the article's publication date stands in for it. */
    PUBLICATION;

    /** The lower-case name used in exports and the database. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The basis named by {@link #label()}, or null for null. */
    public static DateBasis ofLabel(String label) {
        return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
