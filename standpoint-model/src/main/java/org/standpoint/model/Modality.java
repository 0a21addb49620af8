package org.standpoint.model;

/**
 * How an event is stated. Negated events, hypotheticals and questions are not coded at all; the others are,
 * with their modality, so users can keep threats apart from acts.
 */
public enum Modality {
    /** The report states the act happened. */
    ASSERTED,
    /** The source threatened to do it ("threatened to veto"). */
    THREATENED,
    /** The source promised or pledged to do it. */
    PROMISED,
    /** The source intends, plans or is expected to do it. */
    INTENDED,
    /** The source tried, perhaps failing ("failed to convince" is still an appeal). */
    ATTEMPTED;

    /**
     * Whether an event so stated counts as an interaction in a network of who acts on whom: acts done, tried or
     * threatened (a threat is an act of its own); promised and intended ones have not happened yet.
     */
    public boolean isAct() {
        return this == ASSERTED || this == THREATENED || this == ATTEMPTED;
    }
}
