package org.standpoint.extract.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standpoint.model.ActorCode;

/**
 * A code an actor bears over a range of dates, both ends inclusive; an open end is null. A role with no dates at
 * all is the actor's default, used when no dated role covers a date.
 *
 * <p>Written in dictionary files as {@code CODE}, {@code CODE@FROM..TO} with ISO dates and either end empty,
 * optionally followed by {@code =Title}: {@code FRAGOV@2011-02-27..2012-05-15=Foreign Minister}.
 *
 * @param code a CAMEO/Phoenix actor code, e.g. {@code RUSGOV}
 * @param title what the actor was in this role, e.g. {@code Foreign Minister}, or null
 */
public record Role(String code, LocalDate from, LocalDate to, String title) {
    private static final Pattern TEXT = Pattern.compile("([^@=]+)(?:@([^.=]*)\\.\\.([^=]*))?(?:=(.+))?");

    public Role {
        if (!ActorCode.isValid(code)) {
            throw new IllegalArgumentException("actor code must be 3 to 15 capital letters, got '" + code + "'");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("role " + code + " ends (" + to + ") before it starts (" + from + ")");
        }
        if (title != null && title.isBlank()) {
            title = null;
        }
    }

    public static Role always(String code) {
        return new Role(code, null, null, null);
    }

    /** Whether the role has no dates: the default. */
    public boolean isDefault() {
        return from == null && to == null;
    }

    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Parses the dictionary-file form; throws naming the bad text. */
    public static Role parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad role '" + text + "' (expected CODE, CODE@FROM..TO or either with =Title)");
        }
        try {
            return new Role(m.group(1).strip(), date(m.group(2)), date(m.group(3)), m.group(4) == null ? null : m.group(4).strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date in role '" + text + "': " + e.getParsedString(), e);
        }
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    /** The dictionary-file form, which {@link #parse} reads back. */
    public String format() {
        StringBuilder b = new StringBuilder(code);
        if (!isDefault()) {
            b.append('@').append(from == null ? "" : from).append("..").append(to == null ? "" : to);
        }
        if (title != null) {
            b.append('=').append(title);
        }
        return b.toString();
    }
}
