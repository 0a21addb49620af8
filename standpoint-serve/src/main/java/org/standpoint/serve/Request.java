package org.standpoint.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.standpoint.model.PartialDate;

/**
 * The parameters of one API request, read and checked against what its endpoint declares: a value that does
 * not parse is refused with 400 naming the parameter, never passed on.
 */
public final class Request {
    private static final Pattern ASCII_INTEGER = Pattern.compile("-?[0-9]+");
    private final Context ctx;
    private final Endpoint endpoint;

    Request(Context ctx, Endpoint endpoint) {
        this.ctx = ctx;
        this.endpoint = endpoint;
        for (Map.Entry<String, List<String>> given : ctx.queryParamMap().entrySet()) {
            String name = given.getKey();
            if (!endpoint.takes(name, Param.In.QUERY)) {
                throw ApiException.badParameter(name, "unknown parameter " + name + "; " + endpoint.path() + " takes "
                        + endpoint.params().stream().filter(p -> p.in() == Param.In.QUERY).map(Param::name).toList());
            }
            // Every parameter takes one value; which of several to take would be a guess the client cannot see.
            if (given.getValue().size() > 1) {
                throw ApiException.badParameter(name, "parameter " + name + " is given " + given.getValue().size()
                        + " times; give it once");
            }
        }
    }

    /** A path parameter's value. */
    public String path(String name) {
        declared(name, Param.In.PATH);
        return ctx.pathParam(name);
    }

    /** A query parameter's text, stripped, or null when it is absent or blank. */
    public String text(String name) {
        declared(name, Param.In.QUERY);
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A query parameter that must be given. */
    public String required(String name) {
        String value = text(name);
        if (value == null) {
            throw ApiException.badParameter(name, "parameter " + name + " is required");
        }
        return value;
    }

    /** An actor or country code, upper-cased, or null. */
    public String code(String name) {
        return code(name, text(name));
    }

    /** A path parameter that is an actor code. */
    public String pathCode(String name) {
        return code(name, path(name));
    }

    private static String code(String name, String value) {
        if (value != null && !value.matches("[A-Za-z0-9]+")) {
            throw ApiException.badParameter(name, name + " must be a code of letters and digits, e.g. RUS, got " + value);
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** A CAMEO code or root, or null. */
    public String cameo(String name) {
        String value = text(name);
        if (value != null && !value.matches("\\d{1,4}")) {
            throw ApiException.badParameter(name, name + " must be a CAMEO code of 1 to 4 digits, e.g. 04 or 0241, got " + value);
        }
        return value;
    }

    /** A date given as YYYY-MM-DD, YYYY-MM or YYYY, or empty. */
    public Optional<PartialDate> date(String name) {
        String value = text(name);
        if (value == null) {
            return Optional.empty();
        }
        Optional<PartialDate> date = value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? PartialDate.parse(value) : Optional.empty();
        if (date.isEmpty()) {
            throw ApiException.badParameter(name, name + " must be a date YYYY-MM-DD, YYYY-MM or YYYY, got " + value);
        }
        return date;
    }

    /** The first day of a date parameter, or null. */
    public LocalDate firstDay(String name) {
        return date(name).map(PartialDate::firstDay).orElse(null);
    }

    /** The last day of a date parameter (the 31st for a December, 31 December for a year), or null. */
    public LocalDate lastDay(String name) {
        return date(name).map(Request::lastDayOf).orElse(null);
    }

    static LocalDate lastDayOf(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> d.firstDay();
            case MONTH -> d.yearMonth().atEndOfMonth();
            case YEAR -> LocalDate.of(d.year(), 12, 31);
        };
    }

    /** An integer within bounds, or the default when absent. */
    public int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        // Integer.parseInt takes any script's digits ("٣"); the API's numbers are ASCII, as its description says.
        if (!ASCII_INTEGER.matcher(value).matches()) {
            throw ApiException.badParameter(name, name + " must be a whole number in digits 0-9, got " + value);
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw ApiException.badParameter(name, name + " must be between " + min + " and " + max + ", got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be a whole number, got " + value);
        }
    }

    /** {@code limit} and {@code offset}. */
    public Paging paging() {
        return new Paging(integer("limit", Paging.DEFAULT_LIMIT, 1, Paging.MAX_LIMIT), integer("offset", 0, 0, Integer.MAX_VALUE));
    }

    /** Checks a date range: {@code from} must not be after {@code to}. */
    public void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("to", "to (" + to + ") is before from (" + from + ")");
        }
    }

    /** A handler asking for a parameter its endpoint does not declare is a programming error, caught by tests. */
    private void declared(String name, Param.In in) {
        if (!endpoint.takes(name, in)) {
            throw new IllegalStateException(endpoint.path() + " reads undeclared " + in + " parameter " + name);
        }
    }
}
