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
    ATTEMPTED
}
