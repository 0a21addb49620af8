package org.standpoint.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which stored events to list. Every filter is optional (null); those given must all hold.
 *
 * @param actor an actor code prefix that the source or the target starts with ({@code RUS} finds {@code RUSGOV})
 * @param source an actor code prefix the source starts with
 * @param target an actor code prefix the target starts with
 * @param cameo a CAMEO code prefix ({@code 04} finds every consultation, {@code 0241} only that code)
 * @param from earliest date: an event dated only to a month or year counts from its first day
 * @param to latest date, inclusive
 * @param articleId only events of this article
 * @param limit at most this many events, or 0 for all
 * @param offset skip this many events first, for paging
 */
public record EventQuery(String actor, String source, String target, String cameo, LocalDate from, LocalDate to, String articleId, int limit,
                         int offset) {
    public EventQuery {
        actor = code(actor);
        source = code(source);
        target = code(target);
        cameo = cameo == null || cameo.isBlank() ? null : cameo.strip();
        if (cameo != null && !cameo.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("a CAMEO code is 1 to 4 digits, got " + cameo);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative, got " + limit + ", " + offset);
        }
    }

    private static String code(String given) {
        String code = given == null || given.isBlank() ? null : given.strip().toUpperCase(Locale.ROOT);
        if (code != null && !code.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("an actor code is letters and digits, got " + given);
        }
        return code;
    }

    /** Every stored event. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, 0, 0);
    }

    public EventQuery withSource(String code) {
        return new EventQuery(actor, code, target, cameo, from, to, articleId, limit, offset);
    }

    public EventQuery withTarget(String code) {
        return new EventQuery(actor, source, code, cameo, from, to, articleId, limit, offset);
    }

    public EventQuery withActor(String code) {
        return new EventQuery(code, source, target, cameo, from, to, articleId, limit, offset);
    }

    public EventQuery withCameo(String code) {
        return new EventQuery(actor, source, target, code, from, to, articleId, limit, offset);
    }

    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(actor, source, target, cameo, first, last, articleId, limit, offset);
    }

    public EventQuery withArticle(String id) {
        return new EventQuery(actor, source, target, cameo, from, to, id, limit, offset);
    }

    public EventQuery withPage(int max, int skip) {
        return new EventQuery(actor, source, target, cameo, from, to, articleId, max, skip);
    }
}
