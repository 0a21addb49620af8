package org.standpoint.analysis.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.standpoint.model.Article;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Figure;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;
import org.standpoint.model.RecordDate;
import org.standpoint.model.ReportCount;
import org.standpoint.model.Stance;
import org.standpoint.model.cameo.CameoCode;
import org.standpoint.model.cameo.CameoCodes;
import org.standpoint.model.cameo.PloverTypes;

/**
 * The rows of the {@link FlatTable flat tables}, made from the export contract's records ({@link ExportRecords})
 * so that a field means the same in JSON Lines, CSV and Parquet: nested provenance becomes {@code prov_*}
 * columns, lists are joined with {@code "; "}, and each row starts with its article's context and its own date.
 */
public final class FlatRows {
    /** Fields of a contract record that the flat row writes in its own way (the context, the date). */
    private static final Set<String> REPLACED = Set.of("type", "article", "date", "as_of", "date_basis",
            "date_precision", "provenance");

    private FlatRows() {
    }

    /** Receives each row with the table it belongs in. */
    @FunctionalInterface
    public interface Sink {
        void accept(FlatTable table, Map<String, Object> row);
    }

    /**
     * Hands every row of one article to {@code sink}: the article, its actors, events (each with its mentions:
     * in the article itself, then in each near-duplicate {@code copies} of it), stances, quotes and figures.
     */
    public static void forEach(Article a, Extraction x, Function<Event, ReportCount> reports, List<Article> copies,
                               Sink sink) {
        sink.accept(FlatTable.ARTICLES, article(a));
        ExportRecords.actors(a, x).forEach(r -> sink.accept(FlatTable.ACTORS, record(a, null, r)));
        for (int seq = 0; seq < x.events().size(); seq++) {
            Event e = x.events().get(seq);
            sink.accept(FlatTable.EVENTS, event(a, seq, e, reports.apply(e)));
            for (Map<String, Object> m : mentions(a, seq, e, copies)) {
                sink.accept(FlatTable.EVENT_MENTIONS, m);
            }
        }
        x.stances().forEach(s -> sink.accept(FlatTable.STANCES, stance(a, s)));
        x.quotes().forEach(q -> sink.accept(FlatTable.QUOTES, quote(a, q)));
        x.figures().forEach(f -> sink.accept(FlatTable.FIGURES, figure(a, f)));
    }

    /** The article's row: its contract record, with the date's precision, captions joined. */
    public static Map<String, Object> article(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        ExportRecords.article(a).forEach((k, v) -> {
            if (!k.equals("type")) {
                r.put(k, cell(v));
            }
        });
        PartialDate published = a.metadata().published();
        r.put("published", published == null ? null : published.toString());
        r.put("published_precision", RecordDate.of(null, published).precisionLabel());
        return r;
    }

    /** The {@code seq}-th event of article {@code a} as an events row. */
    public static Map<String, Object> event(Article a, int seq, Event e, ReportCount reports) {
        Map<String, Object> contract = ExportRecords.event(a, e);
        contract.put("articles", reports.articles());
        contract.put("sources", reports.sources());
        Map<String, Object> r = record(a, e.date(), contract);
        CameoCode code = CameoCodes.standard().find(e.cameo()).orElse(null);
        r.put("event_id", GdeltRow.globalEventId(a.id(), seq));
        r.put("seq", seq);
        r.put("cameo_label", code == null ? null : code.label());
        r.put("root", e.root());
        r.put("plover", PloverTypes.standard().of(e.cameo()).orElse(null));
        return r;
    }

    /** A stance of article {@code a} as a stances row. */
    public static Map<String, Object> stance(Article a, Stance s) {
        return record(a, s.date(), ExportRecords.stance(a, s));
    }

    /** A quote of article {@code a} as a quotes row, dated by the article. */
    public static Map<String, Object> quote(Article a, Quote q) {
        return record(a, null, ExportRecords.quote(a, q));
    }

    /** A figure of article {@code a} as a figures row. */
    public static Map<String, Object> figure(Article a, Figure f) {
        return record(a, f.asOf(), ExportRecords.figure(a, f));
    }

    /**
     * Where the {@code seq}-th event of article {@code a} is reported: in {@code a} itself, with its sentence and
     * offsets and how often {@code a} states it, then once in each near-duplicate copy (whose text is not kept,
     * so without a place in it).
     */
    public static List<Map<String, Object>> mentions(Article a, int seq, Event e, List<Article> copies) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(mention(a, a, seq, e, "original"));
        copies.forEach(copy -> out.add(mention(copy, a, seq, e, "near_duplicate")));
        return out;
    }

    private static Map<String, Object> mention(Article in, Article original, int seq, Event e, String kind) {
        boolean own = in == original;
        Map<String, Object> r = context(in, e.date());
        r.put("event_id", GdeltRow.globalEventId(original.id(), seq));
        r.put("event_article", original.id());
        r.put("seq", seq);
        r.put("mention_kind", kind);
        r.put("sentence", own ? e.sentence() : null);
        r.put("start", own && e.span() != null ? e.span().start() : null);
        r.put("end", own && e.span() != null ? e.span().end() : null);
        r.put("mentions", own ? e.mentions() : null);
        r.put("evidence", e.evidence());
        ExportRecords.provenance(e.provenance()).forEach((k, v) -> r.put("prov_" + k, cell(v)));
        return r;
    }

    /** A contract record of article {@code a} as a flat row, dated by {@code stated} else the publication. */
    static Map<String, Object> record(Article a, PartialDate stated, Map<String, Object> contract) {
        Map<String, Object> r = context(a, stated);
        contract.forEach((k, v) -> {
            if (!REPLACED.contains(k)) {
                r.put(k, cell(v));
            }
        });
        if (contract.get("provenance") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> r.put("prov_" + k, cell(v)));
        }
        return r;
    }

    private static Map<String, Object> context(Article a, PartialDate stated) {
        Map<String, Object> r = new LinkedHashMap<>();
        RecordDate published = RecordDate.of(null, a.metadata().published());
        RecordDate when = ExportRecords.when(a, stated);
        r.put("article", a.id());
        r.put("article_date", published.date() == null ? null : published.date().toString());
        r.put("article_date_precision", published.precisionLabel());
        r.put("url", a.metadata().url());
        r.put("publisher", a.metadata().publisher());
        r.put("date", when.date() == null ? null : when.date().toString());
        r.put("date_precision", when.precisionLabel());
        r.put("date_basis", when.basisLabel());
        return r;
    }

    /** A list as one cell: its items joined with {@code "; "}. */
    private static Object cell(Object v) {
        return v instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList()) : v;
    }
}
