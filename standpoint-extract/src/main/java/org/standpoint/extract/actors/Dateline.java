package org.standpoint.extract.actors;

import java.util.Set;

/**
 * The dateline opening an article: "MINGORA, Pakistan (Reuters) -", "HONG KONG, March 21 (Xinhua) --", "TOKYO:".
 * It starts the first sentence with a word in capitals and runs over names, commas, dates and an agency in
 * brackets to one of the lexicon's {@code dateline-mark}s. Its places say where the report comes from, which
 * is evidence of the country its unnamed police and officials belong to; they are no actors of the report.
 */
final class Dateline {
    /** How far into the first sentence the closing mark may stand. */
    private static final int LONGEST = 14;

    private Dateline() {
    }

    /** The index of the mark closing the dateline that opens {@code s}, or -1 when it opens with none. */
    static int end(ParsedSentence s, Set<String> marks) {
        if (s.index() != 0 || s.size() < 3 || !s.inCapitals(0)) {
            return -1;
        }
        int brackets = 0;
        for (int i = 1; i < Math.min(s.size() - 1, LONGEST); i++) {
            String pos = s.pos(i);
            if (brackets == 0 && marks.contains(s.lower(i))) {
                return i;
            }
            if (pos.equals("-LRB-")) {
                brackets++;
            } else if (pos.equals("-RRB-")) {
                brackets--;
            } else if (brackets == 0 && !s.hasCapital(i) && !pos.equals(",") && !pos.equals(".") && !pos.equals("CD")) {
                return -1; // a word in lower case: the sentence has begun
            }
        }
        return -1;
    }
}
