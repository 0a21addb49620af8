package org.standpoint.model;

import java.util.List;

/** What the extraction stages found in one article: actor mentions, events, quotes, figures and stances. */
public record Extraction(List<Mention> mentions, List<Event> events, List<Quote> quotes, List<Figure> figures,
                         List<Stance> stances) {
    public Extraction {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        figures = List.copyOf(figures == null ? List.of() : figures);
        stances = List.copyOf(stances == null ? List.of() : stances);
    }

    /** Mentions and events only. */
    public Extraction(List<Mention> mentions, List<Event> events) {
        this(mentions, events, List.of(), List.of(), List.of());
    }

    /** Everything but stances. */
    public Extraction(List<Mention> mentions, List<Event> events, List<Quote> quotes, List<Figure> figures) {
        this(mentions, events, quotes, figures, List.of());
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of());
    }

    public Extraction withMentions(List<Mention> next) {
        return new Extraction(next, events, quotes, figures, stances);
    }

    public Extraction withEvents(List<Event> next) {
        return new Extraction(mentions, next, quotes, figures, stances);
    }

    public Extraction withQuotes(List<Quote> next) {
        return new Extraction(mentions, events, next, figures, stances);
    }

    public Extraction withFigures(List<Figure> next) {
        return new Extraction(mentions, events, quotes, next, stances);
    }

    public Extraction withStances(List<Stance> next) {
        return new Extraction(mentions, events, quotes, figures, next);
    }

    /**
     * Every record whose provenance is not stamped yet, stamped with the stage that found it, the digest of the
     * lexicons in force and the pipeline's version.
     */
    public Extraction stamped(String stage, String lexicons, String version) {
        java.util.function.UnaryOperator<Provenance> stamp = p -> p.stamped() ? p : p.stamp(stage, lexicons, version);
        return new Extraction(mentions.stream().map(m -> m.withProvenance(stamp.apply(m.provenance()))).toList(),
                events.stream().map(e -> e.withProvenance(stamp.apply(e.provenance()))).toList(),
                quotes.stream().map(q -> q.withProvenance(stamp.apply(q.provenance()))).toList(),
                figures.stream().map(f -> f.withProvenance(stamp.apply(f.provenance()))).toList(),
                stances.stream().map(s -> s.withProvenance(stamp.apply(s.provenance()))).toList());
    }
}
