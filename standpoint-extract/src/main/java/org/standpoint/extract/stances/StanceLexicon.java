package org.standpoint.extract.stances;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.standpoint.model.Polarity;

/**
 * The words a stance detector looks for: policy cues ("resign", "sanctions") and stance predicates ("call
 * for", "oppose") with their polarity, read from two tab-separated files. Immutable and thread-safe.
 */
public final class StanceLexicon {
    /** A phrase naming a policy; {@code inverse} when it names the policy's opposite ("noninterference"). */
    public record Cue(String policy, List<String> lemmas, boolean inverse) {
    }

    /** A phrase stating a position on what it governs; {@code noun} for "calls", "opposition". */
    public record Predicate(List<String> lemmas, Polarity polarity, boolean noun) {
    }

    private final List<Cue> cues;
    private final List<Predicate> predicates;

    public StanceLexicon(List<Cue> cues, List<Predicate> predicates) {
        this.cues = cues.stream().sorted(Comparator.comparingInt((Cue c) -> -c.lemmas().size())).toList();
        this.predicates = predicates.stream()
                .sorted(Comparator.comparingInt((Predicate p) -> -p.lemmas().size())).toList();
    }

    /** The lexicon shipped with Standpoint: {@code policies.tsv} and {@code stance-verbs.tsv}. */
    public static StanceLexicon bundled() {
        List<Cue> cues = cues(rows(resource("policies.tsv"), "policies.tsv", 2), "policies.tsv");
        List<Predicate> predicates = new ArrayList<>();
        for (Row r : rows(resource("stance-verbs.tsv"), "stance-verbs.tsv", 3)) {
            String[] f = r.fields();
            Polarity polarity = switch (f[1]) {
                case "support" -> Polarity.SUPPORT;
                case "oppose" -> Polarity.OPPOSE;
                default -> throw r.error("bad polarity '" + f[1] + "' for " + f[0]);
            };
            if (!f[2].equals("verb") && !f[2].equals("noun")) {
                throw r.error("bad part of speech '" + f[2] + "' for " + f[0]);
            }
            predicates.add(new Predicate(words(f[0]), polarity, f[2].equals("noun")));
        }
        return new StanceLexicon(cues, predicates);
    }

    /**
     * This lexicon with a user's own policies and phrasings added, from a file in the format of the bundled
     * {@code policies.tsv} ({@code policy<TAB>cue words[<TAB>inverse]}).
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     */
    public StanceLexicon withPolicies(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return withPolicies(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policies file " + file, e);
        }
    }

    /** As {@link #withPolicies(Path)}, for a file's content read elsewhere; {@code source} names it in errors. */
    public StanceLexicon withPolicies(BufferedReader content, String source) {
        List<Cue> all = new ArrayList<>(cues);
        all.addAll(cues(rows(content, source, 2), source));
        return new StanceLexicon(all, predicates);
    }

    private static List<Cue> cues(List<Row> rows, String source) {
        List<Cue> cues = new ArrayList<>();
        for (Row r : rows) {
            String[] f = r.fields();
            boolean inverse = f.length > 2 && f[2].equals("inverse");
            if (f.length > 2 && !inverse) {
                throw r.error("unknown flag '" + f[2] + "' for cue " + f[1]);
            }
            cues.add(new Cue(f[0].strip(), words(f[1]), inverse));
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

    private static BufferedReader resource(String name) {
        InputStream in = StanceLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static List<Row> rows(BufferedReader reader, String source, int minFields) {
        List<Row> rows = new ArrayList<>();
        try (reader) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < minFields) {
                    throw new IllegalArgumentException(source + ", line " + n + ": expected " + minFields
                            + " tab-separated fields, found " + f.length);
                }
                rows.add(new Row(source, n, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return rows;
    }
}
