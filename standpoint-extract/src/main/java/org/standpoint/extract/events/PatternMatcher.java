package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;

/**
 * Matches PETRARCH verb patterns on a sentence's dependency graph. A verb (its lemma, with the particle or
 * preposition a several-word verb names) selects its synonym block; each of the block's patterns names words
 * before the verb (its subject and adverbs), after it (its object and complements), and in prepositional
 * phrases ({@code obl:PREP}, {@code nmod:PREP}); the pattern that matches the most words gives the code, else
 * the verb's own code, else the block's. Stateless.
 */
final class PatternMatcher {
    /**
     * The relations of a verb's complements, whose words a pattern's object words may match. A reported clause
     * (ccomp) is not among them: "said the protests went on" is no protest by the speaker.
     */
    private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "xcomp", "compound:prt", "advmod",
            "nsubj:pass", "obl", "dep");
    /** The relations of words before the verb that a pattern's pre-verb words may match. */
    private static final Set<String> PRE_VERB = Set.of("nsubj", "nsubj:pass", "advmod", "aux", "csubj");
    /**
     * How deep below a complement's head its words still count: "halted the [air] raids", not the words of
     * clauses further down ("said Clinton lobbied Lavrov to consider sanctions" is no sanction).
     */
    private static final int DEPTH = 1;

    private final VerbPatterns patterns;

    PatternMatcher(VerbPatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * What matched at a verb.
     *
     * @param code the code, possibly {@code a:b}
     * @param verb the verb entry ({@code call_off})
     * @param rule the pattern that matched, or null when the verb's or block's code applies
     * @param targetPrep the preposition whose phrase holds the target ({@code +} inside it), or null
     * @param sourcePrep the preposition whose phrase holds the source ({@code $} inside it), or null
     * @param bare what the verb codes when no pattern applies: its own code, else its block's
     */
    record Match(String code, VerbPatterns.Verb verb, VerbPatterns.Rule rule, String targetPrep, String sourcePrep,
                 String bare) {
        /** The lexicon entries that fired, as provenance names them. */
        List<String> entries() {
            List<String> out = new ArrayList<>(List.of("petrarch-verbs:" + verb.key()));
            if (rule != null) {
                out.add("petrarch-verbs:" + rule.block() + " " + rule.text());
            }
            return out;
        }
    }

    Optional<Match> match(DependencyGraph g, int verb) {
        List<VerbPatterns.Verb> entries = verbsAt(g, verb);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Region pre = region(g, verb, PRE_VERB, true);
        Region post = region(g, verb, COMPLEMENTS, false);
        VerbPatterns.Verb v = entries.get(0);
        VerbPatterns.Rule best = null;
        int bestScore = 0;
        for (VerbPatterns.Verb e : entries) {
            for (VerbPatterns.Rule r : patterns.patterns(e.block())) {
                int score = score(g, verb, r, pre, post);
                if (score > bestScore) {
                    v = e;
                    best = r;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            // A verb in several blocks ("add": to say, to give) codes as the first block that codes it bare.
            v = entries.stream().filter(e -> !bareCode(e).equals(VerbPatterns.NONE)).findFirst().orElse(v);
        }
        String code = best != null ? best.code() : bareCode(v);
        if (Arrays.stream(code.split(":")).allMatch(VerbPatterns.NONE::equals)) {
            return Optional.empty();
        }
        return Optional.of(new Match(code, v, best, best == null ? null : prepWith(best, "+"),
                best == null ? null : prepWith(best, "$"), bareCode(v)));
    }

    /** What a verb codes when no pattern matches: its own code, else its block's. */
    private String bareCode(VerbPatterns.Verb v) {
        return v.codeIn(patterns);
    }

    /** The verb entries at a token: the several-word verbs whose other words follow it, else the lemma's own. */
    private List<VerbPatterns.Verb> verbsAt(DependencyGraph g, int verb) {
        List<VerbPatterns.Verb> out = new ArrayList<>();
        for (VerbPatterns.Verb v : patterns.verbs(g.lemma(verb))) {
            boolean fits = v.words().size() == 1 || followedBy(g, verb, v.words().subList(1, v.words().size()));
            if (fits && (out.isEmpty() || out.get(0).words().size() == v.words().size())) {
                out.add(v);
            }
        }
        return out;
    }

    /** "called off", "called the talks off": the rest of a several-word verb as its particle or the next words. */
    private static boolean followedBy(DependencyGraph g, int verb, List<String> rest) {
        if (rest.size() == 1) {
            for (int p : g.children(verb, "compound:prt")) {
                if (g.word(p).equalsIgnoreCase(rest.get(0))) {
                    return true;
                }
            }
        }
        for (int k = 0; k < rest.size(); k++) {
            int at = verb + 1 + k;
            if (at >= g.size() || !same(rest.get(k), g, at)) {
                return false;
            }
        }
        return true;
    }

    /** Tokens of a verb's dependents with the given relations, before or after it. */
    private record Region(List<Integer> tokens) {
    }

    private static Region region(DependencyGraph g, int verb, Set<String> relations, boolean before) {
        Set<Integer> out = new HashSet<>();
        for (var d : g.outgoing(verb)) {
            String rel = d.relation();
            String base = rel.startsWith("obl:") ? "obl" : rel;
            if (!relations.contains(base) && !relations.contains(rel)) {
                continue;
            }
            collect(g, d.dependent(), 0, out);
        }
        List<Integer> tokens = new ArrayList<>(out.stream().filter(t -> before ? t < verb : t > verb).sorted().toList());
        return new Region(tokens);
    }

    private static void collect(DependencyGraph g, int token, int depth, Set<Integer> out) {
        if (!out.add(token) || depth >= DEPTH) {
            return;
        }
        for (var d : g.outgoing(token)) {
            if (!d.relation().equals("punct") && !d.relation().startsWith("acl:relcl")) {
                collect(g, d.dependent(), depth + 1, out);
            }
        }
    }

    /** How many of a pattern's words match, or 0 when any of them is missing. */
    private int score(DependencyGraph g, int verb, VerbPatterns.Rule r, Region pre, Region post) {
        int score = 0;
        for (String e : r.pre()) {
            int m = matchIn(g, e, pre.tokens());
            if (m < 0) {
                return 0;
            }
            score += m;
        }
        for (String e : r.object()) {
            int m = matchIn(g, e, post.tokens());
            if (m < 0) {
                return 0;
            }
            score += m;
        }
        for (VerbPatterns.Prep p : r.preps()) {
            int m = matchPrep(g, verb, p);
            if (m < 0) {
                return 0;
            }
            score += m + 1;
        }
        return score;
    }

    /** The words of a prepositional phrase, under the verb or its object: "halted talks (with the rebels)". */
    private int matchPrep(DependencyGraph g, int verb, VerbPatterns.Prep p) {
        List<Integer> heads = new ArrayList<>();
        for (var d : g.outgoing(verb)) {
            if (d.relation().equals("obl:" + p.preposition()) || d.relation().equals("nmod:" + p.preposition())) {
                heads.add(d.dependent());
            }
        }
        for (int o : g.children(verb, "obj")) {
            heads.addAll(g.children(o, "nmod:" + p.preposition()));
        }
        for (int head : heads) {
            Set<Integer> phrase = new HashSet<>();
            collect(g, head, 0, phrase);
            List<Integer> tokens = phrase.stream().sorted().toList();
            int score = 0;
            boolean all = true;
            for (String e : p.words()) {
                int m = matchIn(g, e, tokens);
                if (m < 0) {
                    all = false;
                    break;
                }
                score += m;
            }
            if (all) {
                return score;
            }
        }
        return -1;
    }

    /** How many words an element matches among the tokens (0 for a marker), or -1 if it matches none. */
    private int matchIn(DependencyGraph g, String element, List<Integer> tokens) {
        if (element.equals("+") || element.equals("$") || element.equals("%") || element.equals("^")) {
            return 0;
        }
        int best = -1;
        for (String[] words : patterns.alternatives(element)) {
            for (int i = 0; i < tokens.size(); i++) {
                if (inRow(g, words, tokens, i)) {
                    best = Math.max(best, words.length);
                    break;
                }
            }
        }
        return best;
    }

    /** Whether the words stand in a row from the {@code from}-th token; a synonym set in a phrase ("trade_&treaty") matches any of its one-word members. */
    private boolean inRow(DependencyGraph g, String[] words, List<Integer> tokens, int from) {
        for (int k = 0; k < words.length; k++) {
            if (from + k >= tokens.size() || tokens.get(from + k) - tokens.get(from) != k) {
                return false;
            }
            int token = tokens.get(from + k);
            boolean ok = words[k].startsWith("&")
                    ? patterns.alternatives(words[k]).stream().anyMatch(m -> m.length == 1 && same(m[0], g, token))
                    : same(words[k], g, token);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A dictionary word matches a token's word or lemma; a regular plural in the dictionary matches its lemma. */
    static boolean same(String want, DependencyGraph g, int token) {
        String word = g.word(token);
        String lemma = g.lemma(token);
        if (want.equalsIgnoreCase(word) || want.equalsIgnoreCase(lemma) || !want.endsWith("s")) {
            return want.equalsIgnoreCase(word) || want.equalsIgnoreCase(lemma);
        }
        int n = want.length();
        return prefix(want, n - 1, lemma) || want.endsWith("es") && prefix(want, n - 2, lemma)
                || want.endsWith("ies") && lemma.length() == n - 2 && lemma.endsWith("y") && prefix(want, n - 3, lemma.substring(0, n - 3));
    }

    /** Whether the first {@code n} letters of {@code want} are {@code lemma}, ignoring case. */
    private static boolean prefix(String want, int n, String lemma) {
        return lemma.length() == n && want.regionMatches(true, 0, lemma, 0, n);
    }

    private static String prepWith(VerbPatterns.Rule r, String marker) {
        for (VerbPatterns.Prep p : r.preps()) {
            if (p.words().contains(marker)) {
                return p.preposition();
            }
        }
        return null;
    }
}
