package org.standpoint.model;

/**
 * Words attributed to a speaker.
 *
 * @param span the quoted words in the body (without the quotation marks for a direct quote)
 * @param speaker the speaker's name as resolved ("Sergei Lavrov", "Russian Foreign Ministry"), or null if unknown
 * @param speakerCode the speaker's actor code, or null
 * @param rule how the speaker was found, e.g. {@code said-after}, {@code previous-sentence}
 * @param provenance why it was extracted: stage, rule, entries, lexicons and version
 */
public record Quote(int sentence, Span span, String text, String speaker, String speakerCode, QuoteKind kind,
                    String rule, Provenance provenance) {
    public Quote {
        provenance = provenance == null ? Provenance.UNRECORDED : provenance;
        if (span == null || text == null || kind == null) {
            throw new IllegalArgumentException("a quote needs a span, its text and its kind");
        }
    }

    /** A quote whose provenance is not recorded. */
    public Quote(int sentence, Span span, String text, String speaker, String speakerCode, QuoteKind kind, String rule) {
        this(sentence, span, text, speaker, speakerCode, kind, rule, Provenance.UNRECORDED);
    }

    public Quote withProvenance(Provenance p) {
        return new Quote(sentence, span, text, speaker, speakerCode, kind, rule, p);
    }
}
