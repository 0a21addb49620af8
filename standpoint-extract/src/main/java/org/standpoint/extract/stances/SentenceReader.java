package org.standpoint.extract.stances;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.ArrayList;
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
    /** Edges by which one predicate embeds another; coordination and relative clauses do not. */
    private static final Set<String> EMBED = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "ccomp");

    private final DependencyGraph g;
    private final DependencyStanceDetector.Words words;
    private final PartialDate month;
    private final Cues cues;
    private final Holders holders;
    private final Targets targets;
    private final Predicates predicates;
    private final Walk walk;

    SentenceReader(DependencyGraph g, StanceLexicon lexicon, DependencyStanceDetector.Words words, List<Mention> mentions,
                   PartialDate month, ArticleContext article) {
        this.g = g;
        this.words = words;
        this.month = month;
        this.cues = new Cues(g, lexicon, words, article.namedBefore(), mentions.stream()
                .anyMatch(m -> ActorCode.parse(m.code()).filter(ActorCode::isIntergovernmental).isPresent()));
        this.holders = new Holders(g, mentions, words, article, cues);
        this.targets = new Targets(g, holders);
        this.predicates = new Predicates(g, lexicon, words, holders);
        this.walk = new Walk(g, words, predicates, holders.sponsors());
    }

    /** The policies this sentence names itself, which later sentences may refer back to. */
    Set<String> named() {
        return cues.named();
    }

    List<DependencyStanceDetector.Hit> read() {
        List<DependencyStanceDetector.Hit> hits = new ArrayList<>();
        for (Cues.Found f : cues.all()) {
            hits.addAll(fromCue(f.head(), f.cue()));
            hits.addAll(sponsors(f.head(), f.cue()));
        }
        return hits;
    }

    /** "a French-led resolution", "a ceasefire brokered by Russia": whoever puts a measure forward supports it. */
    private List<DependencyStanceDetector.Hit> sponsors(int cue, StanceLexicon.Cue entry) {
        List<DependencyStanceDetector.Hit> out = new ArrayList<>();
        for (Sponsors.Sponsor s : holders.sponsors().of(cue)) {
            String word = s.entry().substring(s.entry().indexOf(':') + 1);
            String rule = s.entry().startsWith("owner") ? "owner" : "sponsor";
            out.addAll(hits(s.holders(), Polarity.SUPPORT, entry, new Reading(List.of(cue), List.of(cue, s.word()), s.word(), false),
                    "cue=" + String.join(" ", entry.lemmas()) + " " + rule + "=" + word,
                    DependencyStanceDetector.Why.of(rule, entry, s.entry())));
        }
        return out;
    }

    private List<DependencyStanceDetector.Hit> fromCue(int cue, StanceLexicon.Cue entry) {
        List<Integer> path = new ArrayList<>(List.of(cue));
        int flips = (predicates.negated(cue) ? 1 : 0) + (entry.inverse() ? 1 : 0) + (walk.undone(cue) ? 1 : 0);
        boolean modal = predicates.hasModal(cue);
        int node = cue;
        if (g.parent(cue, Set.of("compound")) >= 0 && g.parent(cue, Walk.WALK) < 0) {
            // "reform processes", "sanctions regime": the cue names what its head noun is.
            node = g.parent(cue, Set.of("compound"));
            path.add(node);
        }
        int reduced = walk.up(cue) < 0 ? walk.reducedRelative(cue) : -1;
        if (reduced >= 0) {
            path.add(reduced);
        }
        Optional<Integer> own = walk.clauseOver(cue);
        if (own.isPresent()) {
            return fromPredicate(own.get(), predicates.at(own.get()).orElseThrow().polarity(), flips, path, entry, false);
        }
        for (int step = 0; step < 3; step++) {
            int up = step == 0 && reduced >= 0 ? g.treeParent(reduced) : walk.up(node);
            if (up < 0) {
                return List.of();
            }
            Optional<StanceLexicon.Predicate> pred = predicates.at(up);
            if (pred.isPresent()) {
                return pred.get().none() ? List.of() : fromPredicate(up, pred.get().polarity(), flips, path, entry, false);
            }
            // "used its veto against the draft", "voiced support for the plan": the verb's object states the stance.
            Optional<Integer> light = g.isVerb(up) ? g.children(up, "obj").stream()
                    .filter(o -> g.isNoun(o) && predicates.at(o).isPresent()).findFirst() : Optional.empty();
            if (light.isPresent() && !path.contains(light.get())) {
                path.add(up);
                return fromPredicate(light.get(), predicates.at(light.get()).orElseThrow().polarity(), flips, path, entry,
                        false);
            }
            if (modal && words.speech().contains(g.lemma(up)) && g.isVerb(up)) {
                return fromPredicate(up, Polarity.SUPPORT, flips, path, entry, true);
            }
            flips += predicates.negated(up) ? 1 : 0;
            modal |= predicates.hasModal(up);
            path.add(up);
            node = up;
        }
        return List.of();
    }

    private List<DependencyStanceDetector.Hit> fromPredicate(int p1, Polarity base, int flips, List<Integer> path, StanceLexicon.Cue entry,
                                                             boolean speaker) {
        flips += speaker ? 0 : predicates.negated(p1) ? 1 : 0;
        // "is not prepared to push for", "does not intend to": negation on the verbs embedding the predicate.
        int top = p1;
        for (int k = 0; k < 2 && !speaker; k++) {
            int up = g.parent(top, Set.of("xcomp"));
            if (up < 0 || predicates.at(up).isPresent()) {
                break;
            }
            flips += predicates.negated(up) ? 1 : 0;
            top = up;
        }
        Polarity p1Polarity = flips % 2 == 0 ? base : base.flip();
        String rule = "cue=" + String.join(" ", entry.lemmas()) + " predicate=" + g.lemma(p1)
                + (speaker ? " (speaker of a should/must clause)" : "") + (flips > 0 ? " negations=" + flips : "");
        DependencyStanceDetector.Why why = speaker ? DependencyStanceDetector.Why.of("should-speaker", entry, "speech-verb:" + g.lemma(p1))
                : DependencyStanceDetector.Why.of("cue-predicate", entry, predicates.entry(p1));
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
            if (predicates.at(up).isPresent()) {
                p2 = up;
                break;
            }
            outerFlips += predicates.negated(up) ? 1 : 0;
            node = up;
        }
        List<DependencyStanceDetector.Hit> hits = new ArrayList<>();
        // "requests for Moscow to call for X", "appeals to Moscow to persuade X": an infinitive that states
        // an aim or the content of someone else's appeal is not its subject's own position.
        List<Mention> inner = aim(p1) ? List.of() : holders.of(p1, true);
        if (p2 >= 0 && predicates.at(p2).orElseThrow().none()) {
            return List.of();
        }
        if (p2 >= 0) {
            Polarity outer = predicates.at(p2).orElseThrow().polarity();
            outerFlips += predicates.negated(p2) ? 1 : 0;
            Polarity composed = outer == Polarity.UNDECIDED ? outer : outer == Polarity.OPPOSE ? p1Polarity.flip() : p1Polarity;
            composed = outerFlips % 2 == 0 ? composed : composed.flip();
            List<Mention> outerHolders = holders.of(p2, false);
            List<Integer> outerTokens = new ArrayList<>(tokens);
            outerTokens.add(p2);
            hits.addAll(hits(outerHolders, composed, entry, new Reading(path, outerTokens, p2, false),
                    rule + " under=" + g.lemma(p2), why.under(predicates.entry(p2))));
            inner = inner.stream().filter(m -> !outerHolders.contains(m)).toList();
        } else if (inner.isEmpty() && !aim(p1)) {
            inner = holders.of(p1, false);
        }
        hits.addAll(0, hits(inner, p1Polarity, entry, new Reading(path, tokens, p1, !speaker), rule, why));
        return hits;
    }

    private boolean aim(int predicate) {
        boolean infinitive = g.children(predicate, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
        return infinitive && g.incoming(predicate).stream().anyMatch(d -> d.governor() >= 0
                && (d.relation().startsWith("acl") || d.relation().startsWith("advcl")));
    }

    /**
     * How a stance was read: the path from the cue up (cue first, predicate left out), every word that states it,
     * the predicate that dates it, and whether that predicate's own complements may name the target.
     */
    private record Reading(List<Integer> path, List<Integer> tokens, int predicate, boolean aims) {
    }

    private List<DependencyStanceDetector.Hit> hits(List<Mention> holders, Polarity polarity, StanceLexicon.Cue entry,
                                                    Reading r, String rule, DependencyStanceDetector.Why why) {
        List<DependencyStanceDetector.Hit> out = new ArrayList<>();
        List<Integer> path = r.path();
        for (Mention h : holders) {
            String target = targets.of(path, r.aims() && !path.contains(r.predicate()) ? r.predicate() : -1, h);
            List<Integer> all = new ArrayList<>(r.tokens());
            if (h.sentence() == g.sentence().index()) {
                all.add(h.firstToken());
                all.add(h.lastToken());
            }
            int from = all.stream().min(Integer::compare).orElseThrow();
            int to = all.stream().max(Integer::compare).orElseThrow();
            Span span = new Span(g.sentence().tokens().get(from).span().start(), g.sentence().tokens().get(to).span().end());
            String plan = entry.policy().equals("peace_plan") ? planName(path.get(0)) : "";
            out.add(new DependencyStanceDetector.Hit(h, entry.policy(), target, polarity, date(r.predicate()), g.sentence().index(), span,
                    rule + plan, why));
        }
        return out;
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
