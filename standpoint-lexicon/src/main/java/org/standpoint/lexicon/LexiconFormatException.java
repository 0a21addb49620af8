package org.standpoint.lexicon;

/** A lexicon file has a row that cannot be read; the message names the file and the line. */
public final class LexiconFormatException extends IllegalArgumentException {
    private final String file;
    private final int line;

    public LexiconFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
