package org.standpoint.extract.figures;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Annotation;
import org.standpoint.model.Dependency;
import org.standpoint.model.Figure;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Provenance;
import org.standpoint.model.Quote;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.TimeExpression;

/**
 * Finds counts over each sentence's dependency graph: a number that modifies a counted noun (people killed,
 * wounded or arrested, observers, refugees), its bound ("more than", "at least", "up to", "about"), the
 * actor whose speech frames it (see {@link Claimants}) and the date it refers to — a time expression on the
 * count's verb, else the month of publication. Numbers counting anything else (votes, countries, years,
 * resolutions, money, percentages) give nothing. A claim restated in the article (the same count of the same
 * thing for the same date, no second claimant) is one figure ({@link Restatements}). Counted words, bounds, speech
 * verbs and attribution phrases are the lexicon's. Stateless and thread-safe.
 */
public final class DependencyFigureExtractor implements FigureExtractor {
    private final Lexicon words;
    private final Bounds bounds;
    /** Words that make a toll a running total up to the time of writing: "since", "has (been killed)". */
    private final Set<String> cumulative;

    /** An extractor with the bundled lexicon of English words. */
    public DependencyFigureExtractor() {
        this(Lexicon.bundled());
    }

    public DependencyFigureExtractor(Lexicon words) {
        this.words = words;
        this.bounds = new Bounds(words);
        this.cumulative = words.words("running-total-marker");
    }

    @Override
    public List<Figure> extract(Annotation annotation, String body, List<Mention> mentions, List<Quote> quotes,
                                PartialDate published) {
        ClaimantNames names = new ClaimantNames(mentions, quotes, words);
        ClaimContinuity continuity = new ClaimContinuity(words);
        List<Figure> figures = new ArrayList<>();
        for (Sentence s : annotation.sentences()) {
            DependencyGraph g = new DependencyGraph(s);
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            List<TimeExpression> times = annotation.times().stream().filter(t -> s.span().contains(t.span())).toList();
            figures.addAll(inSentence(g, body, here, times, published, names, continuity));
        }
        return Restatements.merged(figures);
    }

    private List<Figure> inSentence(DependencyGraph g, String body, List<Mention> mentions,
                                    List<TimeExpression> times, PartialDate published, ClaimantNames names,
                                    ClaimContinuity continuity) {
        Counts counts = new Counts(g, words);
        Claimants claimants = new Claimants(g, mentions, body, words, names);
        Set<String> seen = new HashSet<>();
        List<Figure> figures = new ArrayList<>();
        String evidence = g.sentence().span().of(body);
        for (int i = 0; i < g.size(); i++) {
            Optional<Counts.Count> found = counts.at(i);
            if (found.isEmpty() || !seen.add(found.get().what() + " " + found.get().value())) {
                continue;
            }
            Counts.Count c = found.get();
            Claimants.Claim claim = continuity.of(g, c, claimants.of(c.number()));
            Span span = new Span(g.token(Math.min(c.number(), c.noun())).span().start(),
                    g.token(Math.max(c.number(), c.noun())).span().end());
            figures.add(new Figure(c.what(), c.value(), bounds.of(g, c.number()), claim.code(), claim.name(),
                    asOf(g, c, times, published), g.sentence().index(), span, evidence,
                    c.rule() + "; claimant " + claim.rule(), provenance(c, claim)));
        }
        return figures;
    }

    /** Why a figure was found: how the count and its claimant were found, and the entries that fired. */
    private static Provenance provenance(Counts.Count c, Claimants.Claim claim) {
        List<String> entries = new ArrayList<>(List.of("counts:" + c.word()));
        entries.addAll(claim.entries());
        return Provenance.of(c.how() + "+" + claim.kind(), entries);
    }

    /**
     * A date on the count's verb ("killed on Tuesday"); for a toll that runs up to the time of writing ("have been
     * killed", "killed since March 2011"), the day the article was published; else the month it was published.
     */
    private PartialDate asOf(DependencyGraph g, Counts.Count c, List<TimeExpression> times, PartialDate published) {
        boolean runningTotal = false;
        if (c.predicate() >= 0) {
            for (Dependency d : g.outgoing(c.predicate())) {
                String marker = d.relation().substring(d.relation().indexOf(':') + 1);
                if (d.relation().contains(":") && cumulative.contains(marker)
                        || d.relation().equals("aux") && cumulative.contains(g.word(d.dependent()))) {
                    runningTotal = true; // "since March 2011" says from when, not as of when
                    continue;
                }
                Span at = g.token(d.dependent()).span();
                Optional<PartialDate> date = times.stream().filter(t -> t.span().contains(at)).findFirst()
                        .flatMap(t -> date(t.value()));
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        if (published == null || runningTotal) {
            return published;
        }
        return published.month() == null ? published : new PartialDate(published.year(), published.month(), null);
    }

    /** A TIMEX3 calendar value ({@code 2011-11-15}, {@code 2011-10}); weeks, durations and references are none. */
    private static Optional<PartialDate> date(String value) {
        return value != null && value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? PartialDate.parse(value) : Optional.empty();
    }
}
