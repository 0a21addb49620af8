package org.standpoint.extract.stances;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.extract.syntax.UnpunctuatedLists;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;

/**
 * Who states a position in one sentence: the subject or owner of a stance predicate, the noun a participle or a
 * relative clause modifies, the subject of the clause that controls it; a measure standing as subject ("the
 * resolution urges ...") stands for its sponsors; an unresolved first-person subject inside a quotation is the
 * quotation's speaker.
 */
final class Holders {
    private static final String[] OWNERS = {"nmod:poss", "compound", "amod", "nmod:from", "nmod:by"};

    private final DependencyGraph g;
    private final List<Mention> mentions;
    private final DependencyStanceDetector.Words words;
    private final ArticleContext article;
    private final Sponsors sponsors;

    /** The sentence's lists of names that lost their commas ("Russia Iran and Turkey agreed"). */
    private final UnpunctuatedLists lists;

    Holders(DependencyGraph g, List<Mention> mentions, DependencyStanceDetector.Words words, ArticleContext article,
            Cues cues) {
        this.g = g;
        this.mentions = mentions;
        this.words = words;
        this.article = article;
        this.sponsors = new Sponsors(g, this, words.sponsoring(), article, cues);
        this.lists = new UnpunctuatedLists(g, mentions, words.coordinators(), words.definite());
    }

    Sponsors sponsors() {
        return sponsors;
    }

    /** Who states the position: explicit subjects and owners, or unless {@code explicitOnly} those of the governing clause. */
    List<Mention> of(int p, boolean explicitOnly) {
        return of(p, explicitOnly, new HashSet<>(Set.of(p)));
    }

    /** {@code visited}: the clauses asked already, since holders are inherited along edges that may cycle. */
    private List<Mention> of(int p, boolean explicitOnly, Set<Integer> visited) {
        Set<Mention> found = new LinkedHashSet<>();
        boolean noun = g.isNoun(p) && !Predicates.verbal(g, p);
        if (noun) {
            for (String rel : OWNERS) {
                g.children(p, rel).forEach(o -> found.addAll(actors(o)));
                if (!found.isEmpty()) {
                    return new ArrayList<>(found);
                }
            }
            // "Portugal is in favour of a truce": a noun predicate with a copula states its subject's position.
            if (!g.children(p, "cop").isEmpty()) {
                g.children(p, "nsubj").forEach(n -> found.addAll(subject(p, n)));
                return new ArrayList<>(found);
            }
        } else {
            boolean hasSubject = false;
            boolean inherited = visited.size() > 1;
            for (var d : g.outgoing(p)) {
                String r = d.relation();
                if (subject(r) && d.dependent() != p) {
                    hasSubject = true;
                    // "Syria was urged to ...": a passive predicate's subject undergoes it; only the clause that
                    // controls another ("Norway is not prepared to push for") lends its passive subject.
                    if (!r.equals("nsubj:pass") || inherited || stative(p, d.dependent())) {
                        found.addAll(subject(p, d.dependent()));
                    }
                }
            }
            Optional<Integer> misread = hasSubject ? Optional.empty() : speechSubject(p);
            if (misread.isPresent()) {
                hasSubject = true;
                found.addAll(actors(misread.get()));
            }
            // A controlled subject ("pressed Moscow to join calls") does not hold the position: the clause
            // that controls it does, so only a subject of its own stops the inheritance below.
            int modified = g.parent(p, Set.of("acl"));
            if (!hasSubject && modified >= 0 && !g.pos(p).equals("VBN")) {
                found.addAll(actors(modified)); // "protesters calling for reforms", not "forces backed by strikes"
            }
            if (hasSubject || !found.isEmpty()) {
                return new ArrayList<>(found);
            }
        }
        if (explicitOnly) {
            return List.of();
        }
        // "voiced scepticism", "stressed the need for" are the subject's; "said calls for sanctions were ..." reports
        // another's, where the parser made "said" the subject of what was said and the calls its object.
        int governor = noun ? g.parent(p, Set.of("obj")) : g.parent(p, Set.of("xcomp", "conj", "advcl"));
        if (noun && governor >= 0 && misreadSpeech(governor)) {
            return List.of();
        }
        // "Spain is ready to back sanctions": an adjective with a subject of its own controls the clause as a verb does.
        boolean controls = governor >= 0 && (Predicates.verbal(g, governor) || g.pos(governor).startsWith("JJ"));
        return controls && visited.add(governor) ? of(governor, false, visited) : List.of();
    }

    /**
     * "Chile is opposed to intervention": a participle with its position after "to" and no agent states a state its
     * subject is in, not something done to it; a measure as that subject is what was done ("the draft was put to").
     */
    private boolean stative(int predicate, int subject) {
        return !g.children(predicate, "obl:to").isEmpty() && g.children(predicate, "obl:agent").isEmpty()
                && !sponsors.isMeasure(subject);
    }

