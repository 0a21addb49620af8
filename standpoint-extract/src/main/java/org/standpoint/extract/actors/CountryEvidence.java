package org.standpoint.extract.actors;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Dependency;

/**
 * What a sentence says of the country its unnamed agents belong to: a complement of the agent naming a country
 * ("a man from China", "residents of Aleppo"), or a country named as the place where the sentence happens ("in
 * Pakistan's Swat valley", "in the Syrian city of Aleppo"). Prepositions are the lexicon's
 * {@code place-preposition}s; only places count (countries, their cities and regions, nationality adjectives),
 * never people or organisations.
 */
final class CountryEvidence {
    /** Relations by which a place word stands inside the noun named as a place ("Pakistan's Swat valley"). */
    private static final Set<String> INSIDE_PLACE = Set.of("nmod:poss", "compound", "nmod:of");
    /**
     * Relations (before any colon) that stay within a clause: arguments, their nominal modifiers, coordination and
     * what is said ({@code ccomp}); not purpose, adverbial, relative or participle clauses ("Daesh, outlawed in
     * Russia").
     */
    private static final Set<String> CLAUSE = Set.of("nsubj", "obj", "iobj", "obl", "nmod", "compound", "appos", "conj",
            "ccomp", "flat");
    /** How far up a noun's governors its predicate may be. */
    private static final int DEPTH = 8;
    private final DraftFactory f;
    private final List<Draft> drafts;
    private final Set<String> place;
    private final Set<String> origin;
    private final Set<String> proxies;

    CountryEvidence(DraftFactory f) {
        this.f = f;
        this.drafts = f.discourse.drafts;
        this.place = f.words.withUse("place-preposition", "place");
        this.origin = f.words.withUse("place-preposition", "origin");
        this.proxies = f.words.words("proxy-noun");
    }

    /**
     * "a spokesperson for the British Foreign Office": a noun for one who speaks or acts for another (the lexicon's
     * {@code proxy-noun}s) is of the country of the actor its "for" names.
     */
    Optional<String> principal(Draft d) {
        if (!proxies.contains(d.sentence.lemma(d.head).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (Dependency dep : d.sentence.children(d.head)) {
            if (dep.relation().equals("nmod:for")) {
                Optional<String> country = drafts.stream().filter(c -> c.sentenceIndex() == d.sentenceIndex() && c != d
                                && c.first <= dep.dependent() && dep.dependent() <= c.last && c.resolved())
                        .findFirst().flatMap(c -> ActorCode.of(c.code).country());
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    /** "a man from China": the country a complement of the agent's own head names. */
    Optional<String> origin(Draft d) {
        for (Dependency dep : d.sentence.children(d.head)) {
            if (dep.relation().startsWith("nmod:") && origin.contains(preposition(dep.relation()))) {
                Optional<String> country = placeAt(d.sentenceIndex(), dep.dependent());
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "killed five people in an attack in Pakistan's Swat valley": the place named nearest the agent within its
     * clause (what its predicate says, and what is said in it: "officials said a bomber killed five in X"), not
     * in another clause ("protested against the wars in Afghanistan"). {@code direct} keeps only places said of
     * a predicate or of the agent, as befits officials and bodies that act from their own country: "lawmakers
     * accused Russia of war crimes in Syria" says nothing of the lawmakers.
     */
    Optional<String> place(Draft d, boolean direct) {
        Set<Integer> clause = clause(d.sentence, predicate(d.sentence, d.head));
        Draft best = null;
        for (Draft c : drafts) {
            if (c.sentenceIndex() == d.sentenceIndex() && c != d && clause.contains(c.head) && isPlace(c) && namedAsPlace(c, d, direct)
                    && (best == null || Math.abs(c.first - d.first) < Math.abs(best.first - d.first))) {
                best = c;
            }
        }
        return Optional.ofNullable(best).map(c -> ActorCode.of(c.code).prefix());
    }

    /**
     * The predicate a noun belongs to: up its governors to a verb or the root, or the noun itself; never into a
     * relative clause on the noun, whose verb the enhanced graph also makes govern it ("The president, who held
     * talks in Moscow, ordered ...").
     */
    static int predicate(ParsedSentence s, int token) {
        int at = token;
        Set<Integer> seen = new HashSet<>();
        while (seen.add(at) && seen.size() <= DEPTH && !s.pos(at).startsWith("VB")) {
            int noun = at;
            Optional<Dependency> up = s.governors(at).stream().filter(g -> g.governor() >= 0 && !relativeOn(s, noun, g.governor()))
                    .findFirst();
            if (up.isEmpty()) {
                return at;
            }
            at = up.get().governor();
        }
        return at;
    }

    private static boolean relativeOn(ParsedSentence s, int noun, int verb) {
        return s.children(noun).stream().anyMatch(c -> c.dependent() == verb && c.relation().startsWith("acl:relcl"));
    }

    /** The tokens a predicate reaches through its arguments, their modifiers and the clauses said. */
    private static Set<Integer> clause(ParsedSentence s, int predicate) {
        Set<Integer> in = new HashSet<>(List.of(predicate));
        Deque<Integer> todo = new ArrayDeque<>(List.of(predicate));
        while (!todo.isEmpty() && in.size() < s.size()) {
            for (Dependency dep : s.children(todo.pop())) {
                String r = dep.relation();
                int colon = r.indexOf(':');
                if (CLAUSE.contains(colon < 0 ? r : r.substring(0, colon)) && !r.equals("acl:relcl") && in.add(dep.dependent())) {
                    todo.push(dep.dependent());
                }
            }
        }
        return in;
    }

    private Optional<String> placeAt(int sentence, int token) {
        return drafts.stream().filter(c -> c.sentenceIndex() == sentence && c.first <= token && token <= c.last && isPlace(c))
                .findFirst().map(c -> ActorCode.of(c.code).prefix());
    }

    /** A country, a place in it or its adjective, read in the text: the dictionary's country entries. */
    private boolean isPlace(Draft c) {
        return c.resolved() && !c.dateline && !c.person && c.entry != null && c.entry.kind() == ActorKind.COUNTRY
                && f.actors.isCountryLevel(c.code);
    }

    /** Whether the draft's head, or the noun it stands inside, follows a place preposition ("in Syria"). */
    private boolean namedAsPlace(Draft c, Draft agent, boolean direct) {
        ParsedSentence s = c.sentence;
        for (Dependency up : s.governors(c.head)) {
            if (placePhrase(up, agent, direct)) {
                return true;
            }
            if (INSIDE_PLACE.contains(up.relation()) && up.governor() >= 0
                    && s.governors(up.governor()).stream().anyMatch(g -> placePhrase(g, agent, direct))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a relation attaches a phrase after a place preposition; {@code direct}, only to a predicate or to the
     * agent itself, not inside another noun's complement ("accused Russia of war crimes in Syria").
     */
    private boolean placePhrase(Dependency dep, Draft agent, boolean direct) {
        String r = dep.relation();
        boolean attached = r.startsWith("obl:") || r.startsWith("nmod:") && (!direct || dep.governor() == agent.head);
        return attached && place.contains(preposition(r));
    }

    /** The preposition of an enhanced relation: {@code obl:in} is "in", {@code obl:outside_of} "outside". */
    private static String preposition(String relation) {
        String p = relation.substring(relation.indexOf(':') + 1);
        int joint = p.indexOf('_');
        return joint < 0 ? p : p.substring(0, joint);
    }
}
