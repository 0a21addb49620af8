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
}
