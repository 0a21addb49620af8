package org.standpoint.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.standpoint.analysis.export.GdeltRow;
import org.standpoint.model.Article;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.EventQuery;
import org.standpoint.store.EventReports;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredEvent;

/**
 * Stored events as a GDELT 2.0 event table: one {@link GdeltRow} a line, tab-separated, by date, no header
 * (GDELT files have none) unless asked for.
 */
final class GdeltExport {
    private GdeltExport() {
    }

    /** Writes every stored event, by date; returns how many. */
    static int write(Database db, Writer w, boolean header) throws IOException {
        Map<String, Article> articles = new ArticleStore(db, "").articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        if (header) {
            w.write(String.join("\t", GdeltRow.COLUMNS) + "\n");
        }
        List<StoredEvent> events = new ExtractionStore(db).events(EventQuery.all());
        EventReports reports = EventReports.of(db);
        for (StoredEvent e : events) {
            w.write(String.join("\t", GdeltRow.row(articles.get(e.articleId()), e.seq(), e.event(), e.extractedAt(),
                    reports.of(e.event()))) + "\n");
        }
        return events.size();
    }
}
