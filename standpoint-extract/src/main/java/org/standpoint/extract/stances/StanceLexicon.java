package org.standpoint.extract.stances;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.standpoint.lexicon.ContentDigest;
import org.standpoint.lexicon.DataFile;
import org.standpoint.model.Polarity;

/**
 * The words a stance detector looks for: policy cues ("resign", "sanctions") and stance predicates ("call
 * for", "oppose") with their polarity, read from two tab-separated files. Immutable and thread-safe.
 */
public final class StanceLexicon {
    /**
     * A phrase naming a policy; {@code inverse} when it names the policy's opposite ("noninterference"), {@code
     * noun} when it names the policy only as a noun ("the draft", not "drafted"), {@code reference} when it names
     * the policy only by referring back to it ("the agreement", once a truce was named), {@code context} when the
     * word names the policy in the talk of states but other things elsewhere ("a resolution", "a plan", "a
     * mission"): then only in a sentence that names an international body or after the article named the policy.
     */
    public record Cue(String policy, List<String> lemmas, boolean inverse, boolean noun, boolean reference,
                      boolean context) {
        /** A cue of any part of speech that names its policy itself. */
        public Cue(String policy, List<String> lemmas, boolean inverse) {
            this(policy, lemmas, inverse, false, false, false);
        }
    }

    /**
     * A phrase stating a position on what it governs; {@code noun} for "calls", "opposition"; {@code none} for one
     * that says a measure was left out and states no position on it ("stopped short of sanctions").
     */
    public record Predicate(List<String> lemmas, Polarity polarity, boolean noun, boolean none) {
        /** A phrase that states a position. */
        public Predicate(List<String> lemmas, Polarity polarity, boolean noun) {
            this(lemmas, polarity, noun, false);
        }
    }

    private static final java.util.Set<String> FLAGS = java.util.Set.of("inverse", "noun", "reference", "context");
    private final List<Cue> cues;
    private final List<Predicate> predicates;
    private final ContentDigest read;

    /** A lexicon of these cues and predicates, read from no file. */
    public StanceLexicon(List<Cue> cues, List<Predicate> predicates) {
        this(cues, predicates, ContentDigest.EMPTY);
    }

    private StanceLexicon(List<Cue> cues, List<Predicate> predicates, ContentDigest read) {
        this.cues = cues.stream().sorted(Comparator.comparingInt((Cue c) -> -c.lemmas().size())).toList();
        this.predicates = predicates.stream()
                .sorted(Comparator.comparingInt((Predicate p) -> -p.lemmas().size())).toList();
        this.read = read;
    }

    /** The lexicon shipped with Standpoint: {@code policies.tsv} and {@code stance-verbs.tsv}. */
    public static StanceLexicon bundled() {
        DataFile policies = DataFile.bundled(StanceLexicon.class, "policies.tsv");
        DataFile verbs = DataFile.bundled(StanceLexicon.class, "stance-verbs.tsv");
        List<Cue> cues = cues(rows(policies, 2));
        List<Predicate> predicates = new ArrayList<>();
        for (Row r : rows(verbs, 3)) {
            String[] f = r.fields();
            Polarity polarity = switch (f[1]) {
                case "support" -> Polarity.SUPPORT;
                case "oppose" -> Polarity.OPPOSE;
                case "undecided", "none" -> Polarity.UNDECIDED;
                default -> throw r.error("bad polarity '" + f[1] + "' for " + f[0]);
            };
            if (!f[2].equals("verb") && !f[2].equals("noun")) {
                throw r.error("bad part of speech '" + f[2] + "' for " + f[0]);
            }
            predicates.add(new Predicate(words(f[0]), polarity, f[2].equals("noun"), f[1].equals("none")));
        }
        return new StanceLexicon(cues, predicates, ContentDigest.EMPTY.plus(policies.content()).plus(verbs.content()));
    }

    /**
     * This lexicon with a user's own policies and phrasings added, from a file in the format of the bundled
     * {@code policies.tsv} ({@code policy<TAB>cue words[<TAB>flags]}, the flags {@code inverse}, {@code noun}, {@code reference} and {@code context}).
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     */
    public StanceLexicon withPolicies(Path file) {
        return withPolicies(DataFile.read(file));
    }

    /** As {@link #withPolicies(Path)}, for a file read elsewhere (shipped to another machine, say). */
    public StanceLexicon withPolicies(DataFile file) {
        List<Cue> all = new ArrayList<>(cues);
        all.addAll(cues(rows(file, 2)));
        return new StanceLexicon(all, predicates, read.plus(file.content()));
    }

    /** The content of every file this lexicon was read from, bundled and the user's. */
    public ContentDigest digest() {
        return read;
    }

    private static List<Cue> cues(List<Row> rows) {
        List<Cue> cues = new ArrayList<>();
        for (Row r : rows) {
            String[] f = r.fields();
            List<String> flags = f.length > 2 ? List.of(f[2].strip().split("\\s+")) : List.of();
            for (String flag : flags) {
                if (!FLAGS.contains(flag)) {
                    throw r.error("unknown flag '" + flag + "' for cue " + f[1]);
                }
            }
            cues.add(new Cue(f[0].strip(), words(f[1]), flags.contains("inverse"), flags.contains("noun"),
                    flags.contains("reference"), flags.contains("context")));
        }
        return cues;
    }

    /** One data row, with where it came from for error messages. */
    private record Row(String source, int line, String[] fields) {
        IllegalArgumentException error(String reason) {
            return new IllegalArgumentException(source + ", line " + line + ": " + reason);
        }
    }

    /** Cues, longest first. */
    public List<Cue> cues() {
        return cues;
    }

    /** Predicates, longest first. */
    public List<Predicate> predicates() {
        return predicates;
    }

    private static List<String> words(String phrase) {
        return List.of(phrase.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    private static List<Row> rows(DataFile file, int minFields) {
        List<Row> rows = new ArrayList<>();
        List<String> lines = file.content().lines().toList();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < minFields) {
                throw new IllegalArgumentException(file.name() + ", line " + n + ": expected " + minFields
                        + " tab-separated fields, found " + f.length);
            }
            rows.add(new Row(file.name(), n, f));
        }
        return rows;
    }
}
