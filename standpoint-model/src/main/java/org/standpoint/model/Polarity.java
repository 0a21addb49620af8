package org.standpoint.model;

/** Which way a {@link Stance}'s holder leans on a policy: for it, against it, or not yet decided. */
public enum Polarity {
    SUPPORT,
    OPPOSE,
    UNDECIDED;

    /** The opposite leaning; {@link #UNDECIDED} stays undecided. */
    public Polarity flip() {
        return this == SUPPORT ? OPPOSE : this == OPPOSE ? SUPPORT : UNDECIDED;
    }
}
