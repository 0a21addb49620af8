package org.standpoint.lexicon;

/**
 * A file of linguistic data (the lexicon's word lists, and the dictionaries built on the same kind of rows) has a
 * row that cannot be read; the message names the file and the line: {@code FILE:LINE: reason}.
 */
public class LexiconFormatException extends IllegalArgumentException {
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
