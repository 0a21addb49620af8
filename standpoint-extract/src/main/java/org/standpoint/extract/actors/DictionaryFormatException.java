package org.standpoint.extract.actors;

import org.standpoint.lexicon.LexiconFormatException;

/** An actor or agent dictionary file has a row that cannot be read; the message names the file and the line. */
public final class DictionaryFormatException extends LexiconFormatException {
    public DictionaryFormatException(String file, int line, String reason) {
        super(file, line, reason);
    }
}
