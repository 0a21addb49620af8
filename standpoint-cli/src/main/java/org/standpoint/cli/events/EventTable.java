package org.standpoint.cli.events;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.standpoint.model.Event;
import org.standpoint.store.StoredEvent;

/** Stored events as a plain-text table a person reads: one event a line, long values cut with {@code ...}. */
final class EventTable {
    private static final int EVENT_WIDTH = 44;
    private static final int EVIDENCE_WIDTH = 70;

    private EventTable() {
    }

    static void print(List<StoredEvent> events, PrintWriter out) {
        int actorWidth = Math.max(6, events.stream()
                .mapToInt(e -> Math.max(e.event().source().length(), e.event().target().length())).max().orElse(0));
        String format = "%-10s  %-" + actorWidth + "s  %-" + EVENT_WIDTH + "s  %-" + actorWidth + "s  %-10s  %s%n";
        out.printf(format, "date", "source", "event", "target", "modality", "evidence");
        for (StoredEvent stored : events) {
            Event e = stored.event();
            String label = stored.cameo().map(c -> c.label()).orElse("(not a CAMEO code)");
            out.printf(format, e.date() == null ? "-" : e.date().toString(), e.source(),
                    cut(e.cameo() + " " + label, EVENT_WIDTH), e.target(),
                    e.modality().name().toLowerCase(Locale.ROOT), cut(oneLine(e.evidence()), EVIDENCE_WIDTH));
        }
    }

    static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 3).stripTrailing() + "...";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
