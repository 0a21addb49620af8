package org.standpoint.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Standpoint's own actor file format, one actor a row, tab-separated, after {@code #} comment lines and a header:
 * <pre>
 * id	kind	name	names	roles
 * sergei-lavrov	person	Sergei Lavrov	Sergei Lavrov|Sergey Lavrov|Lavrov	RUSGOV@2004-03-09..=Foreign Minister
 * </pre>
 * {@code kind} is one of {@code country region igo ngo person group}; {@code names} are spellings as written in
 * text, {@code |}-separated; {@code roles} are {@code ;}-separated {@link Role}s. Blank lines are ignored.
 */
public final class ActorTable {
    static final String HEADER = "id\tkind\tname\tnames\troles";

    private ActorTable() {
    }

    /** Reads every row; a malformed row is a {@link DictionaryFormatException} naming {@code source} and line. */
    public static List<ActorEntry> read(BufferedReader in, String source) {
        List<ActorEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean header = false;
        int n = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!line.strip().equals(HEADER)) {
                        throw new DictionaryFormatException(source, n, "expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
                    }
                    header = true;
                    continue;
                }
                ActorEntry e = row(line, source, n);
                if (!ids.add(e.id())) {
                    throw new DictionaryFormatException(source, n, "id '" + e.id() + "' appears twice");
                }
                out.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return out;
    }

    private static ActorEntry row(String line, String source, int n) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new DictionaryFormatException(source, n, "expected 5 tab-separated columns (id, kind, name, names, roles), found " + f.length);
        }
        try {
            List<String> names = new ArrayList<>();
            for (String s : f[3].split("\\|")) {
                if (!s.isBlank()) {
                    names.add(s.strip());
                }
            }
            if (!names.contains(f[2].strip())) {
                names.add(0, f[2].strip());
            }
            List<Role> roles = new ArrayList<>();
            for (String s : f[4].split(";")) {
                if (!s.isBlank()) {
                    roles.add(Role.parse(s));
                }
            }
            return new ActorEntry(f[0].strip(), ActorKind.parse(f[1].strip()), f[2].strip(), names, roles);
        } catch (IllegalArgumentException e) {
            throw new DictionaryFormatException(source, n, e.getMessage());
        }
    }

    /** Writes {@code comment} lines (each prefixed with {@code # }), the header and the rows. */
    public static void write(Writer out, List<String> comment, List<ActorEntry> entries) {
        try {
            for (String c : comment) {
                out.write(c.isEmpty() ? "#\n" : "# " + c + "\n");
            }
            out.write(HEADER + "\n");
            for (ActorEntry e : entries) {
                out.write(String.join("\t", e.id(), e.kind().label(), e.name(), String.join("|", e.names()),
                        String.join(";", e.roles().stream().map(Role::format).toList())));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write actor table", e);
        }
    }
}
