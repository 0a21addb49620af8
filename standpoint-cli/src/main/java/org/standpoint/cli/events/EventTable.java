package org.standpoint.cli.events;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.standpoint.model.DateBasis;
import org.standpoint.model.Event;
import org.standpoint.model.RecordDate;
import org.standpoint.store.StoredEvent;

/**
 * Stored events as a plain-text table a person reads: one event a line, long values cut with {@code ...}; a date
 * the text does not state (the article's publication date) is marked {@code *}.
 */
final class EventTable {
    private static final int EVENT_WIDTH = 44;
    private static final int EVIDENCE_WIDTH = 70;

    private EventTable() {
    }

    static void print(List<StoredEvent> events, PrintWriter out) {
        int actorWidth = Math.max(6, events.stream()
                .mapToInt(e -> Math.max(e.event().source().length(), e.event().target().length())).max().orElse(0));
        String format = "%-11s  %-" + actorWidth + "s  %-" + EVENT_WIDTH + "s  %-" + actorWidth + "s  %-10s  %s%n";
        out.printf(format, "date", "source", "event", "target", "modality", "evidence");
        for (StoredEvent stored : events) {
            Event e = stored.event();
            String label = stored.cameo().map(c -> c.label()).orElse("(not a CAMEO code)");
            out.printf(format, date(stored.when()), e.source(),
                    cut(e.cameo() + " " + label, EVENT_WIDTH), e.target(),
                    e.modality().name().toLowerCase(Locale.ROOT), cut(oneLine(e.evidence()), EVIDENCE_WIDTH));
        }
    }

    /** Whether any of {@code events} is dated by its article's publication, so the table needs its footnote. */
    static boolean anyPublicationDated(List<StoredEvent> events) {
        return events.stream().anyMatch(e -> e.when().basis() == DateBasis.PUBLICATION);
    }

    private static String date(RecordDate when) {
        return when.date() == null ? "-" : when.date() + (when.basis() == DateBasis.PUBLICATION ? "*" : "");
    }

    static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 3).stripTrailing() + "...";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
