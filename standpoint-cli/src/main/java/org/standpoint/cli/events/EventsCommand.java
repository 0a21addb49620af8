package org.standpoint.cli.events;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.standpoint.cli.DateRange;
import org.standpoint.analysis.export.FlatRows;
import org.standpoint.analysis.export.FlatTable;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.FlatRowOutput;
import org.standpoint.cli.ListFormat;
import org.standpoint.store.Database;
import org.standpoint.store.EventQuery;
import org.standpoint.store.EventReports;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint events}: lists stored events, oldest first, filtered and paged. */
@Command(name = "events", description = "List stored events: date, source, CAMEO code and label, target, modality,"
        + " evidence.")
public final class EventsCommand implements Callable<Integer> {
    @Option(names = "--actor", paramLabel = "CODE", description = "source or target code starts with this (RUS finds RUSGOV)")
    String actor;

    @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO code starts with this (04: all consultations)")
    String code;

    @Mixin
    DateRange dates;

    @Option(names = "--article", paramLabel = "ID", description = "only events of this article")
    String article;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most N events (default: ${DEFAULT-VALUE}; 0 for all)")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "skip the first N events")
    int offset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (for reading),"
            + " csv or json (one JSON object a line): csv and json give every column of the events table, uncut")
    ListFormat format;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EventQuery query = query();
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = options.openExisting()) {
            // One more than asked for tells whether there is a next page.
            List<StoredEvent> events = new ExtractionStore(db).events(limit == 0 ? query : query.withPage(limit + 1, offset));
            boolean more = limit > 0 && events.size() > limit;
            List<StoredEvent> shown = more ? events.subList(0, limit) : events;
            if (format != ListFormat.table) {
                EventReports reports = EventReports.of(db);
                FlatRowOutput.print(db, FlatTable.EVENTS, shown, StoredEvent::articleId,
                        (a, e) -> FlatRows.event(a, e.seq(), e.event(), reports.of(e.event())), format, out);
            } else if (shown.isEmpty()) {
                out.println("no events match");
            } else {
                EventTable.print(shown, out);
                if (EventTable.anyPublicationDated(shown)) {
                    out.println("* no date stated: the article's publication date");
                }
                out.println(shown.size() + (shown.size() == 1 ? " event" : " events")
                        + (more ? "; more with --offset " + (offset + limit) : ""));
            }
        }
        out.flush();
        return 0;
    }

    private EventQuery query() {
        try {
            return new EventQuery(actor, null, null, code, dates.first(), dates.last(), article, limit, offset);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
