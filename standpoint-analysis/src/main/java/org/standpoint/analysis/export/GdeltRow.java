package org.standpoint.analysis.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.standpoint.model.Article;
import org.standpoint.model.Event;
import org.standpoint.model.PartialDate;
import org.standpoint.model.ReportCount;
import org.standpoint.model.cameo.CameoCode;
import org.standpoint.model.cameo.CameoCodes;

/**
 * An event as a row of a GDELT 2.0 event table: the 61 columns of the GDELT 2.0 Events codebook, in its order.
 * Unknown values (tone, geography, ethnicity, religion) are empty strings; tabs and line breaks inside a value
 * become spaces.
 */
public final class GdeltRow {
    /** The codebook's column names, in order. */
    public static final List<String> COLUMNS = columns();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private GdeltRow() {
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

    /**
     * One GDELT row for the {@code seq}-th event of an article, extracted at {@code extractedAt}; NumSources and
     * NumArticles count the articles reporting the same event.
     */
    public static List<String> row(Article article, int seq, Event e, Instant extractedAt, ReportCount reports) {
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.add(Long.toString(globalEventId(article.id(), seq)));
        r.addAll(dateFields(ExportRecords.when(article, e.date()).date()));
        r.addAll(GdeltActor.of(e.source(), e.sourceName()).fields());
        r.addAll(GdeltActor.of(e.target(), e.targetName()).fields());
        r.add(isRoot(e, article) ? "1" : "0");
        r.add(e.cameo());
        r.add(e.cameo().substring(0, 3));
        r.add(e.root());
        Optional<CameoCode> code = CameoCodes.standard().find(e.cameo());
        r.add(code.map(c -> Integer.toString(c.quadClass().number())).orElse(""));
        r.add(code.map(c -> Double.toString(c.goldstein())).orElse(""));
        r.addAll(List.of(Integer.toString(e.mentions()), Integer.toString(reports.sources()),
                Integer.toString(reports.articles()), ""));
        for (int i = 0; i < 24; i++) {
            r.add("");
        }
        r.add(timestamp(extractedAt));
        r.add(article.metadata().url() != null ? article.metadata().url() : article.metadata().sourceFile());
        return r.stream().map(GdeltRow::clean).toList();
    }

    /**
     * SQLDATE, MonthYear, Year and FractionDate of the date an event is filed under (its stated date, else its
     * article's publication date), each only as far as that date is known: GDELT's schema lets every one be
     * empty (NULL), and a day the text never gave would be invented. A month-precise date fills MonthYear and
     * Year and leaves SQLDATE and FractionDate empty; a bare year fills Year alone. A full date gives
     * FractionDate as year + ((month - 1) * 30 + day) / 365, GDELT's approximation.
     */
    static List<String> dateFields(PartialDate date) {
        if (date == null) {
            return List.of("", "", "", "");
        }
        String year = Integer.toString(date.year());
        if (date.precision() == PartialDate.Precision.YEAR) {
            return List.of("", "", year, "");
        }
        String month = String.format("%04d%02d", date.year(), date.month());
        if (date.precision() == PartialDate.Precision.MONTH) {
            return List.of("", month, year, "");
        }
        LocalDate d = date.firstDay();
        double fraction = d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
        return List.of(DAY.format(d), month, year, String.format(Locale.ROOT, "%.4f", fraction));
    }

    /** DATEADDED's form, YYYYMMDDHHMMSS in UTC; the Mentions table's times take it too. */
    static String timestamp(Instant t) {
        return ADDED.format(t);
    }

    /** GDELT's root event: one stated in the article's first paragraph. */
    private static boolean isRoot(Event e, Article article) {
        if (e.span() == null) {
            return e.sentence() == 0;
        }
        int firstBreak = article.body().indexOf("\n\n");
        return firstBreak < 0 || e.span().start() < firstBreak;
    }

    /**
     * A number that stays the same on every export: the first 12 hex digits of the article id (or of its
     * SHA-256 when the id is not hexadecimal) times 10,000, plus the event's position in its article.
     */
    static long globalEventId(String articleId, int seq) {
        String hex = articleId.matches("[0-9a-fA-F]{12,}") ? articleId.substring(0, 12) : sha256(articleId).substring(0, 12);
        return Long.parseLong(hex, 16) * 10_000 + seq;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JVM has SHA-256", ex);
        }
    }

    /** Tabs and line breaks inside a value would break the table. */
    static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }
}
