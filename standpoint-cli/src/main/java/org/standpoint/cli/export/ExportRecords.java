package org.standpoint.cli.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.standpoint.model.Article;

/** The export contract's records, as ordered field maps: one definition for JSON Lines and CSV alike. */
final class ExportRecords {
    private ExportRecords() {
    }

    static Map<String, Object> article(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", "article");
        r.put("id", a.id());
        r.put("source_file", a.metadata().sourceFile());
        r.put("location", a.metadata().location());
        r.put("title", a.metadata().title());
        r.put("publisher", a.metadata().publisher());
        r.put("published", a.metadata().published() == null ? null : a.metadata().published().toString());
        r.put("url", a.metadata().url());
        r.put("duplicate_of", a.duplicateOf());
        r.put("captions", a.captions());
        r.put("body", a.body());
        return r;
    }
}
