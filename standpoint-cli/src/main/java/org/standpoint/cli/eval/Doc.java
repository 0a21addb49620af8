package org.standpoint.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One gold document being scored: its gold answers and the export records of its article.
 *
 * @param name the seed file name ({@code doc} in the gold file)
 * @param predicted the article's export records of one type ({@code event}, {@code stance}, ...); none when
 *     the export lacks the article
 */
record Doc(String name, Map<String, Object> gold, Function<String, List<Map<String, Object>>> predicted) {
    /** A gold list ({@code events}, {@code stances}, ...), empty when absent. */
    List<Map<String, Object>> goldList(String field) {
        return records(PyValue.get(gold, field, List.of()));
    }

    /** The maps in a JSON list value. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> records(Object list) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map) {
                    out.add((Map<String, Object>) o);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
