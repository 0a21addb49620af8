package org.standpoint.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the two file formats of the lexicon: the index of lists ({@code list	kind	values	file	meaning}) and
 * the rows of words ({@code list	entry	value}). Every malformed row is a {@link LexiconFormatException} naming
 * the file and line.
 */
final class LexiconFile {
    static final String INDEX_HEADER = "list\tkind\tvalues\tfile\tmeaning";
    static final String ROWS_HEADER = "list\tentry\tvalue";
    /** The value that removes an entry an earlier file gave. */
    static final String REMOVE = "-";
    private static final Pattern ENTRY = Pattern.compile("\\S+( \\S+)*");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]*");

    private LexiconFile() {
    }

    /** A use an entry serves, with the forms it is written in for that use (none: the entry itself). */
    record Use(String name, List<String> forms) {
    }

    /** Reads the index: every list the lexicon knows, by name. */
    static Map<String, ListDeclaration> index(List<String> lines, String source) {
        Map<String, ListDeclaration> out = new LinkedHashMap<>();
        for (Row r : rows(lines, source, INDEX_HEADER)) {
            if (r.fields().length != 5 || !NAME.matcher(r.fields()[0]).matches()) {
                throw r.error("expected 'list<TAB>kind<TAB>values<TAB>file<TAB>meaning' with a lower-case list name");
            }
            ListDeclaration.Kind kind;
            try {
                kind = ListDeclaration.Kind.valueOf(r.fields()[1].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown kind '" + r.fields()[1] + "' (words, uses or map)");
            }
            String values = r.fields()[2];
            Set<String> allowed = values.equals("*") || values.equals(REMOVE) ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(values.split(" ")));
            if (out.put(r.fields()[0], new ListDeclaration(r.fields()[0], kind, allowed, r.fields()[3])) != null) {
                throw r.error("list '" + r.fields()[0] + "' is declared twice");
            }
        }
        return out;
    }

    /**
     * Reads rows of words into {@code lists} (list, entry, value; a later row wins, {@code -} removes). With
     * {@code bundledFile} set, every row's list must be declared to live in that file.
     */
    static void read(List<String> lines, String source, Map<String, ListDeclaration> index,
                     Map<String, Map<String, String>> lists, String bundledFile) {
        for (Row r : rows(lines, source, ROWS_HEADER)) {
            String[] f = r.fields();
            if (f.length < 2 || f.length > 3) {
                throw r.error("expected 'list<TAB>entry' or 'list<TAB>entry<TAB>value', found " + f.length + " fields");
            }
            ListDeclaration list = index.get(f[0]);
            if (list == null) {
                throw r.error("unknown list '" + f[0] + "'");
            }
            if (bundledFile != null && !list.file().equals(bundledFile)) {
                throw r.error("list '" + f[0] + "' is kept in " + list.file());
            }
            if (!ENTRY.matcher(f[1]).matches()) {
                throw r.error("bad entry '" + f[1] + "': words separated by single spaces");
            }
            String value = f.length == 3 ? f[2] : "";
            Map<String, String> entries = lists.get(f[0]);
            if (value.equals(REMOVE)) {
                entries.remove(f[1]);
            } else {
                check(list, value, r);
                entries.put(f[1], value);
            }
        }
    }

    private static void check(ListDeclaration list, String value, Row r) {
        switch (list.kind()) {
            case WORDS -> {
                if (!value.isEmpty()) {
                    throw r.error("list '" + list.name() + "' takes no value, got '" + value + "'");
                }
            }
            case USES -> {
                List<Use> uses;
                try {
                    uses = uses(value);
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage() + " for list '" + list.name() + "'");
                }
                for (Use u : uses) {
                    if (!list.values().contains(u.name())) {
                        throw r.error("unknown use '" + u.name() + "' for list '" + list.name() + "' ("
                                + String.join(", ", list.values()) + ")");
                    }
                }
            }
            case MAP -> {
                if (value.isEmpty() || !list.values().isEmpty() && !list.values().contains(value)) {
                    throw r.error("list '" + list.name() + "' needs a value" + (list.values().isEmpty() ? ""
                            : " among " + String.join(", ", list.values())) + ", got '" + value + "'");
                }
            }
        }
    }

    /** The uses of a row's value: {@code quote claim clutter=said,says}. */
    static List<Use> uses(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("no uses given");
        }
        List<Use> out = new ArrayList<>();
        for (String token : value.split(" +")) {
            int eq = token.indexOf('=');
            List<String> forms = eq < 0 ? List.of() : List.of(token.substring(eq + 1).split(",", -1));
            if (forms.contains("")) {
                throw new IllegalArgumentException("empty form in '" + token + "'");
            }
            out.add(new Use(eq < 0 ? token : token.substring(0, eq), forms));
        }
        return out;
    }

    /** A line of data with where it came from. */
    private record Row(String source, int line, String[] fields) {
        LexiconFormatException error(String reason) {
            return new LexiconFormatException(source, line, reason);
        }
    }

    /** The data lines after the header, fields stripped; blank lines and {@code #} comments are skipped. */
    private static List<Row> rows(List<String> lines, String source, String header) {
        List<Row> out = new ArrayList<>();
        boolean seenHeader = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!seenHeader) {
                if (!line.strip().equals(header)) {
                    throw new LexiconFormatException(source, n, "expected the header '" + header.replace("\t", "<TAB>") + "'");
                }
                seenHeader = true;
                continue;
            }
            out.add(new Row(source, n, Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new)));
        }
        return out;
    }
}
