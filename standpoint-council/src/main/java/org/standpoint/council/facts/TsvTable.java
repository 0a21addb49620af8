package org.standpoint.council.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shipped facts' format: UTF-8 text, {@code #} comment lines (attribution) first, one header row, then one
 * record a line with tab-separated fields. Fields never hold tabs or line breaks; the writer refuses them, so no
 * quoting is needed.
 */
final class TsvTable {
    private TsvTable() {
    }

    /** One data row with its line number in the file, for error messages. */
    record Row(int line, String[] fields) {
    }

    /** Reads the rows under the header, checking the header equals {@code expected}. */
    static List<Row> read(BufferedReader in, String name, List<String> expected) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (!headerSeen) {
                    if (!Arrays.asList(fields).equals(expected)) {
                        throw new IllegalStateException(name + ":" + lineNo + ": header " + Arrays.toString(fields)
                                + ", expected " + expected);
                    }
                    headerSeen = true;
                } else if (fields.length != expected.size()) {
                    throw new IllegalStateException(name + ":" + lineNo + ": " + fields.length + " fields, expected "
                            + expected.size());
                } else {
                    rows.add(new Row(lineNo, fields));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (!headerSeen) {
            throw new IllegalStateException(name + ": no header row");
        }
        return rows;
    }

    /** Writes comment lines, the header and the rows. */
    static void write(Writer out, List<String> comments, List<String> header, List<List<String>> rows)
            throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        out.write(String.join("\t", header) + "\n");
        for (List<String> row : rows) {
            for (String field : row) {
                if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                    throw new IllegalArgumentException("field holds a tab or line break: '" + field + "'");
                }
            }
            out.write(String.join("\t", row) + "\n");
        }
    }
}
