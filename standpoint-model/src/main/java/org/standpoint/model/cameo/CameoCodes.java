package org.standpoint.model.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO 2.0 event code table. {@link #find} answers for any code an event may carry: a code the table
 * lacks (a detailed code a coder invented, {@code "0257"}) is described by its base code, then by its root.
 * Immutable and thread-safe; {@link #standard()} is loaded once from the bundled {@code cameo.tsv}.
 */
public final class CameoCodes {
    private static final String RESOURCE = "cameo.tsv";
    private final Map<String, CameoCode> byCode;

    private CameoCodes(Map<String, CameoCode> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The bundled table. */
    public static CameoCodes standard() {
        return Standard.TABLE;
    }

    /**
     * Parses a table: one code a line as {@code code TAB label TAB quadclass TAB goldstein}; lines starting with
     * {@code #} and the header line ({@code code ...}) are skipped.
     *
     * @throws IllegalArgumentException naming the line that is malformed or repeats a code
     */
    public static CameoCodes parse(List<String> lines) {
        Map<String, CameoCode> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
                continue;
            }
            CameoCode c = parseLine(line, i + 1);
            if (out.put(c.code(), c) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + " repeats CAMEO code " + c.code());
            }
        }
        return new CameoCodes(out);
    }

    private static CameoCode parseLine(String line, int number) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("line " + number + " needs 4 tab-separated fields, has " + f.length
                    + ": " + line);
        }
        try {
            return new CameoCode(f[0].strip(), f[1].strip(), QuadClass.of(Integer.parseInt(f[2].strip())),
                    Double.parseDouble(f[3].strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
        }
    }

    /** The entry describing {@code code}: its own, else its three-digit base code's, else its root's. */
    public Optional<CameoCode> find(String code) {
        if (code == null || !code.matches("\\d{2,4}")) {
            return Optional.empty();
        }
        for (int len = code.length(); len >= 2; len--) {
            CameoCode c = byCode.get(code.substring(0, len));
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether the table lists exactly this code. */
    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** The label describing {@code code}, or empty for a code outside CAMEO. */
    public Optional<String> label(String code) {
        return find(code).map(CameoCode::label);
    }

    public Optional<QuadClass> quadClass(String code) {
        return find(code).map(CameoCode::quadClass);
    }

    public Optional<Double> goldstein(String code) {
        return find(code).map(CameoCode::goldstein);
    }

    /** Every entry, in table order (by code). */
    public Collection<CameoCode> all() {
        return byCode.values();
    }

    /** Holder idiom: the bundled table is read on first use, once. */
    private static final class Standard {
        static final CameoCodes TABLE = load();

        private static CameoCodes load() {
            try (InputStream in = CameoCodes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled " + RESOURCE + " is missing from the class path");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return parse(r.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
            }
        }
    }
}
