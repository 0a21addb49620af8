package org.standpoint.extract.stances;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
        List<Cue> cues = new ArrayList<>();
        for (String[] f : rows("policies.tsv", 2)) {
            boolean inverse = f.length > 2 && f[2].equals("inverse");
            if (f.length > 2 && !inverse) {
                throw new IllegalArgumentException("policies.tsv: unknown flag '" + f[2] + "' for cue " + f[1]);
            }
            cues.add(new Cue(f[0], words(f[1]), inverse));
        }
        List<Predicate> predicates = new ArrayList<>();
        for (String[] f : rows("stance-verbs.tsv", 3)) {
            Polarity polarity = switch (f[1]) {
                case "support" -> Polarity.SUPPORT;
                case "oppose" -> Polarity.OPPOSE;
                default -> throw new IllegalArgumentException("stance-verbs.tsv: bad polarity '" + f[1] + "' for " + f[0]);
            };
            if (!f[2].equals("verb") && !f[2].equals("noun")) {
                throw new IllegalArgumentException("stance-verbs.tsv: bad part of speech '" + f[2] + "' for " + f[0]);
            }
            predicates.add(new Predicate(words(f[0]), polarity, f[2].equals("noun")));
        }
        return new StanceLexicon(cues, predicates);
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

    private static List<String[]> rows(String resource, int minFields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = StanceLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < minFields) {
                    throw new IllegalArgumentException(resource + ": expected " + minFields + " fields in '" + line + "'");
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
