package org.standpoint.extract.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standpoint.lexicon.ContentDigest;
import org.standpoint.lexicon.DataFile;

/**
 * The CAMEO verb dictionary in PETRARCH's terms: verbs grouped in synonym blocks, each block with a default
 * code, each verb with its own code or none, and the block's patterns, which refine the code from the words
 * around the verb. Read from the bundled {@code petrarch-verbs.tsv} ({@link PetrarchVerbImporter}) and a user's
 * files of the same format, whose rows are added to the bundled ones and whose verbs override them. Immutable.
 */
public final class VerbPatterns {
    /** Column documentation written at the head of the generated file. */
    static final List<String> HEADER = List.of(
            "rows (tab-separated), by their first column:",
            "  synset   NAME     members separated by | (a member of several words matches them in a row)",
            "  block    BLOCK    code: the block's default code; --- codes nothing",
            "  verb     BLOCK    lemma (several words: the verb and its particle or preposition)   own code, or - for the block's",
            "  pattern  BLOCK    code   pre-verb words   object words   prepositional phrases (PREP:words|PREP:words)",
            "words: a lemma, a phrase with _ (air_strike), a synonym set &NAME; markers: + target, $ source, % both, ^ skip;",
            "a code a:b codes a from source to target and b from target to source; - is an empty column.");
    private static final Set<String> KINDS = Set.of("synset", "block", "verb", "pattern");
    /** A code that codes nothing. */
    static final String NONE = "---";

    private final Map<String, List<Verb>> verbs;
    private final Map<String, String> blocks;
    private final Map<String, List<Rule>> patterns;
    private final Map<String, List<String>> synsets;
    /** Each element of the patterns and each synonym set, as the word sequences it matches (split once, here). */
    private final Map<String, List<String[]>> alternatives = new HashMap<>();
    private final ContentDigest read;

    private VerbPatterns(Map<String, List<Verb>> verbs, Map<String, String> blocks, Map<String, List<Rule>> patterns,
                         Map<String, List<String>> synsets, ContentDigest read) {
        this.verbs = verbs;
        this.blocks = blocks;
        this.patterns = patterns;
        this.synsets = synsets;
        this.read = read;
        synsets.forEach((name, members) -> alternatives.put(name, members.stream().map(m -> m.split("[ _]")).toList()));
        patterns.values().forEach(rules -> rules.forEach(r -> {
            java.util.stream.Stream.of(r.pre(), r.object()).forEach(this::split);
            r.preps().forEach(p -> split(p.words()));
        }));
    }

    private void split(List<String> elements) {
        for (String e : elements) {
            if (!e.startsWith("&")) {
                alternatives.putIfAbsent(e, List.<String[]>of(e.split("[ _]")));
            }
        }
    }

    /** The word sequences an element matches: its own words, or each member of its synonym set. */
    List<String[]> alternatives(String element) {
        List<String[]> known = alternatives.get(element);
        return known != null ? known : element.startsWith("&") ? List.of() : List.<String[]>of(element.split("[ _]"));
    }

    /**
     * A verb of a block.
     *
     * @param words the lemma and the words that must follow it ({@code call off}: "call", "off")
     * @param code its own code, or null for the block's
     */
    public record Verb(String block, List<String> words, String code) {
        public Verb {
            words = List.copyOf(words);
        }

        /** The code the bare verb codes. */
        String codeIn(VerbPatterns p) {
            return code != null ? code : p.blocks.getOrDefault(block, NONE);
        }

        String key() {
            return String.join("_", words);
        }
    }

    /** A prepositional phrase of a pattern: the preposition and the words inside it. */
    public record Prep(String preposition, List<String> words) {
        public Prep {
            words = List.copyOf(words);
        }
    }

    /** One pattern of a block: the words before the verb, after it, and in its prepositional phrases. */
    public record Rule(String block, String code, List<String> pre, List<String> object, List<Prep> preps) {
        public Rule {
            pre = List.copyOf(pre);
            object = List.copyOf(object);
            preps = List.copyOf(preps);
        }

        /** The pattern as the dictionary writes it, for provenance: {@code - * talks (with +)}. */
        String text() {
            StringBuilder sb = new StringBuilder("-");
            pre.forEach(w -> sb.append(' ').append(w));
            sb.append(" *");
            object.forEach(w -> sb.append(' ').append(w));
            preps.forEach(p -> sb.append(" (").append(p.preposition()).append(p.words().isEmpty() ? "" : " ")
                    .append(String.join(" ", p.words())).append(')'));
            return sb.toString();
        }
    }

    /** The imported PETRARCH dictionary with Standpoint's corrections ({@code petrarch-supplement.tsv}) on top. */
    public static VerbPatterns bundled() {
        return read(bundledFiles());
    }

    private static List<DataFile> bundledFiles() {
        return List.of(DataFile.bundled(VerbPatterns.class, "petrarch-verbs.tsv"),
                DataFile.bundled(VerbPatterns.class, "petrarch-supplement.tsv"));
    }

