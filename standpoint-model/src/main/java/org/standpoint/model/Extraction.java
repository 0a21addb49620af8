package org.standpoint.model;

import java.util.List;

/** What the extraction stages found in one article: actor mentions, events, quotes and figures. */
public record Extraction(List<Mention> mentions, List<Event> events, List<Quote> quotes, List<Figure> figures) {
    public Extraction {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        figures = List.copyOf(figures == null ? List.of() : figures);
    }

    /** Mentions and events only. */
    public Extraction(List<Mention> mentions, List<Event> events) {
        this(mentions, events, List.of(), List.of());
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of());
    }

    public Extraction withMentions(List<Mention> next) {
        return new Extraction(next, events, quotes, figures);
    }

    public Extraction withEvents(List<Event> next) {
        return new Extraction(mentions, next, quotes, figures);
    }

    public Extraction withQuotes(List<Quote> next) {
        return new Extraction(mentions, events, next, figures);
    }

    public Extraction withFigures(List<Figure> next) {
        return new Extraction(mentions, events, quotes, next);
    }
}
