package org.standpoint.cli.export;

import java.util.Map;
import java.util.function.Consumer;
import org.standpoint.analysis.export.ExportRecords;
import org.standpoint.model.Article;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.EventReports;
import org.standpoint.store.ExtractionStore;

/** Every stored record as the export contract writes it: what {@code export --format jsonl} and {@code eval} read. */
public final class StoredRecords {
    private StoredRecords() {
    }

    /**
     * Hands every record of the database to {@code sink} in export order: each article (by publication date,
     * then id), followed by its actors, events, quotes, figures and stances, each event with its report counts
     * across the store.
     */
    public static void forEach(Database db, Consumer<Map<String, Object>> sink) {
        ExtractionStore extractions = new ExtractionStore(db);
        EventReports reports = EventReports.of(db);
        for (Article a : new ArticleStore(db, "").articles()) {
            ExportRecords.forEach(a, extractions.extraction(a.id()), reports::of, sink);
        }
    }
}
