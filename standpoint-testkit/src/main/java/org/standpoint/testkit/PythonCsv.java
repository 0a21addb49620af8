package org.standpoint.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * CSV read by an independent reader, Python's {@code csv} module, so a test checks the quoting against a
 * parser Standpoint did not write. Tests using it are skipped where there is no {@code python3}.
 */
public final class PythonCsv {
    /** Cells handed back separated by the ASCII unit separator, rows by the record separator: no test data holds them. */
    private static final String READ = "import csv, io, sys\n"
            + "rows = csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline=''), strict=True)\n"
            + "sys.stdout.buffer.write('\\x1e'.join('\\x1f'.join(r) for r in rows).encode('utf-8'))\n";

    private PythonCsv() {
    }

    /** The rows, the header first, each a list of cells as Python reads them. */
    public static List<List<String>> rows(String csv) {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "skipped: no /usr/bin/python3 to read CSV with");
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", READ).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(csv.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new AssertionError("Python's csv module could not read the table:\n" + csv);
            }
            List<List<String>> rows = new ArrayList<>();
            for (String row : out.split("\u001e", -1)) {
                rows.add(List.of(row.split("\u001f", -1)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows after the header, each as column name to cell. */
    public static List<LinkedHashMap<String, String>> records(String csv) {
        List<List<String>> rows = rows(csv);
        List<String> header = rows.get(0);
        return rows.subList(1, rows.size()).stream().map(r -> {
            if (r.size() != header.size()) {
                throw new AssertionError("a row of " + r.size() + " cells under a header of " + header.size() + ": " + r);
            }
            LinkedHashMap<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            return m;
        }).toList();
    }
}
