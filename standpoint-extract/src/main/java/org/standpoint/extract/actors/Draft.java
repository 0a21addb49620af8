package org.standpoint.extract.actors;

/**
 * A mention being resolved: found in the first pass over an article, its code fixed then or, for references
 * that need the whole article (bare agents, role nouns, pronouns), in the second.
 */
final class Draft {
    /** What the second pass still has to do. */
    enum Pending { NONE, BARE_AGENT, ROLE, PRONOUN, COUNTRY_NOUN, ORGANISATION_NOUN, ANTECEDENT }

    final ParsedSentence sentence;
    final int first;
    final int last;
    final int head;
    String code;
    String name;
    String role;
    String rule;
    boolean person;
    boolean plural;
    String sector;
    String agentKey;
    String titleKey;
    ActorEntry entry;
    Draft antecedent;
    /** Whether the name was read in the text (a person no dictionary knows): copying a code keeps it. */
    boolean ownName;
    /** Whether the code was inferred from context rather than read in the text. */
    boolean inferred;
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

    /** Copies what {@code other} resolved to, keeping this draft's own span. */
    void copy(Draft other, String why) {
        code = other.code;
        if (!ownName) {
            name = other.name;
        }
        if (role == null || other.person) {
            role = other.role;
        }
        person = other.person;
        entry = other.entry;
        rule = why;
        pending = Pending.NONE;
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
