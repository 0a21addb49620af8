package org.standpoint.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH {@code .actors} dictionary into raw records: a primary phrase, its {@code +}synonyms,
 * its comment and its {@code [CODE dates]} restrictions. Follows PETRARCH's reading: primary phrases without
 * codes share the codes of the indented restriction lines that follow them; {@code YYMMDD} years up to 30 are
 * 20YY. A restriction that cannot be read is skipped and counted, as PETRARCH skips it.
 */
final class PhoenixActorReader {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3,15}");

    /** One primary phrase with what belongs to it. */
    record Block(String primary, List<String> synonyms, String comment, List<Role> roles) {
    }

    private final List<Block> done = new ArrayList<>();
    private final List<Block> pending = new ArrayList<>();
    private List<Role> pendingRoles = new ArrayList<>();
    private int skipped;

    /** The blocks of one file, in file order. */
    static Result read(BufferedReader in) {
        PhoenixActorReader r = new PhoenixActorReader();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                r.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        r.flush();
        return new Result(List.copyOf(r.done), r.skipped);
    }

    /** The blocks read and the number of unreadable restrictions skipped. */
    record Result(List<Block> blocks, int skippedRoles) {
    }

    private void line(String raw) {
        String line = raw.replace("\r", "");
        if (line.isBlank() || line.startsWith("#") || line.startsWith("<!") || line.contains("---STOP---")) {
            return;
        }
        int hash = line.indexOf('#');
        String comment = hash >= 0 ? line.substring(hash + 1).strip() : "";
        String content = hash >= 0 ? line.substring(0, hash) : line;
        if (Character.isWhitespace(line.charAt(0))) {
            pendingRoles.addAll(roles(content));
            return;
        }
        if (content.startsWith("+")) {
            if (!pending.isEmpty()) {
                Block last = pending.get(pending.size() - 1);
                last.synonyms().add(phrase(content.substring(1)));
                pendingRoles.addAll(roles(content));
            }
            return;
        }
        List<Role> inline = roles(content);
        if (!pendingRoles.isEmpty() || !inline.isEmpty()) {
            flush();
        }
        String primary = phrase(content);
        if (!pending.isEmpty() && lastWord(pending.get(pending.size() - 1).primary()).equals(lastWord(primary))) {
            pending.get(pending.size() - 1).synonyms().add(primary); // a spelling variant on a line of its own
            return;
        }
        pending.add(new Block(primary, new ArrayList<>(), comment, List.of()));
        pendingRoles.addAll(inline);
    }

    private void flush() {
        if (!pendingRoles.isEmpty()) {
            for (Block b : pending) {
                done.add(new Block(b.primary(), List.copyOf(b.synonyms()), b.comment(), List.copyOf(pendingRoles)));
            }
        }
        pending.clear();
        pendingRoles = new ArrayList<>();
    }

    private static String lastWord(String phrase) {
        List<String> words = NameKey.words(phrase);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    private static String phrase(String content) {
        int bracket = content.indexOf('[');
        return (bracket >= 0 ? content.substring(0, bracket) : content).strip();
    }

    private List<Role> roles(String content) {
        List<Role> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(content);
        while (m.find()) {
            Role r = role(m.group(1).strip());
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private Role role(String text) {
        String[] parts = text.split("\\s+", 2);
        String code = parts[0];
        if (!CODE.matcher(code).matches()) {
            if (!code.startsWith("---")) {
                skipped++;
            }
            return null;
        }
        String rest = parts.length > 1 ? parts[1].replace(" ", "") : "";
        try {
            if (rest.isEmpty()) {
                return Role.always(code);
            }
            if (rest.startsWith("<")) {
                return new Role(code, null, date(rest.substring(1)), null);
            }
            if (rest.startsWith(">")) {
                return new Role(code, date(rest.substring(1)), null, null);
            }
            int dash = rest.indexOf('-');
            if (dash > 0) {
                return new Role(code, date(rest.substring(0, dash)), date(rest.substring(dash + 1)), null);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            // an unreadable or reversed range: PETRARCH skips the line too
        }
        skipped++;
        return null;
    }

    /** {@code YYMMDD} (years up to 30 are 20YY, as KEDS, TABARI and PETRARCH read them) or {@code YYYYMMDD}. */
    static LocalDate date(String digits) {
        if (!digits.matches("\\d{6}|\\d{8}")) {
            throw new IllegalArgumentException("not a YYMMDD or YYYYMMDD date: " + digits);
        }
        int year;
        int rest;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(digits.substring(0, 4));
            rest = 4;
        }
        return LocalDate.of(year, Integer.parseInt(digits.substring(rest, rest + 2)), Integer.parseInt(digits.substring(rest + 2, rest + 4)));
    }
}
