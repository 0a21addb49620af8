package org.standpoint.council.facts;

/**
 * What became of a draft put to the vote. {@link #NOT_ADOPTED} is a draft short of the affirmative votes it
 * needed (the source's {@code insufficient_votes}); a permanent member's negative vote on such a draft is not
 * counted as a veto, following the UN veto list.
 */
public enum Outcome {
    ADOPTED, VETOED, NOT_ADOPTED
}
