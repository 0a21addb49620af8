package org.standpoint.extract.quotes;

import java.util.List;
import org.standpoint.model.Mention;

/**
 * Who said something: an actor's canonical name and code, or the words of an unresolved noun phrase ("the
 * report") with the code of an actor named inside it, if any.
 *
 * @param resolved whether the speaker is an actor mention rather than bare words
 * @param entries the dictionary entries that resolved the speaker, for provenance
 */
record Speaker(String name, String code, boolean resolved, List<String> entries) {
    /** No one: the words could not be attributed. */
    static final Speaker UNKNOWN = new Speaker(null, null, false, List.of());

    Speaker {
        entries = List.copyOf(entries);
    }

    static Speaker of(Mention m) {
        return new Speaker(m.name(), m.code(), true, m.provenance().entries());
    }
}
