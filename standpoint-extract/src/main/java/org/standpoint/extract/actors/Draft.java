package org.standpoint.extract.actors;

import org.standpoint.model.Provenance;

/**
 * A mention being resolved: found in the first pass over an article, its code fixed then or, for references
 * that need the whole article (bare agents, role nouns, pronouns), in the second.
 */
final class Draft {
    /** How a mention was resolved: the kind of rule that fired, as its provenance names it. */
    enum Rule {
        DICTIONARY, NAMED_BEFORE, TITLE, AGENT, ROLE, COORDINATION, APPOSITION, PRONOUN, REFERENCE;

        /** The rule's identifier: {@code dictionary}, {@code named-before}, ... */
        String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What the second pass still has to do. */
    enum Pending { NONE, BARE_AGENT, ROLE, PRONOUN, COUNTRY_NOUN, ORGANISATION_NOUN, ANTECEDENT }

    final ParsedSentence sentence;
    final int first;
    final int last;
    final int head;
    String code;
    String name;
    String role;
    /** How the draft was resolved, in words: the kind of rule, a colon, and what fired ("agent:force+..."). */
    String rule;
    Rule kind;
    boolean person;
    /** Whether the draft is one individual, named or not ("Lavrov", "a man"): what "he" and "she" refer to. */
    boolean human;
    boolean plural;
    String sector;
    String agentKey;
    String titleKey;
    ActorEntry entry;
    Draft antecedent;
    /** How a pronoun found its antecedent ({@code nearest-subject}, {@code recent}...), or null. */
    String coreference;
    /** Whether the name was read in the text (a person no dictionary knows): copying a code keeps it. */
    boolean ownName;
    /** Whether the code was inferred from context rather than read in the text. */
    boolean inferred;
    /** Whether the draft stands in the article's dateline: evidence of where the report comes from, no mention. */
    boolean dateline;
    Pending pending = Pending.NONE;

    Draft(ParsedSentence sentence, int first, int last) {
        this.sentence = sentence;
        this.first = first;
        this.last = last;
        this.head = sentence.head(first, last);
    }

    int sentenceIndex() {
        return sentence.index();
    }

    boolean resolved() {
        return code != null;
    }

    /** Takes back what the draft was resolved to: it names no actor after all. */
    void unresolve() {
        code = null;
        name = null;
        entry = null;
        rule = null;
        kind = null;
    }

    /** Records how the draft was resolved: {@code kind}, and in words what fired. */
    void because(Rule why, String detail) {
        kind = why;
        rule = why.id() + ":" + detail;
    }

    /** Copies what {@code other} resolved to, keeping this draft's own span, and says why. */
    void copy(Draft other, Rule why, String detail) {
        copy(other);
        because(why, detail);
    }

    /** Copies what {@code other} resolved to, keeping this draft's own span and its own reason. */
    void copy(Draft other) {
        code = other.code;
        if (!ownName) {
            name = other.name;
        }
        if (role == null || other.person) {
            role = other.role;
        }
        person = other.person;
        human = other.human;
        entry = other.entry;
        pending = Pending.NONE;
    }

    /** Why the draft resolved as it did: its rule and the dictionary, agent and title entries that fired. */
    Provenance provenance() {
        java.util.List<String> entries = new java.util.ArrayList<>();
        if (entry != null) {
            entries.add("actors:" + entry.id());
        }
        if ((kind == Rule.AGENT || kind == Rule.COORDINATION) && agentKey != null) {
            entries.add("agents:" + agentKey);
        }
        if ((kind == Rule.TITLE || kind == Rule.ROLE) && titleKey != null && !titleKey.isEmpty()) {
            entries.add("titles:" + titleKey);
        }
        if (coreference != null) {
            entries.add("coref:" + coreference);
        }
        return Provenance.of(kind == null ? "unknown" : kind.id(), entries);
    }

    /** Whether this draft comes before {@code other} in the text. */
    boolean before(Draft other) {
        return sentenceIndex() < other.sentenceIndex()
                || (sentenceIndex() == other.sentenceIndex() && first < other.first);
    }

    @Override
    public String toString() {
        return sentenceIndex() + ":" + first + "-" + last + " " + code + " " + name + " (" + rule + ")";
    }
}
