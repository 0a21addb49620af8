package org.standpoint.testkit;

/** CoNLL-U text the reader cannot take, with the line (from 1) where it went wrong. */
public final class ConlluFormatException extends IllegalArgumentException {
    private final int line;

    ConlluFormatException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
