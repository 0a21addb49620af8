package org.standpoint.extract.stances;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Span;

/**
 * The stances of one sentence: from each policy cue up to the stance predicate over it, to the holders, polarity,
 * target and date (see {@link DependencyStanceDetector}).
 */
final class SentenceReader {
    private static final Set<String> WALK = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "ccomp", "acl", "advcl", "conj");
    /** Edges by which one predicate embeds another; coordination and relative clauses do not. */
    private static final Set<String> EMBED = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "ccomp");
    private static final String[] OWNERS = {"nmod:poss", "compound", "amod", "nmod:from", "nmod:by"};
    private static final String[] TARGET_SLOTS = {"nsubj", "obj", "nmod:poss", "nmod:of", "nmod:on", "obl:on",
        "nmod:against", "obl:against", "nmod:in", "obl:in", "nmod:for", "obl:for", "compound", "amod", "acl"};

    private final DependencyGraph g;
    private final StanceLexicon lexicon;
    private final DependencyStanceDetector.Words words;
    private final List<Mention> mentions;
    private final PartialDate month;

    SentenceReader(DependencyGraph g, StanceLexicon lexicon, DependencyStanceDetector.Words words, List<Mention> mentions, PartialDate month) {
        this.g = g;
        this.lexicon = lexicon;
        this.words = words;
        this.mentions = mentions;
        this.month = month;
    }

    List<DependencyStanceDetector.Hit> read() {
        List<DependencyStanceDetector.Hit> hits = new ArrayList<>();
        Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < g.size(); i++) {
            for (StanceLexicon.Cue cue : lexicon.cues()) {
                int head = cueHead(i, cue.lemmas());
                if (head >= 0 && used.add(head)) {
                    hits.addAll(fromCue(head, i, cue));
                    hits.addAll(sponsors(head, i, cue));
                    break;
                }
            }
        }
        return hits;
    }

    /** "a French-led resolution", "the U.S.-backed plan": whoever leads or backs a measure supports it. */
    private List<DependencyStanceDetector.Hit> sponsors(int cue, int cueStart, StanceLexicon.Cue entry) {
        List<DependencyStanceDetector.Hit> out = new ArrayList<>();
        for (int a : g.children(cue, "amod")) {
            if (!words.sponsoring().contains(g.lemma(a)) && words.sponsoring().stream().noneMatch(w -> g.lemma(a).endsWith("-" + w))) {
                continue;
            }
            List<Mention> holders = new ArrayList<>(direct(a));
            g.outgoing(a).stream().filter(d -> !d.relation().equals("punct")).forEach(d -> holders.addAll(actors(d.dependent())));
            out.addAll(hits(holders, Polarity.SUPPORT, entry, List.of(cue), List.of(cue, a), a, cueStart,
                    "cue=" + String.join(" ", entry.lemmas()) + " sponsor=" + g.lemma(a),
                    DependencyStanceDetector.Why.of("sponsor", entry, "sponsor-word:" + g.lemma(a))));
        }
        return out;
    }

    /** The head of the cue starting at token {@code i}, or -1 when the cue is not there. */
    private int cueHead(int i, List<String> lemmas) {
        if (i + lemmas.size() > g.size()) {
            return -1;
        }
        for (int k = 0; k < lemmas.size(); k++) {
            if (!g.lemma(i + k).equals(lemmas.get(k))) {
                return -1;
            }
        }
        int last = i + lemmas.size() - 1;
        for (int k = i; k <= last; k++) {
            int gov = g.incoming(k).isEmpty() ? -1 : g.incoming(k).get(0).governor();
            if (gov < i || gov > last) {
                // "go ahead", "step up": a particle outside the cue changes the meaning.
                boolean particle = lemmas.size() == 1 && !g.children(k, "compound:prt").isEmpty();
                return particle ? -1 : k;
            }
        }
        return last;
    }

    private List<DependencyStanceDetector.Hit> fromCue(int cue, int cueStart, StanceLexicon.Cue entry) {
        List<Integer> path = new ArrayList<>(List.of(cue));
        int flips = (negated(cue) ? 1 : 0) + (entry.inverse() ? 1 : 0);
        boolean modal = hasModal(cue);
        int node = cue;
        for (int step = 0; step < 3; step++) {
            int up = g.parent(node, WALK);
            if (up < 0) {
                return List.of();
            }
            Optional<StanceLexicon.Predicate> pred = predicateAt(up);
            if (pred.isPresent()) {
                return fromPredicate(up, pred.get().polarity(), flips, path, entry, cueStart, false);
            }
            if (modal && words.speech().contains(g.lemma(up)) && g.isVerb(up)) {
                return fromPredicate(up, Polarity.SUPPORT, flips, path, entry, cueStart, true);
            }
            flips += negated(up) ? 1 : 0;
            modal |= hasModal(up);
            path.add(up);
            node = up;
        }
        return List.of();
    }

    private List<DependencyStanceDetector.Hit> fromPredicate(int p1, Polarity base, int flips, List<Integer> path, StanceLexicon.Cue entry,
                                    int cueStart, boolean speaker) {
        flips += speaker ? 0 : negated(p1) ? 1 : 0;
        // "is not prepared to push for", "does not intend to": negation on the verbs embedding the predicate.
        int top = p1;
        for (int k = 0; k < 2 && !speaker; k++) {
            int up = g.parent(top, Set.of("xcomp"));
            if (up < 0 || predicateAt(up).isPresent()) {
                break;
            }
            flips += negated(up) ? 1 : 0;
            top = up;
        }
        Polarity p1Polarity = flips % 2 == 0 ? base : base.flip();
        String rule = "cue=" + String.join(" ", entry.lemmas()) + " predicate=" + g.lemma(p1)
                + (speaker ? " (speaker of a should/must clause)" : "") + (flips > 0 ? " negations=" + flips : "");
        DependencyStanceDetector.Why why = speaker ? DependencyStanceDetector.Why.of("should-speaker", entry, "speech-verb:" + g.lemma(p1))
                : DependencyStanceDetector.Why.of("cue-predicate", entry, predicateEntry(p1));
        List<Integer> tokens = new ArrayList<>(path);
        tokens.add(p1);
        // A predicate over this one: "opposes calls for", "refused to back".
        int node = top;
        int p2 = -1;
        int outerFlips = 0;
        for (int step = 0; step < 2 && !speaker; step++) {
            int up = g.parent(node, EMBED);
            if (up < 0) {
                break;
            }
            if (predicateAt(up).isPresent()) {
                p2 = up;
                break;
            }
            outerFlips += negated(up) ? 1 : 0;
            node = up;
        }
        List<DependencyStanceDetector.Hit> hits = new ArrayList<>();
        // "requests for Moscow to call for X", "appeals to Moscow to persuade X": an infinitive that states
        // an aim or the content of someone else's appeal is not its subject's own position.
        List<Mention> inner = aim(p1) ? List.of() : holders(p1, true);
        if (p2 >= 0) {
            Polarity outer = predicateAt(p2).orElseThrow().polarity();
            outerFlips += negated(p2) ? 1 : 0;
            Polarity composed = outer == Polarity.OPPOSE ? p1Polarity.flip() : p1Polarity;
            composed = outerFlips % 2 == 0 ? composed : composed.flip();
            List<Mention> outerHolders = holders(p2, false);
            List<Integer> outerTokens = new ArrayList<>(tokens);
            outerTokens.add(p2);
            hits.addAll(hits(outerHolders, composed, entry, path, outerTokens, p2, cueStart,
                    rule + " under=" + g.lemma(p2), why.under(predicateEntry(p2))));
            inner = inner.stream().filter(m -> !outerHolders.contains(m)).toList();
        } else if (inner.isEmpty() && !aim(p1)) {
            inner = holders(p1, false);
        }
        hits.addAll(0, hits(inner, p1Polarity, entry, path, tokens, p1, cueStart, rule, why));
        return hits;
    }

    private boolean aim(int predicate) {
        boolean infinitive = g.children(predicate, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
        return infinitive && g.incoming(predicate).stream().anyMatch(d -> d.governor() >= 0
                && (d.relation().startsWith("acl") || d.relation().startsWith("advcl")));
    }

    private List<DependencyStanceDetector.Hit> hits(List<Mention> holders, Polarity polarity, StanceLexicon.Cue entry, List<Integer> path,
                           List<Integer> tokens, int predicate, int cueStart, String rule, DependencyStanceDetector.Why why) {
        List<DependencyStanceDetector.Hit> out = new ArrayList<>();
        for (Mention h : holders) {
            String target = target(path, h, entry.policy());
            List<Integer> all = new ArrayList<>(tokens);
            all.add(h.firstToken());
            all.add(h.lastToken());
            int from = all.stream().min(Integer::compare).orElseThrow();
            int to = all.stream().max(Integer::compare).orElseThrow();
            Span span = new Span(g.sentence().tokens().get(from).span().start(), g.sentence().tokens().get(to).span().end());
            String plan = entry.policy().equals("peace_plan") ? planName(path.get(0)) : "";
            out.add(new DependencyStanceDetector.Hit(h, entry.policy(), target, polarity, date(predicate), g.sentence().index(), span,
                    rule + plan, why));
        }
        return out;
    }

    /** The stance-verb entry of the predicate at {@code i}. */
    private String predicateEntry(int i) {
        return "stance-verbs:" + predicateAt(i).map(p -> String.join(" ", p.lemmas())).orElse(g.lemma(i));
    }

    private Optional<StanceLexicon.Predicate> predicateAt(int i) {
        for (StanceLexicon.Predicate p : lexicon.predicates()) {
            if (p.noun() ? !g.isNoun(i) : !g.isVerb(i)) {
                continue;
            }
            List<String> l = p.lemmas();
            boolean all = i + l.size() <= g.size();
            for (int k = 0; all && k < l.size(); k++) {
                all = g.lemma(i + k).equals(l.get(k));
            }
            if (all) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private boolean hasModal(int i) {
        return g.children(i, "aux").stream().anyMatch(a -> words.modals().contains(g.lemma(a)));
    }

    private boolean negated(int i) {
        return words.negation().negates(g, i);
    }

    /** Who states the position: explicit subjects and owners, or with {@code inherit} those of the governing clause. */
    private List<Mention> holders(int p, boolean explicitOnly) {
        return holders(p, explicitOnly, new java.util.HashSet<>(Set.of(p)));
    }

    /** {@code visited}: the clauses asked already, since holders are inherited along edges that may cycle. */
    private List<Mention> holders(int p, boolean explicitOnly, Set<Integer> visited) {
        Set<Mention> found = new LinkedHashSet<>();
        if (g.isNoun(p)) {
            for (String rel : OWNERS) {
                g.children(p, rel).forEach(o -> found.addAll(actors(o)));
                if (!found.isEmpty()) {
                    return new ArrayList<>(found);
                }
            }
        } else {
            for (var d : g.outgoing(p)) {
                String r = d.relation();
                if ((r.equals("nsubj") || r.equals("obl:agent")) && d.dependent() != p) {
                    if (words.relatives().contains(g.lemma(d.dependent())) && g.parent(p, Set.of("acl")) >= 0) {
                        found.addAll(actors(g.parent(p, Set.of("acl"))));
                    } else {
                        found.addAll(actors(d.dependent()));
                    }
                }
            }
            // A controlled subject ("pressed Moscow to join calls") does not hold the position: the clause
            // that controls it does, so only a subject of its own stops the inheritance below.
            boolean hasSubject = g.outgoing(p).stream().anyMatch(d -> d.relation().equals("nsubj"));
            int modified = g.parent(p, Set.of("acl"));
            if (!hasSubject && modified >= 0) {
                found.addAll(actors(modified)); // "protesters calling for reforms"
            }
            if (hasSubject || !found.isEmpty()) {
                return new ArrayList<>(found);
            }
        }
        if (explicitOnly) {
            return List.of();
        }
        int governor = g.isNoun(p) ? g.parent(p, Set.of("obj")) : g.parent(p, Set.of("xcomp", "conj", "advcl"));
        return governor >= 0 && g.isVerb(governor) && visited.add(governor) ? holders(governor, false, visited) : List.of();
    }

    /** The actors a word names, with its conjuncts; else those of its modifiers ("U.S. and European leaders"). */
    private List<Mention> actors(int token) {
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
        if (found.isEmpty()) {
            for (String rel : new String[] {"compound", "amod", "nmod:poss"}) {
                for (int m : g.children(token, rel)) {
                    found.addAll(direct(m));
                    g.children(m, "conj").forEach(c -> found.addAll(direct(c)));
                }
            }
        }
        return new ArrayList<>(found);
    }

    private List<Mention> direct(int token) {
        return mentions.stream().filter(m -> m.covers(token)).limit(1).toList();
    }

    /** Countries named at a word, leaving out cities ("the Geneva declaration" is not aimed at Switzerland). */
    private Optional<String> countryAt(Mention m) {
        String ner = g.sentence().tokens().get(m.headToken()).ner();
        return "CITY".equals(ner) ? Optional.empty() : DependencyStanceDetector.country(m.code());
    }

    /** Country named in the cue's complement or on the path up from it, other than the holder's. */
    private String target(List<Integer> path, Mention holder, String policy) {
        // A government's positions aim abroad; its own opposition, rebels and people aim at home.
        String own = ActorCode.of(holder.code()).aimsAtHome() ? "" : DependencyStanceDetector.country(holder.code()).orElse("");
        for (int node : path) {
            if (node != path.get(0)) {
                Optional<String> self = direct(node).stream().map(this::countryAt).flatMap(Optional::stream)
                        .filter(k -> !k.equals(own)).findFirst();
                if (self.isPresent()) {
                    return self.get();
                }
            }
            for (String slot : TARGET_SLOTS) {
                for (int child : g.children(node, slot)) {
                    boolean planName = "peace_plan".equals(policy) && node == path.get(0) && slot.equals("compound");
                    if (path.contains(child) || planName) {
                        continue;
                    }
                    Optional<String> k = actors(child).stream().filter(m -> m != holder).map(this::countryAt)
                            .flatMap(Optional::stream).filter(c -> !c.equals(own)).findFirst();
                    if (k.isPresent()) {
                        return k.get();
                    }
                }
            }
        }
        return null;
    }

    /** A time expression attached to the predicate dates the stance; otherwise the publication month. */
    private PartialDate date(int predicate) {
        for (var d : g.outgoing(predicate)) {
            var t = g.sentence().tokens().get(d.dependent());
            if ("DATE".equals(t.ner()) && d.relation().startsWith("obl") || d.relation().contains("tmod")) {
                Optional<PartialDate> parsed = PartialDate.parse(t.normalized());
                if (parsed.isPresent()) {
                    return parsed.get();
                }
            }
        }
        return month;
    }

    /** "the Arab League initiative": proper nouns before the cue name the plan. */
    private String planName(int cue) {
        int from = cue;
        for (int c : g.children(cue, "compound")) {
            if (g.pos(c).startsWith("NNP")) {
                from = Math.min(from, c);
                for (int cc : g.children(c, "compound")) {
                    from = Math.min(from, cc);
                }
            }
        }
        if (from == cue) {
            return "";
        }
        var toks = g.sentence().tokens();
        StringBuilder name = new StringBuilder();
        for (int k = from; k <= cue; k++) {
            name.append(k > from ? " " : "").append(toks.get(k).word());
        }
        return "; plan=" + name;
    }
}
