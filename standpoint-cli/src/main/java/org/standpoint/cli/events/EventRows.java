package org.standpoint.cli.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.standpoint.analysis.export.FlatRows;
import org.standpoint.analysis.export.FlatTable;
import org.standpoint.model.Article;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.EventReports;
import org.standpoint.store.StoredEvent;

/**
 * Listed events as rows of the flat {@code events} table ({@link FlatTable#EVENTS}), every column, nothing cut:
 * CSV with a header line, or one JSON object a line.
 */
final class EventRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventRows() {
    }

    static void print(Database db, List<StoredEvent> events, ListFormat format, PrintWriter out) {
        ArticleStore articles = new ArticleStore(db, "");
        Map<String, Article> byId = new HashMap<>();
        EventReports reports = EventReports.of(db);
        try {
            CSVPrinter csv = format == ListFormat.csv ? new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(FlatTable.EVENTS.names().toArray(String[]::new)).build()) : null;
            for (StoredEvent e : events) {
                Article a = byId.computeIfAbsent(e.articleId(), id -> articles.article(id).orElseThrow());
                Map<String, Object> row = FlatRows.event(a, e.seq(), e.event(), reports.of(e.event()));
                if (csv != null) {
                    csv.printRecord(FlatTable.EVENTS.names().stream().map(row::get).toList());
                } else {
                    out.println(JSON.writeValueAsString(row));
                }
            }
            if (csv != null) {
                csv.flush();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event row is always JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
