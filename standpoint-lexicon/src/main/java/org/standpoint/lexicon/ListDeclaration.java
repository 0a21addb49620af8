package org.standpoint.lexicon;

import java.util.Set;

/**
 * What the lexicon's index ({@code lists.tsv}) says of one word list: its kind, the uses or values its rows may
 * give (empty: any value), and the bundled file its rows live in.
 */
record ListDeclaration(String name, Kind kind, Set<String> values, String file) {
    /** How a list's rows read. */
    enum Kind {
        /** Plain words or phrases: {@code negator	never}. */
        WORDS,
        /** Words with the uses they serve, each optionally with written forms: {@code say	quote clutter=said,says}. */
        USES,
        /** Words with a value: {@code bound-phrase	more than	MORE_THAN}. */
        MAP
    }

    ListDeclaration {
        values = Set.copyOf(values);
    }
}