    /**
     * "Jones said Canadian ships could enforce an embargo" without "that": the parser may make "said" the
     * clause's subject and the clause's real subject the object of "said". The speech verb, with a speaker of its
     * own, cannot be a subject; its object is the clause's.
     */
    private Optional<Integer> speechSubject(int clause) {
        return g.children(clause, "csubj").stream().filter(this::misreadSpeech)
                .flatMap(c -> g.children(c, "obj").stream()).filter(g::isNoun).findFirst();
    }

    /** Whether {@code verb} is a speech verb with a speaker of its own that the parser made a clause's subject. */
    private boolean misreadSpeech(int verb) {
        return words.speech().contains(g.lemma(verb)) && !g.children(verb, "nsubj").isEmpty()
                && g.parent(verb, Set.of("csubj")) >= 0;
    }

    /** A subject of its own: active, passive ("Norway is not prepared to") or the agent of a passive. */
    private static boolean subject(String relation) {
        return relation.equals("nsubj") || relation.equals("nsubj:pass") || relation.equals("obl:agent");
    }

    /** The holders a subject names: the noun a relative pronoun stands for, a quotation's speaker, its actors. */
    private List<Mention> subject(int predicate, int subject) {
        if (words.relatives().contains(g.lemma(subject)) && g.parent(predicate, Set.of("acl")) >= 0) {
            return actors(g.parent(predicate, Set.of("acl")));
        }
        List<Mention> named = direct(subject);
        if (named.isEmpty() && words.firstPerson().contains(g.word(subject))) {
            return article.speakerAt(g.token(subject).span().start()).map(List::of).orElse(List.of());
        }
        return actors(subject);
    }

    /** The actors a word names, with its conjuncts; else those of its modifiers ("U.S. and European leaders"). */
    List<Mention> actors(int token) {
        Set<Mention> found = new LinkedHashSet<>(direct(token));
        g.children(token, "conj").forEach(c -> found.addAll(direct(c)));
        for (String rel : new String[] {"compound", "amod"}) {
            for (int m : g.children(token, rel)) {
                if (!g.children(m, "conj").isEmpty()) {
                    // "U.S. and European leaders": each coordinated modifier names a holder.
                    found.addAll(direct(m));
                    g.children(m, "conj").forEach(c -> found.addAll(direct(c)));
                }
            }
        }
        // a list that lost its commas, in text order, before what the parse found of it
        Set<Mention> listed = new LinkedHashSet<>();
        found.forEach(m -> listed.addAll(lists.around(m)));
        listed.addAll(found);
        found.clear();
        found.addAll(listed);
        if (found.isEmpty() && sponsors.isMeasure(token)) {
            // "a resolution that urges Syria to reform", "the Paris talks were meant to show support": a measure
            // speaks for those who put it forward, else for the country it is of.
            sponsors.of(token).forEach(s -> found.addAll(s.holders()));
            if (found.isEmpty()) {
                g.children(token, "compound").forEach(c -> under(c).stream().filter(Holders::countryLevel)
                        .filter(m -> !article.isConflict(m.code())).forEach(found::add));
            }
        } else if (found.isEmpty()) {
            for (String rel : new String[] {"compound", "amod", "nmod:poss"}) {
                for (int m : g.children(token, rel)) {
                    found.addAll(direct(m));
                    g.children(m, "conj").forEach(c -> found.addAll(direct(c)));
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The actor mentioned at {@code token}, if any. */
    List<Mention> direct(int token) {
        return mentions.stream().filter(m -> m.covers(token)).limit(1).toList();
    }

    /**
     * A mention with the actors coordinated after it in the text ("by Turkey and Qatar"), for where the parser
     * read the second as the subject of a clause of its own ("a truce brokered by Turkey and Qatar collapsed").
     */
    List<Mention> withTextualConjuncts(Mention m) {
        List<Mention> out = new ArrayList<>(List.of(m));
        int next = m.lastToken() + 1;
        while (next + 1 < g.size() && words.coordinators().contains(g.word(next))) {
            List<Mention> after = direct(next + 1);
            if (after.isEmpty()) {
                break;
            }
            out.addAll(after);
            next = after.get(0).lastToken() + 1;
        }
        return out;
    }

    /** The actors mentioned anywhere below {@code token} (itself included), in text order. */
    List<Mention> under(int token) {
        List<Integer> below = g.below(token);
        return mentions.stream().filter(m -> below.contains(m.headToken())).toList();
    }

    /** Whether a mention names a city ("the Geneva declaration" is not Switzerland's). */
    boolean isCity(Mention m) {
        return m.sentence() == g.sentence().index() && "CITY".equals(g.token(m.headToken()).ner());
    }

    /** Whether a mention names a country or its institutions rather than a person or an international body. */
    static boolean countryLevel(Mention m) {
        Optional<ActorCode> code = ActorCode.parse(m.code());
        return m.role() == null && code.isPresent() && !code.get().isOrganisation() && code.get().country().isPresent();
    }
}
