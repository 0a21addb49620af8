package org.standpoint.serve;

import java.util.List;

/** Which slice of a list a request wants. */
public record Paging(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;
    /** The limit of a table asked for whole. */
    public static final int WHOLE = Integer.MAX_VALUE;

    /** The requested slice of a list held in memory, with the list's total. */
    public <T> Page<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min(all.size(), (long) from + limit);
        return new Page<>(all.size(), limit, offset, all.subList(from, to));
    }

    /** A slice already cut by the database, with the total it counted. */
    public <T> Page<T> cut(int total, List<T> items) {
        return new Page<>(total, limit, offset, items);
    }

    /** What every list answers: one page of items and how many there are in all. */
    public record Page<T>(int total, int limit, int offset, List<T> items) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
