package org.standpoint.model;

/**
 * A place in an article's text that refers to an actor, resolved to a CAMEO/Phoenix code valid on the
 * article's date.
 *
 * @param sentence index of the sentence holding the mention
 * @param firstToken first token of the mention in that sentence
 * @param lastToken last token of the mention, inclusive
 * @param headToken the token that stands for the mention in the dependency graph
 * @param code actor code, e.g. {@code RUSGOV}, {@code IGOUNO}
 * @param name canonical name, e.g. {@code Sergei Lavrov}, or the country's name for a country-level actor
 * @param role the person's role on that date, or null
 * @param rule how the mention was resolved: the dictionary entry, pattern or rule that fired
 * @param provenance why it was extracted: stage, rule, entries, lexicons and version
 */
public record Mention(int sentence, int firstToken, int lastToken, int headToken, Span span, String code,
                      String name, String role, String rule, Provenance provenance) {
    public Mention {
        provenance = provenance == null ? Provenance.UNRECORDED : provenance;
        if (sentence < 0 || firstToken < 0 || lastToken < firstToken || headToken < firstToken || headToken > lastToken) {
            throw new IllegalArgumentException("bad mention token range " + firstToken + ".." + lastToken
                    + " head " + headToken + " in sentence " + sentence);
        }
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("mention at " + span + " has no code");
        }
    }

    /** A mention whose provenance is not recorded. */
    public Mention(int sentence, int firstToken, int lastToken, int headToken, Span span, String code, String name,
                   String role, String rule) {
        this(sentence, firstToken, lastToken, headToken, span, code, name, role, rule, Provenance.UNRECORDED);
    }

    public Mention withProvenance(Provenance p) {
        return new Mention(sentence, firstToken, lastToken, headToken, span, code, name, role, rule, p);
    }

    public boolean covers(int token) {
        return firstToken <= token && token <= lastToken;
    }
}
