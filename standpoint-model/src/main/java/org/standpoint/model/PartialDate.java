package org.standpoint.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to day, month or only year precision, as news reports give them ("on Tuesday",
 * "last month", "in 2011"). Printed as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate>, Serializable {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month: " + year + "-?-" + day);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws DateTimeException naming the bad field
        } else if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or the date part of an ISO timestamp. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date may denote, for ordering and range queries. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    public Optional<LocalDate> toLocalDate() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    public YearMonth yearMonth() {
        return YearMonth.of(year, month == null ? 1 : month);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = firstDay().compareTo(o.firstDay());
        return c != 0 ? c : precision().compareTo(o.precision());
    }

    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    /** How much of a date is known. */
    public enum Precision { YEAR, MONTH, DAY }
}
