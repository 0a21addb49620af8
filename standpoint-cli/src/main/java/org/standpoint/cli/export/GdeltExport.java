package org.standpoint.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.standpoint.model.Article;
import org.standpoint.model.Event;
import org.standpoint.model.PartialDate;
import org.standpoint.model.cameo.CameoCode;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.EventQuery;
import org.standpoint.store.EventReports;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredEvent;

/**
 * Stored events as a GDELT 2.0 event table: the 61 tab-separated columns of the GDELT 2.0 Events codebook,
 * in its order, one event a line, no header (GDELT files have none) unless asked for. Unknown values (tone,
 * geography, ethnicity, religion) are empty strings.
 */
final class GdeltExport {
    static final List<String> COLUMNS = columns();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private GdeltExport() {
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(actor + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(geo + f);
            }
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }

    /** Writes every stored event, by date; returns how many. */
    static int write(Database db, Writer w, boolean header) throws IOException {
        Map<String, Article> articles = new ArticleStore(db, "").articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        if (header) {
            w.write(String.join("\t", COLUMNS) + "\n");
        }
        List<StoredEvent> events = new ExtractionStore(db).events(EventQuery.all());
        EventReports reports = EventReports.of(db);
        for (StoredEvent e : events) {
            w.write(String.join("\t", row(e, articles.get(e.articleId()), reports.of(e.event()))) + "\n");
        }
        return events.size();
    }

    static List<String> row(StoredEvent stored, Article article) {
        return row(stored, article, new EventReports.Reports(1, 1));
    }

    /** One GDELT row; NumSources and NumArticles count the other articles reporting the same event. */
    static List<String> row(StoredEvent stored, Article article, EventReports.Reports reports) {
        Event e = stored.event();
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.add(Long.toString(globalEventId(stored)));
        r.addAll(dateFields(day(e, article)));
        r.addAll(GdeltActor.of(e.source(), e.sourceName()).fields());
        r.addAll(GdeltActor.of(e.target(), e.targetName()).fields());
        r.add(isRoot(e, article) ? "1" : "0");
        r.add(e.cameo());
        r.add(e.cameo().substring(0, 3));
        r.add(e.root());
        Optional<CameoCode> code = stored.cameo();
        r.add(code.map(c -> Integer.toString(c.quadClass().number())).orElse(""));
        r.add(code.map(c -> Double.toString(c.goldstein())).orElse(""));
        r.addAll(List.of(Integer.toString(e.mentions()), Integer.toString(reports.sources()),
                Integer.toString(reports.articles()), ""));
        for (int i = 0; i < 24; i++) {
            r.add("");
        }
        r.add(ADDED.format(stored.extractedAt()));
        r.add(article == null ? "" : article.metadata().url() != null ? article.metadata().url()
                : article.metadata().sourceFile());
        return r.stream().map(GdeltExport::clean).toList();
    }

    /**
     * The day an event is filed under: its own date when known to the day or month (a month counts from its
     * first day), else the article's publication date, else the first day of the event's year.
     */
    static Optional<LocalDate> day(Event e, Article article) {
        PartialDate own = e.date();
        if (own != null && own.precision() != PartialDate.Precision.YEAR) {
            return Optional.of(own.firstDay());
        }
        PartialDate published = article == null ? null : article.metadata().published();
        if (published != null) {
            return Optional.of(published.firstDay());
        }
        return Optional.ofNullable(own).map(PartialDate::firstDay);
    }

    /** SQLDATE, MonthYear, Year and FractionDate: year + ((month - 1) * 30 + day) / 365, as GDELT computes it. */
    static List<String> dateFields(Optional<LocalDate> day) {
        if (day.isEmpty()) {
            return List.of("", "", "", "");
        }
        LocalDate d = day.get();
        double fraction = d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
        return List.of(DAY.format(d), String.format("%04d%02d", d.getYear(), d.getMonthValue()),
                Integer.toString(d.getYear()), String.format(Locale.ROOT, "%.4f", fraction));
    }

    /** GDELT's root event: one stated in the article's first paragraph. */
    private static boolean isRoot(Event e, Article article) {
        if (article == null || e.span() == null) {
            return e.sentence() == 0;
        }
        int firstBreak = article.body().indexOf("\n\n");
        return firstBreak < 0 || e.span().start() < firstBreak;
    }

    /**
     * A number that stays the same on every export: the first 12 hex digits of the article id (or of its
     * SHA-256 when the id is not hexadecimal) times 10,000, plus the event's position in its article.
     */
    static long globalEventId(StoredEvent e) {
        String id = e.articleId();
        String hex = id.matches("[0-9a-fA-F]{12,}") ? id.substring(0, 12) : sha256(id).substring(0, 12);
        return Long.parseLong(hex, 16) * 10_000 + e.seq();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JVM has SHA-256", ex);
        }
    }

    /** Tabs and line breaks inside a value would break the table. */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }
}
