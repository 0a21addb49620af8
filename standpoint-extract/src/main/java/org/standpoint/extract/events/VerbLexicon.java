package org.standpoint.extract.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standpoint.lexicon.ContentDigest;
import org.standpoint.lexicon.DataFile;
import org.standpoint.model.ActorCode;

/**
 * Verb and noun patterns for CAMEO coding, read from a tab-separated file (the bundled {@code verbs.tsv}, or a
 * user's). A malformed row is an error naming file and line.
 */
public final class VerbLexicon {
    private final Map<String, Entry> entries;
    private final ContentDigest read;

    private VerbLexicon(Map<String, Entry> entries, ContentDigest read) {
        this.entries = Map.copyOf(entries);
        this.read = read;
    }

    /**
     * One pattern.
     *
     * @param key lemma, {@code lemma_particle}, or {@code n:noun} for a nominal event
     * @param targets where to look for the target, in order
     * @param defaultTarget code used when no target is found, or null (then nothing is coded)
     * @param refinements a word in the complement that refines the code, e.g. {@code resign -> 0241}
     */
    public record Entry(String key, String cameo, List<String> targets, String defaultTarget,
                        Map<String, String> refinements) {
        public Entry {
            if (!cameo.matches("\\d{3,4}")) {
                throw new IllegalArgumentException("CAMEO code of '" + key + "' must be 3 or 4 digits, got " + cameo);
            }
            if (defaultTarget != null && !ActorCode.isValid(defaultTarget)) {
                throw new IllegalArgumentException("default target of '" + key + "' must be an actor code, got " + defaultTarget);
            }
            targets = List.copyOf(targets);
            refinements = Map.copyOf(refinements);
        }
    }

    public static VerbLexicon bundled() {
        return read(DataFile.bundled(VerbLexicon.class, "verbs.tsv"));
    }

    public static VerbLexicon read(Path file) {
        return read(DataFile.read(file));
    }

    private static VerbLexicon read(DataFile file) {
        return new VerbLexicon(Map.of(), ContentDigest.EMPTY).plus(file);
    }

    /**
     * This lexicon with a user's file on top: its entries are added and override these by key. Rows of the
     * PETRARCH dictionary's format in the same file ({@code verb}, {@code pattern}, ...) are {@link VerbPatterns}'.
     */
    public VerbLexicon withUserFile(DataFile user) {
        return plus(user);
    }

    private VerbLexicon plus(DataFile file) {
        Map<String, Entry> entries = new LinkedHashMap<>(this.entries);
        List<String> lines = file.content().lines().toList();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#") || VerbPatterns.isRow(line)) {
                continue;
            }
            try {
                Entry e = parse(line);
                entries.put(e.key(), e);
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(file.name() + ", line " + n + ": " + ex.getMessage(), ex);
            }
        }
        return new VerbLexicon(entries, read.plus(file.content()));
    }

    /** The content of the file this lexicon was read from. */
    public ContentDigest digest() {
        return read;
    }

    private static Entry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
            throw new IllegalArgumentException("expected lemma, cameo, targets, default (and refine), got " + f.length + " fields");
        }
        List<String> targets = f[2].equals("-") || f[2].isBlank() ? List.of() : List.of(f[2].split("\\|"));
        Map<String, String> refine = new HashMap<>();
        if (f.length > 4 && !f[4].isBlank()) {
            for (String pair : f[4].split(",")) {
                String[] kv = pair.split("=");
                if (kv.length != 2) {
                    throw new IllegalArgumentException("refinement must be word=code, got '" + pair + "'");
                }
                refine.put(kv[0].strip(), kv[1].strip());
            }
        }
        String def = f[3].equals("-") || f[3].isBlank() ? null : f[3];
        return new Entry(f[0].strip(), f[1].strip(), targets, def, refine);
    }

    /** The verb pattern for a lemma, with a particle ({@code round_up}) tried first. */
    public Optional<Entry> verb(String lemma, String particle) {
        if (particle != null) {
            Entry withParticle = entries.get(lemma + "_" + particle);
            if (withParticle != null) {
                return Optional.of(withParticle);
            }
        }
        return Optional.ofNullable(entries.get(lemma));
    }

    /** A verb+object phrase such as {@code hold_talks}. */
    public Optional<Entry> phrase(String verb, String object) {
        return Optional.ofNullable(entries.get(verb + "_" + object));
    }

    public Optional<Entry> noun(String lemma) {
        return Optional.ofNullable(entries.get("n:" + lemma));
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }
}
