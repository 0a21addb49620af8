package org.standpoint.model.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PLOVER event type of a CAMEO code, from the published CAMEO-to-PLOVER crosswalk shipped as
 * {@code plover.tsv} (see its header for the source): the type of the code's most specific listed prefix, so a
 * detailed code inherits its base code's or root's. Roots 01 and 02 have none. Immutable and thread-safe.
 */
public final class PloverTypes {
    private static final String RESOURCE = "plover.tsv";
    private final Map<String, String> byCode;

    private PloverTypes(Map<String, String> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The bundled crosswalk. */
    public static PloverTypes standard() {
        return Standard.TABLE;
    }

    /**
     * Parses a crosswalk: {@code code TAB type} a line; {@code #} comments and the header line are skipped.
     *
     * @throws IllegalArgumentException naming the line that is malformed or repeats a code
     */
    public static PloverTypes parse(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || !f[0].matches("\\d{2,4}") || !f[1].matches("[A-Z]+")) {
                throw new IllegalArgumentException("line " + (i + 1) + " needs a CAMEO code and a PLOVER type in"
                        + " capitals, tab-separated: " + line);
            }
            if (out.put(f[0], f[1]) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + " repeats CAMEO code " + f[0]);
            }
        }
        return new PloverTypes(out);
    }

    /** The PLOVER type of {@code cameo} (2 to 4 digits), or empty when the crosswalk gives none. */
    public Optional<String> of(String cameo) {
        for (int n = cameo == null ? 0 : cameo.length(); n >= 2; n--) {
            String type = byCode.get(cameo.substring(0, n));
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static final class Standard {
        static final PloverTypes TABLE = load();

        private static PloverTypes load() {
            try (InputStream in = PloverTypes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the PLOVER crosswalk " + RESOURCE + " is missing from the class path");
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
