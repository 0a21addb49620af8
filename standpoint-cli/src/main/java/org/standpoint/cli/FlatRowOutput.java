package org.standpoint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.standpoint.analysis.export.FlatTable;
import org.standpoint.model.Article;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;

/**
 * Listed records as rows of their flat table ({@link FlatTable}), every column, nothing cut: CSV with a header
 * line, or one JSON object a line with the same names in the same order. What {@code --format csv|json} prints on every list command.
 */
public final class FlatRowOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FlatRowOutput() {
    }

    /**
     * @param articleId the id of the article a record comes from
     * @param row       the record's row, made with its article
     */
    public static <T> void print(Database db, FlatTable table, List<T> records, Function<T, String> articleId,
                                 BiFunction<Article, T, Map<String, Object>> row, ListFormat format, PrintWriter out) {
        ArticleStore articles = new ArticleStore(db, "");
        Map<String, Article> byId = new HashMap<>();
        try {
            CSVPrinter csv = format == ListFormat.csv ? new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(table.names().toArray(String[]::new)).build()) : null;
            for (T r : records) {
                Article a = byId.computeIfAbsent(articleId.apply(r), id -> articles.article(id).orElseThrow());
                Map<String, Object> cells = row.apply(a, r);
                // The table's columns in its order, in JSON as in CSV.
                Map<String, Object> ordered = new LinkedHashMap<>();
                table.names().forEach(name -> ordered.put(name, cells.get(name)));
                if (csv != null) {
                    csv.printRecord(ordered.values());
                } else {
                    out.println(JSON.writeValueAsString(ordered));
                }
            }
            if (csv != null) {
                csv.flush();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a flat row is always JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
