package org.standpoint.model;

import java.io.Serializable;

/**
 * How many articles, and how many distinct sources among them, report one event (see {@link Event#reportKey()}).
 */
public record ReportCount(int articles, int sources) implements Serializable {
    /** An event reported by its own article only. */
    public static final ReportCount ALONE = new ReportCount(1, 1);

    public ReportCount {
        if (articles < 1 || sources < 1 || sources > articles) {
            throw new IllegalArgumentException("an event is reported by at least one article and source, and by no"
                    + " more sources than articles, got " + articles + " articles and " + sources + " sources");
        }
    }
}
