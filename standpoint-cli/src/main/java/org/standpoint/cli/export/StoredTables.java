package org.standpoint.cli.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.standpoint.analysis.export.FlatRows;
import org.standpoint.model.Article;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.EventReports;
import org.standpoint.store.ExtractionStore;

/** Every stored record as rows of the flat tables, in the order {@link StoredRecords} exports them. */
final class StoredTables {
    private StoredTables() {
    }

    static void forEach(Database db, FlatRows.Sink sink) {
        ExtractionStore extractions = new ExtractionStore(db);
        EventReports reports = EventReports.of(db);
        List<Article> articles = new ArticleStore(db, "").articles();
        Map<String, List<Article>> copies = articles.stream().filter(a -> a.duplicateOf() != null)
                .collect(Collectors.groupingBy(Article::duplicateOf));
        for (Article a : articles) {
            FlatRows.forEach(a, extractions.extraction(a.id()), reports::of, copies.getOrDefault(a.id(), List.of()),
                    sink);
        }
    }
}
