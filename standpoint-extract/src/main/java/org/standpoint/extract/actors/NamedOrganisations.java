package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.actors.SentencePieces.Piece;
import org.standpoint.extract.actors.SentencePieces.Type;

/**
 * Organisations no dictionary knows, named by a run of CoreNLP's ORGANIZATION tokens (proper nouns, joined by
 * the lexicon's {@code name-complement} words: "of", "for") whose head is an agent phrase, which gives the
 * sector: "The National Human Rights Commission", "the Catholic Church", "the National Union of Magistrates".
 * A country opening the name is its owner ("Syrian Democratic Forces"). A run of an agent phrase alone
 * ("Syrian Army", "Foreign Ministry") names no organisation of its own, and a run goes no further than a name
 * the dictionary knows: CoreNLP runs headlines and neighbouring names together.
 */
final class NamedOrganisations {
    private final ParsedSentence s;
    private final ActorDictionary actors;
    private final AgentDictionary agents;
    /** Words after which an organisation's name says what it is of or for: "Union of Magistrates". */
    private final Set<String> nameComplement;

    NamedOrganisations(ParsedSentence s, DraftFactory f) {
        this.s = s;
        this.actors = f.actors;
        this.agents = f.agents;
        this.nameComplement = f.words.words("name-complement");
    }

    /** The pieces of the sentence's organisations, among tokens {@code at} leaves free: a country opening one, its name. */
    List<Piece> find(Piece[] at) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (at[i] != null || !s.ner(i).equals("ORGANIZATION") || !s.isProper(i)) {
                continue;
            }
            Optional<ActorDictionary.Match> lead = actors.longestAt(s.words, i, s.size() - 1, s::glued)
                    .filter(m -> m.entry().kind() == ActorKind.COUNTRY);
            int start = lead.map(m -> m.last() + 1).orElse(i);
            int j = start - 1;
            while (j + 1 < s.size() && at[j + 1] == null && s.ner(j + 1).equals("ORGANIZATION") && insideName(j + 1)
                    && actors.longestAt(s.words, j + 1, s.size() - 1, s::glued).isEmpty()) {
                j++;
            }
            while (j >= start && !s.isProper(j)) {
                j--;
            }
            AgentDictionary.Match head = j < start ? null : headAgent(start, j);
            if (head != null && (start < head.first() || j > head.last())) {
                lead.ifPresent(m -> out.add(new Piece(Type.ACTOR, m.first(), m.last(), m.entry(), null, null)));
                out.add(new Piece(Type.AGENT, start, j, null, null, head));
            }
            i = Math.max(i, j);
        }
        return out;
    }

    /**
     * A proper noun, a name's complement word ("Army of Conquest"), "the" after one ("Army of the ..."), or a
     * possessive between proper nouns ("Assembly of People's Representatives").
     */
    private boolean insideName(int k) {
        return s.isProper(k) || complement(k) || s.pos(k).equals("DT") && k > 0 && complement(k - 1)
                || s.pos(k).equals("POS") && k + 1 < s.size() && s.isProper(k + 1);
    }

    private boolean complement(int k) {
        return !s.hasCapital(k) && nameComplement.contains(s.lower(k));
    }

    /** The agent phrase ending at the name's head, before its complement ("of ..."), else ending the name. */
    private AgentDictionary.Match headAgent(int first, int last) {
        int head = first;
        while (head < last && !complement(head + 1)) {
            head++;
        }
        AgentDictionary.Match closing = null;
        for (int k = first; k <= last; k++) {
            Optional<AgentDictionary.Match> m = agents.longestAt(s.tokens, k, last);
            if (m.isPresent() && m.get().last() == head) {
                return m.get();
            }
            if (m.isPresent() && m.get().last() == last && closing == null) {
                closing = m.get();
            }
        }
        return closing;
    }
}
