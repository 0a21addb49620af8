package org.standpoint.analysis.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.standpoint.model.Article;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Figure;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Provenance;
import org.standpoint.model.Quote;
import org.standpoint.model.RecordDate;
import org.standpoint.model.ReportCount;
import org.standpoint.model.Stance;
import org.standpoint.model.cameo.CameoCode;
import org.standpoint.model.cameo.CameoCodes;

/**
 * The export contract's records ({@code CONTRACT.md}), as ordered field maps: one definition for JSON Lines,
 * CSV and {@code standpoint eval}, which scores exactly what JSON Lines would hold. Contract fields come first,
 * extra fields after them.
 */
public final class ExportRecords {
    private ExportRecords() {
    }

    /**
     * Hands one article's records to {@code sink} in export order: the article, its actors, its events (in the
     * order of {@code x.events()}, each with the counts {@code reports} gives), quotes, figures and stances.
     */
    public static void forEach(Article a, Extraction x, Function<Event, ReportCount> reports,
                               Consumer<Map<String, Object>> sink) {
        sink.accept(article(a));
        actors(a, x).forEach(sink);
        for (Event e : x.events()) {
            Map<String, Object> r = event(a, e);
            ReportCount n = reports.apply(e);
            r.put("articles", n.articles());
            r.put("sources", n.sources());
            sink.accept(r);
        }
        x.quotes().forEach(q -> sink.accept(quote(a, q)));
        x.figures().forEach(f -> sink.accept(figure(a, f)));
        x.stances().forEach(st -> sink.accept(stance(a, st)));
    }

    public static Map<String, Object> stance(Article a, Stance s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", "stance");
        r.put("article", a.id());
        r.put("holder", s.holder());
        r.put("policy", s.policy());
        r.put("target", s.target());
        r.put("polarity", s.polarity().name().toLowerCase(Locale.ROOT));
        RecordDate when = when(a, s.date());
        r.put("date", contractDate(when.date()));
        r.put("evidence", s.evidence());
        putBasis(r, when);
        r.put("holder_name", s.holderName());
        r.put("rule", s.rule());
        r.put("sentence", s.sentence());
        r.put("provenance", provenance(s.provenance()));
        return r;
    }

    public static Map<String, Object> quote(Article a, Quote q) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", "quote");
        r.put("article", a.id());
        r.put("speaker", q.speaker());
        r.put("speaker_code", q.speakerCode());
        r.put("text", q.text());
        r.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        r.put("rule", q.rule());
        r.put("sentence", q.sentence());
        r.put("start", q.span().start());
        r.put("end", q.span().end());
        r.put("provenance", provenance(q.provenance()));
        return r;
    }

    public static Map<String, Object> figure(Article a, Figure f) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", "figure");
        r.put("article", a.id());
        r.put("what", f.what());
        r.put("count", f.count());
        r.put("bound", f.bound().name().toLowerCase(Locale.ROOT));
        r.put("claimant", f.claimant());
        RecordDate when = when(a, f.asOf());
        r.put("as_of", contractDate(when.date()));
        r.put("evidence", f.evidence());
        putBasis(r, when);
        r.put("claimant_name", f.claimantName());
        r.put("rule", f.rule());
        r.put("sentence", f.sentence());
        r.put("provenance", provenance(f.provenance()));
        return r;
    }

    public static Map<String, Object> article(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", "article");
        r.put("id", a.id());
        r.put("source_file", a.metadata().sourceFile());
        r.put("location", a.metadata().location());
        r.put("title", a.metadata().title());
        r.put("publisher", a.metadata().publisher());
        r.put("published", contractDate(a.metadata().published()));
        r.put("url", a.metadata().url());
        r.put("duplicate_of", a.duplicateOf());
        r.put("captions", a.captions());
        r.put("body", a.body());
        r.put("published_from", a.metadata().publishedFrom().label());
        return r;
    }

    /** One record per distinct (code, name) among the article's mentions, in order of first mention. */
    public static List<Map<String, Object>> actors(Article a, Extraction x) {
        Map<List<String>, Map<String, Object>> byActor = new LinkedHashMap<>();
        for (Mention m : x.mentions()) {
            Map<String, Object> r = byActor.computeIfAbsent(Arrays.asList(m.code(), m.name()), k -> {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("type", "actor");
                n.put("article", a.id());
                n.put("code", m.code());
                n.put("name", m.name());
                n.put("role", null);
                n.put("mentions", 0);
                n.put("provenance", provenance(m.provenance()));
                return n;
            });
            if (r.get("role") == null) {
                r.put("role", m.role());
            }
            r.put("mentions", (Integer) r.get("mentions") + 1);
        }
        return new ArrayList<>(byActor.values());
    }

    public static Map<String, Object> event(Article a, Event e) {
        Optional<CameoCode> code = CameoCodes.standard().find(e.cameo());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", "event");
        r.put("article", a.id());
        r.put("source", e.source());
        r.put("target", e.target());
        r.put("cameo", e.cameo());
        RecordDate when = when(a, e.date());
        r.put("date", contractDate(when.date()));
        r.put("evidence", e.evidence());
        putBasis(r, when);
        r.put("source_name", e.sourceName());
        r.put("target_name", e.targetName());
        r.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
        r.put("rule", e.rule());
        r.put("dictionary_entries", e.dictionaryEntries());
        r.put("quad_class", code.map(c -> c.quadClass().number()).orElse(null));
        r.put("goldstein", code.map(CameoCode::goldstein).orElse(null));
        r.put("mentions", e.mentions());
        r.put("sentence", e.sentence());
        r.put("start", e.span() == null ? null : e.span().start());
        r.put("end", e.span() == null ? null : e.span().end());
        r.put("provenance", provenance(e.provenance()));
        return r;
    }

    /**
     * Why a record was extracted, as an object: {@code stage}, {@code rule}, {@code entries}, {@code lexicons}
     * (the digest of the lexicons and user files in force) and {@code version}; an actor record carries its
     * first mention's.
     */
    public static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("stage", p.stage());
        r.put("rule", p.rule());
        r.put("entries", p.entries());
        r.put("lexicons", p.lexicons());
        r.put("version", p.version());
        return r;
    }

    /** The date a record of article {@code a} is filed under: {@code stated}, else the article's publication date. */
    public static RecordDate when(Article a, PartialDate stated) {
        return RecordDate.of(stated, a.metadata().published());
    }

    /**
     * Where the date beside it comes from ({@code date_basis}: {@code stated} or {@code publication}) and how
     * precise it is ({@code date_precision}: {@code day}, {@code month} or {@code year}, the last written as a
     * null date by the contract); both null when no date is known.
     */
    private static void putBasis(Map<String, Object> r, RecordDate when) {
        r.put("date_basis", when.basisLabel());
        r.put("date_precision", when.precisionLabel());
    }

    /** A date as the contract writes it: {@code YYYY-MM-DD} or {@code YYYY-MM}; a bare year is too vague: null. */
    public static String contractDate(PartialDate d) {
        return d == null || d.precision() == PartialDate.Precision.YEAR ? null : d.toString();
    }
}