    /** The bundled patterns with the rows of a user's file added; its verbs and blocks override the bundled ones. */
    public static VerbPatterns withUserFile(DataFile user) {
        return read(bundledFiles(), user);
    }

    /** Whether a line is a row of this format, which a user's verbs file may mix with {@link VerbLexicon}'s rows. */
    static boolean isRow(String line) {
        String kind = line.split("\t", 2)[0];
        return KINDS.contains(kind);
    }

    public static VerbPatterns read(Path file) {
        return read(List.of(DataFile.read(file)));
    }

    static VerbPatterns read(List<DataFile> files) {
        return read(files, null);
    }

    /** Reads {@code files}, then {@code mixed} (or null), whose rows of the hand-written verbs format are skipped. */
    private static VerbPatterns read(List<DataFile> strict, DataFile mixed) {
        List<DataFile> files = new ArrayList<>(strict);
        if (mixed != null) {
            files.add(mixed);
        }
        Map<String, List<Verb>> verbs = new HashMap<>();
        Map<String, String> blocks = new HashMap<>();
        Map<String, List<Rule>> patterns = new HashMap<>();
        Map<String, List<String>> synsets = new LinkedHashMap<>();
        ContentDigest digest = ContentDigest.EMPTY;
        for (DataFile file : files) {
            digest = digest.plus(file.content());
            List<String> lines = file.content().lines().toList();
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1);
                if (line.isBlank() || line.startsWith("#") || !isRow(line) && file == mixed) {
                    continue; // a user's file also holds rows of the hand-written verbs format
                }
                try {
                    parse(line.split("\t", -1), verbs, blocks, patterns, synsets);
                } catch (RuntimeException ex) {
                    throw new IllegalArgumentException(file.name() + ", line " + n + ": " + ex.getMessage(), ex);
                }
            }
        }
        return new VerbPatterns(verbs, blocks, patterns, synsets, digest);
    }

    private static void parse(String[] f, Map<String, List<Verb>> verbs, Map<String, String> blocks,
                              Map<String, List<Rule>> patterns, Map<String, List<String>> synsets) {
        switch (f[0]) {
            case "synset" -> {
                need(f, 3);
                synsets.put(f[1], List.of(f[2].split("\\|")));
            }
            case "block" -> {
                need(f, 3);
                blocks.put(f[1], checked(f[2]));
            }
            case "verb" -> {
                need(f, 4);
                List<String> words = List.of(f[2].strip().split("\\s+"));
                Verb v = new Verb(f[1], words, f[3].equals("-") ? null : checked(f[3]));
                List<Verb> same = verbs.computeIfAbsent(words.get(0), k -> new ArrayList<>());
                same.removeIf(old -> old.words().equals(words)); // a later file's verb overrides
                same.add(v);
            }
            case "pattern" -> {
                need(f, 6);
                List<Prep> preps = new ArrayList<>();
                if (!f[5].equals("-")) {
                    for (String group : f[5].split("\\|")) {
                        String[] pw = group.split(":", 2);
                        preps.add(new Prep(pw[0], elements(pw.length > 1 ? pw[1] : "")));
                    }
                }
                patterns.computeIfAbsent(f[1], k -> new ArrayList<>())
                        .add(new Rule(f[1], checked(f[2]), elements(f[3]), elements(f[4]), preps));
            }
            default -> throw new IllegalArgumentException("unknown row kind '" + f[0] + "'");
        }
    }

    private static void need(String[] f, int n) {
        if (f.length < n) {
            throw new IllegalArgumentException("a " + f[0] + " row has " + n + " columns, got " + f.length);
        }
    }

    private static List<String> elements(String column) {
        return column.isBlank() || column.equals("-") ? List.of() : List.of(column.strip().split("\\s+"));
    }

    /** A code: 2 to 4 digits or {@code ---}, optionally a second one after a colon. */
    private static String checked(String code) {
        String c = code.strip();
        for (String part : c.split(":")) {
            if (!part.equals(NONE) && !part.matches("\\d{2,4}")) {
                throw new IllegalArgumentException("code must be 2 to 4 digits, --- or a:b, got '" + code + "'");
            }
        }
        return c;
    }

    /** The verbs whose first word is {@code lemma}, several-word ones first. */
    List<Verb> verbs(String lemma) {
        List<Verb> out = new ArrayList<>(verbs.getOrDefault(lemma, List.of()));
        out.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        return out;
    }

    List<Rule> patterns(String block) {
        return patterns.getOrDefault(block, List.of());
    }

    /** The members of a synonym set ({@code &military}), each one or more words; empty if there is no such set. */
    List<String> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }

    Set<String> blocks() {
        return blocks.keySet();
    }

    /** The content of every file read. */
    public ContentDigest digest() {
        return read;
    }
}
