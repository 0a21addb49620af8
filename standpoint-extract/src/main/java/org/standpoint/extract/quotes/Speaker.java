package org.standpoint.extract.quotes;

import org.standpoint.model.Mention;

/**
 * Who said something: an actor's canonical name and code, or the words of an unresolved noun phrase ("the
 * report") with the code of an actor named inside it, if any.
 *
 * @param resolved whether the speaker is an actor mention rather than bare words
 */
record Speaker(String name, String code, boolean resolved) {
    static Speaker of(Mention m) {
        return new Speaker(m.name(), m.code(), true);
    }
}
