package org.standpoint.model;

/**
 * An actor's stated position on a policy towards a target, as one sentence of an article reports it:
 * "Russia opposes calls for Assad to resign" is RUS opposing {@code leader_exit} for SYR.
 *
 * @param holder actor code of who holds the position, e.g. {@code RUSGOV}
 * @param holderName the holder's canonical name, or null
 * @param policy policy name from the contract's list, e.g. {@code sanctions}, or one a user added
 * @param target country code (three letters) the policy is aimed at, or null when none is known
 * @param polarity for, against or undecided
 * @param date when the position was stated, to the precision known, or null
 * @param sentence index of the sentence that states it
 * @param span the stated words in the cleaned body
 * @param evidence the text of {@code span}
 * @param rule the cue, predicate and rules that fired, for "why was this coded?"
 * @param provenance why it was extracted: stage, rule, entries, lexicons and version
 */
public record Stance(String holder, String holderName, String policy, String target, Polarity polarity,
                     PartialDate date, int sentence, Span span, String evidence, String rule, Provenance provenance) {
    public Stance {
        provenance = provenance == null ? Provenance.UNRECORDED : provenance;
        if (holder == null || holder.isBlank()) {
            throw new IllegalArgumentException("stance needs a holder, got " + holder + " for policy " + policy);
        }
        if (policy == null || policy.isBlank()) {
            throw new IllegalArgumentException("stance of " + holder + " needs a policy, got " + policy);
        }
        if (polarity == null) {
            throw new IllegalArgumentException("stance of " + holder + " on " + policy + " needs a polarity, got null");
        }
        if (sentence < 0) {
            throw new IllegalArgumentException("stance sentence index must be >= 0, got " + sentence);
        }
    }

    /** A stance whose provenance is not recorded. */
    public Stance(String holder, String holderName, String policy, String target, Polarity polarity, PartialDate date,
                  int sentence, Span span, String evidence, String rule) {
        this(holder, holderName, policy, target, polarity, date, sentence, span, evidence, rule, Provenance.UNRECORDED);
    }

    public Stance withProvenance(Provenance p) {
        return new Stance(holder, holderName, policy, target, polarity, date, sentence, span, evidence, rule, p);
    }
}
