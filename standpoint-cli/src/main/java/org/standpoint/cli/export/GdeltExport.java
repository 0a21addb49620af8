package org.standpoint.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.standpoint.analysis.export.GdeltMentionRow;
import org.standpoint.analysis.export.GdeltRow;
import org.standpoint.model.Mention;
import org.standpoint.model.Article;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.EventQuery;
import org.standpoint.store.EventReports;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredEvent;

/**
 * Stored events as a GDELT 2.0 event table (one {@link GdeltRow} a line) and Mentions table (one
 * {@link GdeltMentionRow} a line): tab-separated, by date, no header (GDELT files have none) unless asked for.
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

    /**
     * Writes the GDELT 2.0 Mentions table of every stored event, in the order of the event table: where each is
     * reported, in its own article and in that article's near-duplicate copies; returns how many rows.
     */
    static int writeMentions(Database db, Writer w, boolean header) throws IOException {
        List<Article> all = new ArticleStore(db, "").articles();
        Map<String, Article> articles = all.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, List<Article>> copies = all.stream().filter(a -> a.duplicateOf() != null)
                .collect(Collectors.groupingBy(Article::duplicateOf));
        if (header) {
            w.write(String.join("\t", GdeltMentionRow.COLUMNS) + "\n");
        }
        ExtractionStore extractions = new ExtractionStore(db);
        Map<String, List<Mention>> mentions = new HashMap<>();
        int rows = 0;
        for (StoredEvent e : extractions.events(EventQuery.all())) {
            List<Mention> actors = mentions.computeIfAbsent(e.articleId(), id -> extractions.extraction(id).mentions());
            for (List<String> row : GdeltMentionRow.rows(articles.get(e.articleId()), actors, e.seq(), e.event(),
                    e.extractedAt(), copies.getOrDefault(e.articleId(), List.of()))) {
                w.write(String.join("\t", row) + "\n");
                rows++;
            }
        }
        return rows;
    }
}
