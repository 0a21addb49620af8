package org.standpoint.analysis.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The flat, typed tables of every record type that {@code export --format csv} and {@code parquet} write: one
 * row a record, one value a cell, lists joined with {@code "; "}, provenance in {@code prov_*} columns. Every
 * table but {@link #ARTICLES} starts with the record's article: its id, publication date (and that date's
 * precision), URL and publisher; then the record's own date, its precision and basis (stated, or the
 * publication date standing in). {@link FlatRows} fills them.
 */
public enum FlatTable {
    ARTICLES(List.of(text("id"), text("source_file"), text("location"), text("title"), text("publisher"),
            text("published"), text("published_precision"), text("published_from"), text("url"),
            text("duplicate_of"), text("captions"), text("body"))),
    ACTORS(withContext(List.of(text("code"), text("name"), text("role"), integer("mentions")))),
    EVENTS(withContext(List.of(integer("event_id"), integer("seq"), text("source"), text("source_name"),
            text("target"), text("target_name"), text("cameo"), text("cameo_label"), text("root"), text("plover"),
            integer("quad_class"), decimal("goldstein"), text("modality"), text("evidence"), text("rule"),
            text("dictionary_entries"), integer("mentions"), integer("articles"), integer("sources"),
            integer("sentence"), integer("start"), integer("end")))),
    EVENT_MENTIONS(withContext(List.of(integer("event_id"), text("event_article"), integer("seq"),
            text("mention_kind"), integer("sentence"), integer("start"), integer("end"), integer("mentions"),
            text("evidence")))),
    STANCES(withContext(List.of(text("holder"), text("holder_name"), text("policy"), text("target"),
            text("polarity"), text("evidence"), text("rule"), integer("sentence")))),
    QUOTES(withContext(List.of(text("speaker"), text("speaker_code"), text("text"), text("kind"), text("rule"),
            integer("sentence"), integer("start"), integer("end")))),
    FIGURES(withContext(List.of(text("what"), integer("count"), text("bound"), text("claimant"),
            text("claimant_name"), text("evidence"), text("rule"), integer("sentence"))));

    private final List<Column> columns;

    FlatTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The table's columns, in order. */
    public List<Column> columns() {
        return columns;
    }

    /** The column names, in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The table's name in file names and {@code --type}: {@code events}, {@code event_mentions}, ... */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The table named {@code name} ({@code events}, {@code event-mentions} or {@code EVENT_MENTIONS}). */
    public static FlatTable named(String name) {
        for (FlatTable t : values()) {
            if (t.fileName().equals(name.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return t;
            }
        }
        throw new IllegalArgumentException("no table " + name + "; the tables are "
                + String.join(", ", java.util.Arrays.stream(values()).map(FlatTable::fileName).toList()));
    }

    /**
     * The article columns every table but {@link #ARTICLES} starts with, then the record's own date; then
     * {@code own}; then the provenance columns. (A method: enum constants are built before static fields.)
     */
    private static List<Column> withContext(List<Column> own) {
        List<Column> all = new ArrayList<>(List.of(text("article"), text("article_date"),
                text("article_date_precision"), text("url"), text("publisher"), text("date"), text("date_precision"),
                text("date_basis")));
        all.addAll(own);
        all.addAll(List.of(text("prov_stage"), text("prov_rule"), text("prov_entries"), text("prov_lexicons"),
                text("prov_version")));
        return all;
    }

    private static Column text(String name) {
        return new Column(name, Column.Kind.TEXT);
    }

    private static Column integer(String name) {
        return new Column(name, Column.Kind.INTEGER);
    }

    private static Column decimal(String name) {
        return new Column(name, Column.Kind.DECIMAL);
    }

    /**
     * One column of a flat table.
     *
     * @param kind what its values are: text, whole numbers, decimals; any may be empty (null)
     */
    public record Column(String name, Kind kind) {
        /** The value types of flat tables, as Parquet, DuckDB and R know them. */
        public enum Kind { TEXT, INTEGER, DECIMAL }
    }
}
