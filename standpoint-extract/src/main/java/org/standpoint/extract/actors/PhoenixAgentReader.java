package org.standpoint.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agents dictionary ({@code NOUN_PHRASE {PLURALS} [~SECTOR]} with {@code !MACRO! = A, B}
 * substitution sets) into phrases in human spelling and their sector codes; the first sector given for a
 * phrase wins. Stems ({@code MINIST}) are spelled out as the lexicon's {@code phoenix-stem} list says; regular
 * plurals are left to the matcher's lemmas.
 */
final class PhoenixAgentReader {
    private static final Pattern MACRO = Pattern.compile("(![A-Z]+!)\\s*=\\s*(.+)");
    private static final Pattern ENTRY = Pattern.compile("([^{\\[]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[~([A-Z]+)\\]");

    private PhoenixAgentReader() {
    }

    /** The phrases and sectors of an agents file, with {@code stems} spelled out as the words they stand for. */
    static Map<String, String> read(BufferedReader in, Map<String, List<String>> stems) {
        Map<String, List<String>> macros = new HashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                Matcher macro = MACRO.matcher(content);
                if (macro.matches()) {
                    macros.put(macro.group(1), List.of(macro.group(2).split("\\s*,\\s*")));
                    continue;
                }
                Matcher m = ENTRY.matcher(content);
                if (!m.find()) {
                    continue; // codes such as [IGO~] name no sector; PETRARCH does not use them as agents either
                }
                List<String> phrases = new ArrayList<>(expand(m.group(1), macros, stems));
                if (m.group(2) != null) {
                    for (String plural : m.group(2).split(",")) {
                        if (!plural.isBlank()) {
                            phrases.addAll(expand(plural, macros, stems));
                        }
                    }
                }
                for (String p : phrases) {
                    out.putIfAbsent(p, m.group(3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> expand(String raw, Map<String, List<String>> macros, Map<String, List<String>> stems) {
        List<String> forms = List.of(raw.strip());
        for (Map.Entry<String, List<String>> macro : macros.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String f : forms) {
                if (f.contains(macro.getKey())) {
                    macro.getValue().forEach(v -> next.add(f.replace(macro.getKey(), v)));
                } else {
                    next.add(f);
                }
            }
            forms = next;
        }
        List<String> out = new ArrayList<>();
        for (String f : forms) {
            List<List<String>> words = new ArrayList<>();
            for (String w : f.toLowerCase(Locale.ROOT).split("[_\\s]+")) {
                if (!w.isEmpty()) {
                    words.add(stems.getOrDefault(w, List.of(w)));
                }
            }
            combine(words, 0, "", out);
        }
        return out;
    }

    private static void combine(List<List<String>> words, int i, String prefix, List<String> out) {
        if (i == words.size()) {
            if (!prefix.isEmpty()) {
                out.add(prefix);
            }
            return;
        }
        for (String w : words.get(i)) {
            combine(words, i + 1, prefix.isEmpty() ? w : prefix + " " + w, out);
        }
    }
}
