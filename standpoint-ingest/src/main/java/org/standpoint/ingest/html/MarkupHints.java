package org.standpoint.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and {@code itemprop} names say it is, from the naming habits of web templates kept in
 * {@code markup-hints.tsv}: clutter, minor furniture, the article's container, or a caption.
 */
final class MarkupHints {
    enum Kind { CLUTTER, MINOR, CONTENT, CAPTION }

    private static final String FILE = "markup-hints.tsv";
    /** Splits "share-bar", "related_links" and "shareBar" into words. */
    private static final Pattern NAME_PARTS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    /** How much a name counts for or against an element when the article's container is chosen (Readability's). */
    private static final int NAME_WEIGHT = 25;
    private static final Map<String, Kind> WORDS = load();

    private MarkupHints() {
    }

    /** Whether the element's class, id or schema.org property names it as this kind. */
    static boolean is(Element el, Kind kind) {
        return names(el.className(), kind) || names(el.id(), kind) || names(el.attr("itemprop"), kind);
    }

    /**
     * Readability's class weight, extended to the schema.org property: for each of class, id and property, plus
     * for a content name, minus for clutter and minor furniture.
     */
    static int weight(Element el) {
        return weight(el.className()) + weight(el.id()) + weight(el.attr("itemprop"));
    }

    private static int weight(String names) {
        if (names(names, Kind.CLUTTER) || names(names, Kind.MINOR)) {
            return -NAME_WEIGHT;
        }
        return names(names, Kind.CONTENT) ? NAME_WEIGHT : 0;
    }

    private static boolean names(String names, Kind kind) {
        if (names.isEmpty()) {
            return false;
        }
        for (String part : NAME_PARTS.split(names)) {
            if (WORDS.get(part.toLowerCase(Locale.ROOT)) == kind) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> words = new HashMap<>();
        try (InputStream in = MarkupHints.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath beside " + MarkupHints.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(FILE + ": expected KIND<TAB>WORD, got '" + line + "'");
                }
                words.put(cols[1].strip().toLowerCase(Locale.ROOT), Kind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return Map.copyOf(words);
    }
}
