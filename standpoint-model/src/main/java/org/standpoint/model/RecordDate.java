package org.standpoint.model;

import java.util.Locale;

/**
 * The date a record is filed under, with its basis: the date its text states, else its article's publication
 * date; neither when neither is known ({@link #NONE}). This is the one definition of that fallback, used by
 * the store, every export and the date filters.
 *
 * @param date the date, to the precision known, or null
 * @param basis where the date comes from; null exactly when the date is
 */
public record RecordDate(PartialDate date, DateBasis basis) {
    /** No date known. */
    public static final RecordDate NONE = new RecordDate(null, null);

    public RecordDate {
        if ((date == null) != (basis == null)) {
            throw new IllegalArgumentException("a date and its basis go together, got " + date + " (" + basis + ")");
        }
    }

    /** The stated date when there is one, else the publication date, else {@link #NONE}. */
    public static RecordDate of(PartialDate stated, PartialDate published) {
        if (stated != null) {
            return new RecordDate(stated, DateBasis.STATED);
        }
        return published == null ? NONE : new RecordDate(published, DateBasis.PUBLICATION);
    }

    /** How much of the date is known; null for {@link #NONE}. */
    public PartialDate.Precision precision() {
        return date == null ? null : date.precision();
    }

    /** {@code day}, {@code month} or {@code year}, as exports and the database write it; null for none. */
    public String precisionLabel() {
        return date == null ? null : date.precision().name().toLowerCase(Locale.ROOT);
    }

    /** {@code stated} or {@code publication}; null for none. */
    public String basisLabel() {
        return basis == null ? null : basis.label();
    }

    /** The stated date, or null when the date is the publication date's or unknown. */
    public PartialDate stated() {
        return basis == DateBasis.STATED ? date : null;
    }
}
