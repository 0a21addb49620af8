package org.standpoint.ingest;

import org.standpoint.model.ControlCharacters;

/**
 * An input that could not be read, named precisely enough for a user to find it.
 *
 * @param location where in the file ({@code "line 3"}, {@code "record 2"}, {@code "byte 1041"}) or null for
 *                 the whole file
 */
public record SourceFailure(String sourceFile, String location, String reason) implements SourceRecord {
    public SourceFailure {
        if (sourceFile == null || reason == null) {
            throw new IllegalArgumentException("a failure names its file and reason");
        }
    }

    /** One line for the user: {@code file, line 3: reason}, whatever characters the file name or reason hold. */
    public String describe() {
        return ControlCharacters.escaped((location == null ? sourceFile : sourceFile + ", " + location) + ": "
                + reason);
    }
}
