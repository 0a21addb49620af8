package org.standpoint.model;

import java.util.List;

/** What the extraction stages found in one article: actor mentions and events (later: stances, quotes, figures). */
public record Extraction(List<Mention> mentions, List<Event> events) {
    public Extraction {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of());
    }

    public Extraction withMentions(List<Mention> next) {
        return new Extraction(next, events);
    }

    public Extraction withEvents(List<Event> next) {
        return new Extraction(mentions, next);
    }
}
