package org.standpoint.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that hides passwords in anything about to be printed or logged that may hold a database location:
 * the password of a URL's user information ({@code postgresql://user:secret@host/db}, also when the password holds
 * an unencoded {@code /}, {@code ?} or {@code @}), and password parameters of a URL's query or a JDBC URL's
 * properties ({@code ?password=secret}, {@code ;password=secret}, {@code &pwd=secret}). Messages from drivers and
 * Flyway that repeat the location, and stack traces, go through it too.
 */
public final class Credentials {
    /** scheme://user:PASSWORD@ — up to the last '@' before the next white space, so a password may hold / ? @. */
    private static final Pattern USER_INFO = Pattern.compile("(://[^\\s:/@]*:)([^\\s]*)@");
    /** password=..., pwd=..., passwd=... as query parameters or JDBC properties, in any case. */
    private static final Pattern PARAMETER = Pattern.compile("(?i)([?&;]\\s*(?:password|passwd|pwd)\\s*=)([^&;\\s]*)");
    private static final String MASK = "***";

    private Credentials() {
    }

    /** {@code text} with every password it holds replaced by {@code ***}; null stays null. */
    public static String masked(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = USER_INFO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + MASK + "@"));
        }
        m.appendTail(out);
        return PARAMETER.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK));
    }
}
