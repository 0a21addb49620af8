package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first look at a sentence: which tokens name a known actor (longest dictionary match, or a person the
 * article named before), an unknown person (CoreNLP's PERSON), an organisation no dictionary knows
 * ({@link NamedOrganisations}), an agent noun with its sector, a title, a pronoun, or a noun that refers back ("the
 * country", "the alliance"). Pieces never overlap.
 */
final class SentencePieces {
    /** What a piece is. */
    enum Type { ACTOR, PERSON, NAME, AGENT, TITLE, PRONOUN, REFERENCE }

    /** A run of tokens {@code first..last} that is one piece. */
    record Piece(Type type, int first, int last, ActorEntry entry, Draft person, AgentDictionary.Match agent) {
        String sector() {
            return agent == null ? null : agent.sector();
        }

        /** An organisation named with words of its own around its agent phrase: "National Union of Magistrates". */
        boolean named() {
            return agent != null && (first < agent.first() || last > agent.last());
        }
    }

    private final ParsedSentence s;
    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final Discourse discourse;
    private final Titles titles;
    /** Words that may stand uncapitalised inside a name: "Council of Europe", "bin Jassim". */
    /** Penn tags of pronouns, determiners, question words and the like: no names unless written in capitals. */
    private static final Set<String> FUNCTION_TAGS = Set.of("PRP", "PRP$", "WP", "WP$", "WDT", "WRB", "DT", "IN", "CC",
            "MD", "TO");
    private final Set<String> nameGlue;
    private final Set<String> pronouns;
    private final Set<String> objectPronouns;
    /** Determiners that make "the country", "this alliance" refer back. */
    private final Set<String> definite;
    private final Piece[] at;
    private final NamedOrganisations organisations;

    SentencePieces(ParsedSentence s, DraftFactory f) {
        this.s = s;
        this.actors = f.actors;
        this.agents = f.agents;
        this.discourse = f.discourse;
        this.titles = f.titles;
        this.nameGlue = f.words.withUse("name-particle", "glue");
        this.pronouns = f.words.withUse("pronoun", "subject");
        this.objectPronouns = f.words.withUse("pronoun", "object");
        this.definite = f.words.withUse("definite", "reference");
        this.at = new Piece[s.size()];
        this.organisations = new NamedOrganisations(s, f);
    }

    /** The pieces in text order. */
    List<Piece> find() {
        for (int i = 0; i < s.size(); ) {
            Piece p = actorAt(i);
            for (int j = i + 1; p != null && j <= p.last() && courtesy(j - 1); j++) {
                Piece q = actorAt(j); // "Sheikh Hamad bin Jassim al-Thani": the name reaches further than "Sheikh Hamad bin Jassim"
                if (q != null && q.last() > p.last()) {
                    p = q;
                    i = j;
                }
            }
            if (p != null) {
                mark(p);
                i = p.last() + 1;
            } else {
                i++;
            }
        }
        names();
        organisations.find(at).forEach(this::mark);
        for (int i = 0; i < s.size(); i++) {
            if (at[i] == null) {
                Piece p = agentAt(i);
                if (p == null) {
                    p = single(i);
                }
                if (p != null) {
                    mark(p);
                    i = p.last();
                }
            }
        }
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (at[i] != null && (out.isEmpty() || out.get(out.size() - 1) != at[i])) {
                out.add(at[i]);
            }
        }
        return out;
    }

    private void mark(Piece p) {
        for (int i = p.first(); i <= p.last(); i++) {
            at[i] = p;
        }
    }

    /**
     * The known actor or person named from token {@code i}; a name whose possessive lost its apostrophe ("Syrias
     * government") counts when it reaches further than any other reading.
     */
    private Piece actorAt(int i) {
        Piece plain = actorAt(i, s.words);
        if (s.possessiveWords == null) {
            return plain;
        }
        Piece owner = actorAt(i, s.possessiveWords);
        boolean further = owner != null && s.strippedPossessive(owner.last()) && (plain == null || owner.last() > plain.last());
        return further ? owner : plain;
    }

    private Piece actorAt(int i, List<List<String>> words) {
        Discourse.Match said = null;
        Optional<Discourse.Match> dm = discourse.personAt(s, words, i);
        if (dm.isPresent() && acceptable(dm.get().first(), dm.get().last(), ActorKind.PERSON)) {
            said = dm.get();
        }
        ActorDictionary.Match known = null;
        int limit = s.size() - 1;
        for (Optional<ActorDictionary.Match> m = actors.longestAt(words, i, limit, s::glued); m.isPresent();
             m = actors.longestAt(words, i, limit, s::glued)) {
            ActorDictionary.Match candidate = withoutAgentTail(m.get());
            if (candidate != null && acceptable(candidate.first(), candidate.last(), candidate.entry().kind())) {
                known = candidate;
                break;
            }
            limit = m.get().last() - 1;
        }
        if (said != null && (known == null || said.last() >= known.last())) {
            return new Piece(Type.PERSON, said.first(), said.last(), null, said.person(), null);
        }
        return known == null ? null : new Piece(Type.ACTOR, known.first(), known.last(), known.entry(), null, null);
    }

    /** "Assad Regime" names a government, not the man: the agent noun is left for the phrase reader. */
    private ActorDictionary.Match withoutAgentTail(ActorDictionary.Match m) {
        int last = m.last();
        if (m.entry().kind() != ActorKind.PERSON || m.first() == last || s.ner(last).equals("PERSON")
                || agents.longestAt(s.tokens, last, last).isEmpty()) {
            return m;
        }
        return actors.longestAt(s.words, m.first(), last - 1, s::glued).orElse(null);
    }

    /**
     * Whether the token is a function word as written: "Who will pay?" names no World Health Organization, nor "Us"
     * the United States; in capitals ("WHO", "US") it is the acronym, whatever the tagger made of it.
     */
    private boolean functionWord(int i) {
        return FUNCTION_TAGS.contains(s.pos(i)) && !s.inCapitals(i);
    }

    /** Names are capitalised; an entity CoreNLP found must not reach beyond the match into another name. */
    private boolean acceptable(int first, int last, ActorKind kind) {
        if (!capitalised(first) || !capitalised(last)) {
            return false;
        }
        for (int i = first + 1; i < last; i++) {
            if (!capitalised(i) && !s.words.get(i).isEmpty() && !nameGlue.containsAll(s.words.get(i))) {
                return false;
            }
        }
        if (first == last && (kind == ActorKind.PERSON && !s.isProper(first) || functionWord(first))) {
            return false;
        }
        String tag = s.ner(first);
        if (tag.equals("O") || !Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC").contains(tag)) {
            return true;
        }
        int a = first;
        while (a > 0 && s.ner(a - 1).equals(tag)) {
            a--;
        }
        int b = last;
        while (b + 1 < s.size() && s.ner(b + 1).equals(tag)) {
            b++;
        }
        if (kind == ActorKind.COUNTRY && listOfCountries(a, first, last, b)) {
            return true;
        }
        for (int i = a; i < first; i++) {
            Optional<ActorDictionary.Match> country = i == a && a > 0 && s.pos(a - 1).equals("IN")
                    ? actors.longestAt(s.words, i, first - 1, s::glued).filter(m -> m.entry().kind() == ActorKind.COUNTRY)
                    : Optional.empty();
            // "Envoy for Syria Staffan de Mistura", read as one entity: the country ends the title's complement and
            // the name begins (a run of tags, "Belgium Syria Aleppo Russia", has no preposition before it)
            if (country.isPresent()) {
                i = country.get().last();
                continue;
            }
            if (s.isProper(i) && !titles.isHonorific(s.lemma(i)) && agents.longestAt(s.tokens, i, first - 1).isEmpty()) {
                return false;
            }
        }
        // "West" in "West Africa" is no actor; "Security Council" in "Security Council Resolutions" is; nor is an
        // owner whose possessive lost its apostrophe, run into one entity with what it owns ("UNs Commission of Inquiry")
        boolean organisation = first < last && kind != ActorKind.PERSON && kind != ActorKind.COUNTRY;
        return b == last || organisation || s.strippedPossessive(last) || !s.pos(b).equals("NNP") || agents.longestAt(s.tokens, last + 1, b).isPresent();
    }

    /**
     * Whether a country named at {@code first..last} inside the entity {@code a..b} CoreNLP found is one of a list
     * whose commas were lost ("France Britain and the United States", read as one entity): the rest of the entity
     * is nothing but countries, and a coordinator closes the list after it (a run of place names without one is
     * more likely a heading or a list of tags).
     */
    private boolean listOfCountries(int a, int first, int last, int b) {
        return (a < first || b > last) && b + 1 < s.size() && s.pos(b + 1).equals("CC")
                && countriesOnly(a, first - 1) && countriesOnly(last + 1, b);
    }

    /** Whether tokens {@code first..last} are nothing but names of countries and determiners (or nothing). */
    private boolean countriesOnly(int first, int last) {
        int i = first;
        while (i <= last) {
            if (s.pos(i).equals("DT")) {
                i++;
                continue;
            }
            Optional<ActorDictionary.Match> m = actors.longestAt(s.words, i, last, s::glued);
            if (m.isEmpty() || m.get().entry().kind() != ActorKind.COUNTRY || m.get().first() != i) {
                return false;
            }
            i = m.get().last() + 1;
        }
        return true;
    }

    private boolean courtesy(int i) {
        return titles.isHonorific(String.join("", s.words.get(i))) || titles.isPerson(s.lemma(i));
    }

    /** Whether the word a token belongs to has a capital: "al-Assad" and "Ki-moon" do, split or not. */
    private boolean capitalised(int i) {
        int a = i;
        while (a >= 2 && s.glued(a - 1)) {
            a -= 2;
        }
        int b = i;
        while (b + 2 < s.size() && s.glued(b + 1)) {
            b += 2;
        }
        for (int j = a; j <= b; j++) {
            if (s.hasCapital(j)) {
                return true;
            }
        }
        return false;
    }

    /** Unknown people: runs of PERSON tokens no dictionary knows. */
    private void names() {
        for (int i = 0; i < s.size(); i++) {
            if (at[i] == null && s.ner(i).equals("PERSON") && s.hasCapital(i)) {
                int j = i;
                while (j + 1 < s.size() && at[j + 1] == null && s.ner(j + 1).equals("PERSON")) {
                    j++;
                }
                mark(new Piece(Type.NAME, i, j, null, null, null));
                i = j;
            }
        }
    }

    private Piece agentAt(int i) {
        int limit = i;
        while (limit + 1 < s.size() && at[limit + 1] == null) {
            limit++;
        }
        Optional<AgentDictionary.Match> m = agents.longestAt(s.tokens, i, limit);
        if (m.isEmpty() || !s.isNoun(m.get().last())) {
            return null;
        }
        if (s.lemma(i).equals("opposition") && i > 0 && s.lower(i - 1).equals("in") && i + 1 < s.size() && s.lower(i + 1).equals("to")) {
            return null; // "a stand in opposition to the West" names no opposition
        }
        return new Piece(Type.AGENT, m.get().first(), m.get().last(), null, null, m.get());
    }

    private Piece single(int i) {
        String lemma = s.lemma(i);
        String lower = String.join("", s.words.get(i));
        boolean subject = s.isSubject(i);
        boolean personal = subject ? pronouns.contains(s.lower(i)) : objectPronouns.contains(s.lower(i));
        if (personal && s.pos(i).equals("PRP") && !s.quoted(i)
                && s.governors(i).stream().noneMatch(d -> d.relation().equals("expl"))) {
            return new Piece(Type.PRONOUN, i, i, null, null, null);
        }
        boolean nounHere = s.isNoun(i) || titles.isMediaNoun(lemma) && (i + 1 == s.size() || !s.isNoun(i + 1)); // "the daily"
        if (nounHere && !s.isPlural(i) && (titles.isCountryNoun(lemma) || titles.isOrganisationNoun(lemma)) && definite(i)) {
            return new Piece(Type.REFERENCE, i, i, null, null, null);
        }
        if ((s.isNoun(i) && titles.isPerson(lemma)) || (titles.isHonorific(lower) && i + 1 < s.size() && s.isProper(i + 1))) {
            return new Piece(Type.TITLE, i, i, null, null, null);
        }
        return null;
    }

    /** "the country", "the influential daily", "this alliance": a definite determiner before, adjectives between. */
    private boolean definite(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if (s.pos(j).equals("DT")) {
                return definite.contains(s.lower(j));
            }
            if (!s.pos(j).startsWith("JJ") && !s.pos(j).equals("VBN")) {
                return s.pos(j).equals("POS") || s.pos(j).equals("PRP$");
            }
        }
        return false;
    }
}
