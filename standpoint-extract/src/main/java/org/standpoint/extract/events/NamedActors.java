package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.extract.syntax.UnpunctuatedLists;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Mention;

/**
 * The actors a word of one sentence itself names: the mention over it, with its conjuncts ("Russia and China"),
 * coordinated modifiers ("U.S. and European leaders"), an apposition ("the former mayor, Pete Buttigieg") and the
 * rest of a list that lost its commas; a pronoun names whom it stands for ("we" in a quotation its speaker, "they"
 * the people just named, "its" the subject of its clause). Never an owner: what a word that names no actor stands
 * for is {@link Owners}' to say, so that every role starts from the same reading of the words.
 */
final class NamedActors {
    private final DependencyGraph g;
    private final List<Mention> mentions;
    /** Who speaks each direct quotation: "we" inside one is its speaker. */
    private final QuoteSpeakers speakers;
    private final Set<String> firstPerson;
    private final Set<String> groups;
    private final Set<String> possessive;
    /** The sentence's lists of names that lost their commas. */
    private final UnpunctuatedLists lists;

    /** @param words the lexicon: pronouns, coordinators and definite determiners (which end a list) */
    NamedActors(DependencyGraph g, List<Mention> sentenceMentions, QuoteSpeakers speakers, Lexicon words) {
        this.g = g;
        this.mentions = sentenceMentions;
        this.speakers = speakers;
        this.firstPerson = words.withUse("pronoun", "first-person");
        this.groups = words.withUse("pronoun", "group");
        this.possessive = words.withUse("pronoun", "possessive");
        this.lists = new UnpunctuatedLists(g, sentenceMentions, words.words("coordinator"),
                words.withUse("definite", "thing"));
    }

    /** The sentence's graph, which every role is read from. */
    DependencyGraph graph() {
        return g;
    }

    /** The actor mentions of this sentence, in order. */
    List<Mention> mentions() {
        return mentions;
    }

    /**
     * The actors a word itself names, with its conjuncts ("Russia and China") and coordinated modifiers
     * ("U.S. and European leaders"); no owners.
     */
    List<Mention> actorsItself(int token) {
        Set<Mention> found = new LinkedHashSet<>(direct(token));
        for (int c : g.children(token, "conj")) {
            found.addAll(direct(c));
        }
        if (found.isEmpty()) {
            // "the former mayor of South Bend, Pete Buttigieg,": the actor stands in apposition.
            g.children(token, "appos").forEach(a -> found.addAll(direct(a)));
            // "the former prime minister Nawaz Sharif", which the parser may leave as an unlabelled name.
            // A dateline parsed as the subject ("LAGOS, June 4 (Reuters) -- Ngozi Adebayo, the state governor,
            // said"): the speaker hangs below it, named by its apposition.
            for (int d : g.children(token, "dep")) {
                if (g.pos(d).startsWith("NNP")) {
                    List<Mention> named = direct(d);
                    found.addAll(named.isEmpty() ? g.children(d, "appos").stream().flatMap(a -> direct(a).stream()).toList() : named);
                }
            }
        }
        if (!found.isEmpty()) {
            for (String rel : new String[] {"compound", "amod"}) {
                for (int modifier : g.children(token, rel)) {
                    List<Integer> conjuncts = g.children(modifier, "conj");
                    if (!conjuncts.isEmpty()) {
                        found.addAll(direct(modifier));
                        conjuncts.forEach(c -> found.addAll(direct(c)));
                    }
                }
            }
        }
        new ArrayList<>(found).forEach(m -> found.addAll(lists.around(m)));
        return new ArrayList<>(found);
    }

    /** The actor the word alone names (the mention over it, or the one its pronoun stands for); no conjuncts. */
    List<Mention> direct(int token) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.covers(token)) {
                out.add(m);
                return out;
            }
        }
        if (firstPerson.contains(g.word(token))) {
            speakers.speakerAt(g.token(token).span().start()).ifPresent(out::add);
        } else if (groups.contains(g.word(token))) {
            out.addAll(peopleBefore(token));
        } else if (possessive.contains(g.word(token))) {
            out.addAll(possessor(token));
        }
        return out;
    }

    /**
     * "a regime criticized for its crackdown": a possessive pronoun names the noun its clause modifies, or
     * else that clause's subject.
     */
    private List<Mention> possessor(int pronoun) {
        Optional<Integer> possessed = g.parent(pronoun, "nmod:poss");
        Optional<Integer> clause = possessed.flatMap(n -> g.incoming(n).stream().filter(d -> d.governor() >= 0)
                .map(d -> d.governor()).filter(g::isVerb).findFirst());
        if (clause.isEmpty()) {
            return List.of();
        }
        Optional<Integer> modified = g.parent(clause.get(), "acl");
        if (modified.isPresent()) {
            return actorsItself(modified.get());
        }
        List<Mention> subjects = new ArrayList<>();
        g.children(clause.get(), "nsubj").forEach(x -> subjects.addAll(actorsItself(x)));
        return subjects;
    }

    /** "Clinton met Lavrov in Dublin, where they held talks": a plural pronoun for the people just named. */
    private List<Mention> peopleBefore(int token) {
        List<Mention> people = mentions.stream().filter(m -> m.lastToken() < token)
                .filter(m -> "PERSON".equals(g.token(m.headToken()).ner())).toList();
        return people.size() >= 2 ? people : List.of();
    }
}
