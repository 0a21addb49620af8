package org.standpoint.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SELECT for an {@link EventQuery}: fixed SQL text with one {@code ?} per filter given, and the values to
 * bind to them in order. User values only ever travel as parameters.
 */
record EventSql(String sql, List<Object> params) {
    static final String COLUMNS = "article_id, seq, source, source_name, target, target_name, cameo, event_date,"
            + " modality, sentence, start_offset, end_offset, evidence, rule, dictionary_entries, mentions,"
            + " extracted_at, date_basis, date_precision, " + ProvenanceColumns.NAMES;

    static EventSql of(EventQuery q) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.actor() != null) {
            where.add("(source LIKE ? OR target LIKE ?)");
            params.add(q.actor() + "%");
            params.add(q.actor() + "%");
        }
        if (q.source() != null) {
            where.add("source LIKE ?");
            params.add(q.source() + "%");
        }
        if (q.target() != null) {
            where.add("target LIKE ?");
            params.add(q.target() + "%");
        }
        if (q.cameo() != null) {
            where.add("cameo LIKE ?");
            params.add(q.cameo() + "%");
        }
        if (q.from() != null) {
            where.add("event_date >= ?");
            params.add(lowestDenoting(q.from()));
        }
        if (q.to() != null) {
            where.add("event_date <= ?");
            params.add(q.to().toString());
        }
        if (q.articleId() != null) {
            where.add("article_id = ?");
            params.add(q.articleId());
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM event").append(where(where));
        sql.append(" ORDER BY CASE WHEN event_date IS NULL THEN 1 ELSE 0 END, event_date, article_id, seq");
        if (q.limit() > 0) {
            sql.append(" LIMIT ?");
            params.add(q.limit());
        }
        if (q.offset() > 0) {
            sql.append(q.limit() > 0 ? "" : " LIMIT " + Long.MAX_VALUE).append(" OFFSET ?");
            params.add(q.offset());
        }
        return new EventSql(sql.toString(), List.copyOf(params));
    }

    /** How many events the query finds, ignoring its page: SQL counting the same filters. */
    static EventSql count(EventQuery q) {
        EventSql all = of(q.withPage(0, 0));
        return new EventSql(all.sql().replace("SELECT " + COLUMNS + " FROM", "SELECT COUNT(*) FROM")
                .replaceAll(" ORDER BY .*$", ""), all.params());
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * The smallest stored date text whose first day is {@code day}: stored partial dates sort as text in the
     * order of their first day, a year before its January before its first of January, so {@code 2011-11}
     * must pass a lower bound of 1 November 2011 and {@code 2011} one of 1 January 2011.
     */
    static String lowestDenoting(LocalDate day) {
        if (day.getDayOfMonth() != 1) {
            return day.toString();
        }
        return day.getMonthValue() == 1 ? String.format("%04d", day.getYear())
                : String.format("%04d-%02d", day.getYear(), day.getMonthValue());
    }
}
